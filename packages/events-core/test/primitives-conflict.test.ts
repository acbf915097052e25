import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isConcurrent, totalOrderKey } from "../src/primitives/conflict.js";
import { eventArb } from "./support/arbitraries.js";
import { ev } from "./support/primitives.js";

describe("isConcurrent (§4.2)", () => {
  const base = ev("X", {}, 5, 1);
  it.each([
    ["same clock, same aggregate, different ids", ev("Y", { a: 1 }, 5, 2, { node: "n2" }), true],
    ["same event id (the same event)", ev("X", {}, 5, 1), false],
    ["different clock", ev("X", {}, 6, 2), false],
    ["different aggregates are never concurrent", ev("X", {}, 5, 2, { aggregate: "other" }), false],
    [
      "different timestamp does not matter",
      ev("X", {}, 5, 2, { ts: "2020-01-01T00:00:00Z" }),
      true,
    ],
    ["same node does not matter", ev("X", {}, 5, 2, { node: "n1" }), true],
  ])("%s -> %s", (_, other, expected) => {
    expect(isConcurrent(base, other)).toBe(expected);
    expect(isConcurrent(other, base)).toBe(expected);
  });

  it("compares ids after envelope normalisation (lower-case ULID input is the same id)", () => {
    const upper = ev("X", {}, 5, 1, { id: "01ARZ3NDEKTSV4RRFFQ69G5FAV" });
    const lower = ev("X", {}, 5, 2, { id: "01arz3ndektsv4rrffq69g5fav" });
    expect(isConcurrent(upper, lower)).toBe(false);
  });

  it("property: symmetric, irreflexive, and equal to the three-field rule; never throws", () => {
    fc.assert(
      fc.property(eventArb, eventArb, (a, b) => {
        expect(isConcurrent(a, b)).toBe(isConcurrent(b, a));
        expect(isConcurrent(a, a)).toBe(false);
        expect(isConcurrent(a, b)).toBe(
          a.lamport_clock === b.lamport_clock &&
            a.aggregate_id === b.aggregate_id &&
            a.event_id !== b.event_id,
        );
      }),
    );
  });
});

describe("totalOrderKey (§4.2)", () => {
  it("is (lamport_clock, node_id), not the status sort key", () => {
    expect(totalOrderKey(ev("X", {}, 7, 1, { node: "node-b" }))).toEqual([7, "node-b"]);
  });

  it("gives equal keys to events of one node at one clock (ties stay in input order)", () => {
    const a = ev("X", {}, 3, 2, { ts: "2026-01-01T09:00:00Z" });
    const b = ev("X", {}, 3, 1, { ts: "2026-01-01T01:00:00Z" });
    expect(totalOrderKey(a)).toEqual(totalOrderKey(b));
  });

  it("property: never throws, and reads exactly lamport_clock and node_id", () => {
    fc.assert(
      fc.property(eventArb, (event) => {
        expect(totalOrderKey(event)).toEqual([event.lamport_clock, event.node_id]);
      }),
    );
  });
});
