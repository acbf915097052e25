import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareStatusEvents } from "../src/ordering/sort.js";
import { filterSortDedupEvents } from "../src/reducers/pipeline.js";

interface Item {
  readonly event_id: string;
  readonly event_type: string;
  readonly lamport_clock: number;
  readonly timestamp: { readonly isoformat: string };
  readonly tag: number;
}

const TYPES = new Set(["A", "B"]);

const itemArb: fc.Arbitrary<Omit<Item, "tag">> = fc.record({
  event_id: fc.constantFrom("1", "2", "3", "4"),
  event_type: fc.constantFrom("A", "B", "C"),
  lamport_clock: fc.nat({ max: 3 }),
  timestamp: fc
    .constantFrom("2026-01-01T00:00:00+00:00", "2026-01-01T00:00:01+00:00")
    .map((isoformat) => ({ isoformat })),
});

/** The steps written out: filter, stable sort, keep the first of each id. */
function expected(items: readonly Item[]): Item[] {
  const family = items.filter((item) => TYPES.has(item.event_type));
  const sorted = [...family].sort(compareStatusEvents);
  const seen = new Set<string>();
  return sorted.filter((item) => !seen.has(item.event_id) && seen.add(item.event_id) !== null);
}

describe("filterSortDedupEvents", () => {
  it("filters, then sorts by the status sort key (stable), then keeps the first of each id", () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 30 }), (raw) => {
        const items = raw.map((item, tag) => ({ ...item, tag }));
        expect(filterSortDedupEvents(items, TYPES)).toEqual(expected(items));
      }),
    );
  });

  it("an event of another type never shadows a family event with the same id", () => {
    const items = [
      { event_id: "1", event_type: "C", lamport_clock: 0, timestamp: { isoformat: "x" }, tag: 0 },
      { event_id: "1", event_type: "A", lamport_clock: 1, timestamp: { isoformat: "x" }, tag: 1 },
    ];
    expect(filterSortDedupEvents(items, TYPES).map((item) => item.tag)).toEqual([1]);
  });

  it("returns a family-only stream in order and without repeats as it is", () => {
    const items = [
      { event_id: "1", event_type: "A", lamport_clock: 0, timestamp: { isoformat: "x" } },
      { event_id: "2", event_type: "B", lamport_clock: 1, timestamp: { isoformat: "x" } },
    ];
    expect(filterSortDedupEvents(items, TYPES)).toBe(items);
  });
});
