import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Event, parseEvent } from "../src/envelope/event.js";
import { CONTRACT_FAMILIES } from "../src/families/index.js";
import { compareCodePoints } from "../src/ordering/code-point.js";
import { reduceByAggregate } from "../src/reducers/aggregate.js";
import { CONNECTOR_EXAMPLES, SYNC_EXAMPLES, ulid } from "./support/connector-sync.js";

const EXAMPLES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  ...CONNECTOR_EXAMPLES,
  ...SYNC_EXAMPLES,
};
const TYPES = Object.keys(EXAMPLES);
// Aggregate ids that JavaScript objects would reorder ("2", "10") and ids above U+FFFF.
const AGGREGATES = ["conn-a", "conn-b", "2", "10", "mission-\u{1F600}", "mission-\uffff"];

interface Spec {
  readonly type: string;
  readonly aggregate: string;
  readonly clock: number;
  readonly id: number;
}

const specArb = fc.record({
  type: fc.constantFrom(...TYPES),
  aggregate: fc.constantFrom(...AGGREGATES),
  clock: fc.nat({ max: 20 }),
  id: fc.nat({ max: 60 }),
});

function event(spec: Spec): Event {
  return parseEvent({
    event_id: ulid(spec.id),
    event_type: spec.type,
    aggregate_id: spec.aggregate,
    payload: { ...EXAMPLES[spec.type], connector_id: spec.aggregate },
    timestamp: "2026-02-27T12:00:00Z",
    node_id: "tracker-1",
    lamport_clock: spec.clock,
    project_uuid: "0f8fad5b-d9cb-469f-a165-70867728950e",
    correlation_id: ulid(999_999),
  });
}

const reducers = CONTRACT_FAMILIES.flatMap((family) =>
  family.reducer === null ? [] : [[family.name, family.reducer] as const],
);

describe("reduceByAggregate", () => {
  it.each(reducers)(
    "%s: each aggregate's projection is the reducer on that aggregate's events alone",
    (_, reducer) => {
      fc.assert(
        fc.property(fc.array(specArb, { maxLength: 40 }), (specs) => {
          const events = specs.map(event);
          const projections = reduceByAggregate(events, (group) => reducer.reduce(group));
          const ids = projections.map((projection) => projection.aggregate_id);
          expect(ids).toEqual(
            [...new Set(events.map((e) => e.aggregate_id))].sort(compareCodePoints),
          );
          for (const { aggregate_id, state } of projections) {
            const alone = reducer.reduce(events.filter((e) => e.aggregate_id === aggregate_id));
            expect(JSON.stringify(state)).toBe(JSON.stringify(alone));
          }
        }),
      );
    },
  );

  it("gives byte-identical JSON whatever the interleaving of the aggregates", () => {
    const [, reducer] = reducers[0] ?? [];
    fc.assert(
      fc.property(
        fc.array(specArb, { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        (specs, keys) => {
          const events = specs.map(event);
          // Reorder across aggregates, keeping each aggregate's own order.
          const tagged = events.map((e, i) => ({ e, key: keys[i] ?? i }));
          const interleaved = [...tagged].sort((a, b) => a.key - b.key).map(({ e }) => e);
          const byAggregate = (list: readonly Event[]) =>
            new Map(AGGREGATES.map((id) => [id, list.filter((e) => e.aggregate_id === id)]));
          const reorderedKeepingGroups = [...byAggregate(interleaved).keys()].flatMap(
            (id) => byAggregate(events).get(id) ?? [],
          );
          const reduce = (group: readonly Event[]) => reducer?.reduce(group);
          expect(JSON.stringify(reduceByAggregate(reorderedKeepingGroups, reduce))).toBe(
            JSON.stringify(reduceByAggregate(events, reduce)),
          );
        },
      ),
    );
  });

  it("is empty for no events, and frozen", () => {
    expect(reduceByAggregate([], () => 1)).toEqual([]);
    const projections = reduceByAggregate(
      [event({ type: TYPES[0] as string, aggregate: "2", clock: 1, id: 1 })],
      () => ({ n: 1 }),
    );
    expect(projections).toEqual([{ aggregate_id: "2", state: { n: 1 } }]);
    expect(Object.isFrozen(projections)).toBe(true);
    expect(Object.isFrozen(projections[0])).toBe(true);
  });
});
