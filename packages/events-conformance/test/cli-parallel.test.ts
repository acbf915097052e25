// A parallel `validate` run (worker threads) gives byte for byte the output of a run on one
// thread: the built command with --jobs, and the built parallel runner with a small line limit.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  CLI,
  CONNECTOR_PAYLOADS,
  envelope,
  mixedStream,
  requireBuiltCli,
  runCli,
  tempDir,
} from "./cli-support.js";

// Each test spawns the command, some several times: allow for a busy machine.
vi.setConfig({ testTimeout: 60_000 });
const dir = tempDir();
beforeAll(requireBuiltCli);
afterAll(() => dir.cleanup());

/** A deterministic messy JSON Lines text of about `count` records, several batches long. */
function messyText(count: number): string {
  const stream = mixedStream().map((record) => JSON.stringify(record));
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const pick = (i * 7919) % 100;
    if (pick < 3) lines.push('{"a":NaN}');
    else if (pick < 6) lines.push("");
    else if (pick < 8) lines.push("[1,2]");
    else if (pick < 10) lines.push(`\uFEFF${stream[i % stream.length]}`);
    else if (pick < 12) lines.push(JSON.stringify(envelope(i, "NoSuchType", {})));
    else if (pick < 14) {
      const bad = envelope(i, "ConnectorHealthChecked", {
        ...CONNECTOR_PAYLOADS.ConnectorHealthChecked,
        latency_ms: -i,
      });
      lines.push(JSON.stringify(bad));
    } else if (pick < 15) lines.push(`{"padding":"${"x".repeat(40_000)}"}`);
    else lines.push(stream[i % stream.length] as string);
  }
  return `\uFEFF${lines.join("\r\n")}`;
}

describe("validate --jobs", () => {
  it("prints the same output and exit code on worker threads as on one thread", () => {
    const file = dir.file("messy.jsonl", messyText(4000));
    const cases: [string[], string][] = [
      [[], "2"],
      [["--json"], "3"],
      [["--strict"], "2"],
    ];
    for (const [extra, jobs] of cases) {
      const single = runCli(["validate", file, "--jobs", "1", ...extra]);
      expect(single.code).toBe(1);
      const parallel = runCli(["validate", file, "--jobs", jobs, ...extra]);
      expect(parallel.code).toBe(single.code);
      expect(parallel.stdout).toBe(single.stdout);
      expect(parallel.stderr).toBe(single.stderr);
    }
  }, 120_000);

  it("reads standard input on worker threads too, and a JSON array on one thread", () => {
    const text = messyText(300);
    const single = runCli(["validate", "-", "--jobs", "1"], text);
    expect(runCli(["validate", "-", "--jobs", "2"], text).stdout).toBe(single.stdout);
    const array = `[${mixedStream()
      .map((record) => JSON.stringify(record))
      .join(",\n")}]`;
    expect(runCli(["validate", "-", "--jobs", "2"], array).stdout).toBe(
      runCli(["validate", "-", "--jobs", "1"], array).stdout,
    );
  }, 60_000);

  it("rejects a --jobs value that is not a whole number from 1 to 64", () => {
    for (const value of ["0", "many", "65"]) {
      const run = runCli(["validate", "x.jsonl", "--jobs", value]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("--jobs must be a whole number from 1 to 64");
    }
  }, 60_000);
});

/**
 * A script run by plain Node on the built modules: the parallel runner (with a small line
 * limit and chunks cut at several sizes) against the single-threaded reader.
 */
const LINE_LIMIT_DRIVER = `
import { Readable } from "node:stream";
const dist = (name) => new URL(name, process.env.SK_DIST).href;
const { validateInParallel } = await import(dist("validate-parallel.js"));
const { emptyCounts, summaryLine, validationVisitor } = await import(dist("validate-check.js"));
const { readJsonRecords } = await import(dist("records.js"));
const text = process.env.SK_TEXT;
const maxLineLength = Number(process.env.SK_LIMIT);
const options = { json: true, strict: false };
const singleParts = [];
const singleCounts = emptyCounts();
await readJsonRecords(
  Readable.from([Buffer.from(text)]),
  validationVisitor(options, singleCounts, (t) => singleParts.push(t)),
  { maxLineLength },
);
const runs = [];
for (const chunkSize of [7, 500, 1600, 100000]) {
  const bytes = Buffer.from(text);
  const chunks = [];
  for (let at = 0; at < bytes.length; at += chunkSize) chunks.push(bytes.subarray(at, at + chunkSize));
  const parts = [];
  const out = { write: (t) => parts.push(t), send() {}, pause: () => undefined, flush: async () => {} };
  const progress = { due: () => false, draw() {}, clear() {} };
  const counts = await validateInParallel({
    chunks: Readable.from(chunks), options, threads: 2, out, progress, maxLineLength,
  });
  runs.push({ chunkSize, output: parts.join(""), summary: summaryLine(counts, "x") });
}
process.stdout.write(JSON.stringify({
  single: { output: singleParts.join(""), summary: summaryLine(singleCounts, "x") },
  runs,
}));
`;

describe("validateInParallel with a small line limit", () => {
  it("reports over-long lines in order, wherever chunks and batches are cut", () => {
    const good = JSON.stringify(mixedStream()[0]);
    const long = `{"x":"${"y".repeat(2_000)}"}`;
    const text = [good, long, good, long, "nope", long, good].join("\n");
    const driver = dir.file("line-limit-driver.mjs", LINE_LIMIT_DRIVER);
    const run = spawnSync(process.execPath, [driver], {
      encoding: "utf8",
      env: {
        ...process.env,
        NODE_OPTIONS: "",
        SK_DIST: pathToFileURL(join(dirname(CLI), "/")).href,
        SK_TEXT: text,
        SK_LIMIT: "1500",
      },
    });
    expect(run.stderr).toBe("");
    const result = JSON.parse(run.stdout) as {
      single: { output: string; summary: string };
      runs: { chunkSize: number; output: string; summary: string }[];
    };
    expect(result.single.output).toContain('"type":"line_too_long"');
    expect(result.single.summary).toBe("summary: events 7, valid 3, invalid 4, unknown types 0\n");
    expect(result.runs).toHaveLength(4);
    for (const parallel of result.runs) {
      expect({ chunkSize: parallel.chunkSize, output: parallel.output }).toEqual({
        chunkSize: parallel.chunkSize,
        output: result.single.output,
      });
      expect(parallel.summary).toBe(result.single.summary);
    }
  }, 60_000);
});
