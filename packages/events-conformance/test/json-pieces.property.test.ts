// The JSON text of a long output in pieces: joined, the pieces are JSON.stringify's text.
import { parseDateTime, REDUCING_FAMILIES, safeParseReducibleEvent } from "@spec-kitty/events-core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ITEMS_PER_PIECE, jsonTextPieces } from "../src/cli/json-pieces.js";
import { loadManifest, loadReplayStream } from "../src/fixtures.js";

const joined = (value: unknown): string => [...jsonTextPieces(value)].join("");

const dateTime = (text: string) => {
  const parsed = parseDateTime(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
};

/** Items of a long array: what reducer outputs hold, and values JSON.stringify treats apart. */
const item = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.constant(undefined),
  fc.tuple(fc.string(), fc.string()),
  fc.record({ a: fc.string(), b: fc.option(fc.integer()) }),
);

describe("jsonTextPieces", () => {
  it("joins into JSON.stringify's text for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(joined(value)).toBe(JSON.stringify(value));
      }),
      { numRuns: 500 },
    );
  });

  it("joins into JSON.stringify's text for values holding long arrays, at any depth", () => {
    const longArray = fc.array(item, {
      minLength: ITEMS_PER_PIECE - 1,
      maxLength: 2 * ITEMS_PER_PIECE + 3,
    });
    const value = fc.oneof(
      longArray,
      fc.record({ log: longArray, count: fc.integer(), name: fc.string() }),
      fc.record({ outer: fc.record({ inner: fc.record({ deep: longArray }) }) }),
      fc.array(longArray, { maxLength: 2 }),
    );
    fc.assert(
      fc.property(value, (v) => {
        expect(joined(v)).toBe(JSON.stringify(v));
      }),
      { numRuns: 25 },
    );
  });

  it.each<[string, unknown]>([
    ["members without JSON text are left out", { a: undefined, b: () => 1, c: Symbol("s"), d: 1 }],
    ["only members without JSON text", { a: undefined }],
    ["items without JSON text are null", [undefined, () => 1, Symbol("s"), 1]],
    [
      "a long array with holes and undefined items",
      Object.assign(new Array(5000), { 7: 1, 4100: undefined }),
    ],
    ["integer-like keys first, as Object.keys orders them", { b: 1, 2: "two", a: [], 1: {} }],
    ["a member with toJSON (a DateTimeValue)", { at: dateTime("2026-02-27T12:00:00Z"), n: 1 }],
    [
      "a long array of DateTimeValues",
      Array.from({ length: 3 * ITEMS_PER_PIECE }, (_, i) => dateTime(String(1_700_000_000 + i))),
    ],
    ["an object with its own toJSON", { toJSON: () => ({ replaced: true }), hidden: 1 }],
    ["an array with its own toJSON", Object.assign(new Array(5000).fill(0), { toJSON: () => "x" })],
    ["-0, NaN and infinities", { a: -0, b: Number.NaN, c: [Number.POSITIVE_INFINITY, -0] }],
    ["an object without a prototype", Object.assign(Object.create(null), { a: { b: [1] } })],
    ["a class instance, whole", { d: new Date(0), m: new Map([[1, 2]]) }],
    ["boxed primitives, whole", { n: new Number(3), s: new String("ab"), b: new Boolean(false) }],
    ["escapes in keys and texts", { 'a"\n\u2028': "\u0000\ud800", "": "" }],
    ["deep nesting past the pieces' depth", { a: { b: { c: { d: { e: [1, { f: 2 }] } } } } }],
    ["a top-level string", "text"],
    ["a top-level number", 42],
    ["null", null],
  ])("joins into JSON.stringify's text: %s", (_, value) => {
    expect(joined(value)).toBe(JSON.stringify(value));
  });

  it("cuts a long array into pieces of at most ITEMS_PER_PIECE items", () => {
    const items = Array.from({ length: 5 * ITEMS_PER_PIECE + 7 }, (_, i) => [`id-${i}`, i]);
    const pieces = [...jsonTextPieces({ log: items })];
    const itemPieces = pieces.filter((piece) => piece.includes("id-"));
    expect(itemPieces).toHaveLength(6);
    for (const piece of itemPieces) {
      expect(JSON.parse(`[${piece}]`).length).toBeLessThanOrEqual(ITEMS_PER_PIECE);
    }
    expect(pieces.join("")).toBe(JSON.stringify({ log: items }));
  });

  it("gives a short array whole", () => {
    const value = Array.from({ length: ITEMS_PER_PIECE }, (_, i) => i);
    expect([...jsonTextPieces(value)]).toEqual([JSON.stringify(value)]);
  });

  it("throws where JSON.stringify throws, and for a value without JSON text", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = { again: cycle };
    expect(() => joined(cycle)).toThrow(TypeError);
    expect(() => joined({ a: [1n] })).toThrow(TypeError);
    expect(() => joined(undefined)).toThrow("no JSON text for a value of type undefined");
    expect(() => joined(() => 1)).toThrow("no JSON text for a value of type function");
  });

  it("joins into each reducer's JSON for every fixture replay stream", () => {
    const streams = loadManifest().fixtures.filter(
      (entry) => entry.fixtureType === "replay_stream",
    );
    expect(streams.length).toBeGreaterThan(10);
    let compared = 0;
    for (const entry of streams) {
      const events = loadReplayStream(entry.id).flatMap((record) => {
        const result = safeParseReducibleEvent(record);
        return result.success ? [result.output] : [];
      });
      for (const family of REDUCING_FAMILIES.values()) {
        let state: unknown;
        try {
          state = family.reducer?.reduce(events);
        } catch {
          continue; // a reducer that refuses the stream has no output
        }
        expect(joined(state)).toBe(JSON.stringify(state));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(streams.length);
  });
});
