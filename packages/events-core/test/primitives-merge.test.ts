import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Event } from "../src/envelope/event.js";
import {
  type ConflictResolution,
  conflictResolutionRepr,
  type PriorityMap,
  stateMachineMerge,
} from "../src/primitives/merge.js";
import { eid, ev } from "./support/primitives.js";

const PRIORITIES = { done: 4, for_review: 3, doing: 2, planned: 1 };

/** An event at lamport 1 on aggregate `agg` with a payload, node and id. */
const at = (payload: Record<string, unknown>, node: string, i: number, lamport = 1): Event =>
  ev("X", payload, lamport, i, { node });

function thrown(action: () => unknown): { name: string; message: string } | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message };
  }
}

describe("stateMachineMerge (§4.4): errors, first failing check wins", () => {
  it.each<[string, Event[], PriorityMap, string | undefined, string, string]>([
    ["empty list", [], PRIORITIES, undefined, "ValidationError", "Cannot merge empty event list"],
    [
      "different lamport clocks (this != first, plain)",
      [at({ state: "done" }, "a", 1, 3), at({ state: "done" }, "b", 2, 7)],
      PRIORITIES,
      undefined,
      "ValidationError",
      "Events have different lamport_clocks: 7 != 3",
    ],
    [
      "different aggregates (plain, no quotes)",
      [at({ state: "done" }, "a", 1), ev("X", { state: "done" }, 1, 2, { aggregate: "agg-2" })],
      PRIORITIES,
      undefined,
      "ValidationError",
      "Events have different aggregate_ids: agg-2 != agg",
    ],
    [
      "the lamport check comes before the aggregate check of the same event",
      [at({}, "a", 1, 1), ev("X", {}, 2, 2, { aggregate: "zzz" })],
      PRIORITIES,
      undefined,
      "ValidationError",
      "Events have different lamport_clocks: 2 != 1",
    ],
    [
      "the consistency pass completes before any state is read",
      [at({}, "a", 1), at({ state: "nope" }, "b", 2), at({ state: "done" }, "c", 3, 9)],
      PRIORITIES,
      undefined,
      "ValidationError",
      "Events have different lamport_clocks: 9 != 1",
    ],
    [
      "missing state with the default key",
      [at({ other: 1 }, "a", 1)],
      PRIORITIES,
      undefined,
      "ValidationError",
      `Event ${eid(1)} missing 'state' or 'status' in payload`,
    ],
    [
      "null state and null status",
      [at({ state: null, status: null }, "a", 1)],
      PRIORITIES,
      "state",
      "ValidationError",
      `Event ${eid(1)} missing 'state' or 'status' in payload`,
    ],
    [
      "missing custom key (no status fallback)",
      [at({ status: "done" }, "a", 1)],
      PRIORITIES,
      "lane",
      "ValidationError",
      `Event ${eid(1)} missing 'lane' in payload`,
    ],
    [
      "state not in the map: str() in plain quotes, repr of the key list in insertion order",
      [at({ state: "done" }, "a", 1), at({ state: "x" }, "b", 2)],
      PRIORITIES,
      undefined,
      "ValidationError",
      "State value 'x' not in priority_map. Available states: ['done', 'for_review', 'doing', 'planned']",
    ],
    [
      "an empty map lists []",
      [at({ state: "a" }, "a", 1)],
      {},
      undefined,
      "ValidationError",
      "State value 'a' not in priority_map. Available states: []",
    ],
    [
      "a state with a quote is not escaped; a key with one is repr'd",
      [at({ state: "it's" }, "a", 1)],
      { "don't": 1, "a\\b": 2 },
      undefined,
      "ValidationError",
      `State value 'it's' not in priority_map. Available states: ["don't", 'a\\\\b']`,
    ],
    [
      "quirk 35: a number state prints as Python str() (1.5)",
      [at({ state: 1.5 }, "a", 1)],
      { a: 1 },
      undefined,
      "ValidationError",
      "State value '1.5' not in priority_map. Available states: ['a']",
    ],
    [
      "an integer state never matches a text key ('5')",
      [at({ state: 5 }, "a", 1)],
      { "5": 1 },
      undefined,
      "ValidationError",
      "State value '5' not in priority_map. Available states: ['5']",
    ],
    [
      "a boolean state prints True",
      [at({ state: true }, "a", 1)],
      { True: 1 },
      undefined,
      "ValidationError",
      "State value 'True' not in priority_map. Available states: ['True']",
    ],
    [
      "a list state raises TypeError",
      [at({ state: ["done"] }, "a", 1)],
      PRIORITIES,
      undefined,
      "TypeError",
      "unhashable type: 'list'",
    ],
    [
      "an object state raises TypeError",
      [at({ state: { done: 1 } }, "a", 1)],
      PRIORITIES,
      undefined,
      "TypeError",
      "unhashable type: 'dict'",
    ],
    [
      "states are checked event by event in input order",
      [at({ state: "x" }, "a", 1), at({}, "b", 2)],
      PRIORITIES,
      undefined,
      "ValidationError",
      "State value 'x' not in priority_map. Available states: ['done', 'for_review', 'doing', 'planned']",
    ],
    [
      "a key of Object.prototype is not a state of a plain-object map",
      [at({ state: "toString" }, "a", 1)],
      { a: 1 },
      undefined,
      "ValidationError",
      "State value 'toString' not in priority_map. Available states: ['a']",
    ],
  ])("%s", (_, events, priorities, stateKey, name, message) => {
    expect(thrown(() => stateMachineMerge(events, priorities, stateKey))).toEqual({
      name,
      message,
    });
  });

  it("JS hazard: a Map keeps integer-like keys in insertion order; a plain object does not", () => {
    const events = [at({ state: "x" }, "a", 1)];
    const fromMap = thrown(() =>
      stateMachineMerge(
        events,
        new Map([
          ["b", 1],
          ["10", 2],
          ["2", 3],
        ]),
      ),
    );
    expect(fromMap?.message).toBe(
      "State value 'x' not in priority_map. Available states: ['b', '10', '2']",
    );
    const fromObject = thrown(() => stateMachineMerge(events, { b: 1, "10": 2, "2": 3 }));
    expect(fromObject?.message).toBe(
      "State value 'x' not in priority_map. Available states: ['2', '10', 'b']",
    );
  });
});

describe("stateMachineMerge (§4.4): winner and note", () => {
  it.each<[string, Event[], PriorityMap, string | undefined, number, string]>([
    [
      "sheet example: doing@b, done@c, done@a -> node a",
      [
        at({ state: "doing" }, "b", 1),
        at({ state: "done" }, "c", 2),
        at({ state: "done" }, "a", 3),
      ],
      PRIORITIES,
      undefined,
      3,
      "Selected state 'done' (priority=4) from node 'a' over 2 conflicting states",
    ],
    [
      "single event",
      [at({ state: "planned" }, "z", 1)],
      PRIORITIES,
      undefined,
      1,
      "Single event, no conflict: state=planned",
    ],
    [
      "all states equal: tiebroken by the smallest node",
      [
        at({ state: "doing" }, "m", 1),
        at({ state: "doing" }, "c", 2),
        at({ state: "doing" }, "x", 3),
      ],
      PRIORITIES,
      undefined,
      2,
      "All events have same state: doing (tiebroken by node 'c')",
    ],
    [
      "equal node ids: the first in input order wins",
      [at({ state: "doing" }, "c", 1), at({ state: "doing" }, "c", 2)],
      PRIORITIES,
      undefined,
      1,
      "All events have same state: doing (tiebroken by node 'c')",
    ],
    [
      "n counts events, not distinct states",
      [
        at({ state: "done" }, "a", 1),
        at({ state: "doing" }, "b", 2),
        at({ state: "doing" }, "c", 3),
        at({ state: "done" }, "d", 4),
      ],
      PRIORITIES,
      undefined,
      1,
      "Selected state 'done' (priority=4) from node 'a' over 3 conflicting states",
    ],
    [
      "two different states with the same priority still take the Selected form",
      [at({ state: "x" }, "b", 1), at({ state: "y" }, "a", 2)],
      { x: 1, y: 1 },
      undefined,
      2,
      "Selected state 'y' (priority=1) from node 'a' over 1 conflicting states",
    ],
    [
      "status is the fallback for the default key",
      [at({ status: "done" }, "a", 1), at({ state: "doing" }, "b", 2)],
      PRIORITIES,
      undefined,
      1,
      "Selected state 'done' (priority=4) from node 'a' over 1 conflicting states",
    ],
    [
      "status is the fallback when state is null, also with the key given explicitly",
      [at({ state: null, status: "done" }, "a", 1)],
      PRIORITIES,
      "state",
      1,
      "Single event, no conflict: state=done",
    ],
    [
      "an empty string state is a state (no fallback)",
      [at({ state: "", status: "done" }, "a", 1)],
      { "": 0, done: 4 },
      undefined,
      1,
      "Single event, no conflict: state=",
    ],
    [
      "a custom key",
      [at({ lane: "b", state: "a" }, "n", 1), at({ lane: "a" }, "m", 2)],
      { a: 1, b: 2 },
      "lane",
      1,
      "Selected state 'b' (priority=2) from node 'n' over 1 conflicting states",
    ],
    [
      "a fractional priority prints as Python (1.5)",
      [at({ state: "a" }, "n1", 1), at({ state: "b" }, "n2", 2)],
      { a: 1.5, b: 1 },
      undefined,
      1,
      "Selected state 'a' (priority=1.5) from node 'n1' over 1 conflicting states",
    ],
    [
      "a small priority prints as Python (2.5e-07)",
      [at({ state: "a" }, "n1", 1), at({ state: "b" }, "n2", 2)],
      { a: 2.5e-7, b: 0 },
      undefined,
      1,
      "Selected state 'a' (priority=2.5e-07) from node 'n1' over 1 conflicting states",
    ],
    [
      "node ids compare by code point (U+FF5E before U+1F600)",
      [at({ state: "a" }, "\u{1F600}", 1), at({ state: "a" }, "\uFF5E", 2)],
      { a: 1 },
      undefined,
      2,
      "All events have same state: a (tiebroken by node '\uFF5E')",
    ],
    [
      "a Map priority map works like an object",
      [at({ state: "a" }, "n1", 1), at({ state: "b" }, "n2", 2)],
      new Map([
        ["a", 1],
        ["b", 2],
      ]),
      undefined,
      2,
      "Selected state 'b' (priority=2) from node 'n2' over 1 conflicting states",
    ],
  ])("%s", (_, events, priorities, stateKey, winner, note) => {
    const resolution = stateMachineMerge(events, priorities, stateKey);
    expect(resolution.merged_event.event_id).toBe(eid(winner));
    expect(resolution.resolution_note).toBe(note);
    expect(resolution.requires_manual_review).toBe(false);
    expect(resolution.conflicting_events).toEqual(events);
    expect(resolution.conflicting_events).not.toBe(events);
    expect(Object.isFrozen(resolution)).toBe(true);
  });

  it("quirk 35: the reference prints a float priority 2.0 as 2.0; JSON 2.0 is the number 2 here, printed 2", () => {
    const resolution = stateMachineMerge(
      [at({ state: "a" }, "n1", 1), at({ state: "b" }, "n1", 2)],
      { a: 2.0, b: 1 },
    );
    expect(resolution.resolution_note).toBe(
      "Selected state 'a' (priority=2) from node 'n1' over 1 conflicting states",
    );
  });

  const stateArb = fc.constantFrom("done", "for_review", "doing", "planned");
  const eventsArb = fc
    .array(fc.tuple(stateArb, fc.constantFrom("a", "b", "c", "d")), { minLength: 1, maxLength: 6 })
    .map((pairs) => pairs.map(([state, node], i) => at({ state }, node, i + 1)));

  it("property: the winner has the highest priority, then the smallest node, then comes first", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const { merged_event: winner } = stateMachineMerge(events, PRIORITIES);
        const priority = (e: Event) => PRIORITIES[e.payload.state as keyof typeof PRIORITIES];
        const best = Math.max(...events.map(priority));
        const candidates = events.filter((e) => priority(e) === best);
        const node = candidates.map((e) => e.node_id).sort()[0];
        expect(winner).toBe(candidates.find((e) => e.node_id === node));
      }),
    );
  });

  it("property: the winning state and node do not depend on input order", () => {
    fc.assert(
      fc.property(
        eventsArb.chain((events) =>
          fc.tuple(
            fc.constant(events),
            fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
          ),
        ),
        ([events, shuffled]) => {
          const a = stateMachineMerge(events, PRIORITIES).merged_event;
          const b = stateMachineMerge(shuffled, PRIORITIES).merged_event;
          expect([b.payload.state, b.node_id]).toEqual([a.payload.state, a.node_id]);
        },
      ),
    );
  });

  it("property: on any JSON payloads, only ValidationError or TypeError, exactly where the reference raises", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.dictionary(fc.constantFrom("state", "status", "x"), fc.jsonValue({ maxDepth: 2 })),
          { minLength: 1, maxLength: 4 },
        ),
        (payloads) => {
          const events = payloads.map((p, i) => at(p, "n", i + 1));
          let expected: string | undefined;
          for (const p of payloads) {
            let state = Object.hasOwn(p, "state") ? p.state : undefined;
            if (state === undefined || state === null)
              state = Object.hasOwn(p, "status") ? p.status : undefined;
            if (state === undefined || state === null) expected = "ValidationError";
            else if (typeof state === "object") expected = "TypeError";
            else if (typeof state !== "string" || !Object.hasOwn(PRIORITIES, state))
              expected = "ValidationError";
            if (expected !== undefined) break;
          }
          expect(thrown(() => stateMachineMerge(events, PRIORITIES))?.name).toBe(expected);
        },
      ),
    );
  });
});

describe("conflictResolutionRepr (§0.2)", () => {
  it.each<[string, ConflictResolution, string]>([
    [
      "a merge result",
      stateMachineMerge(
        [at({ state: "done" }, "a", 1), at({ state: "doing" }, "b", 2)],
        PRIORITIES,
      ),
      "ConflictResolution(merged=01J00000..., conflicts=2, manual_review=False)",
    ],
    [
      "a hand-built one needing review (UUID id)",
      {
        merged_event: ev("X", {}, 1, 1, { id: "0aaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee" }),
        resolution_note: "",
        requires_manual_review: true,
        conflicting_events: [],
      },
      "ConflictResolution(merged=0aaaaaaa..., conflicts=0, manual_review=True)",
    ],
  ])("%s", (_, resolution, repr) => {
    expect(conflictResolutionRepr(resolution)).toBe(repr);
  });
});
