import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Event, parseEvent } from "../src/envelope/event.js";
import { reducibleEvent } from "../src/envelope/reducible.js";
import { DECISION_POINT_PAYLOAD_MODELS } from "../src/families/decisionpoint/payloads.js";
import { reduceDecisionPointEvents } from "../src/families/decisionpoint/reducer.js";
import { safeParseModel } from "../src/model/model.js";
import { DECISION_POINT_BASE } from "./support/audit-decisionpoint.js";
import { ulid } from "./support/connector-sync.js";

const DP_TYPES = [
  "DecisionPointOpened",
  "DecisionPointDiscussing",
  "DecisionPointResolved",
  "DecisionPointOverridden",
];
const ALL_TYPES = [...DP_TYPES, "MissionAuditStarted", "ConnectorRevoked"];
const TIMESTAMPS = [
  "2026-03-01T10:00:00Z",
  "2026-03-01T10:00:00.5Z",
  "2026-03-01T11:00:00+01:00",
  "2026-03-01T09:00:00-01:00",
  "2026-03-01T10:00:00",
];

// Field values that move a payload across the model and policy checks.
const VARIATIONS: readonly Record<string, unknown>[] = [
  {},
  {},
  {
    actor_type: "llm",
    phase: "P0",
    authority_role: "advisory",
    mission_owner_authority_flag: false,
  },
  {
    actor_type: "llm",
    phase: "P1",
    authority_role: "informed",
    mission_owner_authority_flag: false,
  },
  { actor_type: "llm", phase: "P0", authority_role: "mission_owner" },
  { actor_type: "service", authority_role: "informed", mission_owner_authority_flag: "no" },
  { mission_owner_authority_flag: 0 },
  { decision_point_id: "dp-2", phase: "P3" },
  { rationale: "" },
  { evidence_refs: [] },
  { state_entered_at: "2026-03-01T10:00:00.25+05:30" },
  { state_entered_at: 1700000000 },
  { recorded_at: "not a datetime" },
];

interface EventSpec {
  readonly type: string;
  readonly clock: number;
  readonly timestamp: string;
  readonly variation: number;
}

const specArb: fc.Arbitrary<EventSpec> = fc.record({
  type: fc.constantFrom(...ALL_TYPES),
  clock: fc.nat({ max: 6 }),
  timestamp: fc.constantFrom(...TIMESTAMPS),
  variation: fc.nat({ max: VARIATIONS.length - 1 }),
});

function rawEnvelope(spec: EventSpec, index: number): Record<string, unknown> {
  return {
    event_id: ulid(index + 1),
    event_type: spec.type,
    aggregate_id: "dp-1",
    payload: { ...DECISION_POINT_BASE, ...VARIATIONS[spec.variation] },
    timestamp: spec.timestamp,
    node_id: "node-1",
    lamport_clock: spec.clock,
    project_uuid: "0f8fad5b-d9cb-469f-a165-70867728950e",
    correlation_id: ulid(0),
  };
}

const permutedArb = fc.array(specArb, { maxLength: 30 }).chain((specs) =>
  fc.tuple(
    fc.constant(specs),
    fc.shuffledSubarray(
      specs.map((_, i) => i),
      { minLength: specs.length, maxLength: specs.length },
    ),
  ),
);

describe("reduceDecisionPointEvents properties", () => {
  it("gives the same JSON for any order of the same events (the reducer sorts)", () => {
    fc.assert(
      fc.property(permutedArb, ([specs, order]) => {
        const raws = specs.map(rawEnvelope);
        const events = raws.map((raw) => parseEvent(raw));
        const permuted = order.map((i) => parseEvent(raws[i]));
        expect(JSON.stringify(reduceDecisionPointEvents(permuted))).toBe(
          JSON.stringify(reduceDecisionPointEvents(events)),
        );
      }),
    );
  });

  it("is unchanged by exact duplicates of any events, anywhere", () => {
    fc.assert(
      fc.property(
        fc.array(specArb, { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 10 }),
        (specs, copies) => {
          const raws = specs.map(rawEnvelope);
          const events = raws.map((raw) => parseEvent(raw));
          const withCopies: Event[] = [...events];
          for (const [which, where] of copies) {
            const copy = parseEvent(raws[which % raws.length]);
            withCopies.splice(where % (withCopies.length + 1), 0, copy);
          }
          expect(JSON.stringify(reduceDecisionPointEvents(withCopies))).toBe(
            JSON.stringify(reduceDecisionPointEvents(events)),
          );
        },
      ),
    );
  });

  it("gives the same output on the reducible fields alone", () => {
    fc.assert(
      fc.property(permutedArb, ([specs, order]) => {
        const events = order.map((i) => parseEvent(rawEnvelope(specs[i] as EventSpec, i)));
        expect(JSON.stringify(reduceDecisionPointEvents(events.map(reducibleEvent)))).toBe(
          JSON.stringify(reduceDecisionPointEvents(events)),
        );
      }),
    );
  });

  it("never throws on arbitrary payloads; every family event is applied or one anomaly", () => {
    const payloadArb = fc.oneof(
      fc.dictionary(
        fc.constantFrom(...Object.keys(DECISION_POINT_BASE), "__proto__", "constructor", "x"),
        fc.jsonValue(),
      ),
      fc.jsonValue().map((value) => ({ ...DECISION_POINT_BASE, rationale: value })),
      fc.constant({}),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            type: fc.constantFrom(...ALL_TYPES, "__proto__", "toString"),
            clock: fc.nat({ max: 5 }),
            payload: payloadArb,
          }),
          { maxLength: 20 },
        ),
        (items) => {
          const events = items.map((item, i) =>
            parseEvent({
              ...rawEnvelope(
                {
                  type: item.type,
                  clock: item.clock,
                  timestamp: TIMESTAMPS[0] as string,
                  variation: 0,
                },
                i,
              ),
              payload: item.payload,
            }),
          );
          const result = reduceDecisionPointEvents(events);
          const family = items.filter((item) => DP_TYPES.includes(item.type)).length;
          expect(result.event_count).toBe(items.length);
          expect(result.anomalies.length).toBeLessThanOrEqual(family);
          if (result.anomalies.length === family) expect(result.state).toBeNull();
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
    );
  });
});

describe("the DecisionPoint models' verdict (test)", () => {
  const FIELD_VALUES: readonly unknown[] = [
    null,
    true,
    false,
    0,
    1,
    2,
    0.5,
    -1.25,
    1700000000,
    "",
    " ",
    "P0",
    "llm",
    "llm\n",
    "human",
    "service",
    "advisory",
    "informed",
    "mission_owner",
    "no",
    "yes",
    "1.0",
    "2026",
    "2026-03-01",
    "2026-02-30T00:00:00Z",
    "2026-03-01T10:00:00.5+05:30",
    "not a datetime",
    [],
    [""],
    ["a", null],
    [null],
    {},
    { a: 1 },
  ];
  const keys = Object.keys(DECISION_POINT_BASE);
  const inputArb = fc.oneof(
    fc
      .record({
        changes: fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...FIELD_VALUES)), {
          maxLength: 3,
        }),
        removed: fc.subarray(keys, { maxLength: 2 }),
        inherited: fc.boolean(),
      })
      .map(({ changes, removed, inherited }) => {
        const payload: Record<string, unknown> = { ...DECISION_POINT_BASE };
        for (const [key, value] of changes) payload[key] = value;
        for (const key of removed) delete payload[key];
        // Removed fields present on the prototype only: a model reads own fields.
        return inherited
          ? Object.assign(Object.create({ ...DECISION_POINT_BASE }), payload)
          : payload;
      }),
    fc.jsonValue(),
  );

  it("is each of the four DecisionPoint models' parse verdict, on any input", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const model of Object.values(DECISION_POINT_PAYLOAD_MODELS)) {
          expect(model.test(input)).toBe(safeParseModel(model, input).success);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts the base payload and refuses it with a field inherited only", () => {
    for (const model of Object.values(DECISION_POINT_PAYLOAD_MODELS)) {
      expect(model.test({ ...DECISION_POINT_BASE })).toBe(true);
      const { rationale: _rationale, ...rest } = DECISION_POINT_BASE;
      expect(model.test(Object.assign(Object.create({ rationale: "why" }), rest))).toBe(false);
    }
  });
});
