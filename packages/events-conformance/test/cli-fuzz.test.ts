// Random input never crashes the built command: the exit code is 0, 1 or 2 and stderr never
// holds a stack trace. Each run spawns a process, so the run counts stay small.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonl, mixedStream, requireBuiltCli, runCli, STACK_LINE, tempDir } from "./cli-support.js";

const dir = tempDir();
beforeAll(requireBuiltCli);
afterAll(() => dir.cleanup());

const validLines = jsonl(mixedStream())
  .split("\n")
  .filter((line) => line.length > 0);

/** Pieces of JSON, envelopes, separators and odd bytes that random documents are built from. */
const fragment = fc.oneof(
  fc.constantFrom(
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    '"',
    "\n",
    "\r\n",
    "\r",
    "\uFEFF",
    "NaN",
    "-Infinity",
    '{"__proto__":{"x":1}}',
    '{"constructor":{"prototype":{}}}',
    '"event_type":"ConnectorProvisioned"',
    '"payload":null',
    "null",
    "0",
    "1e999",
    "\\u0000",
    "\u0000",
    "😀",
  ),
  fc.constantFrom(...validLines),
  fc.json(),
  fc.string({ maxLength: 20 }),
);

const document = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(""));

let counter = 0;

function checkRun(args: readonly string[], content: string | Uint8Array): void {
  const file = dir.file(`fuzz-${counter++}.in`, content);
  const run = runCli(args.map((arg) => (arg === "FILE" ? file : arg)));
  expect([0, 1, 2]).toContain(run.code);
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.stderr).not.toContain("spec-kitty-events: error:");
}

describe("random input never crashes the command", () => {
  it("validate: random bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        checkRun(["validate", "FILE"], bytes);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("validate --json: random documents of JSON fragments, newlines and BOMs", () => {
    fc.assert(
      fc.property(document, (text) => {
        checkRun(["validate", "FILE", "--json"], text);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it("replay: random documents and random bytes, both reducers", () => {
    fc.assert(
      fc.property(
        fc.oneof(document, fc.uint8Array({ maxLength: 2048 })),
        fc.constantFrom("connector", "sync"),
        fc.boolean(),
        (content, reducer, json) => {
          checkRun(["replay", "FILE", "--reducer", reducer, ...(json ? ["--json"] : [])], content);
        },
      ),
      { numRuns: 25 },
    );
  }, 120_000);
});
