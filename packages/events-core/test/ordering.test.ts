import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Event, parseEvent } from "../src/envelope/event.js";
import {
  compareStatusEvents,
  dedupEvents,
  inStatusOrder,
  sortStatusEvents,
  statusEventSortKey,
} from "../src/ordering/sort.js";
import { epochSeconds } from "../src/rules/datetime.js";

const ULID_A = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
const ULID_B = "01ARZ3NDEKTSV4RRFFQ69G5FB0";

function event(
  id: string,
  clock: number,
  timestamp: string | number,
  payload: Record<string, unknown> = {},
): Event {
  return parseEvent({
    event_id: id,
    event_type: "WPStatusChanged",
    aggregate_id: "WP01",
    payload,
    timestamp,
    node_id: "node",
    lamport_clock: clock,
    project_uuid: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
    correlation_id: ULID_A,
  });
}

/** A short label of each event: its payload's `tag`. */
function tags(events: readonly Event[]): unknown[] {
  return events.map((e) => (e.payload as { tag?: unknown }).tag);
}

describe("status sort key (envelope-and-ordering.md)", () => {
  it.each<[string | number, string]>([
    ["2026-02-27T12:00:00Z", "2026-02-27T12:00:00+00:00"],
    ["2026-02-27T12:00:00z", "2026-02-27T12:00:00+00:00"],
    ["2026-02-27T12:00:00-00:00", "2026-02-27T12:00:00+00:00"],
    ["2026-02-27T12:00:00.5+01:00", "2026-02-27T12:00:00.500000+01:00"],
    ["2026-02-27T12:00:00+0530", "2026-02-27T12:00:00+05:30"],
    ["2026-02-27T12:00:00", "2026-02-27T12:00:00"],
    ["2026-02-27", "2026-02-27T00:00:00"],
    ["0999-01-01T00:00:00Z", "0999-01-01T00:00:00+00:00"],
    ["1700000000", "2023-11-14T22:13:20+00:00"],
    [1700000000.25, "2023-11-14T22:13:20.250000+00:00"],
  ])("timestamp %j has the key text %j", (timestamp, isoformat) => {
    expect(statusEventSortKey(event(ULID_A, 3, timestamp))).toEqual([3, isoformat, ULID_A]);
  });

  it("uses the normalised event id", () => {
    const key = statusEventSortKey(event("01arz3ndektsv4rrffq69g5fav", 0, "2026-02-27"));
    expect(key[2]).toBe(ULID_A);
    const uuidKey = statusEventSortKey(event("AAAAAAAABBBBCCCCDDDDEEEEEEEEEEEE", 0, "2026-02-27"));
    expect(uuidKey[2]).toBe("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
  });
});

describe("compareStatusEvents and sortStatusEvents", () => {
  it("compares the clock first, whatever the timestamps and ids", () => {
    const late = event(ULID_A, 1, "2099-01-01T00:00:00Z", { tag: "clock 1" });
    const early = event(ULID_B, 2, "2000-01-01T00:00:00Z", { tag: "clock 2" });
    const zero = event("7ZZZZZZZZZZZZZZZZZZZZZZZZZ", 0, "2099-12-31T00:00:00Z", { tag: "clock 0" });
    expect(tags(sortStatusEvents([early, late, zero]))).toEqual(["clock 0", "clock 1", "clock 2"]);
  });

  it("compares clocks as numbers, not as text", () => {
    const ten = event(ULID_A, 10, "2026-02-27", { tag: 10 });
    const nine = event(ULID_A, 9, "2026-02-27", { tag: 9 });
    expect(tags(sortStatusEvents([ten, nine]))).toEqual([9, 10]);
  });

  it("then the isoformat text, then the event id", () => {
    const a = event(ULID_B, 1, "2026-02-27T12:00:00Z", { tag: "B at 12" });
    const b = event(ULID_A, 1, "2026-02-27T12:00:00Z", { tag: "A at 12" });
    const c = event(ULID_A, 1, "2026-02-27T11:59:59Z", { tag: "A at 11:59" });
    expect(tags(sortStatusEvents([a, b, c]))).toEqual(["A at 11:59", "A at 12", "B at 12"]);
  });

  it("compares offsets as text, not as instants", () => {
    // 12:00+05:00 is 07:00 UTC, earlier than 11:00 UTC, but its text sorts later.
    const fivePlus = event(ULID_A, 1, "2026-02-27T12:00:00+05:00", { tag: "12:00+05:00" });
    const utc = event(ULID_A, 1, "2026-02-27T11:00:00Z", { tag: "11:00Z" });
    expect(epochSeconds(fivePlus.timestamp)).toBeLessThan(epochSeconds(utc.timestamp));
    expect(tags(sortStatusEvents([fivePlus, utc]))).toEqual(["11:00Z", "12:00+05:00"]);
    expect(compareStatusEvents(utc, fivePlus)).toBeLessThan(0);
  });

  it("orders equal instants with different offsets by their text", () => {
    // Both are 12:00 UTC.
    const minus = event(ULID_A, 1, "2026-02-27T07:00:00-05:00", { tag: "07:00-05:00" });
    const plus = event(ULID_A, 1, "2026-02-27T13:00:00+01:00", { tag: "13:00+01:00" });
    const utc = event(ULID_A, 1, "2026-02-27T12:00:00Z", { tag: "12:00Z" });
    expect(epochSeconds(minus.timestamp)).toBe(epochSeconds(plus.timestamp));
    expect(tags(sortStatusEvents([plus, utc, minus]))).toEqual([
      "07:00-05:00",
      "12:00Z",
      "13:00+01:00",
    ]);
  });

  it("sorts by code point of the isoformat text: naive before aware, whole seconds before fractions", () => {
    const aware = event(ULID_A, 1, "2026-02-27T12:00:00Z", { tag: "aware" });
    const naive = event(ULID_A, 1, "2026-02-27T12:00:00", { tag: "naive" });
    const micro = event(ULID_A, 1, "2026-02-27T12:00:00.000001Z", { tag: "micro" });
    // "...:00" < "...:00+00:00" < "...:00.000001+00:00" ('+' is 0x2B, '.' is 0x2E)
    expect(tags(sortStatusEvents([micro, aware, naive]))).toEqual(["naive", "aware", "micro"]);
  });

  it("uses UTC as +00:00 in the key, so it sorts before a +01:00 text of the same local time", () => {
    const plusOne = event(ULID_A, 1, "2026-02-27T12:00:00+01:00", { tag: "+01:00" });
    const zulu = event(ULID_A, 1, "2026-02-27T12:00:00Z", { tag: "Z" });
    expect(tags(sortStatusEvents([plusOne, zulu]))).toEqual(["Z", "+01:00"]);
    const minusOne = event(ULID_A, 1, "2026-02-27T12:00:00-01:00", { tag: "-01:00" });
    // '+' (0x2B) sorts before '-' (0x2D); with "Z" in the key it would sort last
    expect(tags(sortStatusEvents([minusOne, zulu]))).toEqual(["Z", "-01:00"]);
  });

  it("compares event ids by code point: digits, then upper case, then lower case", () => {
    const ulid = event("01ARZ3NDEKTSV4RRFFQ69G5FAV", 1, "2026-02-27", { tag: "ulid 01A" });
    const uuidDigit = event("0aaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", 1, "2026-02-27", {
      tag: "uuid 0a",
    });
    const ulidLetter = event("A1ARZ3NDEKTSV4RRFFQ69G5FAV", 1, "2026-02-27", { tag: "ulid A1" });
    const uuidLetter = event("AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE", 1, "2026-02-27", {
      tag: "uuid aa",
    });
    expect(tags(sortStatusEvents([uuidLetter, ulidLetter, uuidDigit, ulid]))).toEqual([
      "ulid 01A",
      "uuid 0a",
      "ulid A1",
      "uuid aa",
    ]);
  });

  it("is stable: events with equal keys keep their input order", () => {
    const first = event(ULID_A, 1, "2026-02-27T12:00:00Z", { tag: "first" });
    const second = event(ULID_A, 1, "2026-02-27T12:00:00+00:00", { tag: "second" });
    const third = event("01arz3ndektsv4rrffq69g5fav", 1, "2026-02-27T12:00:00-00:00", {
      tag: "third",
    });
    expect(compareStatusEvents(first, second)).toBe(0);
    expect(tags(sortStatusEvents([first, second, third]))).toEqual(["first", "second", "third"]);
    expect(tags(sortStatusEvents([third, first, second]))).toEqual(["third", "first", "second"]);
  });

  it("returns a new array and leaves its input as it was", () => {
    const input = [event(ULID_B, 2, "2026-02-27"), event(ULID_A, 1, "2026-02-27")];
    const before = [...input];
    const sorted = sortStatusEvents(input);
    expect(sorted).not.toBe(input);
    expect(input).toEqual(before);
    expect(sorted.map((e) => e.lamport_clock)).toEqual([1, 2]);
    expect(sortStatusEvents([])).toEqual([]);
  });

  it("is antisymmetric", () => {
    const a = event(ULID_A, 1, "2026-02-27");
    const b = event(ULID_B, 1, "2026-02-27");
    expect(Math.sign(compareStatusEvents(a, b))).toBe(-Math.sign(compareStatusEvents(b, a)));
    expect(compareStatusEvents(a, b)).toBeLessThan(0);
  });

  it("accepts any object with the three key fields", () => {
    const plain = [
      { lamport_clock: 2, timestamp: { isoformat: "a" }, event_id: "x" },
      { lamport_clock: 1, timestamp: { isoformat: "b" }, event_id: "y" },
    ];
    expect(sortStatusEvents(plain).map((e) => e.event_id)).toEqual(["y", "x"]);
  });
});

describe("dedupEvents", () => {
  it("keeps the first event of each id, in order", () => {
    const events = [
      event(ULID_A, 1, "2026-02-27", { tag: "A1" }),
      event(ULID_B, 2, "2026-02-27", { tag: "B2" }),
      event(ULID_A, 3, "2026-02-27", { tag: "A3" }),
      event(ULID_B, 4, "2026-02-27", { tag: "B4" }),
    ];
    expect(tags(dedupEvents(events))).toEqual(["A1", "B2"]);
  });

  it("compares normalised ids: two spellings of one id are duplicates", () => {
    const upper = event(ULID_A, 1, "2026-02-27", { tag: "upper" });
    const lower = event("01arz3ndektsv4rrffq69g5fav", 2, "2026-02-27", { tag: "lower" });
    const hex = event("AAAAAAAABBBBCCCCDDDDEEEEEEEEEEEE", 3, "2026-02-27", { tag: "hex" });
    const hyphenated = event("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", 4, "2026-02-27", {
      tag: "hyphenated",
    });
    expect(tags(dedupEvents([upper, lower, hex, hyphenated]))).toEqual(["upper", "hex"]);
  });

  it("after sorting, the duplicate that sorts first wins (lower clock)", () => {
    const higher = event(ULID_A, 5, "2026-02-27T12:00:00Z", { tag: "clock 5" });
    const lower = event(ULID_A, 2, "2026-02-27T12:00:00Z", { tag: "clock 2" });
    expect(tags(dedupEvents(sortStatusEvents([higher, lower])))).toEqual(["clock 2"]);
    expect(tags(dedupEvents(sortStatusEvents([lower, higher])))).toEqual(["clock 2"]);
  });

  it("after sorting, the duplicate with the smaller timestamp text wins at equal clocks", () => {
    const later = event(ULID_A, 1, "2026-02-27T12:00:01Z", { tag: "12:00:01" });
    const earlier = event(ULID_A, 1, "2026-02-27T12:00:00+09:00", { tag: "12:00:00+09:00" });
    expect(tags(dedupEvents(sortStatusEvents([later, earlier])))).toEqual(["12:00:00+09:00"]);
  });

  it("keeps the first in input order when the duplicates have equal keys", () => {
    const one = event(ULID_A, 1, "2026-02-27T12:00:00Z", { tag: "one" });
    const two = event(ULID_A, 1, "2026-02-27T12:00:00Z", { tag: "two" });
    expect(tags(dedupEvents(sortStatusEvents([two, one])))).toEqual(["two"]);
    expect(tags(dedupEvents(sortStatusEvents([one, two])))).toEqual(["one"]);
  });

  it("returns a new array and leaves its input as it was", () => {
    const input = [event(ULID_A, 1, "2026-02-27"), event(ULID_A, 2, "2026-02-27")];
    const result = dedupEvents(input);
    expect(result).not.toBe(input);
    expect(input).toHaveLength(2);
    expect(dedupEvents([])).toEqual([]);
  });

  it("handles ids that are Object.prototype names", () => {
    const plain = [
      { event_id: "constructor" },
      { event_id: "__proto__" },
      { event_id: "constructor" },
    ];
    expect(dedupEvents(plain)).toEqual([{ event_id: "constructor" }, { event_id: "__proto__" }]);
  });
});

describe("inStatusOrder", () => {
  const stream = fc.array(
    fc.record({
      clock: fc.nat({ max: 4 }),
      second: fc.nat({ max: 3 }),
      id: fc.constantFrom(ULID_A, ULID_B),
    }),
    { maxLength: 20 },
  );
  const toEvents = (specs: { clock: number; second: number; id: string }[]) =>
    specs.map(({ clock, second, id }) => event(id, clock, `2026-02-27T12:00:0${second}Z`));

  it("gives the order of sortStatusEvents, ties in input order, and never changes its input", () => {
    fc.assert(
      fc.property(stream, (specs) => {
        const events = toEvents(specs);
        const before = [...events];
        const ordered = inStatusOrder(events);
        expect(ordered).toEqual(sortStatusEvents(events));
        const sorted = sortStatusEvents(events);
        for (let i = 0; i < ordered.length; i++) expect(ordered[i]).toBe(sorted[i]);
        expect(events).toEqual(before);
      }),
    );
  });

  it("returns an input already in order as it is, and a copy otherwise", () => {
    const inOrder = [event(ULID_A, 1, 0), event(ULID_B, 1, 0), event(ULID_A, 2, 0)];
    expect(inStatusOrder(inOrder)).toBe(inOrder);
    const reversed = [...inOrder].reverse();
    const ordered = inStatusOrder(reversed);
    expect(ordered).not.toBe(reversed);
    expect(ordered).toEqual(inOrder);
  });
});
