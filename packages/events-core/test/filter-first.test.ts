/**
 * familyEventsFirst: the first steps of the collaboration, glossary and mission-next
 * reducers (family sheet, section 0): filter by type, sort by the status sort key, keep the
 * first of each event id.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dedupEvents, sortStatusEvents } from "../src/ordering/sort.js";
import { familyEventsFirst } from "../src/reducers/filter-first.js";
import { envelope, ulid } from "./support/connector-sync.js";

const TYPES = new Set(["A", "B"]);

describe("familyEventsFirst", () => {
  it("filters before dedup: another type's event with the same id does not shadow one of the family", () => {
    const other = envelope({ type: "Other", clock: 1, id: ulid(1) });
    const mine = envelope({ type: "A", clock: 2, id: ulid(1) });
    expect(familyEventsFirst([other, mine], TYPES)).toEqual([mine]);
  });

  it("keeps the first of each id in sorted order, not in input order", () => {
    const late = envelope({ type: "A", clock: 5, id: ulid(1) });
    const early = envelope({ type: "B", clock: 1, id: ulid(1) });
    expect(familyEventsFirst([late, early], TYPES)).toEqual([early]);
  });

  it("is filter, then the stable status sort, then dedup; the input is not changed", () => {
    const eventArb = fc
      .record({
        type: fc.constantFrom("A", "B", "C"),
        clock: fc.nat({ max: 4 }),
        id: fc.nat({ max: 8 }),
        timestamp: fc.constantFrom(
          "2026-01-01T00:00:00Z",
          "2026-01-01T00:00:00+01:00",
          "2026-01-01T00:00:00.5Z",
        ),
      })
      .map((spec) =>
        envelope({
          type: spec.type,
          clock: spec.clock,
          id: ulid(spec.id),
          timestamp: spec.timestamp,
        }),
      );
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 30 }), (events) => {
        const input = [...events];
        const expected = dedupEvents(
          sortStatusEvents(events.filter((e) => TYPES.has(e.event_type))),
        );
        const result = familyEventsFirst(events, TYPES);
        expect(result).toEqual(expected);
        expect(result.every((event, i) => event === expected[i])).toBe(true);
        expect(events).toEqual(input);
        expect(result).not.toBe(events);
      }),
    );
  });
});
