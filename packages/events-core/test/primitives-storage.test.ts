import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Event } from "../src/envelope/event.js";
import { ValueError } from "../src/errors.js";
import { type ErrorEntry, parseErrorEntry } from "../src/primitives/error-log.js";
import {
  InMemoryClockStorage,
  InMemoryErrorStorage,
  InMemoryEventStore,
} from "../src/primitives/storage.js";
import { ev } from "./support/primitives.js";

const ids = (events: readonly Event[]): string[] => events.map((e) => e.event_id.slice(-2));

function entry(action: string): ErrorEntry {
  return parseErrorEntry({
    timestamp: "2026-01-01T00:00:00Z",
    action_attempted: action,
    error_message: "failed",
  });
}

const actions = (entries: readonly ErrorEntry[]): string[] =>
  entries.map((e) => e.action_attempted);

describe("InMemoryEventStore (§4.5)", () => {
  it("loads one aggregate's events sorted by (lamport_clock, node_id), stable", () => {
    const store = new InMemoryEventStore();
    const events = [
      ev("X", {}, 3, 1, { node: "b" }),
      ev("X", {}, 1, 2, { node: "z" }),
      ev("X", {}, 3, 3, { node: "a" }),
      ev("X", {}, 1, 4, { node: "z" }),
      ev("X", {}, 2, 5, { node: "m", aggregate: "other" }),
      ev("X", {}, 0, 6, { node: "a", aggregate: "other" }),
    ];
    for (const event of events) store.saveEvent(event);
    expect(ids(store.loadEvents("agg"))).toEqual(["02", "04", "03", "01"]);
    expect(ids(store.loadEvents("other"))).toEqual(["06", "05"]);
    expect(store.loadEvents("missing")).toEqual([]);
    expect(ids(store.loadAllEvents())).toEqual(["06", "02", "04", "05", "03", "01"]);
  });

  it("orders node ids by code point, as Python compares str", () => {
    const store = new InMemoryEventStore();
    store.saveEvent(ev("X", {}, 1, 1, { node: "\u{1F600}" }));
    store.saveEvent(ev("X", {}, 1, 2, { node: "\uFF5E" }));
    store.saveEvent(ev("X", {}, 1, 3, { node: "B" }));
    expect(ids(store.loadAllEvents())).toEqual(["03", "02", "01"]);
  });

  it("re-saving an id overwrites the event but keeps its original insertion slot", () => {
    const store = new InMemoryEventStore();
    store.saveEvent(ev("X", { v: 1 }, 1, 1));
    store.saveEvent(ev("X", {}, 1, 2));
    store.saveEvent(ev("X", { v: 2 }, 1, 1));
    const loaded = store.loadEvents("agg");
    expect(ids(loaded)).toEqual(["01", "02"]);
    expect(loaded[0]?.payload).toEqual({ v: 2 });
    expect(loaded).toHaveLength(2);
  });

  it("returns a new list each time", () => {
    const store = new InMemoryEventStore();
    store.saveEvent(ev("X", {}, 1, 1));
    const first = store.loadAllEvents();
    first.pop();
    expect(store.loadAllEvents()).toHaveLength(1);
  });

  it("property: idempotent by event id and sorted by (lamport_clock, node_id) with first-save order", () => {
    const eventArb = fc
      .record({
        i: fc.integer({ min: 1, max: 8 }),
        lamport: fc.integer({ min: 0, max: 3 }),
        node: fc.constantFrom("a", "b", "c"),
        aggregate: fc.constantFrom("agg", "agg2"),
      })
      .map((r) => ev("X", { r: r.lamport }, r.lamport, r.i, r));
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 20 }), (events) => {
        const once = new InMemoryEventStore();
        const twice = new InMemoryEventStore();
        for (const event of events) once.saveEvent(event);
        for (const event of [...events, ...events]) twice.saveEvent(event);
        expect(twice.loadAllEvents()).toEqual(once.loadAllEvents());
        // Oracle: last saved copy of each id, in first-save order, then stable sort.
        const slots = new Map<string, Event>();
        for (const event of events) slots.set(event.event_id, event);
        const expected = [...slots.values()];
        const keyed = expected.map((event, index) => ({ event, index }));
        keyed.sort(
          (x, y) =>
            x.event.lamport_clock - y.event.lamport_clock ||
            (x.event.node_id < y.event.node_id ? -1 : x.event.node_id > y.event.node_id ? 1 : 0) ||
            x.index - y.index,
        );
        expect(once.loadAllEvents()).toEqual(keyed.map((k) => k.event));
        for (const aggregate of ["agg", "agg2"]) {
          expect(once.loadEvents(aggregate)).toEqual(
            keyed.map((k) => k.event).filter((e) => e.aggregate_id === aggregate),
          );
        }
      }),
    );
  });
});

describe("InMemoryClockStorage (§4.5)", () => {
  it("loads 0 for an unknown node and the saved value otherwise", () => {
    const storage = new InMemoryClockStorage();
    expect(storage.load("n")).toBe(0);
    storage.save("n", 4);
    storage.save("m", 0);
    expect([storage.load("n"), storage.load("m"), storage.load("x")]).toEqual([4, 0, 0]);
    storage.save("n", 2);
    expect(storage.load("n")).toBe(2);
  });

  it.each([
    [-1, "Clock value must be ≥ 0, got -1"],
    [-2.5, "Clock value must be ≥ 0, got -2.5"],
    [-1e-7, "Clock value must be ≥ 0, got -1e-07"],
  ])("rejects %d with ValueError %j (literal U+2265)", (value, message) => {
    const storage = new InMemoryClockStorage();
    let thrown: unknown;
    try {
      storage.save("n", value);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValueError);
    expect((thrown as Error).name).toBe("ValueError");
    expect((thrown as Error).message).toBe(message);
    expect(storage.load("n")).toBe(0);
  });

  it("does not pollute anything through a __proto__ node id", () => {
    const storage = new InMemoryClockStorage();
    storage.save("__proto__", 3);
    expect(storage.load("__proto__")).toBe(3);
    expect(storage.load("constructor")).toBe(0);
  });
});

describe("InMemoryErrorStorage (§4.5)", () => {
  it("capacity 3, a0..a4 appended: loadRecent() is [a4, a3, a2], loadRecent(2) is [a4, a3] (sheet example)", () => {
    const storage = new InMemoryErrorStorage(3);
    for (let i = 0; i < 5; i++) storage.append(entry(`a${i}`));
    expect(actions(storage.loadRecent())).toEqual(["a4", "a3", "a2"]);
    expect(actions(storage.loadRecent(2))).toEqual(["a4", "a3"]);
  });

  it.each<[string, number | undefined, number, number | undefined, string[]]>([
    ["default capacity 100 keeps the last 100", undefined, 105, 200, ["a104", "a103"]],
    ["default limit is 10", undefined, 12, undefined, ["a11", "a10"]],
    ["limit larger than the store returns all", 50, 3, 7, ["a2", "a1"]],
    ["limit 1 returns the newest", 50, 3, 1, ["a2"]],
    ["capacity 0 leaves the store empty after every append (quirk)", 0, 4, 5, []],
    ["a negative capacity leaves it empty too (not validated)", -3, 4, 5, []],
    ["capacity 1 keeps only the newest", 1, 4, 5, ["a3"]],
  ])("%s (newest two, and the count)", (_, capacity, appended, limit, expectedHead) => {
    const storage = new InMemoryErrorStorage(capacity);
    for (let i = 0; i < appended; i++) storage.append(entry(`a${i}`));
    const recent = actions(storage.loadRecent(limit));
    expect(recent.slice(0, 2)).toEqual(expectedHead);
    const kept = Math.min(appended, Math.max(capacity ?? 100, 0));
    expect(recent).toHaveLength(Math.min(kept, limit ?? 10));
  });

  it("exposes its capacity", () => {
    expect(new InMemoryErrorStorage().maxEntries).toBe(100);
    expect(new InMemoryErrorStorage(7).maxEntries).toBe(7);
  });

  it.each([
    [0, "Limit must be ≥ 1, got 0"],
    [-4, "Limit must be ≥ 1, got -4"],
    [0.5, "Limit must be ≥ 1, got 0.5"],
  ])("loadRecent(%d) throws ValueError %j", (limit, message) => {
    const storage = new InMemoryErrorStorage();
    storage.append(entry("a"));
    expect(() => storage.loadRecent(limit)).toThrow(
      expect.objectContaining({ name: "ValueError", message }),
    );
  });

  it.each([1.5, Number.POSITIVE_INFINITY, Number.NaN])(
    "loadRecent(%d), not an integer, throws TypeError as Python's slice does",
    (limit) => {
      const storage = new InMemoryErrorStorage();
      storage.append(entry("a"));
      expect(() => storage.loadRecent(limit)).toThrow(
        expect.objectContaining({
          name: "TypeError",
          message: "slice indices must be integers or None or have an __index__ method",
        }),
      );
    },
  );

  it("property: holds the last min(n, capacity) entries, loadRecent gives them newest first", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2, max: 12 }),
        fc.nat({ max: 30 }),
        fc.integer({ min: 1, max: 40 }),
        (capacity, appended, limit) => {
          const storage = new InMemoryErrorStorage(capacity);
          const all = Array.from({ length: appended }, (_, i) => `a${i}`);
          for (const action of all) storage.append(entry(action));
          const kept = all.slice(all.length - Math.min(all.length, Math.max(capacity, 0)));
          expect(actions(storage.loadRecent(limit))).toEqual(kept.reverse().slice(0, limit));
        },
      ),
    );
  });
});
