// A parallel `validate` or `replay` run (worker threads) gives byte for byte the output of a
// run on one thread: the built commands with --jobs, and the built parallel runners with a
// small line limit.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseEvent, reduceSyncEvents } from "@spec-kitty/events-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  CLI_MODULES,
  CONNECTOR_PAYLOADS,
  envelope,
  mixedStream,
  requireBuiltCli,
  runCli,
  SYNC_PAYLOADS,
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
const { validateLines } = await import(dist("validate/parallel.js"));
const { emptyCounts, summaryLine, validationVisitor } = await import(dist("validate/check.js"));
const { readJsonRecords } = await import(dist("reading/read.js"));
const { DEFAULT_READ_LIMITS } = await import(dist("reading/records.js"));
const text = process.env.SK_TEXT;
const limits = { ...DEFAULT_READ_LIMITS, maxLineBytes: Number(process.env.SK_LIMIT) };
const options = { json: true, strict: false };
const singleParts = [];
const singleCounts = emptyCounts();
await readJsonRecords(
  Readable.from([Buffer.from(text)]),
  validationVisitor(options, singleCounts, (t) => singleParts.push(t)),
  limits,
);
const runs = [];
for (const chunkSize of [7, 500, 1600, 100000]) {
  const bytes = Buffer.from(text);
  const chunks = [];
  for (let at = 0; at < bytes.length; at += chunkSize) chunks.push(bytes.subarray(at, at + chunkSize));
  const parts = [];
  const out = { write: (t) => parts.push(t), send() {}, pause: () => undefined, flush: async () => {} };
  const counts = emptyCounts();
  await validateLines({
    chunks: Readable.from(chunks), options, threads: 2, out, counts, limits,
    afterChunk: () => undefined,
  });
  runs.push({ chunkSize, output: parts.join(""), summary: summaryLine(counts, "x") });
}
process.stdout.write(JSON.stringify({
  single: { output: singleParts.join(""), summary: summaryLine(singleCounts, "x") },
  runs,
}));
`;

describe("validateLines on worker threads with a small line limit", () => {
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
        SK_DIST: pathToFileURL(CLI_MODULES).href,
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

describe("replay --jobs", () => {
  it("prints the same projection, skipped lines and exit code on worker threads", () => {
    const file = dir.file("messy-replay.jsonl", messyText(4000));
    const cases: [string[], string][] = [
      [["--reducer", "sync", "--json"], "2"],
      [["--reducer", "connector", "--json"], "3"],
      [["--reducer", "sync", "--limit", "0"], "2"],
    ];
    for (const [extra, jobs] of cases) {
      const single = runCli(["replay", file, "--jobs", "1", ...extra]);
      expect(single.code).toBe(1);
      expect(single.stderr).toContain("skipped");
      const parallel = runCli(["replay", file, "--jobs", jobs, ...extra]);
      expect(parallel.code).toBe(single.code);
      expect(parallel.stdout).toBe(single.stdout);
      expect(parallel.stderr).toBe(single.stderr);
    }
  }, 120_000);

  it("orders by every field of the sort key and reads every payload, whichever thread parsed it", () => {
    // Clocks, timestamps and ids disagree with the line order and with each other; some
    // event ids and delivery pairs repeat; some payloads are malformed (held unjudged).
    const types = Object.keys(SYNC_PAYLOADS);
    const lines: string[] = [];
    for (let i = 0; i < 6000; i++) {
      const type = types[i % types.length] as string;
      const record = envelope(1 + ((i * 7919) % 5000), type, {
        ...SYNC_PAYLOADS[type],
        delivery_id: `dlv-${(i * 104_729) % 4500}`,
        source_event_fingerprint: `fp-${i % 3}`,
        connector_id: `conn-${i % 7}`,
        ...(i % 11 === 0 ? { recorded_at: "yesterday" } : {}),
      });
      record.lamport_clock = (i * 37) % 101;
      record.timestamp = new Date(Date.UTC(2026, 1, 27) - ((i * 13) % 977) * 1000).toISOString();
      lines.push(JSON.stringify(record));
    }
    const file = dir.file("unordered.jsonl", `${lines.join("\n")}\n`);
    const args = ["replay", file, "--reducer", "sync", "--json"];
    const single = runCli([...args, "--jobs", "1"]);
    expect(single.code).toBe(0);
    const events = lines.map((line) => parseEvent(JSON.parse(line)));
    expect(single.stdout).toBe(`${JSON.stringify(reduceSyncEvents(events))}\n`);
    const state = JSON.parse(single.stdout) as {
      outcome_log: unknown[];
      anomalies: { kind: string }[];
    };
    expect(state.outcome_log.length).toBeGreaterThan(1000);
    const kinds = new Set(state.anomalies.map((anomaly) => anomaly.kind));
    expect([...kinds].sort()).toEqual(["duplicate_delivery_pair", "malformed_payload"]);
    const parallel = runCli([...args, "--jobs", "2"]);
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.stderr).toBe(single.stderr);
  }, 60_000);

  it("groups by aggregate and projects every family the same on worker threads", () => {
    // Many aggregates, their events spread over every batch; bad lines among them.
    const stream = mixedStream();
    const lines: string[] = [];
    for (let i = 0; i < 6000; i++) {
      const record = { ...(stream[i % stream.length] as Record<string, unknown>) };
      record.event_id = envelope(i, "x", {}).event_id;
      record.aggregate_id = `agg-${(i * 7919) % 97}`;
      record.lamport_clock = (i * 37) % 101;
      lines.push(i % 501 === 0 ? "{oops" : JSON.stringify(record));
    }
    const file = dir.file("aggregates.jsonl", `${lines.join("\n")}\n`);
    for (const extra of [
      ["--group-by", "aggregate", "--json"],
      ["--group-by", "aggregate", "--format", "jsonl"],
      ["--reducer", "connector", "--group-by", "aggregate", "--limit", "2"],
      ["--json"],
    ]) {
      const single = runCli(["replay", file, "--jobs", "1", ...extra]);
      expect(single.code).toBe(1);
      for (const jobs of ["2", "3"]) {
        const parallel = runCli(["replay", file, "--jobs", jobs, ...extra]);
        expect({ extra, jobs, code: parallel.code }).toEqual({ extra, jobs, code: 1 });
        expect(parallel.stdout).toBe(single.stdout);
        expect(parallel.stderr).toBe(single.stderr);
      }
    }
    const grouped = JSON.parse(
      runCli(["replay", file, "--group-by", "aggregate", "--json"]).stdout,
    );
    expect(Object.keys(grouped.connector)).toHaveLength(97);
  }, 120_000);

  it("reads standard input on worker threads too, and a JSON array on one thread", () => {
    const text = messyText(300);
    const args = ["replay", "-", "--reducer", "sync", "--json"];
    const single = runCli([...args, "--jobs", "1"], text);
    const parallel = runCli([...args, "--jobs", "2"], text);
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.stderr).toBe(single.stderr);
    const array = `[${mixedStream()
      .map((record) => JSON.stringify(record))
      .join(",\n")}]`;
    expect(runCli([...args, "--jobs", "2"], array).stdout).toBe(
      runCli([...args, "--jobs", "1"], array).stdout,
    );
  }, 60_000);

  it("rejects a --jobs value that is not a whole number from 1 to 64", () => {
    for (const value of ["0", "many", "65"]) {
      const run = runCli(["replay", "x.jsonl", "--reducer", "sync", "--jobs", value]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("replay: --jobs must be a whole number from 1 to 64");
    }
  }, 60_000);
});

/** The parallel replay (small line limit, chunks cut at several sizes) against one thread. */
const REPLAY_LINE_LIMIT_DRIVER = `
import { Readable } from "node:stream";
const { reduceSyncEvents } = await import(process.env.SK_CORE);
const dist = (name) => new URL(name, process.env.SK_DIST).href;
const { replayLines } = await import(dist("replay/parallel.js"));
const { payloadReadingOf, reducingFamiliesNamed, replayVisitor } = await import(dist("replay/records.js"));
const reading = payloadReadingOf(reducingFamiliesNamed(["sync"]));
const { readJsonRecords } = await import(dist("reading/read.js"));
const { DEFAULT_READ_LIMITS } = await import(dist("reading/records.js"));
const text = process.env.SK_TEXT;
const limits = { ...DEFAULT_READ_LIMITS, maxLineBytes: Number(process.env.SK_LIMIT) };
const single = { events: [], skipped: [], tally: { records: 0, skipped: 0 } };
await readJsonRecords(
  Readable.from([Buffer.from(text)]),
  replayVisitor(reading, single.tally, (e) => single.events.push(e), (t) => single.skipped.push(t)),
  limits,
);
const projection = (events) => JSON.stringify(reduceSyncEvents(events));
const runs = [];
for (const chunkSize of [7, 500, 1600, 100000]) {
  const bytes = Buffer.from(text);
  const chunks = [];
  for (let at = 0; at < bytes.length; at += chunkSize) chunks.push(bytes.subarray(at, at + chunkSize));
  const events = [];
  const skipped = [];
  const tally = { records: 0, skipped: 0 };
  const errors = { write: (t) => skipped.push(t), send() {}, pause: () => undefined, flush: async () => {} };
  await replayLines({
    chunks: Readable.from(chunks), threads: 2, families: ["sync"], tally,
    take: (e) => events.push(e), errors, afterChunk: () => undefined, limits,
  });
  runs.push({ chunkSize, projection: projection(events), skipped: skipped.join(""), tally });
}
process.stdout.write(JSON.stringify({
  single: { projection: projection(single.events), skipped: single.skipped.join(""), tally: single.tally },
  runs,
}));
`;

describe("replayLines on worker threads with a small line limit", () => {
  it("skips over-long lines in order, wherever chunks and batches are cut", () => {
    const stream = mixedStream().map((record) => JSON.stringify(record));
    const long = `{"x":"${"y".repeat(2_000)}"}`;
    const text = [stream[0], long, stream[1], long, "nope", long, stream[2]].join("\n");
    const driver = dir.file("replay-line-limit-driver.mjs", REPLAY_LINE_LIMIT_DRIVER);
    const run = spawnSync(process.execPath, [driver], {
      encoding: "utf8",
      env: {
        ...process.env,
        NODE_OPTIONS: "",
        SK_CORE: pathToFileURL(join(CLI_MODULES, "../../../events-core/dist/index.js")).href,
        SK_DIST: pathToFileURL(CLI_MODULES).href,
        SK_TEXT: text,
        SK_LIMIT: "1500",
      },
    });
    expect(run.stderr).toBe("");
    const result = JSON.parse(run.stdout) as {
      single: { projection: string; skipped: string; tally: unknown };
      runs: { chunkSize: number; projection: string; skipped: string; tally: unknown }[];
    };
    expect(
      result.single.skipped.match(/longer than 1,500 bytes \(not read\); skipped\n/g),
    ).toHaveLength(3);
    expect(result.single.tally).toEqual({ records: 7, skipped: 4 });
    expect(result.runs).toHaveLength(4);
    for (const parallel of result.runs) {
      expect(parallel).toEqual({
        chunkSize: parallel.chunkSize,
        projection: result.single.projection,
        skipped: result.single.skipped,
        tally: result.single.tally,
      });
    }
  }, 60_000);
});
