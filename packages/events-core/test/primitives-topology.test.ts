import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Event } from "../src/envelope/event.js";
import { CyclicDependencyError } from "../src/errors.js";
import { topologicalSort } from "../src/primitives/topology.js";
import { eid, ev } from "./support/primitives.js";

/** Event `i` caused by event `parent` (a harness number), or a root. */
const node = (i: number, parent?: number | string): Event =>
  ev("X", {}, 1, i, {
    causation: parent === undefined ? null : typeof parent === "string" ? parent : eid(parent),
  });

const order = (events: readonly Event[]): number[] =>
  events.map((e) => Number(e.event_id.slice(3)));

const EXTERNAL = "01JZZZZZZZZZZZZZZZZZZZZZZZ";

const cycleMessage = (k: number) =>
  `Cyclic dependency detected: ${k} events could not be sorted due to circular causation relationships`;

describe("topologicalSort (§4.7)", () => {
  it.each<[string, Event[], number[]]>([
    ["empty input gives []", [], []],
    [
      "sheet example: [c(->b), d(->external), b(->a), a] -> [d, a, b, c]",
      [node(3, 2), node(4, EXTERNAL), node(2, 1), node(1)],
      [4, 1, 2, 3],
    ],
    [
      "sheet example: [g(->p), h(->p), p, i(->h)] -> [p, g, h, i]",
      [node(7, 16), node(8, 16), node(16), node(9, 8)],
      [16, 7, 8, 9],
    ],
    ["unrelated events keep input order", [node(5), node(2), node(9)], [5, 2, 9]],
    ["a missing parent counts as a root", [node(2, 1), node(3, 2)], [2, 3]],
    [
      "children are queued in input order when their parent is emitted (FIFO)",
      [node(1), node(2), node(12, 2), node(11, 1), node(13, 1)],
      [1, 2, 11, 13, 12],
    ],
    [
      "a long chain given backwards comes out forwards",
      [node(4, 3), node(3, 2), node(2, 1), node(1)],
      [1, 2, 3, 4],
    ],
  ])("%s", (_, events, expected) => {
    expect(order(topologicalSort(events))).toEqual(expected);
  });

  it("compares ids after envelope normalisation (a lower-case ULID causation_id matches)", () => {
    const parent = ev("X", {}, 1, 0, { id: "01ARZ3NDEKTSV4RRFFQ69G5FAV" });
    const child = ev("X", {}, 1, 0, {
      id: "01ARZ3NDEKTSV4RRFFQ69G5FAW",
      causation: "01arz3ndektsv4rrffq69g5fav",
    });
    expect(topologicalSort([child, parent])).toEqual([parent, child]);
  });

  it("returns the same event objects, in a new array", () => {
    const events = [node(1), node(2, 1)];
    const sorted = topologicalSort(events);
    expect(sorted).not.toBe(events);
    expect(sorted[0]).toBe(events[0]);
  });

  it.each<[string, Event[], number]>([
    ["quirk 27: duplicate ids are a (false) cycle: [x, x] -> 1", [node(1), node(1)], 1],
    ["duplicate child: [p, q(->p), q(->p)] -> 1", [node(1), node(2, 1), node(2, 1)], 1],
    ["duplicate parent: [p, p, q(->p)] -> 1", [node(1), node(1), node(2, 1)], 1],
    ["three copies -> 2", [node(1), node(1), node(1)], 2],
    ["self-causation is a cycle", [node(1, 1)], 1],
    ["a 2-cycle plus a root -> 2", [node(1), node(2, 3), node(3, 2)], 2],
    [
      "events below a cycle are not sorted either",
      [node(1, 2), node(2, 1), node(3, 2), node(4, 3), node(5)],
      4,
    ],
    [
      "a copy whose parent is on a cycle holds its id back",
      [node(1), node(2, 2), node(3, 1), node(3, 2)],
      3,
    ],
  ])("%s", (_, events, k) => {
    let error: unknown;
    try {
      topologicalSort(events);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CyclicDependencyError);
    expect((error as Error).name).toBe("CyclicDependencyError");
    expect((error as Error).message).toBe(cycleMessage(k));
  });

  /** A forest: event i (1..n) is caused by an earlier event, an external id or nothing. */
  const forestArb = fc
    .array(fc.oneof(fc.constant<number | null>(null), fc.constant<number | null>(-1), fc.nat()), {
      minLength: 0,
      maxLength: 15,
    })
    .map((links) =>
      links.map((link, index) => {
        const i = index + 1;
        if (link === null || i === 1) return node(i);
        if (link === -1) return node(i, EXTERNAL);
        return node(i, (link % (i - 1)) + 1);
      }),
    );
  const shuffledForestArb = forestArb.chain((events) =>
    fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
  );

  it("property: a permutation of the input in which every parent precedes its children", () => {
    fc.assert(
      fc.property(shuffledForestArb, (events) => {
        const sorted = topologicalSort(events);
        expect([...sorted].sort((a, b) => (a.event_id < b.event_id ? -1 : 1))).toEqual(
          [...events].sort((a, b) => (a.event_id < b.event_id ? -1 : 1)),
        );
        const position = new Map(sorted.map((e, index) => [e.event_id, index]));
        for (const event of sorted) {
          const parent = event.causation_id === null ? undefined : position.get(event.causation_id);
          if (parent !== undefined)
            expect(parent).toBeLessThan(position.get(event.event_id) as number);
        }
      }),
    );
  });

  it("property: roots come first, in input order; the same input always gives the same output", () => {
    fc.assert(
      fc.property(shuffledForestArb, (events) => {
        const sorted = topologicalSort(events);
        const ids = new Set(events.map((e) => e.event_id));
        const roots = events.filter((e) => e.causation_id === null || !ids.has(e.causation_id));
        expect(sorted.slice(0, roots.length)).toEqual(roots);
        expect(topologicalSort(events)).toEqual(sorted);
      }),
    );
  });

  it("property: where the order is forced (one chain), every input permutation gives the same output", () => {
    const chain = Array.from({ length: 8 }, (_, index) =>
      node(index + 1, index === 0 ? undefined : index),
    );
    fc.assert(
      fc.property(
        fc.shuffledSubarray(chain, { minLength: chain.length, maxLength: chain.length }),
        (events) => {
          expect(topologicalSort(events)).toEqual(chain);
        },
      ),
    );
  });

  it("property: exact copies of events make k = number of extra copies", () => {
    fc.assert(
      fc.property(
        shuffledForestArb.filter((events) => events.length > 0),
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        (events, picks) => {
          const copies = picks.map((p) => events[p % events.length] as Event);
          expect(() => topologicalSort([...events, ...copies])).toThrow(
            cycleMessage(copies.length),
          );
        },
      ),
    );
  });

  it("property: on any parsed events, returns a permutation of them or throws CyclicDependencyError", () => {
    const pool = [eid(1), eid(2), eid(3), eid(4), EXTERNAL];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 3 }), fc.option(fc.constantFrom(...pool), { nil: null })), {
          maxLength: 8,
        }),
        (pairs) => {
          const events = pairs.map(([i, causation]) => ev("X", {}, 1, i + 1, { causation }));
          try {
            const sorted = topologicalSort(events);
            expect(sorted).toHaveLength(events.length);
            expect(new Set(sorted.map((e) => e.event_id)).size).toBe(events.length);
          } catch (error) {
            expect((error as Error).name).toBe("CyclicDependencyError");
          }
        },
      ),
    );
  });
});
