// `spec-kitty-events replay --reducer all` (the default) and `--group-by aggregate` on a log
// that holds every family, run as the built command: each family's section and JSON are
// those of its reducer run alone, byte for byte.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { REDUCING_FAMILIES } from "@spec-kitty/events-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadReplayStream } from "../src/fixtures.js";
import {
  envelope,
  jsonl,
  linesOf,
  requireBuiltCli,
  runCli,
  STACK_LINE,
  tempDir,
  ulid,
} from "./cli-support.js";

// Each test spawns the command several times: allow for a busy machine.
vi.setConfig({ testTimeout: 120_000 });
const dir = tempDir();
beforeAll(requireBuiltCli);
afterAll(() => dir.cleanup());

/** Fixture replay streams of five families: connectors, sync, work packages, missions, dossier. */
const STREAMS = [
  "mixed-connector-sync-lifecycle",
  "connector-lifecycle-full",
  "sync-ingest-lifecycle",
  "wp-status-transitions",
  "mission-lifecycle",
  "dossier-happy-path",
];

const records = STREAMS.flatMap((id) => loadReplayStream(id) as Record<string, unknown>[]);
const LOG = dir.file("every-family.jsonl", jsonl(records));

/** The reducing families with at least one event of their own types in `events`, in list order. */
function familiesIn(events: readonly Record<string, unknown>[]): string[] {
  const types = new Set(events.map((event) => event.event_type));
  return [...REDUCING_FAMILIES.values()]
    .filter((family) => [...family.eventTypes].some((type) => types.has(type)))
    .map((family) => family.name);
}

/** The single-reducer run's stdout of each family. */
function aloneJson(file: string, families: readonly string[], extra: string[] = []): string[] {
  return families.map((name) => {
    const run = runCli(["replay", file, "--reducer", name, "--json", ...extra]);
    expect({ name, code: run.code, stderr: run.stderr }).toEqual({ name, code: 0, stderr: "" });
    return run.stdout.slice(0, -1);
  });
}

describe("replay --reducer all", () => {
  const found = familiesIn(records);

  it("finds the five families of the log, in the list's order", () => {
    expect(found).toEqual(
      [...REDUCING_FAMILIES.keys()].filter((name) =>
        ["connector", "sync", "status", "lifecycle", "dossier"].includes(name),
      ),
    );
  });

  it("--json is one object keyed by family, each value byte-equal to the reducer run alone", () => {
    const alone = aloneJson(LOG, found);
    const expected = `{${found.map((name, i) => `${JSON.stringify(name)}:${alone[i]}`).join(",")}}\n`;
    const all = runCli(["replay", LOG, "--reducer", "all", "--json"]);
    expect(all.code).toBe(0);
    expect(all.stderr).toBe("");
    expect(all.stdout).toBe(expected);
    // The default is all.
    expect(runCli(["replay", LOG, "--json"]).stdout).toBe(expected);
    expect(runCli(["replay", LOG, "--format", "json"]).stdout).toBe(expected);
  });

  it("prints one section per family: each the reducer's summary alone, a blank line between", () => {
    const sections = found.map((name) => {
      const run = runCli(["replay", LOG, "--reducer", name, "--limit", "3"]);
      expect(run.code).toBe(0);
      return run.stdout;
    });
    const all = runCli(["replay", LOG, "--limit", "3"]);
    expect(all.code).toBe(0);
    expect(all.stdout).toBe(sections.join("\n"));
  });

  it("--format jsonl prints one line per family: {family, state}", () => {
    const alone = aloneJson(LOG, found);
    const run = runCli(["replay", LOG, "--format", "jsonl"]);
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)).toEqual(
      found.map((name, i) => `{"family":${JSON.stringify(name)},"state":${alone[i]}}`),
    );
  });

  it("reduces several inputs as one stream, whatever the files and their order", () => {
    mkdirSync(join(dir.path, "streams"));
    const files = STREAMS.map((id) => dir.file(`streams/${id}.jsonl`, jsonl(loadReplayStream(id))));
    const whole = runCli(["replay", LOG, "--json"]).stdout;
    const split = runCli(["replay", ...files, "--json"]);
    expect(split.code).toBe(0);
    expect(split.stderr).toBe("");
    expect(split.stdout).toBe(whole);
    expect(runCli(["replay", ...[...files].reverse(), "--json"]).stdout).toBe(whole);
    const glob = runCli(["replay", `${dir.path}/streams/*.jsonl`, "--json"]);
    expect({ code: glob.code, stdout: glob.stdout }).toEqual({ code: 0, stdout: whole });
  });

  it("says so when no family is found: text, {} and nothing in JSON Lines, exit 0", () => {
    const unknown = dir.file(
      "unknown-only.jsonl",
      jsonl([envelope(1, "NoSuchType", {}), envelope(2, "GatePassed", {})]),
    );
    const text = runCli(["replay", unknown]);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(
      `no events of a family with a reducer (${[...REDUCING_FAMILIES.keys()].join(", ")})\n`,
    );
    const json = runCli(["replay", unknown, "--json"]);
    expect({ code: json.code, stdout: json.stdout }).toEqual({ code: 0, stdout: "{}\n" });
    const lines = runCli(["replay", unknown, "--format", "jsonl"]);
    expect({ code: lines.code, stdout: lines.stdout }).toEqual({ code: 0, stdout: "" });
  });

  it("keeps the exit codes of an empty and an all-skipped stream", () => {
    const empty = dir.file("empty.jsonl", "");
    const none = runCli(["replay", empty, "--json"]);
    expect({ code: none.code, stdout: none.stdout, stderr: none.stderr }).toEqual({
      code: 0,
      stdout: "{}\n",
      stderr: `replay: no events in ${empty}\n`,
    });
    const skipped = runCli(["replay", dir.file("skipped.jsonl", "{oops\n42\n"), "--json"]);
    expect(skipped.code).toBe(1);
    expect(skipped.stdout).toBe("{}\n");
    expect(skipped.stderr).toContain("replay: 2 of 2 records skipped, 0 events reduced");
  });

  it("shows a refusing reducer's error in its section and as its JSON value; exit 1", () => {
    const stream = loadReplayStream("dossier-happy-path") as Record<string, unknown>[];
    const last = stream.at(-1) as Record<string, unknown>;
    const payload = last.payload as Record<string, unknown>;
    // The same mission's events under another feature slug: the dossier reducer raises.
    const other = {
      ...last,
      event_id: "01KJQ5A7M3D0SS1ERHAPPY9999",
      lamport_clock: 7,
      payload: {
        ...payload,
        namespace: { ...(payload.namespace as object), feature_slug: "009-another-feature" },
      },
    };
    const connector = loadReplayStream("connector-lifecycle-full") as Record<string, unknown>[];
    const mixed = [...stream, other, ...connector];
    const file = dir.file("refused.jsonl", jsonl(mixed));
    const alone = runCli(["replay", file, "--reducer", "dossier", "--json"]);
    expect(alone.code).toBe(1);
    const message = /NamespaceMixedStreamError: (.*)\n$/.exec(alone.stderr)?.[1] ?? "";
    expect(message).toMatch(/^Namespace mismatch in dossier event stream\./);

    const json = runCli(["replay", file, "--json"]);
    expect(json.code).toBe(1);
    expect(json.stderr).not.toMatch(STACK_LINE);
    const value = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(familiesIn(mixed));
    expect(value.dossier).toEqual({
      error: { name: "NamespaceMixedStreamError", message: expect.stringMatching(/^Namespace/) },
    });
    const connectorAlone = runCli(["replay", file, "--reducer", "connector", "--json"]);
    expect(json.stdout).toContain(`"connector":${connectorAlone.stdout.slice(0, -1)}`);

    const text = runCli(["replay", file]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(
      `dossier reducer\n  refused:            NamespaceMixedStreamError: ${message}\n`,
    );
    expect(text.stdout).toContain("connector projection\n");
    const coloured = runCli(["replay", file, "--color"]).stdout;
    expect(coloured).toContain(
      `\u001b[1mdossier reducer\u001b[22m\n  refused:            \u001b[31mNamespaceMixedStreamError: ${message}\u001b[39m\n`,
    );

    const lines = runCli(["replay", file, "--format", "jsonl"]);
    expect(lines.code).toBe(1);
    const dossierLine = linesOf(lines.stdout).find((line) => line.includes('"family":"dossier"'));
    expect(JSON.parse(dossierLine ?? "{}")).toEqual({
      family: "dossier",
      error: { name: "NamespaceMixedStreamError", message: expect.stringMatching(/^Namespace/) },
    });
  });

  it("refuses --mode without one reducer, and an unknown --group-by or --format; exit 2", () => {
    const mode = runCli(["replay", LOG, "--mode", "strict"]);
    expect(mode.code).toBe(2);
    expect(mode.stderr).toContain("replay: --mode applies to one reducer");
    expect(mode.stderr).toContain("each reducer runs in its default mode");
    const group = runCli(["replay", LOG, "--group-by", "mission"]);
    expect(group.code).toBe(2);
    expect(group.stderr).toContain("replay: unknown --group-by 'mission'");
    expect(group.stderr).toContain("valid values: stream, aggregate");
    const format = runCli(["replay", LOG, "--format", "yaml"]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain("replay: unknown format 'yaml'");
    const both = runCli(["replay", LOG, "--json", "--format", "jsonl"]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("replay: --json means --format json, not --format jsonl");
  });
});

describe("replay --group-by aggregate on the built command", () => {
  /**
   * Two connectors and two missions interleaved, each aggregate's events given their own
   * ids; the aggregate ids sort differently by code point, by UTF-16 unit and as numbers.
   */
  function twoOfEach(): Record<string, unknown>[] {
    const connector = loadReplayStream("connector-lifecycle-full") as Record<string, unknown>[];
    const mission = loadReplayStream("mission-lifecycle") as Record<string, unknown>[];
    const out: Record<string, unknown>[] = [];
    let n = 0;
    const copy = (event: Record<string, unknown>, aggregateId: string) => ({
      ...event,
      event_id: ulid(++n),
      aggregate_id: aggregateId,
    });
    for (let i = 0; i < Math.max(connector.length, mission.length); i++) {
      const c = connector[i];
      const m = mission[i];
      if (c) out.push(copy(c, "10"), copy(c, "\u{1F600}-conn"));
      if (m) out.push(copy(m, "2"), copy(m, "\uFF5Eothers"));
    }
    return out;
  }

  it("gives each aggregate the state of its events alone, ids in code-point order", () => {
    const log = twoOfEach();
    const file = dir.file("two-of-each.jsonl", jsonl(log));
    const ids = ["10", "2", "\uFF5Eothers", "\u{1F600}-conn"];
    const expectedFamily = (name: string): string => {
      const held = ids.filter((id) =>
        log.some(
          (event) =>
            event.aggregate_id === id &&
            REDUCING_FAMILIES.get(name)?.eventTypes.has(String(event.event_type)),
        ),
      );
      const states = held.map((id) => {
        const alone = dir.file(
          `alone-${name}-${[...id].map((c) => c.codePointAt(0)).join("_")}.jsonl`,
          jsonl(log.filter((event) => event.aggregate_id === id)),
        );
        return `${JSON.stringify(id)}:${aloneJson(alone, [name])[0]}`;
      });
      return `{${states.join(",")}}`;
    };
    const connector = runCli([
      "replay",
      file,
      "--reducer",
      "connector",
      "--group-by",
      "aggregate",
      "--json",
    ]);
    expect(connector.code).toBe(0);
    expect(connector.stdout).toBe(`${expectedFamily("connector")}\n`);
    expect(Object.keys(JSON.parse(connector.stdout))).toHaveLength(2);

    const found = familiesIn(log);
    const all = runCli(["replay", file, "--group-by", "aggregate", "--json"]);
    expect(all.code).toBe(0);
    expect(all.stdout).toBe(
      `{${found.map((name) => `${JSON.stringify(name)}:${expectedFamily(name)}`).join(",")}}\n`,
    );
    // The same with worker threads.
    const parallel = runCli(["replay", file, "--group-by", "aggregate", "--json", "--jobs", "2"]);
    expect(parallel.stdout).toBe(all.stdout);

    const text = runCli(["replay", file, "--reducer", "connector", "--group-by", "aggregate"]);
    expect(text.code).toBe(0);
    const titles = linesOf(text.stdout).filter((line) => line.startsWith("connector projection"));
    expect(titles).toEqual([
      "connector projection, aggregate 10",
      "connector projection, aggregate \u{1F600}-conn",
    ]);
  });

  it("projects each mission of a log whose missions together refuse (the dossier's namespaces)", () => {
    const stream = loadReplayStream("dossier-happy-path") as Record<string, unknown>[];
    const other = stream.map((event, i) => ({
      ...event,
      event_id: ulid(9000 + i),
      aggregate_id: "009-another-feature",
      payload: {
        ...(event.payload as Record<string, unknown>),
        namespace: {
          ...((event.payload as Record<string, unknown>).namespace as object),
          feature_slug: "009-another-feature",
        },
      },
    }));
    const file = dir.file("two-missions.jsonl", jsonl([...stream, ...other]));
    expect(runCli(["replay", file, "--reducer", "dossier", "--json"]).code).toBe(1);
    const grouped = runCli([
      "replay",
      file,
      "--reducer",
      "dossier",
      "--group-by",
      "aggregate",
      "--json",
    ]);
    expect(grouped.code).toBe(0);
    const state = JSON.parse(grouped.stdout) as Record<
      string,
      { namespace: { feature_slug: string } }
    >;
    expect(Object.keys(state)).toEqual(["009-another-feature", "042-mission-dossier-parity"]);
    expect(state["009-another-feature"]?.namespace.feature_slug).toBe("009-another-feature");
  });

  it("says so when no aggregate holds the reducer's events: text, {}, exit 0", () => {
    const file = dir.file(
      "connectors-only.jsonl",
      jsonl(loadReplayStream("connector-lifecycle-full")),
    );
    const text = runCli(["replay", file, "--reducer", "sync", "--group-by", "aggregate"]);
    expect({ code: text.code, stdout: text.stdout }).toEqual({
      code: 0,
      stdout: "no aggregate holds sync events\n",
    });
    const json = runCli(["replay", file, "--reducer", "sync", "--group-by", "aggregate", "--json"]);
    expect({ code: json.code, stdout: json.stdout }).toEqual({ code: 0, stdout: "{}\n" });
  });
});
