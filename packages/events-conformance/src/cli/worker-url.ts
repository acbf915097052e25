/**
 * Where the command's worker threads' module is: `worker.js` beside this module. It stays true
 * in the bundled command (`dist/command/`), whose entry points and shared chunks all sit in
 * one folder, as in the plain build (`dist/cli/`).
 */
export const COMMAND_WORKER_URL: URL = new URL("./worker.js", import.meta.url);
