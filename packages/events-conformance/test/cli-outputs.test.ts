// The output conventions of `spec-kitty-events`: several inputs and globs, --format and
// --json, -o/--output, colours (NO_COLOR, FORCE_COLOR, --color/--no-color, a terminal) and the
// progress line, each with its exit code. Run as the built command (a pseudo terminal through
// `script`), and in process where the clock must be controlled.
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { parseEvent, reduceSyncEvents } from "@spec-kitty/events-core";
import { listSchemas, loadSchema } from "@spec-kitty/events-schemas";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { CliIo, OutputStream } from "../src/cli/io.js";
import { runCli as runInProcess } from "../src/cli/run.js";
import { loadManifest } from "../src/fixtures.js";
import {
  CLI,
  CONNECTOR_PAYLOADS,
  envelope,
  jsonl,
  linesOf,
  mixedStream,
  requireBuiltCli,
  runCli,
  runCliWith,
  runInTerminal,
  SYNC_PAYLOADS,
  shellQuote,
  tempDir,
} from "./cli-support.js";

// Each test spawns the command several times: allow for a busy machine.
vi.setConfig({ testTimeout: 120_000 });
const dir = tempDir();
beforeAll(requireBuiltCli);
afterAll(() => dir.cleanup());

/** The escape character that starts colour (SGR) and erase codes. */
const ESC = "\u001b";
/** Any colour code. */
const SGR = new RegExp(`${ESC}\\[\\d+m`);
/** The text without its colour codes. */
const uncoloured = (text: string): string => text.replace(new RegExp(SGR.source, "g"), "");
/** The progress line is erased and drawn with `\r` and ESC [K. */
const ERASE = `\r${ESC}[K`;

const valid = jsonl(mixedStream());
const badHealth = envelope(2, "ConnectorHealthChecked", {
  ...CONNECTOR_PAYLOADS.ConnectorHealthChecked,
  latency_ms: -1,
});
const invalid = jsonl([mixedStream()[0], badHealth, envelope(3, "NoSuchType", {})]);

mkdirSync(join(dir.path, "logs/deep"), { recursive: true });
const LOGS = {
  ten: dir.file("logs/10.jsonl", valid),
  two: dir.file("logs/2.jsonl", invalid),
  a: dir.file("logs/a.jsonl", valid),
  deep: dir.file("logs/deep/d.jsonl", invalid),
};

describe("validate: several inputs and globs", () => {
  it("names the input on each problem line, prints each input's summary and a total; exit 1", () => {
    const run = runCli(["validate", LOGS.a, LOGS.two]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const single = linesOf(runCli(["validate", LOGS.two]).stdout);
    const problems = single.slice(0, -1);
    expect(problems.length).toBeGreaterThan(1);
    expect(linesOf(run.stdout)).toEqual([
      `${LOGS.a}: summary: events 8, valid 8, invalid 0, unknown types 0`,
      ...problems.map((line) => `${LOGS.two}: ${line}`),
      `${LOGS.two}: ${single.at(-1)}`,
      "total: events 11, valid 10, invalid 1, unknown types 1 (NoSuchType 1) (2 files)",
    ]);
  });

  it("expands a glob (given to the command) in code-point order; exit 0 when every input is valid", () => {
    const run = runCli(["validate", `${dir.path}/logs/*.jsonl`, "--strict"]);
    expect(run.code).toBe(1);
    const summaries = linesOf(run.stdout).filter((line) => line.includes(": summary: "));
    expect(summaries.map((line) => line.split(": summary: ")[0])).toEqual([
      LOGS.ten,
      LOGS.two,
      LOGS.a,
    ]);
    const deep = runCli(["validate", `${dir.path}/logs/**/*.jsonl`]);
    expect(linesOf(deep.stdout).at(-1)).toBe(
      "total: events 22, valid 20, invalid 2, unknown types 2 (NoSuchType 2) (4 files)",
    );
    const allValid = runCli(["validate", `${dir.path}/logs/[1a]*.jsonl`]);
    expect(allValid.code).toBe(0);
    expect(linesOf(allValid.stdout).at(-1)).toBe(
      "total: events 16, valid 16, invalid 0, unknown types 0 (2 files)",
    );
  });

  it("refuses a glob that matches nothing and a missing file before any output; exit 2", () => {
    const none = runCli(["validate", LOGS.a, `${dir.path}/logs/*.csv`]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe("");
    expect(none.stderr).toContain(`validate: no file matches '${dir.path}/logs/*.csv'`);
  });

  it("reads standard input among the inputs, named as such", () => {
    const run = runCli(["validate", LOGS.a, "-"], invalid);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("standard input: line 2, event ");
    expect(run.stdout).toContain("standard input: summary: events 3");
  });

  it("--json: a single input keeps its bytes; with several, each result starts with its file", () => {
    const single = runCli(["validate", LOGS.two, "--json"]);
    expect(single.stdout).not.toContain('"file"');
    const several = runCli(["validate", LOGS.two, LOGS.a, "-", "--json"], invalid);
    expect(several.code).toBe(1);
    const lines = linesOf(several.stdout);
    expect(lines).toEqual([
      ...linesOf(single.stdout).map(
        (line) => `{"file":${JSON.stringify(LOGS.two)},${line.slice(1)}`,
      ),
      ...linesOf(runCli(["validate", LOGS.a, "--json"]).stdout).map(
        (line) => `{"file":${JSON.stringify(LOGS.a)},${line.slice(1)}`,
      ),
      ...linesOf(single.stdout).map((line) => `{"file":"-",${line.slice(1)}`),
    ]);
    // The summaries go to standard error, as text.
    expect(linesOf(several.stderr)).toEqual([
      `${LOGS.two}: summary: events 3, valid 2, invalid 1, unknown types 1 (NoSuchType 1)`,
      `${LOGS.a}: summary: events 8, valid 8, invalid 0, unknown types 0`,
      "standard input: summary: events 3, valid 2, invalid 1, unknown types 1 (NoSuchType 1)",
      "total: events 14, valid 12, invalid 2, unknown types 2 (NoSuchType 2) (3 files)",
    ]);
    expect(runCli(["validate", LOGS.two, "--format", "jsonl"]).stdout).toBe(single.stdout);
  });

  it("--format json: one document with the results, each input's counts and the total", () => {
    const run = runCli(["validate", LOGS.two, LOGS.a, "--format", "json"]);
    expect(run.code).toBe(1);
    const document = JSON.parse(run.stdout) as {
      results: { file: string; valid: boolean }[];
      files: Record<string, unknown>[];
      summary: Record<string, unknown>;
    };
    expect(Object.keys(document)).toEqual(["results", "files", "summary"]);
    const jsonLines = linesOf(runCli(["validate", LOGS.two, LOGS.a, "--json"]).stdout);
    expect(document.results).toEqual(jsonLines.map((line) => JSON.parse(line)));
    const counts = (events: number, validCount: number, unknown: number) => ({
      events,
      valid: validCount,
      invalid: events - validCount,
      unknown,
      unknown_types: unknown > 0 ? [{ event_type: "NoSuchType", count: unknown }] : [],
      other_unknown_types: 0,
    });
    expect(document.files).toEqual([
      { file: LOGS.two, ...counts(3, 2, 1) },
      { file: LOGS.a, ...counts(8, 8, 0) },
    ]);
    expect(document.summary).toEqual(counts(11, 10, 1));
    // One input: the results as --json writes them, and an empty input an empty list.
    const single = JSON.parse(runCli(["validate", LOGS.a, "--format", "json"]).stdout);
    expect(single.results.every((result: object) => !("file" in result))).toBe(true);
    const empty = runCli(["validate", dir.file("empty.jsonl", ""), "--format", "json"]);
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout)).toMatchObject({ results: [], summary: { events: 0 } });
  });

  it("gives the same output with worker threads", () => {
    const args = ["validate", LOGS.two, LOGS.a, LOGS.deep];
    for (const extra of [[], ["--json"], ["--format", "json"]]) {
      const one = runCli([...args, ...extra, "--jobs", "1"]);
      const two = runCli([...args, ...extra, "--jobs", "2"]);
      expect({ code: two.code, stdout: two.stdout, stderr: two.stderr }).toEqual({
        code: one.code,
        stdout: one.stdout,
        stderr: one.stderr,
      });
    }
  });

  it("refuses an unknown format and --json beside another format; exit 2", () => {
    const unknown = runCli(["validate", LOGS.a, "--format", "xml"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("validate: unknown format 'xml'");
    expect(unknown.stderr).toContain("valid formats: text, json, jsonl");
    const both = runCli(["validate", LOGS.a, "--json", "--format", "text"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("validate: --json means --format jsonl, not --format text");
  });
});

describe("replay: several inputs", () => {
  it("names the file on each skipped record's line and reduces the inputs as one stream", () => {
    const stream = mixedStream();
    const first = dir.file("r1.jsonl", `${jsonl(stream.slice(0, 4))}{oops\n`);
    const second = dir.file("r2.jsonl", `42\n${jsonl(stream.slice(4))}`);
    const run = runCli(["replay", first, second, "--reducer", "connector", "--json"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      runCli(["replay", "-", "--reducer", "connector", "--json"], jsonl(stream)).stdout,
    );
    expect(linesOf(run.stderr)).toEqual([
      `${first}: line 5: invalid JSON at column 2: unexpected character 'o' (expected a property name in double quotes); skipped`,
      `${second}: line 1: not an event: the record is a number, an event envelope is a JSON object; skipped`,
      "replay: 2 of 10 records skipped, 8 events reduced",
    ]);
    const parallel = runCli([
      "replay",
      first,
      second,
      "--reducer",
      "connector",
      "--json",
      "--jobs",
      "2",
    ]);
    expect(parallel.stderr).toBe(run.stderr);
  });

  it("says that several empty inputs hold no events", () => {
    const a = dir.file("e1.jsonl", "");
    const b = dir.file("e2.jsonl", "\n");
    const run = runCli(["replay", a, b, "--json"]);
    expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
      code: 0,
      stdout: "{}\n",
      stderr: "replay: no events in the 2 inputs\n",
    });
  });
});

describe("a long output through a pipe", () => {
  it("is written whole before the command exits (most of a megabyte of --json)", () => {
    const records = Array.from({ length: 9_000 }, (_, n) =>
      envelope(n, "SyncIngestAccepted", {
        ...SYNC_PAYLOADS.SyncIngestAccepted,
        delivery_id: `dlv-${String(n).padStart(6, "0")}`,
      }),
    );
    const file = dir.file("long-output.jsonl", jsonl(records));
    const run = runCli(["replay", file, "--reducer", "sync", "--json"]);
    expect(run.code).toBe(0);
    const expected = `${JSON.stringify(reduceSyncEvents(records.map((record) => parseEvent(record))))}\n`;
    expect(expected.length).toBeGreaterThan(500_000);
    expect(run.stdout).toBe(expected);
    // Keyed by family, and as JSON Lines: the same state's text, in its place.
    const state = expected.slice(0, -1);
    expect(runCli(["replay", file, "--json"]).stdout).toBe(`{"sync":${state}}\n`);
    expect(runCli(["replay", file, "--format", "jsonl"]).stdout).toBe(
      `{"family":"sync","state":${state}}\n`,
    );
  });
});

describe("-o/--output", () => {
  it("writes what would go to standard output to the file (created or truncated), same exit code", () => {
    const expected = runCli(["validate", LOGS.two]);
    const report = join(dir.path, "report.txt");
    writeFileSync(report, "x".repeat(100_000));
    const run = runCli(["validate", LOGS.two, "-o", report]);
    expect({ code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
      code: 1,
      stdout: "",
      stderr: "",
    });
    expect(readFileSync(report, "utf8")).toBe(expected.stdout);
    const json = runCli(["validate", LOGS.two, "--json", "--output", report]);
    expect(json.code).toBe(1);
    expect(readFileSync(report, "utf8")).toBe(runCli(["validate", LOGS.two, "--json"]).stdout);
    expect(json.stderr).toBe(runCli(["validate", LOGS.two, "--json"]).stderr);
  });

  it("works on every command", () => {
    const out = join(dir.path, "out.txt");
    const cases: string[][] = [
      ["replay", LOGS.a, "--json"],
      ["replay", LOGS.a, "--group-by", "aggregate", "--format", "jsonl"],
      ["schemas", "list", "--json"],
      ["schemas", "show", "event"],
      ["fixtures", "list", "--format", "jsonl"],
      ["conformance", "--json"],
    ];
    for (const args of cases) {
      const expected = runCli(args);
      expect({ args, code: expected.code }).toEqual({ args, code: 0 });
      const run = runCli([...args, "-o", out]);
      expect({ args, code: run.code, stdout: run.stdout }).toEqual({ args, code: 0, stdout: "" });
      expect(readFileSync(out, "utf8")).toBe(expected.stdout);
    }
  });

  it("exits 2 with a clear message when the file cannot be written, and never writes over an input", () => {
    const missing = runCli(["validate", LOGS.a, "-o", join(dir.path, "no/such/dir/out.txt")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(
      `cannot write ${join(dir.path, "no/such/dir/out.txt")}: its directory does not exist`,
    );
    const directory = runCli(["replay", LOGS.a, "-o", dir.path]);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toContain(`cannot write ${dir.path}: it is a directory`);
    const before = readFileSync(LOGS.two, "utf8");
    const itself = runCli(["validate", LOGS.a, LOGS.two, "-o", LOGS.two]);
    expect(itself.code).toBe(2);
    expect(itself.stderr).toContain(`-o ${LOGS.two} is also an input`);
    expect(readFileSync(LOGS.two, "utf8")).toBe(before);
  });
});

describe("colours", () => {
  const text = (args: string[], env: Record<string, string> = {}) =>
    runCliWith(args, { env }).stdout;
  const validateArgs = ["validate", LOGS.two];

  it("are off in a pipe, on with FORCE_COLOR or --color, off with NO_COLOR or --no-color", () => {
    const plain = text(validateArgs);
    expect(plain).not.toMatch(SGR);
    const forced = text(validateArgs, { FORCE_COLOR: "1" });
    expect(forced).toContain(`${ESC}[31m[schema minimum]${ESC}[39m`);
    expect(forced).toContain(`${ESC}[33m[warning]${ESC}[39m`);
    expect(uncoloured(forced)).toBe(plain);
    expect(text(validateArgs, { FORCE_COLOR: "0" })).toBe(plain);
    expect(text(validateArgs, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(plain);
    expect(text([...validateArgs, "--color"], { NO_COLOR: "1" })).toBe(forced);
    expect(text([...validateArgs, "--no-color"], { FORCE_COLOR: "1" })).toBe(plain);
    // The last of --color and --no-color wins.
    expect(text([...validateArgs, "--color", "--no-color"])).toBe(plain);
    expect(text([...validateArgs, "--no-color", "--color"])).toBe(forced);
    expect(runCliWith([...validateArgs, "--color"], {}).code).toBe(1);
  });

  it("are off in a file unless --color, and never in JSON", () => {
    const out = join(dir.path, "colours.txt");
    runCliWith([...validateArgs, "-o", out], { env: { FORCE_COLOR: "1" } });
    expect(readFileSync(out, "utf8")).not.toMatch(SGR);
    runCliWith([...validateArgs, "-o", out, "--color"], {});
    expect(readFileSync(out, "utf8")).toMatch(SGR);
    for (const args of [
      [...validateArgs, "--json", "--color"],
      [...validateArgs, "--format", "json", "--color"],
      ["replay", LOGS.a, "--json", "--color"],
      ["replay", LOGS.a, "--format", "jsonl", "--color"],
      ["schemas", "list", "--json", "--color"],
      ["conformance", "--json", "--color"],
    ]) {
      expect({ args, stdout: text(args) }).toEqual({
        args,
        stdout: expect.not.stringMatching(SGR),
      });
    }
  });

  it("mark replay headings and the conformance verdicts", () => {
    const replay = text(["replay", LOGS.a, "--color"]);
    expect(replay).toContain("\u001b[1mconnector projection\u001b[22m\n");
    expect(uncoloured(replay)).toBe(text(["replay", LOGS.a]));
    const conformance = text(["conformance", "--color"]);
    expect(conformance).toContain(`\n${ESC}[32mPASS${ESC}[39m  payload-fixtures`);
    expect(conformance).toMatch(new RegExp(`\n${ESC}\\[32mOK:${ESC}\\[39m \\d+ checks passed`));
  });
});

describe("in a terminal", () => {
  const node = shellQuote(process.execPath);
  const cli = shellQuote(CLI);

  it("colours the problem kinds on a terminal, not with NO_COLOR or --no-color; exit codes pass through", () => {
    const command = `${node} ${cli} validate ${shellQuote(LOGS.two)}`;
    const terminal = runInTerminal(command);
    expect(terminal.code).toBe(1);
    expect(terminal.output).toContain(`${ESC}[31m[schema minimum]${ESC}[39m`);
    const noColor = runInTerminal(command, { NO_COLOR: "1" });
    expect(noColor.code).toBe(1);
    expect(noColor.output).not.toMatch(SGR);
    const flag = runInTerminal(`${command} --no-color`);
    expect(flag.output).not.toMatch(SGR);
    // Standard output in a pipe has no colours, even when standard error is the terminal.
    const piped = runInTerminal(`${command} | cat; exit 3`);
    expect(piped.code).toBe(3);
    expect(piped.output).not.toMatch(SGR);
    const valid = runInTerminal(`${node} ${cli} validate ${shellQuote(LOGS.a)}`);
    expect(valid.code).toBe(0);
  });

  it("shows the progress line on standard error, erased before the output; not with --quiet or in a pipe", () => {
    // Standard input fed in three parts, 1.5 s apart: a progress line is due while reading.
    const feed = (part: string) => `(cat ${part}; sleep 1.5; cat ${part}; sleep 1.5; cat ${part})`;
    const input = shellQuote(LOGS.a);
    const command = `${feed(input)} | ${node} ${cli} validate - --jobs 1`;
    const shown = runInTerminal(command);
    expect(shown.code).toBe(0);
    expect(shown.output).toMatch(
      new RegExp(
        `\r${ESC}\\[Kvalidate: [\\d,]+ events, [\\d.]+ MB read, [\\d.]+ MB/s, [\\d,]+ events/s`,
      ),
    );
    // Erased, then the summary on a clean line.
    expect(
      shown.output.endsWith(`${ERASE}summary: events 24, valid 24, invalid 0, unknown types 0\r\n`),
    ).toBe(true);
    const quiet = runInTerminal(`${command} --quiet`);
    expect(quiet.code).toBe(0);
    expect(quiet.output).not.toContain(ERASE);
    expect(quiet.output).toBe("summary: events 24, valid 24, invalid 0, unknown types 0\r\n");
    const errors = join(dir.path, "stderr.txt");
    const piped = runInTerminal(`${command} 2>${shellQuote(errors)}`);
    expect(piped.output).not.toContain(ERASE);
    expect(readFileSync(errors, "utf8")).toBe("");
    const replay = runInTerminal(
      `${feed(input)} | ${node} ${cli} replay - --jobs 1 --json > /dev/null`,
    );
    expect(replay.code).toBe(0);
    expect(replay.output).toMatch(
      new RegExp(`\r${ESC}\\[Kreplay: [\\d,]+ events, [\\d.]+ MB read`),
    );
  });
});

describe("progress over several files (in process, with a controlled clock)", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  function memoryStream(isTTY: boolean): OutputStream & { written: string[] } {
    const written: string[] = [];
    const stream = {
      isTTY,
      written,
      write(text: string) {
        written.push(text);
        return true;
      },
      once: () => stream,
      off: () => stream,
    };
    return stream;
  }

  it("shows percent of the inputs' total size, rates and time left, and erases itself", async () => {
    const big = dir.file("big.jsonl", valid.repeat(1200));
    const small = dir.file("small.jsonl", valid.repeat(400));
    const total = statSync(big).size + statSync(small).size;
    let now = 0;
    vi.spyOn(Date, "now").mockImplementation(() => {
      now += 400;
      return now;
    });
    const stdout = memoryStream(false);
    const stderr = memoryStream(true);
    const io: CliIo = { stdin: Readable.from([]), stdout, stderr };
    expect(await runInProcess(["validate", big, small, "--jobs", "1"], io)).toBe(0);
    const lines = stderr.written.filter((text) => text.startsWith(`${ERASE}validate: `));
    expect(lines.length).toBeGreaterThan(1);
    const megabytes = (total / 1e6).toFixed(1);
    for (const line of lines) {
      expect(line).toMatch(
        new RegExp(
          `^\\r\\u001b\\[Kvalidate: \\d+%, [\\d,]+ events, [\\d.]+ of ${megabytes.replace(".", "\\.")} MB, [\\d.]+ MB/s, [\\d,]+ events/s, \\S+ left$`,
        ),
      );
    }
    // One count over both files: the percent only grows, past the first file's share.
    const percents = lines.map((line) => Number(/(\d+)%/.exec(line)?.[1]));
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.at(-1)).toBeGreaterThan((statSync(big).size / total) * 100);
    expect(stderr.written.at(-1)).toBe(ERASE);
    expect(stdout.written.join("")).toContain("total: events 12,800, valid 12,800");

    const quiet = memoryStream(true);
    await runInProcess(["validate", big, small, "--quiet"], { ...io, stderr: quiet });
    expect(quiet.written).toEqual([]);
  });
});

describe("--json and --format on the catalog commands", () => {
  it("schemas list: a JSON array, or one JSON string per line; show: the schema", () => {
    const json = runCli(["schemas", "list", "--json"]);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe(`${JSON.stringify(listSchemas())}\n`);
    const lines = runCli(["schemas", "list", "--format", "jsonl"]);
    expect(linesOf(lines.stdout).map((line) => JSON.parse(line))).toEqual([...listSchemas()]);
    const show = runCli(["schemas", "show", "event", "--json"]);
    expect(show.code).toBe(0);
    expect(JSON.parse(show.stdout)).toEqual(loadSchema("event"));
    const badFormat = runCli(["schemas", "show", "event", "--format", "jsonl"]);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("schemas show: unknown format 'jsonl'");
  });

  it("fixtures list: the manifest entries as JSON objects, in an array or one a line", () => {
    const entries = loadManifest().fixtures;
    const json = runCli(["fixtures", "list", "--json"]);
    expect(json.code).toBe(0);
    const listed = JSON.parse(json.stdout) as Record<string, unknown>[];
    expect(listed).toEqual(
      entries.map((entry) => ({
        id: entry.id,
        kind: entry.fixtureType ?? "payload",
        expected_result: entry.expectedResult,
        event_type: entry.eventType,
        path: entry.path,
        min_version: entry.minVersion,
        notes: entry.notes,
      })),
    );
    const sync = runCli(["fixtures", "list", "--category", "sync", "--format", "jsonl"]);
    expect(linesOf(sync.stdout).map((line) => JSON.parse(line))).toEqual(
      listed.filter((entry) => String(entry.path).startsWith("sync/")),
    );
  });

  it("conformance --json: the suite report; exit 1 when a check fails", () => {
    const run = runCli(["conformance", "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as {
      ok: boolean;
      checks: { name: string; failed: number }[];
      totals: { failed: number };
    };
    expect(report.ok).toBe(true);
    expect(report.totals.failed).toBe(0);
    expect(report.checks.map((check) => check.name)).toContain("payload-fixtures");
    const fixtures = join(dir.path, "bad-fixtures");
    mkdirSync(join(fixtures, "connector"), { recursive: true });
    writeFileSync(
      join(fixtures, "manifest.json"),
      JSON.stringify({
        version: "2.0.0",
        fixtures: [
          {
            id: "connector-bad-marked-valid",
            path: "connector/bad.json",
            expected_result: "valid",
            event_type: "ConnectorRevoked",
            notes: "an empty connector_id marked valid",
            min_version: "2.7.0",
          },
        ],
      }),
    );
    writeFileSync(join(fixtures, "connector/bad.json"), '{"connector_id": ""}');
    const failing = runCli(["conformance", "--fixtures", fixtures, "--json"]);
    expect(failing.code).toBe(1);
    expect(JSON.parse(failing.stdout).ok).toBe(false);
  });
});
