/** The canonical JSON writer used for generated files (schemas, golden outputs). */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../scripts/lib/canonical-json.js";

describe("canonicalJson", () => {
  it("sorts keys at every depth, indents by two spaces and ends with one newline", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: true, e: null }], c: "x" } })).toBe(
      [
        "{",
        '  "a": {',
        '    "c": "x",',
        '    "d": [',
        "      1,",
        "      {",
        '        "e": null,',
        '        "f": true',
        "      }",
        "    ]",
        "  },",
        '  "b": 1',
        "}",
        "",
      ].join("\n"),
    );
  });

  it("writes empty containers and scalars like JSON.stringify", () => {
    expect(canonicalJson({ a: [], b: {}, c: "é\n\u2028", d: -0, e: 1e21 })).toBe(
      `${JSON.stringify({ a: [], b: {}, c: "é\n\u2028", d: -0, e: 1e21 }, null, 2)}\n`,
    );
    expect(canonicalJson([])).toBe("[]\n");
    expect(canonicalJson("text")).toBe('"text"\n');
    expect(canonicalJson(null)).toBe("null\n");
  });

  it("keeps integer-like keys in sorted text order, not the engine's numeric order", () => {
    expect(canonicalJson({ 9: "nine", 10: "ten", a: "a" })).toBe(
      '{\n  "10": "ten",\n  "9": "nine",\n  "a": "a"\n}\n',
    );
  });

  it("sorts keys by code point like Python's sort_keys (astral after U+FB01)", () => {
    const astral = "\u{1F600}";
    const ligature = "\uFB01";
    expect(astral < ligature).toBe(true);
    expect(Object.keys(JSON.parse(canonicalJson({ [astral]: 1, [ligature]: 2 })))).toEqual([
      ligature,
      astral,
    ]);
  });

  it("writes a __proto__ key as data and does not touch prototypes", () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
    const text = canonicalJson(value);
    expect(text).toBe('{\n  "__proto__": {\n    "polluted": true\n  },\n  "a": 1\n}\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reads values as JSON.stringify does: toJSON, dropped undefined, null in arrays", () => {
    const value = {
      when: { toJSON: () => "2026-01-02T03:04:05Z" },
      gone: undefined,
      fn: () => 1,
      list: [undefined, Number.NaN, Number.POSITIVE_INFINITY, 1],
    };
    expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it("fails clearly on circular structures, bigints and values with no JSON form", () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(() => canonicalJson(circular)).toThrow(/circular/);
    expect(() => canonicalJson({ n: 1n })).toThrow(/bigint/);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });

  it("accepts a value repeated in two places (not a cycle)", () => {
    const shared = { x: 1 };
    expect(JSON.parse(canonicalJson({ a: shared, b: [shared] }))).toEqual({
      a: { x: 1 },
      b: [{ x: 1 }],
    });
  });

  it("round-trips any JSON value and gives one text whatever the key insertion order", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(reversedKeys(value))).toBe(text);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
    );
  });
});

function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value).reverse()) {
    Object.defineProperty(copy, key, {
      value: reversedKeys((value as Record<string, unknown>)[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}
