/**
 * Properties of the glossary and mission-next reducers: order does not matter (they sort),
 * exact duplicates change nothing (they dedup), glossary throws only the reference's two
 * classes and only where the reference raises, mission-next never throws, and a payload kept
 * as given (already in its model's output form) projects as its parsed copy does.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Event, parseEvent } from "../src/envelope/event.js";
import { GLOSSARY_PAYLOAD_MODELS } from "../src/families/glossary/payloads.js";
import { reduceGlossaryEvents } from "../src/families/glossary/reducer.js";
import { reduceMissionNextEvents } from "../src/families/mission_next/reducer.js";
import type { ReducibleEvent } from "../src/reducers/pipeline.js";
import { ulid } from "./support/connector-sync.js";
import {
  GLOSSARY_EXAMPLES,
  LLM_ACTOR,
  MISSION_NEXT_EXAMPLES,
} from "./support/glossary-mission-next.js";

const TIMESTAMPS = ["2026-03-01T09:00:00Z", "2026-03-01T09:00:00.5Z", "2026-03-01T10:00:00+01:00"];

/** Small pools for the fields that refer to other events, so that references hit and miss. */
const REFERENCE_POOLS: Readonly<Record<string, readonly unknown[]>> = {
  scope_id: ["scope-core", "s2"],
  term_surface: ["work package", "t1", "\u{1F600}", "\u{FF5E}"],
  semantic_check_event_id: [ulid(1), ulid(2), ulid(3), ulid(4)],
  clarification_event_id: [ulid(3), ulid(4), ulid(5), ulid(6)],
  run_id: ["run-0042", "run-0042", "r2"],
  decision_id: ["d1", "d2"],
  step_id: ["step-a", "step-b"],
  new_strictness: ["off", "medium", "max"],
};

/**
 * A payload: the type's example with its reference fields drawn from small pools, and now
 * and then one field removed or replaced by any JSON value, or a dict of any values.
 */
const payloadArb = (example: Readonly<Record<string, unknown>>): fc.Arbitrary<unknown> => {
  const keys = Object.keys(example);
  const base = fc.record(
    Object.fromEntries(
      keys.map((key) => {
        const pool = REFERENCE_POOLS[key];
        return [key, pool === undefined ? fc.constant(example[key]) : fc.constantFrom(...pool)];
      }),
    ),
  );
  return fc.oneof(
    { weight: 12, arbitrary: base },
    {
      weight: 2,
      arbitrary: fc
        .tuple(base, fc.constantFrom(...keys), fc.option(fc.jsonValue({ maxDepth: 2 })))
        .map(([payload, key, value]) => {
          const { [key]: _removed, ...rest } = payload as Record<string, unknown>;
          return value === null ? rest : { ...rest, [key]: value };
        }),
    },
    {
      weight: 1,
      arbitrary: fc.dictionary(
        fc.constantFrom(...keys, "__proto__", "x"),
        fc.jsonValue({ maxDepth: 2 }),
      ),
    },
  );
};

interface Spec {
  readonly type: string;
  readonly clock: number;
  readonly timestamp: string;
  readonly payload: unknown;
}

const specArb = (
  examples: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
  extraTypes: readonly string[],
) =>
  fc.oneof(
    ...Object.entries(examples).map(([type, example]) =>
      fc.record({
        type: fc.constant(type),
        clock: fc.nat({ max: 6 }),
        timestamp: fc.constantFrom(...TIMESTAMPS),
        payload: payloadArb(example),
      }),
    ),
    fc.record({
      type: fc.constantFrom(...extraTypes),
      clock: fc.nat({ max: 6 }),
      timestamp: fc.constantFrom(...TIMESTAMPS),
      payload: fc.constant({}),
    }),
  ) as fc.Arbitrary<Spec>;

/** The envelope of a spec; ids are unique by index (ulid(index + 1)). */
function eventOf(spec: Spec, index: number): Event {
  return parseEvent({
    event_id: ulid(index + 1),
    event_type: spec.type,
    aggregate_id: "agg",
    payload: spec.payload,
    timestamp: spec.timestamp,
    node_id: "node-1",
    lamport_clock: spec.clock,
    project_uuid: "0f8fad5b-d9cb-469f-a165-70867728950e",
    correlation_id: ulid(0),
  });
}

/** What a call gives: the JSON text of its output, or the name and message of its error. */
function outcome(call: () => unknown): string {
  try {
    return JSON.stringify(call());
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

/** The same events with an unfrozen copy of each payload (never kept as given). */
function withCopiedPayloads(events: readonly Event[]): ReducibleEvent[] {
  return events.map((event) => ({
    event_id: event.event_id,
    event_type: event.event_type,
    lamport_clock: event.lamport_clock,
    timestamp: event.timestamp,
    payload: structuredClone(event.payload) as Record<string, unknown>,
  }));
}

const GLOSSARY_SPECS = fc.array(
  specArb(GLOSSARY_EXAMPLES, ["WPStatusChanged", "MissionRunStarted"]),
  {
    maxLength: 25,
  },
);
const MISSION_SPECS = fc.array(
  specArb(MISSION_NEXT_EXAMPLES, ["NextStepPlanned", "MissionCompleted", "GlossaryScopeActivated"]),
  { maxLength: 25 },
);

/** Specs with a permutation of their indices. */
const permuted = (specs: fc.Arbitrary<Spec[]>) =>
  specs.chain((list) =>
    fc.tuple(
      fc.constant(list),
      fc.shuffledSubarray(
        list.map((_, i) => i),
        { minLength: list.length, maxLength: list.length },
      ),
    ),
  );

const REDUCERS = [
  [
    "reduceGlossaryEvents (strict)",
    GLOSSARY_SPECS,
    (e: readonly ReducibleEvent[]) => reduceGlossaryEvents(e),
  ],
  [
    "reduceGlossaryEvents (permissive)",
    GLOSSARY_SPECS,
    (e: readonly ReducibleEvent[]) => reduceGlossaryEvents(e, { mode: "permissive" }),
  ],
  [
    "reduceMissionNextEvents",
    MISSION_SPECS,
    (e: readonly ReducibleEvent[]) => reduceMissionNextEvents(e),
  ],
] as const;

describe.each(REDUCERS)("%s", (_name, specs, reduce) => {
  it("gives the same outcome for any permutation of the input", () => {
    fc.assert(
      fc.property(permuted(specs), ([list, order]) => {
        const events = list.map(eventOf);
        const shuffled = order.map((i) => events[i] as Event);
        expect(outcome(() => reduce(shuffled))).toBe(outcome(() => reduce(events)));
      }),
    );
  });

  it("is unchanged by exact duplicates of any events, anywhere", () => {
    fc.assert(
      fc.property(
        specs,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
        (list, copies) => {
          const events = list.map(eventOf);
          const withCopies = [...events];
          for (const [which, where] of copies) {
            if (list.length === 0) break;
            const i = which % list.length;
            withCopies.splice(where % (withCopies.length + 1), 0, eventOf(list[i] as Spec, i));
          }
          expect(outcome(() => reduce(withCopies))).toBe(outcome(() => reduce(events)));
        },
      ),
    );
  });

  it("projects payloads kept as given exactly as their parsed copies", () => {
    fc.assert(
      fc.property(specs, (list) => {
        const events = list.map(eventOf);
        expect(outcome(() => reduce(withCopiedPayloads(events)))).toBe(
          outcome(() => reduce(events)),
        );
      }),
    );
  });
});

describe("reduceGlossaryEvents raises only where the reference raises", () => {
  it("permissive: throws ValidationError exactly when a glossary payload fails its model", () => {
    fc.assert(
      fc.property(GLOSSARY_SPECS, (list) => {
        const events = list.map(eventOf);
        const malformed = events.some((event) => {
          const model =
            GLOSSARY_PAYLOAD_MODELS[event.event_type as keyof typeof GLOSSARY_PAYLOAD_MODELS];
          return model !== undefined && !model.test(event.payload);
        });
        const result = outcome(() => reduceGlossaryEvents(events, { mode: "permissive" }));
        if (malformed)
          expect(result).toMatch(/^ValidationError: \d+ validation errors? for \w+Payload\n/);
        else expect(result.startsWith("{")).toBe(true);
      }),
    );
  });

  it("strict: throws only SpecKittyEventsError or ValidationError, and agrees with permissive mode when it does not", () => {
    fc.assert(
      fc.property(GLOSSARY_SPECS, (list) => {
        const events = list.map(eventOf);
        const strict = outcome(() => reduceGlossaryEvents(events));
        const permissive = outcome(() => reduceGlossaryEvents(events, { mode: "permissive" }));
        if (strict.startsWith("{")) {
          expect(permissive).toBe(strict);
          expect(JSON.parse(strict).anomalies).toEqual([]);
        } else {
          expect(strict).toMatch(/^(SpecKittyEventsError|ValidationError): /);
        }
      }),
    );
  });
});

describe("reduceMissionNextEvents never throws", () => {
  it("on any JSON payload, and accounts for every family event", () => {
    const anyPayload = fc.dictionary(
      fc.constantFrom(
        "run_id",
        "mission_key",
        "actor",
        "step_id",
        "decision_id",
        "options",
        "__proto__",
        "x",
      ),
      fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(LLM_ACTOR)),
    );
    const types = [
      "MissionRunStarted",
      "NextStepPlanned",
      "NextStepIssued",
      "NextStepAutoCompleted",
      "DecisionInputRequested",
      "DecisionInputAnswered",
      "MissionRunCompleted",
      "MissionCompleted",
      "Other",
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            type: fc.constantFrom(...types),
            clock: fc.nat({ max: 5 }),
            timestamp: fc.constantFrom(...TIMESTAMPS),
            payload: anyPayload,
          }),
          { maxLength: 20 },
        ),
        (list) => {
          const events = list.map(eventOf);
          const state = reduceMissionNextEvents(events);
          expect(state.event_count).toBe(events.filter((e) => e.event_type !== "Other").length);
          expect(({} as Record<string, unknown>).run_id).toBeUndefined();
        },
      ),
    );
  });
});
