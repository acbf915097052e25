import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Event } from "../src/envelope/event.js";
import { type GsetElement, mergeCounter, mergeGset } from "../src/primitives/crdt.js";
import { ev } from "./support/primitives.js";

/** An event carrying a payload (id `i`). */
const withPayload = (payload: Record<string, unknown>, i = 1): Event => ev("X", payload, 1, i);
const tagged = (tags: unknown, i = 1): Event => withPayload({ tags }, i);
const delta = (value: unknown, i: number): Event => withPayload({ delta: value }, i);

/**
 * Python's view of a set element, for comparing sets by Python equality: booleans are the
 * integers 1 and 0, `-0` is 0, strings stay strings.
 */
function pythonEquality(element: GsetElement): string {
  if (typeof element === "boolean") return JSON.stringify(["number", Number(element)]);
  if (typeof element === "number") return JSON.stringify(["number", element + 0]);
  return JSON.stringify([element === null ? "none" : "string", element]);
}

/** A set compared as Python compares sets: sorted Python-equality keys. */
function asPythonSet(elements: Iterable<GsetElement>): string[] {
  return [...new Set([...elements].map(pythonEquality))].sort();
}

function thrown(action: () => unknown): { name: string; message: string } | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message };
  }
}

describe("mergeGset (§4.3)", () => {
  it.each<[string, Event[], GsetElement[]]>([
    ["empty input gives the empty set", [], []],
    ["a missing tags key counts as empty", [withPayload({ other: ["x"] })], []],
    ["union of list tags", [tagged(["a", "b"]), tagged(["b", "c"], 2)], ["a", "b", "c"]],
    [
      "quirk 28: a string is split into characters ('bug' -> b, u, g)",
      [tagged("bug")],
      ["b", "u", "g"],
    ],
    ["a string splits by code point", [tagged("a\u{1F600}")], ["a", "\u{1F600}"]],
    [
      "quirk 32: an object contributes its keys ({k: 1} -> {k})",
      [tagged({ k: 1, j: [2] })],
      ["k", "j"],
    ],
    [
      "an empty list, string and object add nothing",
      [tagged([]), tagged("", 2), tagged({}, 3)],
      [],
    ],
    ["null inside the list is an element (None is hashable)", [tagged([null, "a"])], [null, "a"]],
    [
      "the same id twice is not deduped (union is idempotent)",
      [tagged(["a"]), tagged(["b"])],
      ["a", "b"],
    ],
    ["strings never equal numbers", [tagged(["1", 1])], ["1", 1]],
  ])("%s", (_, events, expected) => {
    expect(asPythonSet(mergeGset(events))).toEqual(asPythonSet(expected));
    expect(mergeGset(events).size).toBe(expected.length);
  });

  it.each<[string, unknown[], GsetElement[]]>([
    ["quirk 32: [1, true, 1.0] -> {1} (first one seen kept)", [1, true, 1.0], [1]],
    ["quirk 32: [true, 1] -> {True}", [true, 1], [true]],
    ["[false, 0, -0] -> {False}", [false, 0, -0], [false]],
    ["[0, false] -> {0}", [0, false], [0]],
  ])("Python equality: %s", (_, tags, expected) => {
    expect([...mergeGset([tagged(tags)])]).toEqual(expected);
  });

  it("keeps the first element seen across events too", () => {
    expect([...mergeGset([tagged([true], 1), tagged([1, "x"], 2)])]).toEqual([true, "x"]);
  });

  it.each<[string, unknown, string]>([
    ["null", null, "'NoneType' object is not iterable"],
    ["an int", 5, "'int' object is not iterable"],
    ["a float", 1.5, "'float' object is not iterable"],
    ["a boolean", true, "'bool' object is not iterable"],
    ["a list inside the list", ["a", ["b"]], "unhashable type: 'list'"],
    ["an object inside the list", [{ k: 1 }], "unhashable type: 'dict'"],
  ])("tags as %s raise TypeError %j", (_, tags, message) => {
    expect(thrown(() => mergeGset([tagged(tags)]))).toEqual({ name: "TypeError", message });
  });

  it("reads only own keys (a __proto__ tags key is data)", () => {
    const event = ev("X", JSON.parse('{"__proto__": {"tags": ["polluted"]}}'), 1, 1);
    expect(mergeGset([event]).size).toBe(0);
    const direct = ev("X", JSON.parse('{"tags": {"__proto__": 1}}'), 1, 1);
    expect([...mergeGset([direct])]).toEqual(["__proto__"]);
  });

  it("returns an immutable set", () => {
    const merged = mergeGset([tagged(["a"])]) as Set<GsetElement>;
    expect(() => merged.add("b")).toThrow(TypeError);
  });

  const scalarArb = fc.oneof(
    fc.string({ maxLength: 3 }),
    fc.integer({ min: -3, max: 3 }),
    fc.constantFrom(0.5, -0, 1.0, 2.5),
    fc.boolean(),
    fc.constant(null),
  );
  const goodTagsArb = fc.oneof(
    fc.array(scalarArb, { maxLength: 6 }),
    fc.string({ maxLength: 5 }),
    fc.dictionary(fc.string({ maxLength: 3 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  );
  const goodEventsArb = fc.array(
    fc
      .option(goodTagsArb, { nil: undefined })
      .map((tags) => (tags === undefined ? withPayload({}) : tagged(tags))),
    { maxLength: 6 },
  );

  /** The Python set of one `tags` value, from the rule of the sheet. */
  function itemsOf(tags: unknown): GsetElement[] {
    if (tags === undefined) return [];
    if (typeof tags === "string") return [...tags];
    if (Array.isArray(tags)) return tags as GsetElement[];
    return Object.keys(tags as object);
  }

  it("property: equals the union of every event's items by Python equality", () => {
    fc.assert(
      fc.property(goodEventsArb, (events) => {
        const items = events.flatMap((e) => itemsOf(e.payload.tags));
        expect(asPythonSet(mergeGset(events))).toEqual(asPythonSet(items));
      }),
    );
  });

  it("property: commutative, associative and idempotent (compared as Python sets)", () => {
    fc.assert(
      fc.property(goodEventsArb, goodEventsArb, goodEventsArb, (a, b, c) => {
        const merged = (events: Event[]) => asPythonSet(mergeGset(events));
        expect(merged([...a, ...b])).toEqual(merged([...b, ...a]));
        const union = asPythonSet([...mergeGset(a), ...mergeGset(b), ...mergeGset(c)]);
        expect(merged([...a, ...b, ...c])).toEqual(union);
        expect(merged([...a, ...b, ...c])).toEqual(
          asPythonSet([...mergeGset([...a, ...b]), ...mergeGset(c)]),
        );
        // Idempotent exactly: the first element seen is the same.
        expect([...mergeGset([...a, ...a])]).toEqual([...mergeGset(a)]);
      }),
    );
  });

  it("property: on any JSON payload, throws TypeError exactly where the reference raises", () => {
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.constantFrom("tags", "x"), fc.jsonValue({ maxDepth: 2 })), {
          maxLength: 4,
        }),
        (payloads) => {
          const events = payloads.map((p, i) => withPayload(p, i + 1));
          const raises = payloads.some((p) => {
            if (!Object.hasOwn(p, "tags")) return false;
            const tags = p.tags;
            if (tags === null || typeof tags === "number" || typeof tags === "boolean") return true;
            return Array.isArray(tags) && tags.some((t) => t !== null && typeof t === "object");
          });
          const error = thrown(() => mergeGset(events));
          if (raises) expect(error?.name).toBe("TypeError");
          else expect(error).toBeUndefined();
        },
      ),
    );
  });
});

describe("mergeCounter (§4.3)", () => {
  it.each<[string, Event[], number]>([
    ["empty input gives 0", [], 0],
    ["sums deltas", [delta(2, 1), delta(3, 2), delta(-1, 3)], 4],
    ["a missing delta counts 0", [delta(2, 1), withPayload({}, 2)], 2],
    ["counts each event id once (first occurrence)", [delta(2, 1), delta(100, 1), delta(3, 2)], 5],
    ["quirk 32: booleans count as 1/0 ([true, true] -> 2)", [delta(true, 1), delta(true, 2)], 2],
    ["false counts 0", [delta(false, 1), delta(4, 2)], 4],
    [
      "floats add left to right ([0.1, 0.2] -> 0.30000000000000004)",
      [delta(0.1, 1), delta(0.2, 2)],
      0.30000000000000004,
    ],
    ["no sorting: ids count in input order", [delta(1, 9), delta(2, 3), delta(50, 9)], 3],
  ])("%s", (_, events, expected) => {
    expect(mergeCounter(events)).toBe(expected);
  });

  it.each<[string, Event[], string]>([
    ["a string delta", [delta("5", 1)], "unsupported operand type(s) for +=: 'int' and 'str'"],
    ["a null delta", [delta(null, 1)], "unsupported operand type(s) for +=: 'int' and 'NoneType'"],
    ["a list delta", [delta([1], 1)], "unsupported operand type(s) for +=: 'int' and 'list'"],
    ["an object delta", [delta({}, 1)], "unsupported operand type(s) for +=: 'int' and 'dict'"],
    [
      "after a float, the left type is float",
      [delta(0.5, 1), delta(2, 2), delta("x", 3)],
      "unsupported operand type(s) for +=: 'float' and 'str'",
    ],
    [
      "after booleans, the left type stays int",
      [delta(true, 1), delta([], 2)],
      "unsupported operand type(s) for +=: 'int' and 'list'",
    ],
  ])("%s raises TypeError", (_, events, message) => {
    expect(thrown(() => mergeCounter(events))).toEqual({ name: "TypeError", message });
  });

  it("a bad delta on a repeated id is never read", () => {
    expect(mergeCounter([delta(1, 1), delta("bad", 1)])).toBe(1);
  });

  const intDeltaArb = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.boolean());
  const distinctEventsArb = (from: number) =>
    fc
      .array(fc.option(intDeltaArb, { nil: undefined }), { maxLength: 8 })
      .map((deltas) =>
        deltas.map((d, i) => (d === undefined ? withPayload({}, from + i) : delta(d, from + i))),
      );

  it("property: commutative and associative for integer deltas of distinct ids", () => {
    fc.assert(
      fc.property(distinctEventsArb(1), distinctEventsArb(100), (a, b) => {
        expect(mergeCounter([...a, ...b])).toBe(mergeCounter([...b, ...a]));
        expect(mergeCounter([...a, ...b])).toBe(mergeCounter(a) + mergeCounter(b));
        expect(mergeCounter([...a].reverse())).toBe(mergeCounter(a));
      }),
    );
  });

  it("property: idempotent (merging the events twice counts each id once), any numeric deltas", () => {
    const anyDeltaArb = fc.oneof(intDeltaArb, fc.double({ noNaN: true, min: -1e6, max: 1e6 }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), anyDeltaArb), { maxLength: 8 }),
        (pairs) => {
          const events = pairs.map(([i, d]) => delta(d, i));
          expect(mergeCounter([...events, ...events])).toBe(mergeCounter(events));
          // Oracle: first delta of each id, summed in order.
          const firsts = new Map<number, number | boolean>();
          for (const [i, d] of pairs) if (!firsts.has(i)) firsts.set(i, d);
          let sum = 0;
          for (const d of firsts.values()) sum += Number(d);
          expect(mergeCounter(events)).toBe(sum);
        },
      ),
    );
  });

  it("property: on any JSON payload, throws TypeError exactly where the reference raises", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 1, max: 4 }),
            fc.dictionary(fc.constantFrom("delta", "x"), fc.jsonValue({ maxDepth: 2 })),
          ),
          { maxLength: 5 },
        ),
        (pairs) => {
          const events = pairs.map(([i, p]) => withPayload(p, i));
          const seen = new Set<number>();
          let raises = false;
          for (const [i, p] of pairs) {
            if (seen.has(i)) continue;
            seen.add(i);
            if (!Object.hasOwn(p, "delta")) continue;
            const d = p.delta;
            if (typeof d !== "number" && typeof d !== "boolean") raises = true;
          }
          const error = thrown(() => mergeCounter(events));
          if (raises) expect(error?.name).toBe("TypeError");
          else expect(error).toBeUndefined();
        },
      ),
    );
  });
});
