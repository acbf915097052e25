import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { frozenJsonMap } from "../src/rules/json-map.js";

describe("frozenJsonMap", () => {
  it("writes its entries as a JSON object in insertion order, integer-like keys included", () => {
    const map = frozenJsonMap([
      ["b", 1],
      ["7", 2],
      ["__proto__", 3],
      ["a", 4],
      ["10", 5],
    ]);
    expect(JSON.stringify(map)).toBe('{"b":1,"7":2,"__proto__":3,"a":4,"10":5}');
    expect(JSON.stringify({ inner: map }, null, 1)).toBe(
      '{\n "inner": {\n  "b": 1,\n  "7": 2,\n  "__proto__": 3,\n  "a": 4,\n  "10": 5\n }\n}',
    );
  });

  it("keeps the first position of a repeated key with its last value, as a Map does", () => {
    const map = frozenJsonMap([
      ["x", 1],
      ["y", 2],
      ["x", 3],
    ]);
    expect([...map]).toEqual([
      ["x", 3],
      ["y", 2],
    ]);
    expect(JSON.stringify(map)).toBe('{"x":3,"y":2}');
  });

  it("is a read-only Map: set, delete and clear throw, the map is frozen", () => {
    const map = frozenJsonMap([["k", { v: 1 }]]) as Map<string, unknown>;
    expect(map).toBeInstanceOf(Map);
    expect(() => map.set("k2", 1)).toThrow(TypeError);
    expect(() => map.delete("k")).toThrow(TypeError);
    expect(() => map.clear()).toThrow(TypeError);
    expect(Object.isFrozen(map)).toBe(true);
    expect(map.get("k")).toEqual({ v: 1 });
  });

  it("writes __proto__ as a key: read back, it is an own property and pollutes nothing", () => {
    const text = JSON.stringify(frozenJsonMap([["__proto__", { polluted: true }]]));
    const back = JSON.parse(text) as Record<string, unknown>;
    expect(Object.hasOwn(back, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("writes any string keys in insertion order (property)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 12 }), (keys) => {
        const text = JSON.stringify(frozenJsonMap(keys.map((key, i) => [key, i] as const)));
        const expected = `{${keys.map((key, i) => `${JSON.stringify(key)}:${i}`).join(",")}}`;
        expect(text).toBe(expected);
      }),
    );
  });
});
