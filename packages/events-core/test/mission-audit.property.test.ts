import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Event, parseEvent } from "../src/envelope/event.js";
import { reducibleEvent } from "../src/envelope/reducible.js";
import { MISSION_AUDIT_PAYLOAD_MODELS } from "../src/families/mission_audit/payloads.js";
import { reduceMissionAuditEvents } from "../src/families/mission_audit/reducer.js";
import { compareStatusEvents } from "../src/ordering/sort.js";
import { AUDIT_EXAMPLES } from "./support/audit-decisionpoint.js";
import { ulid } from "./support/connector-sync.js";

const AUDIT_TYPES = Object.keys(AUDIT_EXAMPLES);
const ALL_TYPES = [...AUDIT_TYPES, "DecisionPointOpened", "ConnectorRevoked"];
const TIMESTAMPS = [
  "2026-03-01T10:00:00Z",
  "2026-03-01T10:00:00.5Z",
  "2026-03-01T11:00:00+01:00",
  "2026-03-01T10:00:00",
];

// Valid field changes (the reducer never throws on these).
const VALID_VARIATIONS: readonly Record<string, unknown>[] = [
  {},
  {},
  { decision_id: "dec-2", severity: "critical" },
  { mission_id: "mission-078", audit_scope: ["x", "x"] },
  { findings_count: "3", verdict: "fail" },
  { audit_scope_hash: "scope-hash-2" },
];
// Changes some payload model refuses.
const INVALID_VARIATIONS: readonly Record<string, unknown>[] = [
  { mission_id: "" },
  { audit_scope: [], audit_scope_hash: "", decision_id: "", findings_count: -1, error_code: "" },
  { severity: "fatal", trigger_mode: "scheduled", artifact_ref: null, partial_artifact_ref: 1 },
];

interface EventSpec {
  readonly type: string;
  readonly clock: number;
  readonly timestamp: string;
  readonly fields: Record<string, unknown>;
}

const specArb = (variations: readonly Record<string, unknown>[]): fc.Arbitrary<EventSpec> =>
  fc.record({
    type: fc.constantFrom(...ALL_TYPES),
    clock: fc.nat({ max: 6 }),
    timestamp: fc.constantFrom(...TIMESTAMPS),
    fields: fc.constantFrom(...variations),
  });

function rawEnvelope(spec: EventSpec, index: number): Record<string, unknown> {
  return {
    event_id: ulid(index + 1),
    event_type: spec.type,
    aggregate_id: "mission-077",
    payload: { ...(AUDIT_EXAMPLES[spec.type] ?? { note: "other family" }), ...spec.fields },
    timestamp: spec.timestamp,
    node_id: "node-1",
    lamport_clock: spec.clock,
    project_uuid: "0f8fad5b-d9cb-469f-a165-70867728950e",
    correlation_id: ulid(0),
  };
}

/** The reducer's JSON, or the name and message of what it threw. */
function outcome(events: readonly Event[]): string {
  try {
    return JSON.stringify(reduceMissionAuditEvents(events));
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

const permutedArb = (variations: readonly Record<string, unknown>[]) =>
  fc.array(specArb(variations), { maxLength: 30 }).chain((specs) =>
    fc.tuple(
      fc.constant(specs),
      fc.shuffledSubarray(
        specs.map((_, i) => i),
        { minLength: specs.length, maxLength: specs.length },
      ),
    ),
  );

/**
 * Whether the reference raises on a stream (sheet §3.5): walking the audit events in sorted
 * order, the first one that is not after a terminal event and whose payload its model
 * refuses raises. Written from the sheet, apart from the reducer.
 */
function raises(events: readonly Event[]): boolean {
  const sorted = [...events].sort(compareStatusEvents);
  const seen = new Set<string>();
  let terminal = false;
  for (const event of sorted) {
    if (seen.has(event.event_id)) continue;
    seen.add(event.event_id);
    const model = Object.hasOwn(MISSION_AUDIT_PAYLOAD_MODELS, event.event_type)
      ? MISSION_AUDIT_PAYLOAD_MODELS[event.event_type as keyof typeof MISSION_AUDIT_PAYLOAD_MODELS]
      : undefined;
    if (model === undefined || terminal) continue;
    if (!model.test(event.payload)) return true;
    if (event.event_type === "MissionAuditCompleted" || event.event_type === "MissionAuditFailed") {
      terminal = true;
    }
  }
  return false;
}

describe("reduceMissionAuditEvents properties", () => {
  it("gives the same outcome (output or error) for any order of the same events", () => {
    fc.assert(
      fc.property(permutedArb([...VALID_VARIATIONS, ...INVALID_VARIATIONS]), ([specs, order]) => {
        const raws = specs.map(rawEnvelope);
        const events = raws.map((raw) => parseEvent(raw));
        const permuted = order.map((i) => parseEvent(raws[i]));
        expect(outcome(permuted)).toBe(outcome(events));
      }),
    );
  });

  it("is unchanged by exact duplicates of any events, anywhere", () => {
    fc.assert(
      fc.property(
        fc.array(specArb([...VALID_VARIATIONS, ...INVALID_VARIATIONS]), {
          minLength: 1,
          maxLength: 25,
        }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 10 }),
        (specs, copies) => {
          const raws = specs.map(rawEnvelope);
          const events = raws.map((raw) => parseEvent(raw));
          const withCopies: Event[] = [...events];
          for (const [which, where] of copies) {
            withCopies.splice(
              where % (withCopies.length + 1),
              0,
              parseEvent(raws[which % raws.length]),
            );
          }
          expect(outcome(withCopies)).toBe(outcome(events));
        },
      ),
    );
  });

  it("never throws on valid payloads, and gives the same output on the reducible fields alone", () => {
    fc.assert(
      fc.property(permutedArb(VALID_VARIATIONS), ([specs, order]) => {
        const events = order.map((i) => parseEvent(rawEnvelope(specs[i] as EventSpec, i)));
        const full = reduceMissionAuditEvents(events);
        expect(JSON.stringify(reduceMissionAuditEvents(events.map(reducibleEvent)))).toBe(
          JSON.stringify(full),
        );
        expect(full.event_count).toBe(events.length);
      }),
    );
  });

  it("throws ValidationError exactly where the reference raises, on arbitrary payloads", () => {
    const payloadArb = fc.oneof(
      fc.dictionary(
        fc.constantFrom(
          ...Object.keys(AUDIT_EXAMPLES.MissionAuditCompleted ?? {}),
          "trigger_mode",
          "audit_scope",
          "decision_id",
          "__proto__",
          "x",
        ),
        fc.jsonValue(),
      ),
      fc.constantFrom(...Object.values(AUDIT_EXAMPLES)),
      fc.constant({}),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            type: fc.constantFrom(...ALL_TYPES, "__proto__"),
            clock: fc.nat({ max: 5 }),
            payload: payloadArb,
          }),
          { maxLength: 15 },
        ),
        (items) => {
          const events = items.map((item, i) =>
            parseEvent({
              ...rawEnvelope(
                {
                  type: item.type,
                  clock: item.clock,
                  timestamp: TIMESTAMPS[0] as string,
                  fields: {},
                },
                i,
              ),
              payload: item.payload,
            }),
          );
          const result = outcome(events);
          if (raises(events))
            expect(result).toMatch(/^ValidationError: \d+ validation errors? for /);
          else expect(JSON.parse(result).event_count).toBe(items.length);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
    );
  });
});
