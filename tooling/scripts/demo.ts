// `pnpm demo`: the project's main job on the bundled data. Replays the mixed connector and
// sync fixture stream with the spec-kitty-events command (every family found in it, then one
// state per aggregate), then validates the same stream. Run `pnpm build` first (the command
// runs from its build).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const cli = require
  .resolve("@spec-kitty/events-conformance/package.json")
  .replace(/package\.json$/, "dist/command/main.js");
const stream = require.resolve(
  "@spec-kitty/events-fixtures/fixtures/replay/mixed-connector-sync-lifecycle.jsonl",
);

const steps: string[][] = [
  ["replay", stream],
  ["replay", stream, "--group-by", "aggregate", "--limit", "3"],
  ["validate", stream],
];

let failed = false;
for (const args of steps) {
  const shown = args.map((arg) => (arg === stream ? relative(root, stream) : arg));
  process.stdout.write(`\n$ spec-kitty-events ${shown.join(" ")}\n`);
  const run = spawnSync(process.execPath, [cli, ...args], { stdio: "inherit" });
  if (run.error) {
    process.stderr.write(
      `could not run ${join("packages/events-conformance", "dist/command/main.js")}: ${run.error.message}\nRun \`pnpm build\` first.\n`,
    );
    process.exit(2);
  }
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
