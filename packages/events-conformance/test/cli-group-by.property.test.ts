// Properties of `spec-kitty-events replay --group-by aggregate` and `--reducer all`, run in
// process on generated logs of many connectors, missions, work packages and deliveries: each
// aggregate's state is its family's reducer on that aggregate's events alone, and every
// family's value is its reducer run alone.
import { Readable } from "node:stream";
import { type ContractFamily, parseEvent, REDUCING_FAMILIES } from "@spec-kitty/events-core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CliIo, OutputStream } from "../src/cli/io.js";
import { runCli } from "../src/cli/run.js";
import { installedFixtures, loadReplayStream } from "../src/fixtures.js";
import { jsonl, ulid } from "./cli-support.js";

/** Every event of every fixture replay stream: valid envelopes of every reducing family. */
const TEMPLATES: readonly Record<string, unknown>[] = installedFixtures()
  .loadManifest()
  .fixtures.filter((entry) => entry.fixtureType === "replay_stream")
  .flatMap((entry) => loadReplayStream(entry.id) as Record<string, unknown>[]);

/**
 * Aggregate ids whose orders differ: by code point, by UTF-16 unit (U+FF5E before U+1F600 by
 * code point, after it by unit) and as numbers ("10" before "2"); and keys that are special
 * on JavaScript objects.
 */
const AGGREGATE_IDS = [
  "2",
  "10",
  "conn-jira-acme",
  "034-cart-totals/WP01",
  "__proto__",
  "constructor",
  "\uFF5Emission",
  "\u{1F600}",
  "é",
] as const;

/** Code-point order, written here independently of the command's. */
function byCodePoint(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) as number);
  const y = Array.from(b, (c) => c.codePointAt(0) as number);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  }
  return x.length - y.length;
}

/** A generated log: template events given new ids (some repeated), aggregates and clocks. */
const logs = fc
  .array(
    fc.record({
      template: fc.nat(TEMPLATES.length - 1),
      aggregate: fc.nat(AGGREGATE_IDS.length - 1),
      clock: fc.nat(40),
      repeat: fc.boolean(),
      otherNamespace: fc.nat(3),
    }),
    { minLength: 1, maxLength: 60 },
  )
  .map((picks) =>
    picks.map((pick, i): Record<string, unknown> => {
      const template = TEMPLATES[pick.template] as Record<string, unknown>;
      const payload = template.payload as Record<string, unknown>;
      return {
        ...template,
        // Now and then an earlier event's id again: the reducers keep the first.
        event_id: ulid(pick.repeat && i > 0 ? i - 1 : i),
        aggregate_id: AGGREGATE_IDS[pick.aggregate],
        lamport_clock: pick.clock,
        // Now and then a dossier event of another feature: its stream's reducer refuses.
        ...(pick.otherNamespace === 0 && typeof payload.namespace === "object"
          ? {
              payload: {
                ...payload,
                namespace: { ...(payload.namespace as object), feature_slug: "009-other" },
              },
            }
          : {}),
      };
    }),
  );

function memoryStream(): OutputStream & { text(): string } {
  const parts: string[] = [];
  const stream = {
    isTTY: false,
    write(text: string) {
      parts.push(text);
      return true;
    },
    once: () => stream,
    off: () => stream,
    text: () => parts.join(""),
  };
  return stream;
}

/** Runs the command in process on `input` given on standard input. */
async function run(args: readonly string[], input: string) {
  const stdout = memoryStream();
  const stderr = memoryStream();
  const io: CliIo = { stdin: Readable.from([Buffer.from(input)]), stdout, stderr };
  const code = await runCli(["replay", "-", "--no-color", ...args], io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** The JSON a reducer gives on `records` (its refusal as {"error": ...}). */
function reducedJson(family: ContractFamily, records: readonly Record<string, unknown>[]): string {
  try {
    return JSON.stringify(family.reducer?.reduce(records.map((record) => parseEvent(record))));
  } catch (error) {
    const { name, message } = error as Error;
    return JSON.stringify({ error: { name, message } });
  }
}

/** Per aggregate holding events of the family's own types, in code-point order: its JSON alone. */
function expectedByAggregate(
  family: ContractFamily,
  log: readonly Record<string, unknown>[],
): [string, string][] {
  const ids = new Set<string>();
  for (const event of log) {
    if (family.eventTypes.has(String(event.event_type))) ids.add(String(event.aggregate_id));
  }
  return [...ids].sort(byCodePoint).map((id) => [
    id,
    reducedJson(
      family,
      log.filter((event) => event.aggregate_id === id),
    ),
  ]);
}

const objectText = (entries: readonly (readonly [string, string])[]): string =>
  `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(",")}}`;

const FAMILIES = [...REDUCING_FAMILIES.values()];

describe("replay --group-by aggregate (generated logs)", () => {
  it("gives each aggregate its family's reducer on that aggregate's events alone", async () => {
    await fc.assert(
      fc.asyncProperty(logs, async (log) => {
        const input = jsonl(log);
        const all = await run(["--group-by", "aggregate", "--json"], input);
        const expected = FAMILIES.map(
          (family) => [family.name, expectedByAggregate(family, log)] as const,
        )
          .filter(([, aggregates]) => aggregates.length > 0)
          .map(([name, aggregates]) => [name, objectText(aggregates)] as const);
        expect(all.stdout).toBe(`${objectText(expected)}\n`);
        const refused = all.stdout.includes('{"error":{"name":');
        expect(all.code).toBe(refused ? 1 : 0);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it("gives the same states for one reducer, and one JSON line per aggregate", async () => {
    await fc.assert(
      fc.asyncProperty(logs, fc.nat(FAMILIES.length - 1), async (log, pick) => {
        const family = FAMILIES[pick] as ContractFamily;
        const input = jsonl(log);
        const expected = expectedByAggregate(family, log);
        const args = ["--reducer", family.name, "--group-by", "aggregate"];
        const json = await run([...args, "--json"], input);
        expect(json.stdout).toBe(`${objectText(expected)}\n`);
        const lines = await run([...args, "--format", "jsonl"], input);
        expect(lines.stdout).toBe(
          expected
            .map(([id, value]) => {
              const body = value.startsWith('{"error":')
                ? `"error":${value.slice('{"error":'.length, -1)}`
                : `"state":${value}`;
              return `{"family":${JSON.stringify(family.name)},"aggregate_id":${JSON.stringify(id)},${body}}\n`;
            })
            .join(""),
        );
        expect(lines.code).toBe(json.code);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe("replay --reducer all (generated logs)", () => {
  it("gives every family found the JSON of its reducer run alone, byte for byte", async () => {
    await fc.assert(
      fc.asyncProperty(logs, async (log) => {
        const input = jsonl(log);
        const types = new Set(log.map((event) => event.event_type));
        const found = FAMILIES.filter((family) =>
          [...family.eventTypes].some((type) => types.has(type)),
        );
        const alone: (readonly [string, string])[] = [];
        for (const family of found) {
          const single = await run(["--reducer", family.name, "--json"], input);
          // A reducer that refuses prints nothing alone: its value is its error.
          const value = single.code === 0 ? single.stdout.slice(0, -1) : reducedJson(family, log);
          if (single.code !== 0) {
            expect(single.stderr).toContain(`the ${family.name} reducer refused the stream`);
            expect(value).toMatch(/^\{"error":/);
          }
          alone.push([family.name, value]);
        }
        const all = await run(["--json"], input);
        const refused = alone.some(([, value]) => value.startsWith('{"error":'));
        expect(all.code).toBe(refused ? 1 : 0);
        expect(all.stdout).toBe(`${objectText(alone)}\n`);
      }),
      { numRuns: 30 },
    );
  }, 180_000);
});
