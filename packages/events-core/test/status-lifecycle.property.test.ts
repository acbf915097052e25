import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Event, parseEvent } from "../src/envelope/event.js";
import { ValidationError } from "../src/errors.js";
import {
  mapCheckRunConclusion,
  UnknownConclusionError,
} from "../src/families/gates/conclusions.js";
import { reduceLifecycleEvents } from "../src/families/lifecycle/reducer.js";
import { isLane, normalizeLane } from "../src/families/status/lanes.js";
import { StatusTransitionPayloadSchema } from "../src/families/status/payloads.js";
import { reduceStatusEvents } from "../src/families/status/reducer.js";
import { validateTransition } from "../src/families/status/transitions.js";
import { safeParseModel } from "../src/model/model.js";
import { jsonObjectArb } from "./support/arbitraries.js";
import { EV, eid, PU } from "./support/status-gates-lifecycle.js";

const LANE_INPUTS = [
  null,
  "planned",
  "claimed",
  "in_progress",
  "doing",
  "for_review",
  "done",
  "blocked",
  "canceled",
];
const TEXTS = [null, "", " ", "x", "\u00a0", "\ufeff"];
const TIMESTAMPS = [
  "2026-01-01T00:00:00Z",
  "2026-01-01T00:00:00.5Z",
  "2026-01-01T01:00:00+01:00",
  "2026-01-01T00:00:00-01:00",
  "2026-01-01T00:00:00",
];
const MISSION_TYPES = [
  "MissionStarted",
  "MissionCompleted",
  "MissionCancelled",
  "PhaseEntered",
  "ReviewRollback",
];

/** A status transition payload from small value pools (so that groups, matches and rollbacks occur). */
const transitionArb: fc.Arbitrary<Record<string, unknown>> = fc.record({
  feature_slug: fc.constant("f"),
  wp_id: fc.constantFrom("WP01", "WP02", "2", "10"),
  from_lane: fc.constantFrom(...LANE_INPUTS),
  to_lane: fc.constantFrom(...LANE_INPUTS.slice(1)),
  actor: fc.constant("a"),
  force: fc.boolean(),
  reason: fc.constantFrom(...TEXTS),
  execution_mode: fc.constant("worktree"),
  review_ref: fc.constantFrom(...TEXTS),
  evidence: fc.constantFrom(null, EV),
});

const missionPayloadArb: fc.Arbitrary<Record<string, unknown>> = fc.record({
  mission_id: fc.constantFrom("M1", "M2"),
  mission_type: fc.constant("t"),
  initial_phase: fc.constantFrom("spec", "plan"),
  final_phase: fc.constant("done"),
  phase_name: fc.constantFrom("plan", "implement"),
  target_phase: fc.constantFrom("spec", "plan"),
  review_ref: fc.constant("PR-1"),
  reason: fc.constant("r"),
  actor: fc.constant("a"),
});

interface EventSpec {
  readonly type: string;
  readonly clock: number;
  readonly timestamp: string;
  readonly payload: Record<string, unknown>;
}

const specArb: fc.Arbitrary<EventSpec> = fc.oneof(
  fc.record({
    type: fc.constant("WPStatusChanged"),
    clock: fc.nat({ max: 5 }),
    timestamp: fc.constantFrom(...TIMESTAMPS),
    payload: fc.oneof(
      { weight: 5, arbitrary: transitionArb },
      { weight: 1, arbitrary: jsonObjectArb },
    ),
  }),
  fc.record({
    type: fc.constantFrom(...MISSION_TYPES),
    clock: fc.nat({ max: 5 }),
    timestamp: fc.constantFrom(...TIMESTAMPS),
    payload: fc.oneof(
      { weight: 5, arbitrary: missionPayloadArb },
      { weight: 1, arbitrary: jsonObjectArb },
    ),
  }),
  fc.record({
    type: fc.constantFrom("GatePassed", "Other"),
    clock: fc.nat({ max: 5 }),
    timestamp: fc.constantFrom(...TIMESTAMPS),
    payload: jsonObjectArb,
  }),
);

function toEvent(spec: EventSpec, index: number): Event {
  return parseEvent({
    event_id: eid(index + 1),
    event_type: spec.type,
    aggregate_id: "agg",
    payload: spec.payload,
    timestamp: spec.timestamp,
    node_id: "n1",
    lamport_clock: spec.clock,
    project_uuid: PU,
    correlation_id: eid(999),
  });
}

/** A list of events with distinct ids, and the same list in another order. */
const permutedEventsArb: fc.Arbitrary<[Event[], Event[]]> = fc
  .array(specArb, { maxLength: 25 })
  .map((specs) => specs.map(toEvent))
  .chain((events) =>
    fc
      .shuffledSubarray(events, { minLength: events.length, maxLength: events.length })
      .map((shuffled) => [events, shuffled] as [Event[], Event[]]),
  );

const REDUCERS = [
  ["reduceStatusEvents", reduceStatusEvents],
  ["reduceLifecycleEvents", reduceLifecycleEvents],
] as const;

describe.each(REDUCERS)("%s properties", (_name, reduce) => {
  it("the same events in any order give the same JSON output", () => {
    fc.assert(
      fc.property(permutedEventsArb, ([events, shuffled]) => {
        expect(JSON.stringify(reduce(shuffled))).toBe(JSON.stringify(reduce(events)));
      }),
      { numRuns: 300 },
    );
  });

  it("exact duplicates change nothing", () => {
    fc.assert(
      fc.property(
        permutedEventsArb.chain(([events]) =>
          fc
            .array(fc.nat({ max: Math.max(0, events.length - 1) }), { maxLength: 10 })
            .map(
              (picks) =>
                [
                  events,
                  [...events, ...picks.flatMap((i) => (events[i] ? [events[i]] : []))],
                ] as const,
            ),
        ),
        ([events, withDuplicates]) => {
          expect(JSON.stringify(reduce(withDuplicates))).toBe(JSON.stringify(reduce(events)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("never throws on any JSON payload, and the output is frozen", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            type: fc.constantFrom("WPStatusChanged", ...MISSION_TYPES, "Other"),
            clock: fc.nat({ max: 3 }),
            timestamp: fc.constantFrom(...TIMESTAMPS),
            payload: fc.dictionary(
              fc.constantFrom(
                "wp_id",
                "from_lane",
                "to_lane",
                "force",
                "reason",
                "evidence",
                "mission_id",
                "__proto__",
                "phase_name",
              ),
              fc.jsonValue({ maxDepth: 2 }),
            ),
          }),
          { maxLength: 15 },
        ),
        (specs) => {
          const output = reduce(specs.map(toEvent));
          expect(Object.isFrozen(output)).toBe(true);
          expect(() => JSON.stringify(output)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("status properties", () => {
  it("event_count counts distinct WPStatusChanged events; every one is applied or an anomaly at most once", () => {
    fc.assert(
      fc.property(permutedEventsArb, ([events]) => {
        const result = reduceStatusEvents(events);
        const wpEvents = events.filter((e) => e.event_type === "WPStatusChanged");
        expect(result.event_count).toBe(wpEvents.length);
        const anomalyIds = result.anomalies.map((a) => a.event_id);
        expect(new Set(anomalyIds).size).toBe(anomalyIds.length);
        for (const state of result.wp_states.values())
          expect(anomalyIds).not.toContain(state.last_event_id);
        expect(result.anomalies.length).toBeLessThanOrEqual(wpEvents.length);
      }),
      { numRuns: 200 },
    );
  });

  it("the lifecycle reducer's work-package part is the status reducer's on distinct ids", () => {
    fc.assert(
      fc.property(permutedEventsArb, ([events]) => {
        expect(JSON.stringify(reduceLifecycleEvents(events).wp_states)).toBe(
          JSON.stringify(reduceStatusEvents(events).wp_states),
        );
      }),
      { numRuns: 200 },
    );
  });

  it("validateTransition never throws on a parsed payload; a forced transition fails only on the rollback guard", () => {
    fc.assert(
      fc.property(transitionArb, (input) => {
        const parsed = safeParseModel(StatusTransitionPayloadSchema, input);
        if (!parsed.success) return;
        const result = validateTransition(parsed.output);
        expect(result.valid).toBe(result.violations.length === 0);
        expect(result.violations.length).toBeLessThanOrEqual(2);
        if (parsed.output.force && !result.valid) {
          expect(result.violations).toEqual(["for_review -> in_progress requires review_ref"]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

/** Payloads around the model's edges: lax booleans, blank reasons, aliases, bad evidence. */
const edgyTransitionArb: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      feature_slug: fc.constantFrom("f", "", 3),
      wp_id: fc.constantFrom("WP01", " ", "", null),
      from_lane: fc.constantFrom(null, "planned", "doing", "DOING", "for_review", 3),
      to_lane: fc.constantFrom("planned", "done", "doing", "in_review", "in_progress", null),
      actor: fc.constantFrom("a", ""),
      force: fc.constantFrom(true, false, "yes", "No", 1, 0, "maybe", null, 1.5),
      reason: fc.constantFrom(null, "", " ", "x", "\ufeff", "\x85", 5),
      execution_mode: fc.constantFrom("worktree", "direct_repo", "WORKTREE"),
      review_ref: fc.constantFrom(null, "", "PR-1", 7),
      evidence: fc.constantFrom(
        null,
        EV,
        { repos: [], review: EV.review },
        { ...EV, verification: null },
        { ...EV, verification: [{ command: "c", result: "r" }], extra: 1 },
        "x",
      ),
    },
    { requiredKeys: [] },
  )
  .map((payload) => ({ feature_slug: "f", actor: "a", execution_mode: "worktree", ...payload }));

describe("the status reducer reads a payload as its model does", () => {
  it("folds a payload exactly when the model accepts it, with the model's values", () => {
    fc.assert(
      fc.property(edgyTransitionArb, (payload) => {
        const parsed = safeParseModel(StatusTransitionPayloadSchema, payload);
        const result = reduceStatusEvents([
          toEvent(
            { type: "WPStatusChanged", clock: 1, timestamp: TIMESTAMPS[0] as string, payload },
            0,
          ),
        ]);
        const [anomaly] = result.anomalies;
        if (!parsed.success) {
          expect(result.anomalies).toHaveLength(1);
          expect(anomaly?.reason.startsWith("payload validation failed: ")).toBe(true);
          return;
        }
        const state = result.wp_states.get(parsed.output.wp_id);
        if (state === undefined) {
          expect(anomaly?.reason.startsWith("payload validation failed")).toBe(false);
          expect([anomaly?.wp_id, anomaly?.from_lane, anomaly?.to_lane]).toEqual([
            parsed.output.wp_id,
            parsed.output.from_lane,
            parsed.output.to_lane,
          ]);
        } else {
          expect(result.anomalies).toEqual([]);
          expect(state.current_lane).toBe(parsed.output.to_lane);
          expect(state.evidence).toEqual(
            parsed.output.to_lane === "done" ? parsed.output.evidence : null,
          );
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("lane and conclusion lookups on any JSON value", () => {
  it("normalizeLane returns a lane, or throws ValidationError, or TypeError for a list or dict", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constantFrom(...LANE_INPUTS)),
        (value) => {
          try {
            expect(isLane(normalizeLane(value))).toBe(true);
          } catch (error) {
            const unhashable = typeof value === "object" && value !== null;
            expect(error).toBeInstanceOf(unhashable ? TypeError : ValidationError);
          }
        },
      ),
    );
  });

  it("mapCheckRunConclusion returns an event type or null, or throws UnknownConclusionError / TypeError", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue({ maxDepth: 1 }),
          fc.constantFrom("success", "failure", "neutral", "stale"),
        ),
        (value) => {
          try {
            expect(["GatePassed", "GateFailed", null]).toContain(mapCheckRunConclusion(value));
          } catch (error) {
            const unhashable = typeof value === "object" && value !== null;
            expect(error).toBeInstanceOf(unhashable ? TypeError : UnknownConclusionError);
          }
        },
      ),
    );
  });
});
