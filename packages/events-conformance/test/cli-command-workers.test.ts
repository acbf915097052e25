// The command's worker threads: the guess of the threads a command line needs (made before the
// command is loaded, so that they start early), and threads started ahead taken by a run,
// given its setup as their first message.
import { spawnSync } from "node:child_process";
import { closeSync, ftruncateSync, openSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { workersAheadOf } from "../src/cli/command-workers.js";
import { CLI_MODULES, envelope, requireBuiltCli, SYNC_PAYLOADS, tempDir } from "./cli-support.js";

vi.setConfig({ testTimeout: 60_000 });
const dir = tempDir();
beforeAll(requireBuiltCli);
afterAll(() => dir.cleanup());

/** A file of `size` bytes (sparse: nothing is written). */
function fileOfSize(name: string, size: number): string {
  const path = join(dir.path, name);
  const fd = openSync(path, "w");
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}

describe("workersAheadOf", () => {
  const big = fileOfSize("big.jsonl", 16 * 1024 * 1024);
  const small = fileOfSize("small.jsonl", 16 * 1024 * 1024 - 1);
  // One thread per core, at most 4, for a large file: the main thread and the others.
  const byDefault = Math.min(availableParallelism(), 4) - 1;
  const guess = (command: "validate" | "replay", count: number) =>
    count > 0 ? { command, count } : undefined;

  it.each<[string, readonly string[], ReturnType<typeof workersAheadOf>]>([
    ["a large file", ["replay", big], guess("replay", byDefault)],
    ["a large file, validate", ["validate", big, "--json"], guess("validate", byDefault)],
    ["a file under 16 MiB", ["replay", small], undefined],
    ["--jobs N on a small file", ["replay", "--jobs", "3", small], guess("replay", 2)],
    ["--jobs=N", ["validate", small, "--jobs=5"], guess("validate", 4)],
    ["--jobs 1 after a large file", ["replay", big, "--jobs", "1"], undefined],
    ["--jobs on standard input", ["replay", "-", "--jobs", "2"], guess("replay", 1)],
    ["standard input alone", ["replay", "-"], undefined],
    ["a bad --jobs value", ["replay", big, "--jobs", "x"], undefined],
    ["--jobs 0", ["replay", big, "--jobs", "0"], undefined],
    ["options before the input", ["replay", "--reducer", "sync", big], guess("replay", byDefault)],
    ["the output file is no input", ["validate", "-o", big, small], undefined],
    ["--output too", ["validate", "--output", big], undefined],
    ["the first file decides", ["replay", small, big], undefined],
    ["a path that is no file", ["replay", dir.path, big], guess("replay", byDefault)],
    ["inputs after --", ["replay", "--", big], guess("replay", byDefault)],
    ["a command without threads", ["schemas", "list", big], undefined],
    ["no command", [], undefined],
  ])("%s", (_, args, expected) => {
    expect(workersAheadOf(args)).toEqual(expected);
  });
});

/**
 * Starts two `replay` threads ahead, then takes three for a run (two started ahead, one new),
 * gives each the run's setup and a batch of one sync event, and prints each thread's id and
 * reply.
 */
const DRIVER = `
const dist = (name) => new URL(name, process.env.SK_DIST).href;
const { startWorkersAhead, commandWorker } = await import(dist("command-workers.js"));
const { DEFAULT_READ_LIMITS } = await import(dist("reading/records.js"));
startWorkersAhead("replay", 2);
const setup = { families: ["sync"], limits: DEFAULT_READ_LIMITS, aggregates: false };
const workers = [0, 1, 2].map(() => commandWorker("replay", setup));
const bytes = new TextEncoder().encode(process.env.SK_LINE);
const replies = await Promise.all(
  workers.map(
    (worker, seq) =>
      new Promise((resolve) => {
        worker.once("message", (reply) => resolve({ thread: worker.threadId, reply }));
        worker.postMessage({ seq, firstLine: 1, bytes });
      }),
  ),
);
await Promise.all(workers.map((worker) => worker.terminate()));
process.stdout.write(JSON.stringify(replies));
`;

describe("worker threads started ahead", () => {
  it("are taken by a run before any new one, and serve it once given its setup", () => {
    const driver = dir.file("ahead-driver.mjs", DRIVER);
    const event = envelope(1, "SyncIngestAccepted", SYNC_PAYLOADS.SyncIngestAccepted ?? {});
    const run = spawnSync(process.execPath, [driver], {
      encoding: "utf8",
      timeout: 50_000,
      env: {
        ...process.env,
        NODE_OPTIONS: "",
        SK_DIST: pathToFileURL(CLI_MODULES).href,
        SK_LINE: JSON.stringify(event),
      },
    });
    expect(run.stderr).toBe("");
    const replies = JSON.parse(run.stdout) as {
      thread: number;
      reply: { seq: number; result: { eventIds: string[]; tally: unknown } };
    }[];
    // Thread ids count the threads in the order they were started: the two started ahead
    // come first, in that order, then the one the run had to start.
    expect(replies.map((reply) => reply.thread)).toEqual([1, 2, 3]);
    for (const [seq, { reply }] of replies.entries()) {
      expect(reply.seq).toBe(seq);
      expect(reply.result.eventIds).toEqual([event.event_id]);
      expect(reply.result.tally).toEqual({ records: 1, skipped: 0 });
    }
  });
});
