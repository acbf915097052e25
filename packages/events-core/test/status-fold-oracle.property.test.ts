import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Event, parseEvent } from "../src/envelope/event.js";
import { reduceLifecycleEvents } from "../src/families/lifecycle/reducer.js";
import { foldUniqueStatusEvents, reduceStatusEvents } from "../src/families/status/reducer.js";
import { dedupEvents, inStatusOrder } from "../src/ordering/sort.js";
import { jsonObjectArb } from "./support/arbitraries.js";
import { EV, eid, PU } from "./support/status-gates-lifecycle.js";
import {
  foldUniqueStatusEventsBefore,
  reduceStatusEventsBefore,
} from "./support/status-reducer-before.js";

// The status fold was restructured (one pass over clock runs, cursors updated in place, the
// evidence parsed while the verdict reads the payload): its output must stay the same, byte
// for byte, as the previous implementation's (a plain copy in support/, the oracle).

const LANES = [null, "planned", "claimed", "in_progress", "doing", "for_review", "done"];
const MORE_LANES = [...LANES, "blocked", "canceled", "in_review", 3];

/** Payloads from small pools: chains, mismatches, rollbacks, forced moves and bad fields. */
/** Done evidence as the producer's model dumps it: every field, in order (no copy is made). */
const FULL_EV = {
  repos: [{ repo: "r", branch: "b", commit: "c", files_touched: ["src/a.ts"] }],
  verification: [{ command: "pnpm test", result: "passed", summary: null }],
  review: { reviewer: "x", verdict: "ok", reference: null },
};

const payloadArb: fc.Arbitrary<Record<string, unknown>> = fc
  .record(
    {
      feature_slug: fc.constantFrom("f", "f", "f", ""),
      wp_id: fc.constantFrom("WP01", "WP02", "WP03", "2", "10", " ", "", null),
      from_lane: fc.constantFrom(...MORE_LANES),
      to_lane: fc.constantFrom(...MORE_LANES.slice(1)),
      actor: fc.constantFrom("a", "a", "a", ""),
      force: fc.constantFrom(false, true, "yes", 0, 1, "maybe"),
      reason: fc.constantFrom(null, "", " ", "x", "\ufeff", "\x85"),
      execution_mode: fc.constantFrom("worktree", "worktree", "direct_repo", "WORKTREE"),
      review_ref: fc.constantFrom(null, "", "PR-1", 7),
      evidence: fc.constantFrom(
        null,
        EV,
        EV,
        { repos: [], review: EV.review },
        { ...EV, verification: null },
        { ...EV, verification: [{ command: "c", result: "r", summary: "s" }], extra: 1 },
        "x",
        FULL_EV,
        FULL_EV,
        { ...FULL_EV, repos: [{ ...FULL_EV.repos[0], commit: "" }] },
        { ...FULL_EV, repos: [{ ...FULL_EV.repos[0], files_touched: ["a", 1] }] },
        { review: FULL_EV.review, repos: FULL_EV.repos, verification: FULL_EV.verification },
      ),
    },
    { requiredKeys: ["wp_id", "to_lane"] },
  )
  .map((payload) => ({ feature_slug: "f", actor: "a", execution_mode: "worktree", ...payload }));

/** A work package's valid path, to give long runs of applied transitions. */
const PATH: readonly [string | null, string, Record<string, unknown>][] = [
  [null, "planned", {}],
  ["planned", "claimed", {}],
  ["claimed", "in_progress", {}],
  ["in_progress", "for_review", {}],
  ["for_review", "in_progress", { review_ref: "PR-1" }],
  ["in_progress", "for_review", {}],
  ["for_review", "done", { evidence: EV }],
  ["for_review", "done", { evidence: FULL_EV }],
];

const pathPayloadArb: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(fc.constantFrom("WP01", "WP02", "WP03"), fc.nat({ max: PATH.length - 1 }))
  .map(([wpId, step]) => {
    const [from, to, extra] = PATH[step] as (typeof PATH)[number];
    return {
      feature_slug: "f",
      wp_id: wpId,
      from_lane: from,
      to_lane: to,
      actor: "a",
      execution_mode: "worktree",
      ...extra,
    };
  });

const TIMESTAMPS = ["2026-01-01T00:00:00Z", "2026-01-01T00:00:00.5Z", "2026-01-01T01:00:00+01:00"];

interface Spec {
  readonly type: string;
  readonly clock: number;
  readonly timestamp: string;
  readonly id: number;
  readonly payload: Record<string, unknown>;
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  type: fc.constantFrom("WPStatusChanged", "WPStatusChanged", "WPStatusChanged", "PhaseEntered"),
  clock: fc.nat({ max: 8 }),
  timestamp: fc.constantFrom(...TIMESTAMPS),
  // Ids from a small pool: some events share an id (the dedup keeps the first in sort order).
  id: fc.nat({ max: 60 }),
  payload: fc.oneof(
    { weight: 4, arbitrary: pathPayloadArb },
    { weight: 4, arbitrary: payloadArb },
    { weight: 1, arbitrary: jsonObjectArb },
  ),
});

function toEvent(spec: Spec): Event {
  return parseEvent({
    event_id: eid(spec.id + 1),
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

const eventsArb = fc.array(specArb, { maxLength: 80 }).map((specs) => specs.map(toEvent));

describe("the restructured status fold gives the previous implementation's output", () => {
  it("reduceStatusEvents: the same JSON text and the same values", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const now = reduceStatusEvents(events);
        const before = reduceStatusEventsBefore(events);
        expect(JSON.stringify(now)).toBe(JSON.stringify(before));
        expect([...now.wp_states]).toEqual([...before.wp_states]);
        expect(now.anomalies).toEqual(before.anomalies);
      }),
      { numRuns: 1500 },
    );
  });

  it("foldUniqueStatusEvents on the work-package events of a sorted, deduplicated stream (the lifecycle reducer's input)", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const wpEvents = dedupEvents(inStatusOrder(events)).filter(
          (event) => event.event_type === "WPStatusChanged",
        );
        expect(JSON.stringify(foldUniqueStatusEvents(wpEvents))).toBe(
          JSON.stringify(foldUniqueStatusEventsBefore(wpEvents)),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("the lifecycle reducer's work packages and their anomalies are the previous fold's", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const lifecycle = reduceLifecycleEvents(events);
        const before = foldUniqueStatusEventsBefore(
          dedupEvents(inStatusOrder(events)).filter(
            (event) => event.event_type === "WPStatusChanged",
          ),
        );
        expect(JSON.stringify(lifecycle.wp_states)).toBe(JSON.stringify(before.wp_states));
        expect(
          lifecycle.anomalies
            .filter((anomaly) => anomaly.event_type === "WPStatusChanged")
            .map((anomaly) => [anomaly.event_id, anomaly.reason]),
        ).toEqual(before.anomalies.map((a) => [a.event_id, `WP ${a.wp_id}: ${a.reason}`]));
      }),
      { numRuns: 500 },
    );
  });

  it("every output part is frozen, as before", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const now = reduceStatusEvents(events);
        expect(Object.isFrozen(now) && Object.isFrozen(now.anomalies)).toBe(true);
        for (const state of now.wp_states.values()) {
          expect(Object.isFrozen(state)).toBe(true);
          if (state.evidence !== null) expect(Object.isFrozen(state.evidence)).toBe(true);
        }
        for (const anomaly of now.anomalies) expect(Object.isFrozen(anomaly)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
