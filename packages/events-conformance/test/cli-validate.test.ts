// `spec-kitty-events validate`, run as the built command on files written here.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  CONNECTOR_PAYLOADS,
  envelope,
  jsonl,
  linesOf,
  mixedStream,
  requireBuiltCli,
  runCli,
  STACK_LINE,
  SYNC_PAYLOADS,
  tempDir,
  ulid,
} from "./cli-support.js";

// Each test spawns the command, some several times: allow for a busy machine.
vi.setConfig({ testTimeout: 60_000 });
const dir = tempDir();
beforeAll(requireBuiltCli);
afterAll(() => dir.cleanup());

interface JsonVerdict {
  line: number;
  item: number | null;
  event_id: string | null;
  event_type: string | null;
  valid: boolean;
  unknown_event_type: boolean;
  problems: { layer: string; path: string; type: string; message: string }[];
}

function verdicts(stdout: string): JsonVerdict[] {
  return linesOf(stdout).map((line) => JSON.parse(line) as JsonVerdict);
}

const healthChecked = (n: number) =>
  envelope(n, "ConnectorHealthChecked", CONNECTOR_PAYLOADS.ConnectorHealthChecked ?? {});
const accepted = (n: number, extra: Record<string, unknown> = {}) =>
  envelope(n, "SyncIngestAccepted", { ...SYNC_PAYLOADS.SyncIngestAccepted, ...extra });

describe("validate: valid streams", () => {
  it("accepts a valid mixed connector and sync stream: summary only, exit 0", () => {
    const file = dir.file("valid.jsonl", jsonl(mixedStream()));
    const run = runCli(["validate", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("summary: events 8, valid 8, invalid 0, unknown types 0\n");
    expect(run.stderr).toBe("");
  });

  it("reads standard input with - and without a FILE when input is piped", () => {
    const text = jsonl(mixedStream());
    for (const args of [["validate", "-"], ["validate"]]) {
      const run = runCli(args, text);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe("summary: events 8, valid 8, invalid 0, unknown types 0\n");
    }
  });

  it("says so for an empty file (0 events, exit 0), also when it holds only blanks and a BOM", () => {
    for (const [name, content] of [
      ["empty.jsonl", ""],
      ["blanks.jsonl", "\uFEFF\r\n   \n\t\n"],
    ] as const) {
      const file = dir.file(name, content);
      const run = runCli(["validate", file]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(
        `summary: events 0, valid 0, invalid 0, unknown types 0 (no events in ${file})\n`,
      );
    }
  });
});

describe("validate: problems", () => {
  it("prints one line per problem of each layer with line, event id and field path; exit 1", () => {
    const badHealth = healthChecked(2);
    (badHealth.payload as Record<string, unknown>).latency_ms = -1;
    const badEnvelope = { ...accepted(3), lamport_clock: -5 };
    const file = dir.file("problems.jsonl", jsonl([healthChecked(1), badHealth, badEnvelope]));
    const run = runCli(["validate", file]);
    expect(run.code).toBe(1);
    const lines = linesOf(run.stdout);
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^line 2, event ${ulid(2)}: payload\\.latency_ms: .+ \\[model greater_than_equal\\]$`,
        ),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^line 2, event ${ulid(2)}: \\$\\.payload\\.latency_ms: .+ \\[schema minimum\\]$`,
        ),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^line 3, event ${ulid(3)}: lamport_clock: .+ \\[model greater_than_equal\\]$`),
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^line 3, event ${ulid(3)}: \\$\\.lamport_clock: .+ \\[schema minimum\\]$`),
      ),
    );
    expect(lines.some((line) => line.startsWith("line 1"))).toBe(false);
    expect(lines.at(-1)).toBe("summary: events 3, valid 1, invalid 2, unknown types 0");
  });

  it("reports every bad line of a messy file and still checks every good line after it", () => {
    const withProto = JSON.stringify(healthChecked(7))
      .replace(
        '{"event_id"',
        '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"event_id"',
      )
      .replace('"payload":{', '"payload":{"__proto__":{"polluted":true},"constructor":{"x":1},');
    const unknown = JSON.stringify({ ...envelope(8, "FooHappened", { anything: 1 }) });
    const zeroCount = JSON.stringify(accepted(11, { ingested_count: 0 }));
    const last = JSON.stringify(healthChecked(12));
    const text = [
      `\uFEFF${JSON.stringify(envelope(1, "ConnectorProvisioned", CONNECTOR_PAYLOADS.ConnectorProvisioned ?? {}))}\r`,
      "\r",
      '{"event_id": NaN}',
      "[1,2]",
      '{"a":}',
      "   ",
      withProto,
      unknown,
      '{"a":Infinity}',
      "-Infinity",
      zeroCount,
      last,
    ].join("\n");
    const file = dir.file("messy.jsonl", text);
    const run = runCli(["validate", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const lines = linesOf(run.stdout);
    expect(lines).toContain(
      "line 3: invalid JSON at column 14: NaN is a non-standard literal: Python's json module writes and accepts it, JSON (and this tool) does not; write null or a string instead",
    );
    expect(lines).toContain(
      "line 4: not an event: the record is an array, an event envelope is a JSON object",
    );
    expect(lines).toContain(
      "line 5: invalid JSON at column 6: unexpected character '}' (expected a value)",
    );
    expect(lines).toContain(
      `line 8, event ${ulid(8)}: event_type: unknown event type 'FooHappened' (not registered in contract 2.7.0), payload not checked [warning]`,
    );
    expect(
      lines.some((line) =>
        line.startsWith("line 9: invalid JSON at column 6: Infinity is a non-standard literal"),
      ),
    ).toBe(true);
    expect(
      lines.some((line) =>
        line.startsWith("line 10: invalid JSON at column 1: -Infinity is a non-standard literal"),
      ),
    ).toBe(true);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^line 11, event \w+: payload\.ingested_count: .+ \[model greater_than\]$/,
      ),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^line 11, event \w+: \$\.payload\.ingested_count: .+ \[schema exclusiveMinimum\]$/,
      ),
    );
    // Good lines (1, 7 with __proto__ keys, 12 without a final newline) have no problem line.
    for (const good of [1, 7, 12]) {
      expect(
        lines.some((line) => line.startsWith(`line ${good},`) || line.startsWith(`line ${good}:`)),
      ).toBe(false);
    }
    expect(lines.at(-1)).toBe(
      "summary: events 10, valid 4, invalid 6, unknown types 1 (FooHappened 1)",
    );

    const json = runCli(["validate", file, "--json"]);
    expect(json.code).toBe(1);
    expect(verdicts(json.stdout).map((v) => [v.line, v.valid])).toEqual([
      [1, true],
      [3, false],
      [4, false],
      [5, false],
      [7, true],
      [8, true],
      [9, false],
      [10, false],
      [11, false],
      [12, true],
    ]);
    expect(json.stderr).toBe(
      "summary: events 10, valid 4, invalid 6, unknown types 1 (FooHappened 1)\n",
    );
  });

  it("counts an unknown event type as invalid with --strict, and still checks its envelope", () => {
    const unknown = { ...envelope(1, "FooHappened", {}), node_id: "" };
    const file = dir.file("unknown.jsonl", jsonl([unknown, envelope(2, "BarHappened", {})]));
    const lax = runCli(["validate", file, "--json"]);
    expect(lax.code).toBe(1);
    const [first, second] = verdicts(lax.stdout);
    expect(first?.unknown_event_type).toBe(true);
    expect(first?.problems.map((p) => [p.layer, p.path, p.type])).toEqual([
      ["model", "node_id", "string_too_short"],
      ["schema", "$.node_id", "minLength"],
    ]);
    expect(second).toMatchObject({ valid: true, unknown_event_type: true, problems: [] });

    const strict = runCli(["validate", file, "--json", "--strict"]);
    expect(strict.code).toBe(1);
    expect(verdicts(strict.stdout)[1]).toMatchObject({
      valid: false,
      unknown_event_type: true,
      problems: [{ layer: "registry", path: "event_type", type: "unknown_event_type" }],
    });
    const onlyUnknown = dir.file("only-unknown.jsonl", jsonl([envelope(2, "BarHappened", {})]));
    expect(runCli(["validate", onlyUnknown]).code).toBe(0);
    expect(runCli(["validate", onlyUnknown, "--strict"]).code).toBe(1);
  });

  it("handles a line of several megabytes and an unterminated one of the same size", () => {
    const big = healthChecked(1);
    (big.payload as Record<string, unknown>).attachment = "x".repeat(5_000_000);
    const unterminated = `{"event_id":"${"y".repeat(3_000_000)}`;
    const file = dir.file(
      "big.jsonl",
      `${JSON.stringify(big)}\n${unterminated}\n${JSON.stringify(healthChecked(3))}\n`,
    );
    const run = runCli(["validate", file]);
    expect(run.code).toBe(1);
    expect(linesOf(run.stdout)).toEqual([
      `line 2: invalid JSON at column ${unterminated.length + 1}: unterminated string (missing closing '"')`,
      "summary: events 3, valid 2, invalid 1, unknown types 0",
    ]);
  });

  it("reports lines nested deeper than 1,000 levels as such, with line and column, and goes on", () => {
    const deepArray = `${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}`;
    const payloadAt = (depth: number) =>
      JSON.stringify(healthChecked(3)).replace(
        '"payload":{',
        `"payload":{"nested":${"[".repeat(depth)}${"]".repeat(depth)},`,
      );
    const file = dir.file(
      "deep.jsonl",
      [
        JSON.stringify(healthChecked(1)),
        deepArray,
        payloadAt(1_000_000),
        payloadAt(998),
        payloadAt(999),
        JSON.stringify(healthChecked(4)),
      ].join("\n"),
    );
    const run = runCli(["validate", file, "--json"]);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(STACK_LINE);
    const results = verdicts(run.stdout);
    expect(results.map((v) => v.line)).toEqual([1, 2, 3, 4, 5, 6]);
    const tooDeep = (column: number) => ({
      valid: false,
      event_id: null,
      problems: [
        {
          layer: "input",
          path: "",
          type: "nesting_too_deep",
          message: `nesting too deep at column ${column}: more than 1,000 levels of arrays and objects inside one another (not checked)`,
        },
      ],
    });
    expect(results[1]).toMatchObject(tooDeep(1001));
    const column = payloadAt(0).indexOf('"nested":') + '"nested":'.length + 999;
    expect(results[2]).toMatchObject(tooDeep(column));
    // 998 levels under the payload (1,000 with the envelope and the payload) are checked: the
    // deep array sits under a payload key the model ignores, so the event is valid.
    expect(results[3]).toMatchObject({ valid: true, event_id: ulid(3), problems: [] });
    expect(results[4]).toMatchObject(tooDeep(column));
    expect(results[5]?.valid).toBe(true);
  });
});

describe("validate: JSON array input", () => {
  it("checks each item, with the line where it starts and its item number", () => {
    const bad = { ...healthChecked(2), lamport_clock: "soon" };
    const text = `[\n  ${JSON.stringify(healthChecked(1))},\n  ${JSON.stringify(bad)},\n  {"a":},\n  ${JSON.stringify(healthChecked(4))}\n]\n`;
    const file = dir.file("array.json", text);
    const run = runCli(["validate", file]);
    expect(run.code).toBe(1);
    const lines = linesOf(run.stdout);
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^line 3 \\(item 2\\), event ${ulid(2)}: lamport_clock: .+ \\[model int_parsing\\]$`,
        ),
      ),
    );
    expect(lines).toContain(
      "line 4 (item 3): invalid JSON at column 8: unexpected character '}' (expected a value)",
    );
    expect(lines.at(-1)).toBe("summary: events 4, valid 2, invalid 2, unknown types 0");
  });

  it("reports a stray comma, an unclosed array and content after the array", () => {
    const one = JSON.stringify(healthChecked(1));
    const cases: [string, string, string][] = [
      [
        "stray.json",
        `[${one},,${one}]`,
        `line 1: invalid JSON array at column ${one.length + 3}: empty array item (a stray ',')`,
      ],
      [
        "unclosed.json",
        `[${one},\n${one}`,
        `line 2: invalid JSON array at column ${one.length + 1}: the JSON array is not closed (missing ']')`,
      ],
      [
        "after.json",
        `[\n${one}\n]\n{"x":1}`,
        "line 4: invalid JSON array at column 1: unexpected content after the end of the JSON array (an array input holds one array)",
      ],
      [
        "after-on-its-line.json",
        `[${one}] {"x":1}\n`,
        `line 1: invalid JSON array at column ${one.length + 4}: unexpected content after the end of the JSON array (an array input holds one array)`,
      ],
    ];
    for (const [name, text, expected] of cases) {
      const run = runCli(["validate", dir.file(name, text)]);
      expect(run.code).toBe(1);
      expect(linesOf(run.stdout)).toContain(expected);
    }
  });
});

describe("validate --json", () => {
  it("prints one parseable result per event, byte-identical across runs", () => {
    const events = mixedStream();
    (events[2]?.payload as Record<string, unknown>).ingested_count = "many";
    const file = dir.file("json.jsonl", `${jsonl(events)}not json\n`);
    const first = runCli(["validate", file, "--json"]);
    const second = runCli(["validate", file, "--json"]);
    expect(first.code).toBe(1);
    expect(second.stdout).toBe(first.stdout);
    const results = verdicts(first.stdout);
    expect(results).toHaveLength(9);
    for (const result of results) {
      expect(Object.keys(result)).toEqual([
        "line",
        "item",
        "event_id",
        "event_type",
        "valid",
        "unknown_event_type",
        "problems",
      ]);
    }
    expect(results[2]).toMatchObject({
      line: 3,
      item: null,
      event_id: ulid(3),
      event_type: "SyncIngestAccepted",
      valid: false,
    });
    expect(results[2]?.problems.map((p) => [p.layer, p.path, p.type])).toEqual([
      ["model", "payload.ingested_count", "int_parsing"],
      ["schema", "$.payload.ingested_count", "type"],
    ]);
    expect(results[8]).toMatchObject({
      line: 9,
      valid: false,
      problems: [{ layer: "input", path: "", type: "invalid_json" }],
    });
    expect(results[8]?.problems[0]?.message).toMatch(
      /^invalid JSON at column 1: unexpected character 'n'/,
    );
  });
});

describe("validate: files and usage", () => {
  it("exits 2 naming a missing file and how to read standard input", () => {
    const missing = `${dir.path}/nope.jsonl`;
    const run = runCli(["validate", missing]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`file not found: ${missing}`);
    expect(run.stderr).toContain("- to read standard input");
  });

  it("exits 2 for a directory", () => {
    const run = runCli(["validate", dir.path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${dir.path} is a directory, not a file`);
  });

  it("exits 2 on an unknown option or an extra argument, pointing to --help", () => {
    const option = runCli(["validate", "--bogus", "x.jsonl"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain("validate: Unknown option '--bogus'");
    expect(option.stderr).toContain("spec-kitty-events validate --help");
    const extra = runCli(["validate", "a.jsonl", "b.jsonl"]);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain("unexpected argument 'b.jsonl'");
  });

  it("never writes a progress line when standard error is not a terminal", () => {
    const events = Array.from({ length: 2000 }, (_, i) => healthChecked(i + 1));
    const run = runCli(["validate", dir.file("many.jsonl", jsonl(events))]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
  });
});
