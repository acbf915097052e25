// `spec-kitty-events replay`, run as the built command; its JSON output is compared with the
// reducers run in-process on the same events.
import {
  type Event,
  parseEvent,
  reduceConnectorEvents,
  reduceSyncEvents,
} from "@spec-kitty/events-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { reducerNames } from "../src/cli/replay/command.js";
import {
  CONNECTOR_PAYLOADS,
  envelope,
  jsonl,
  linesOf,
  mixedStream,
  requireBuiltCli,
  runCli,
  STACK_LINE,
  tempDir,
  ulid,
} from "./cli-support.js";

// Each test spawns the command, some several times: allow for a busy machine.
vi.setConfig({ testTimeout: 60_000 });
const dir = tempDir();
beforeAll(requireBuiltCli);
afterAll(() => dir.cleanup());

function parsed(records: readonly unknown[]): Event[] {
  return records.map((record) => parseEvent(record));
}

describe("replay --json", () => {
  it("prints exactly JSON.stringify of each reducer's output, on one line", () => {
    const stream = mixedStream();
    const file = dir.file("mixed.jsonl", jsonl(stream));
    const connector = runCli(["replay", file, "--reducer", "connector", "--json"]);
    expect(connector.code).toBe(0);
    expect(connector.stderr).toBe("");
    expect(connector.stdout).toBe(`${JSON.stringify(reduceConnectorEvents(parsed(stream)))}\n`);
    const sync = runCli(["replay", file, "--reducer", "sync", "--json"]);
    expect(sync.code).toBe(0);
    expect(sync.stdout).toBe(`${JSON.stringify(reduceSyncEvents(parsed(stream)))}\n`);
    // The stream holds a repeated health check and a duplicate delivery pair: both show.
    expect(JSON.parse(connector.stdout).anomalies).toHaveLength(1);
    expect(JSON.parse(sync.stdout).anomalies).toHaveLength(1);
  });

  it("reads a JSON array and standard input the same way", () => {
    const stream = mixedStream();
    const expected = `${JSON.stringify(reduceSyncEvents(parsed(stream)))}\n`;
    const array = dir.file("mixed.json", `${JSON.stringify(stream, null, 2)}\n`);
    expect(runCli(["replay", array, "--reducer", "sync", "--json"]).stdout).toBe(expected);
    expect(runCli(["replay", "-", "--reducer", "sync", "--json"], jsonl(stream)).stdout).toBe(
      expected,
    );
  });

  it("reports each bad line on stderr with its line number, skips it, reduces the rest; exit 1", () => {
    const stream = mixedStream();
    const badEnvelope = { ...stream[1], lamport_clock: -1 };
    const lines = [
      JSON.stringify(stream[0]),
      "{oops",
      JSON.stringify(badEnvelope),
      "",
      "42",
      ...stream.slice(2).map((record) => JSON.stringify(record)),
    ];
    const file = dir.file("bad-lines.jsonl", `${lines.join("\r\n")}\r\n`);
    const run = runCli(["replay", file, "--reducer", "connector", "--json"]);
    expect(run.code).toBe(1);
    const good = [stream[0], ...stream.slice(2)];
    expect(run.stdout).toBe(`${JSON.stringify(reduceConnectorEvents(parsed(good)))}\n`);
    const errors = linesOf(run.stderr);
    expect(errors[0]).toBe(
      "line 2: invalid JSON at column 2: unexpected character 'o' (expected a property name in double quotes); skipped",
    );
    expect(errors[1]).toMatch(
      new RegExp(
        `^line 3, event ${ulid(2)}: not a valid envelope: lamport_clock: .+ \\(greater_than_equal\\); skipped$`,
      ),
    );
    expect(errors[2]).toBe(
      "line 5: not an event: the record is a number, an event envelope is a JSON object; skipped",
    );
    expect(errors[3]).toBe("replay: 3 of 10 records skipped, 7 events reduced");
    expect(errors).toHaveLength(4);
  });

  it("reduces an empty input to the empty projection and says so", () => {
    const file = dir.file("empty.jsonl", "");
    const run = runCli(["replay", file, "--reducer", "connector", "--json"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${JSON.stringify(reduceConnectorEvents([]))}\n`);
    expect(run.stderr).toBe(`replay: no events in ${file}\n`);
  });

  it("survives deep nesting: lines nested deeper than 1,000 levels are skipped as such", () => {
    const deep = `${"[".repeat(1_000_000)}${"]".repeat(1_000_000)}`;
    const stream = mixedStream();
    const deepLine = JSON.stringify(stream[1]).replace(
      '"payload":{',
      `"payload":{"nested":${deep},`,
    );
    const file = dir.file(
      "deep.jsonl",
      [
        JSON.stringify(stream[0]),
        deepLine,
        deep,
        ...stream.slice(2).map((record) => JSON.stringify(record)),
      ].join("\n"),
    );
    const run = runCli(["replay", file, "--reducer", "connector", "--json"]);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.code).toBe(1);
    const column = deepLine.indexOf('"nested":') + '"nested":'.length + 999;
    const tooDeep =
      "more than 1,000 levels of arrays and objects inside one another (not checked); skipped";
    expect(linesOf(run.stderr)).toEqual([
      `line 2: nesting too deep at column ${column}: ${tooDeep}`,
      `line 3: nesting too deep at column 1001: ${tooDeep}`,
      "replay: 2 of 9 records skipped, 7 events reduced",
    ]);
    const kept = [stream[0], ...stream.slice(2)] as Record<string, unknown>[];
    expect(run.stdout).toBe(`${JSON.stringify(reduceConnectorEvents(parsed(kept)))}\n`);
  });
});

describe("replay: readable summary", () => {
  it("shows the connector state, transitions, counts and anomalies", () => {
    const file = dir.file("summary.jsonl", jsonl(mixedStream()));
    const run = runCli(["replay", file, "--reducer", "connector"]);
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)).toEqual([
      "connector projection",
      "  events:             8 (after dedup, all families)",
      "  current state:      reconnected",
      "  connector:          conn-jira-acme",
      "  provider:           atlassian",
      "  last health check:  2026-02-27T09:20:00Z",
      "  transitions:        4",
      `    1. ${ulid(1)}  -> provisioned`,
      `    2. ${ulid(2)}  -> healthy`,
      `    3. ${ulid(5)}  -> degraded`,
      `    4. ${ulid(8)}  -> reconnected`,
      "  anomalies:          1 (invalid_transition 1)",
      `    ${ulid(4)}  invalid_transition: Invalid transition: healthy -> healthy`,
    ]);
  });

  it("shows the sync outcome counts and log, and cuts long lists at --limit", () => {
    const file = dir.file("summary-sync.jsonl", jsonl(mixedStream()));
    const run = runCli(["replay", file, "--reducer", "sync", "--limit", "1"]);
    expect(run.code).toBe(0);
    const lines = linesOf(run.stdout);
    expect(lines.slice(0, 7)).toEqual([
      "sync projection",
      "  events:             8 (after dedup, all families)",
      "  connector:          conn-jira-acme",
      "  outcomes:           accepted 1, rejected 1, retry scheduled 0, dead lettered 0, replay completed 0",
      "  outcome log:        2",
      `    1. ${ulid(3)}  accepted  delivery dlv-0001`,
      "    ... 1 more (--limit 0 lists all, --json prints the full output)",
    ]);
    expect(lines).toContain("  delivery pairs:     2");
    expect(lines).toContain("  anomalies:          1 (duplicate_delivery_pair 1)");
  });
});

describe("replay: usage", () => {
  it("requires --reducer and lists the valid reducers for an unknown one", () => {
    const file = dir.file(
      "usage.jsonl",
      jsonl([envelope(1, "ConnectorProvisioned", CONNECTOR_PAYLOADS.ConnectorProvisioned ?? {})]),
    );
    const missing = runCli(["replay", file]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("replay: --reducer is required");
    expect(missing.stderr).toContain(reducerNames());
    const unknown = runCli(["replay", file, "--reducer", "statuses"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("replay: unknown reducer 'statuses'");
    expect(unknown.stderr).toContain(`valid reducers: ${reducerNames()}`);
    const badLimit = runCli(["replay", file, "--reducer", "sync", "--limit", "many"]);
    expect(badLimit.code).toBe(2);
    expect(badLimit.stderr).toContain("--limit must be a whole number");
  });

  it("exits 2 for a missing file or a directory", () => {
    const missing = runCli(["replay", `${dir.path}/absent.jsonl`, "--reducer", "sync"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`file not found: ${dir.path}/absent.jsonl`);
    const directory = runCli(["replay", dir.path, "--reducer", "sync"]);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toContain("is a directory");
  });
});
