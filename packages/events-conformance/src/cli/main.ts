#!/usr/bin/env node
/**
 * The `spec-kitty-events` executable: runs the command line on the process's streams and
 * exits with its code.
 *
 * @packageDocumentation
 */
import { EXIT } from "./errors.js";
import { runCli } from "./run.js";

/** A closed output (e.g. `| head`) ends the command quietly instead of crashing it. */
function exitOnBrokenPipe(error: NodeJS.ErrnoException): void {
  if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") process.exit(EXIT.usage);
  process.stderr.write(`spec-kitty-events: cannot write output: ${error.message}\n`);
  process.exit(EXIT.usage);
}

process.stdout.on("error", exitOnBrokenPipe);
process.stderr.on("error", exitOnBrokenPipe);

/** Resolves once `stream` has taken every write made before (or failed to). */
function written(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    stream.write("", () => resolve());
  });
}

const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
// Exit as soon as the output is out: a process that held a long stream would otherwise go on
// collecting that memory before it ends (most of a second on a million events).
await written(process.stdout);
await written(process.stderr);
process.exit(code);
