// Issue 19: never hang, never lose a line, same answer with any number of threads. A hostile
// log (nesting around and far past the depth limit, multibyte lines around the length limit in
// bytes, bad lines, arrays as first line, CR-only and mixed line ends, a deep malformed sync
// payload) gives byte-identical output on --jobs 1, 2 and 4, for validate and replay. The runs
// go through the built command's runCli in a plain Node process (worker threads need the
// built modules), with a small line limit (the test hook) and the default depth limit.
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { parseEvent, reduceSyncEvents, safeParseEvent } from "@spec-kitty/events-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  CLI_MODULES,
  CONNECTOR_PAYLOADS,
  envelope,
  linesOf,
  mixedStream,
  requireBuiltCli,
  runCli,
  SYNC_PAYLOADS,
  tempDir,
} from "./cli-support.js";

vi.setConfig({ testTimeout: 120_000 });
const dir = tempDir();
beforeAll(requireBuiltCli);
afterAll(() => dir.cleanup());

/** Line limit of these runs, in bytes. */
const MAX_LINE_BYTES = 30_000;

/** Runs each argv with runCli of the built command (limits given), in one Node process. */
const DRIVER = `
import { Readable } from "node:stream";
const dist = (name) => new URL(name, process.env.SK_DIST).href;
const { runCli } = await import(dist("run.js"));
const { DEFAULT_READ_LIMITS } = await import(dist("reading/records.js"));
const limits = { ...DEFAULT_READ_LIMITS, ...JSON.parse(process.env.SK_LIMITS) };
const memory = () => {
  const parts = [];
  return { parts, isTTY: false, write(text) { parts.push(text); return true; }, once() {}, off() {} };
};
const results = [];
for (const argv of JSON.parse(process.env.SK_RUNS)) {
  const stdout = memory();
  const stderr = memory();
  const code = await runCli(argv, { stdin: Readable.from([]), stdout, stderr }, limits);
  results.push({ argv, code, stdout: stdout.parts.join(""), stderr: stderr.parts.join("") });
}
process.stdout.write(JSON.stringify(results));
`;

interface DriverRun {
  readonly argv: string[];
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function drive(runs: readonly string[][], limits: Record<string, number>): DriverRun[] {
  const driver = dir.file("hostile-driver.mjs", DRIVER);
  const run = spawnSync(process.execPath, [driver], {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    env: {
      ...process.env,
      NODE_OPTIONS: "",
      SK_DIST: pathToFileURL(CLI_MODULES).href,
      SK_LIMITS: JSON.stringify(limits),
      SK_RUNS: JSON.stringify(runs),
    },
  });
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as DriverRun[];
}

function nested(depth: number): string {
  return `${"[".repeat(depth)}${"]".repeat(depth)}`;
}

/** A valid sync event whose payload holds `inner` under an extra key (the model ignores it). */
function withPayloadKey(
  n: number,
  inner: string,
  payload = SYNC_PAYLOADS.SyncIngestAccepted,
): string {
  return JSON.stringify(envelope(n, "SyncIngestAccepted", { ...payload, deep: "X" })).replace(
    '"X"',
    inner,
  );
}

/** The hostile log, as lines (joined with various line ends below). */
function hostileLines(): string[] {
  const stream = mixedStream().map((record) => JSON.stringify(record));
  const lines: string[] = ["[1,2]", "[]"];
  for (let i = 0; i < 2200; i++) {
    const pick = i % 40;
    const n = 100 + i;
    if (pick === 0)
      lines.push(withPayloadKey(n, nested(998))); // 1,000 levels in all: checked
    else if (pick === 1)
      lines.push(withPayloadKey(n, nested(999))); // 1,001: too deep
    else if (pick === 2)
      lines.push(withPayloadKey(n, nested(2_500))); // used to hang replay
    else if (pick === 3)
      lines.push(nested(9_000)); // used to abort the run
    else if (pick === 4) {
      // A malformed sync payload (held for the reducer), nested too deep.
      const malformed = { ...SYNC_PAYLOADS.SyncIngestAccepted, ingested_count: "many" };
      lines.push(withPayloadKey(n, nested(3_000), malformed));
    } else if (pick === 5) {
      // Multibyte lines around the limit, in bytes: 30,000 (read) and 30,002 (not read); in
      // characters both are far below it.
      lines.push(`{"pad":"${"é".repeat(14_995)}"}`);
      lines.push(`{"pad":"${"é".repeat(14_996)}"}`);
    } else if (pick === 6) lines.push('{"a":NaN}', "not json", "", "   ", "\uFEFF");
    else if (pick === 7) lines.push("[1,2]", '"text"', "42", "null");
    else if (pick === 8) {
      const bad = envelope(n, "ConnectorHealthChecked", {
        ...CONNECTOR_PAYLOADS.ConnectorHealthChecked,
        latency_ms: -1,
      });
      lines.push(JSON.stringify(bad));
    } else if (pick === 9) lines.push(JSON.stringify(envelope(n, "NoSuchType", {})));
    else if (pick === 10)
      lines.push(
        JSON.stringify({
          ...envelope(n, "SyncIngestAccepted", {}),
          lamport_clock: `1${"0".repeat(400)}`,
        }),
      );
    else lines.push(stream[i % stream.length] as string);
  }
  return lines;
}

/**
 * Joins lines with `\n`, `\r\n` and lone `\r` in turn (`\n` before an empty line that a `\r`
 * would merge with into one `\r\n`).
 */
function withMixedLineEnds(lines: readonly string[]): string {
  const ends = ["\n", "\r\n", "\r"];
  return lines
    .map((line, i) => {
      const end = ends[i % ends.length] as string;
      return `${line}${end === "\r" && lines[i + 1] === "" ? "\n" : end}`;
    })
    .join("");
}

const COMMANDS: readonly string[][] = [
  ["validate"],
  ["validate", "--json", "--strict"],
  ["replay", "--reducer", "sync", "--json"],
  ["replay", "--reducer", "connector", "--limit", "0"],
];

describe("a hostile log on any number of threads", () => {
  it("gives byte-identical output and exit codes on --jobs 1, 2 and 4", () => {
    const file = dir.file("hostile.jsonl", withMixedLineEnds(hostileLines()));
    const runs = COMMANDS.flatMap((command) =>
      ["1", "2", "4"].map((jobs) => [
        command[0] as string,
        file,
        ...command.slice(1),
        "--jobs",
        jobs,
      ]),
    );
    const results = drive(runs, { maxLineBytes: MAX_LINE_BYTES });
    expect(results).toHaveLength(runs.length);
    for (let i = 0; i < results.length; i += 3) {
      const [one, two, four] = results.slice(i, i + 3) as [DriverRun, DriverRun, DriverRun];
      expect(one.code).toBe(1);
      for (const other of [two, four]) {
        expect({ argv: other.argv, code: other.code }).toEqual({
          argv: other.argv,
          code: one.code,
        });
        expect(other.stdout === one.stdout).toBe(true);
        expect(other.stderr === one.stderr).toBe(true);
      }
    }

    // What the single-thread run says about each kind of line (the others say the same).
    const [validate, validateJson, replaySync] = [0, 3, 6].map((i) => results[i] as DriverRun);
    const lines = hostileLines();
    const lineOf = (predicate: (line: string) => boolean, nth = 0): number =>
      lines.map((line, i) => (predicate(line) ? i + 1 : 0)).filter((n) => n > 0)[nth] as number;
    const text = linesOf(validate?.stdout ?? "");
    const at = (line: number) =>
      text.filter(
        (entry) => entry.startsWith(`line ${line}:`) || entry.startsWith(`line ${line},`),
      );
    // Arrays as first lines: JSON Lines records, not one JSON array.
    expect(at(1)).toEqual([
      "line 1: not an event: the record is an array, an event envelope is a JSON object",
    ]);
    expect(at(2)).toEqual([
      "line 2: not an event: the record is an array, an event envelope is a JSON object",
    ]);
    // Depth: 1,000 levels are checked (valid: under an ignored payload key), 1,001 are not.
    const checked = lineOf((line) => line.includes(nested(998)) && !line.includes(nested(999)));
    expect(at(checked)).toEqual([]);
    for (const depth of [999, 2_500, 3_000]) {
      const line = lineOf(
        (entry) => entry.includes(nested(depth)) && !entry.includes(nested(depth + 1)),
      );
      expect(at(line)).toEqual([
        expect.stringMatching(
          new RegExp(`^line ${line}: nesting too deep at column \\d+: more than 1,000 levels`),
        ),
      ]);
    }
    expect(at(lineOf((line) => line.startsWith("[[[")))).toEqual([
      expect.stringContaining("nesting too deep at column 1001"),
    ]);
    // Length in bytes: 30,000 bytes of é are read (not an event: no envelope keys), 30,002 not.
    const readLine = lineOf(
      (line) => line.startsWith('{"pad"') && Buffer.byteLength(line) <= MAX_LINE_BYTES,
    );
    expect(at(readLine).every((entry) => !entry.includes("longer than"))).toBe(true);
    const longLine = lineOf(
      (line) => line.startsWith('{"pad"') && Buffer.byteLength(line) > MAX_LINE_BYTES,
    );
    expect(at(longLine)).toEqual([`line ${longLine}: line longer than 30,000 bytes (not read)`]);
    // Integer text past the double range: rejected, never Infinity.
    const huge = lineOf((line) => line.includes(`"lamport_clock":"1${"0".repeat(400)}"`));
    expect(at(huge).some((entry) => entry.includes("[model int_parsing_size]"))).toBe(true);
    // Every record has a verdict: nothing lost.
    const verdicts = linesOf(validateJson?.stdout ?? "").map(
      (line) => JSON.parse(line) as { line: number },
    );
    const recordLines = lines
      .map((line, i) => (line.replace(/^\uFEFF/, "").trim() === "" ? 0 : i + 1))
      .filter((n) => n > 0);
    expect(verdicts.map((verdict) => verdict.line)).toEqual(recordLines);
    // Replay: the long line is said once to be skipped, and the valid events are reduced.
    expect(replaySync?.stderr).toContain(
      `line ${longLine}: line longer than 30,000 bytes (not read); skipped\n`,
    );
    expect(replaySync?.stderr).not.toContain("skipped; skipped");
    const reducible = lines.flatMap((line) => {
      if (Buffer.byteLength(line) > MAX_LINE_BYTES || line.includes(nested(999))) return [];
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        return [];
      }
      const parsed = safeParseEvent(value);
      return parsed.success ? [parsed.output] : [];
    });
    expect(reducible.length).toBeGreaterThan(1000);
    expect(replaySync?.stdout).toBe(`${JSON.stringify(reduceSyncEvents(reducible))}\n`);
  });
});

describe("issue 19 reproductions with the default limits (built command)", () => {
  it("replay never hangs on deep nesting, and reduces the rest, on --jobs 1 and 2", () => {
    const sync = SYNC_PAYLOADS.SyncIngestAccepted ?? {};
    const lines = [
      JSON.stringify(envelope(1, "SyncIngestAccepted", sync)),
      withPayloadKey(2, nested(1_900)),
      withPayloadKey(3, nested(3_000)),
      nested(8_000),
      withPayloadKey(4, nested(2_500), { ...sync, ingested_count: "many" }),
      JSON.stringify(envelope(5, "SyncIngestAccepted", { ...sync, delivery_id: "dlv-5" })),
    ];
    const file = dir.file("deep-replay.jsonl", `${lines.join("\n")}\n`);
    const expected = `${JSON.stringify(reduceSyncEvents([parseEvent(JSON.parse(lines[0] as string)), parseEvent(JSON.parse(lines[5] as string))]))}\n`;
    const outputs = ["1", "2"].map((jobs) =>
      runCli(["replay", file, "--reducer", "sync", "--json", "--jobs", jobs]),
    );
    for (const run of outputs) {
      expect(run.code).toBe(1);
      expect(run.stdout).toBe(expected);
      expect(linesOf(run.stderr)).toEqual([
        expect.stringMatching(/^line 2: nesting too deep at column \d+: .*; skipped$/),
        expect.stringMatching(/^line 3: nesting too deep at column \d+: .*; skipped$/),
        expect.stringMatching(/^line 4: nesting too deep at column 1001: .*; skipped$/),
        expect.stringMatching(/^line 5: nesting too deep at column \d+: .*; skipped$/),
        "replay: 4 of 6 records skipped, 2 events reduced",
      ]);
    }
  });

  it("reads CR-only line ends as line ends, on --jobs 1 and 2", () => {
    const stream = mixedStream().map((record) => JSON.stringify(record));
    const file = dir.file("cr.jsonl", `${stream.join("\r")}\r`);
    for (const jobs of ["1", "2"]) {
      const run = runCli(["validate", file, "--jobs", jobs]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe("summary: events 8, valid 8, invalid 0, unknown types 0\n");
    }
  });

  it("reads JSON Lines whose first line is an array as JSON Lines, a whole array as one", () => {
    const stream = mixedStream().map((record) => JSON.stringify(record));
    for (const first of ["[]", "[1,2]", '\uFEFF[{"a":"]"}] ']) {
      const file = dir.file("first-array.jsonl", `${first}\n${stream.join("\n")}\n`);
      for (const jobs of ["1", "2"]) {
        const run = runCli(["replay", file, "--reducer", "sync", "--json", "--jobs", jobs]);
        expect(run.stdout).toBe(
          `${JSON.stringify(reduceSyncEvents(mixedStream().map((record) => parseEvent(record))))}\n`,
        );
        expect(linesOf(run.stderr)).toEqual([
          "line 1: not an event: the record is an array, an event envelope is a JSON object; skipped",
          "replay: 1 of 9 records skipped, 8 events reduced",
        ]);
      }
    }
    const oneLine = dir.file("one-line.json", `[${stream.join(",")}]\n\n`);
    expect(runCli(["validate", oneLine, "--json", "--jobs", "2"]).stdout).toContain('"item":8');
  });
});
