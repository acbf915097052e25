// Issue 19, item 1: a worker thread that fails in any way never loses a batch and is never
// waited for. The built runner (runLines) runs with a test worker that misbehaves on marked
// batches: its processing throws, its reply cannot be cloned, its reply is too deep for the
// main thread to read, it exits, it crashes after swallowing its reply. Every batch must be
// taken once, in input order, processed by the main thread where the worker failed, and a
// batch the main thread cannot process either is reported as unprocessable.
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { CLI_MODULES, requireBuiltCli, tempDir } from "./cli-support.js";

vi.setConfig({ testTimeout: 60_000 });
const dir = tempDir();
beforeAll(requireBuiltCli);
afterAll(() => dir.cleanup());

/** The test worker: processes batches like the main thread, except on marked ones. */
const WORKER = `
import { parentPort, workerData } from "node:worker_threads";
const { serveLineBatches, batchText } = await import(workerData.parallelLines);
serveLineBatches((batch) => {
  const text = batchText(batch);
  if (text.includes("THROW") || text.includes("MAINFAIL")) throw new Error("thrown in the worker");
  if (text.includes("UNCLONABLE")) return { firstLine: batch.firstLine, text, by: "worker", f() {} };
  if (text.includes("DEEP")) {
    let deep = [];
    for (let i = 0; i < 20000; i++) deep = [deep];
    return { firstLine: batch.firstLine, text, by: "worker", deep };
  }
  if (text.includes("EXIT")) process.exit(3);
  if (text.includes("CRASH")) {
    parentPort.postMessage = () => {};
    setImmediate(() => {
      throw new Error("crashed");
    });
  }
  return { firstLine: batch.firstLine, text, by: "worker" };
});
`;

/**
 * Runs the built runner with one worker over 16 batches of 1,024 short lines, batch 3 marked,
 * once per marker; prints what it took, in order, for each.
 */
const DRIVER = `
import { Readable } from "node:stream";
const dist = (name) => new URL(name, process.env.SK_DIST).href;
const { runLines, batchText } = await import(dist("reading/parallel-lines.js"));
const runs = {};
for (const marker of JSON.parse(process.env.SK_MARKERS)) {
  const lines = [];
  for (let batch = 0; batch < 16; batch++) {
    for (let i = 0; i < 1024; i++) {
      lines.push(batch === 3 && i === 500 ? marker : '{"n":' + (lines.length + 1) + "}");
    }
  }
  const bytes = Buffer.from(lines.join("\\n") + "\\n");
  const chunks = [];
  for (let at = 0; at < bytes.length; at += 7000) chunks.push(bytes.subarray(at, at + 7000));
  const taken = [];
  await runLines({
    chunks: Readable.from(chunks),
    threads: 2,
    worker: new URL(process.env.SK_WORKER),
    workerData: { parallelLines: dist("reading/parallel-lines.js") },
    process(batch) {
      const text = batchText(batch);
      if (text.includes("MAINFAIL")) throw new Error("thrown on the main thread too");
      return { firstLine: batch.firstLine, text, by: "main" };
    },
    unprocessable: (batch, reason) => ({
      firstLine: batch.firstLine,
      text: batchText(batch),
      by: "unprocessable: " + reason,
    }),
    longLine: (problem) => ({ firstLine: problem.line, text: "", by: "long" }),
    accept(result) {
      taken.push({ firstLine: result.firstLine, text: result.text, by: result.by });
      return undefined;
    },
    afterChunk: () => undefined,
  });
  runs[marker] = { text: bytes.toString(), taken };
}
process.stdout.write(JSON.stringify(runs));
`;

interface Taken {
  readonly firstLine: number;
  readonly text: string;
  readonly by: string;
}

const MARKERS = ["THROW", "UNCLONABLE", "DEEP", "MAINFAIL", "EXIT", "CRASH"] as const;

describe("runLines with a failing worker thread", () => {
  it("takes every batch once, in order, redone on the main thread where the worker failed", () => {
    const worker = dir.file("failing-worker.mjs", WORKER);
    const driver = dir.file("failing-driver.mjs", DRIVER);
    const run = spawnSync(process.execPath, [driver], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      timeout: 50_000,
      env: {
        ...process.env,
        NODE_OPTIONS: "",
        SK_DIST: pathToFileURL(CLI_MODULES).href,
        SK_WORKER: pathToFileURL(worker).href,
        SK_MARKERS: JSON.stringify(MARKERS),
      },
    });
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe("");
    const runs = JSON.parse(run.stdout) as Record<string, { text: string; taken: Taken[] }>;
    for (const marker of MARKERS) {
      const { text, taken } = runs[marker] as { text: string; taken: Taken[] };
      // Nothing lost, nothing twice, in input order.
      expect(taken.map((result) => result.text).join("")).toBe(text);
      expect(taken.map((result) => result.firstLine)).toEqual(
        Array.from({ length: 16 }, (_, batch) => batch * 1024 + 1),
      );
      // The first 8 batches go to the worker (it has room for 8): batches 0-2 are its own.
      const by = taken.map((result) => result.by);
      expect({ marker, before: by.slice(0, 3) }).toEqual({
        marker,
        before: ["worker", "worker", "worker"],
      });
      const markedBy =
        marker === "MAINFAIL" ? "unprocessable: Error: thrown on the main thread too" : "main";
      expect({ marker, marked: by[3] }).toEqual({ marker, marked: markedBy });
      if (marker === "EXIT" || marker === "CRASH") {
        // The worker is gone: what it held and everything after is done here.
        expect({ marker, after: by.slice(4) }).toEqual({ marker, after: Array(12).fill("main") });
      } else {
        // The worker lives on: the batches it was sent after the marked one are its own.
        expect({ marker, next: by[4] }).toEqual({ marker, next: "worker" });
      }
    }
  });
});
