import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { orderedJsonMap, orderedJsonObject } from "../src/rules/ordered-map.js";

describe("orderedJsonObject", () => {
  it("lists integer-like keys in insertion order for JSON.stringify and Object.keys", () => {
    const view = orderedJsonObject([
      ["b", 1],
      ["10", 2],
      ["a", 3],
      ["2", 4],
    ]);
    expect(JSON.stringify(view)).toBe('{"b":1,"10":2,"a":3,"2":4}');
    expect(Object.keys(view)).toEqual(["b", "10", "a", "2"]);
    expect(Object.isFrozen(view)).toBe(true);
  });

  it("keeps __proto__ as a data key and never changes a prototype", () => {
    const view = orderedJsonObject([
      ["__proto__", { polluted: true }],
      ["x", 1],
    ]);
    expect(JSON.stringify(view)).toBe('{"__proto__":{"polluted":true},"x":1}');
    expect(Object.getPrototypeOf(view)).toBe(null);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a repeated key keeps its first position with the last value (Python dict assignment)", () => {
    expect(
      JSON.stringify(
        orderedJsonObject([
          ["1", "a"],
          ["0", "b"],
          ["1", "c"],
        ]),
      ),
    ).toBe('{"1":"c","0":"b"}');
  });
});

describe("orderedJsonMap", () => {
  it("is an immutable Map whose JSON is an object in insertion order", () => {
    const map = orderedJsonMap([
      ["z", [1]],
      ["3", [2]],
      ["1", [3]],
    ]);
    expect([...map.keys()]).toEqual(["z", "3", "1"]);
    expect(map.get("3")).toEqual([2]);
    expect(JSON.stringify({ m: map })).toBe('{"m":{"z":[1],"3":[2],"1":[3]}}');
    expect(JSON.stringify(map, null, 1)).toBe(
      '{\n "z": [\n  1\n ],\n "3": [\n  2\n ],\n "1": [\n  3\n ]\n}',
    );
    const mutable = map as Map<string, number[]>;
    expect(() => mutable.set("x", [])).toThrow(TypeError);
    expect(() => mutable.delete("z")).toThrow(TypeError);
    expect(() => mutable.clear()).toThrow(TypeError);
    expect(Object.isFrozen(map)).toBe(true);
    expect(JSON.stringify(orderedJsonMap([]))).toBe("{}");
  });

  it("property: the JSON text lists the distinct keys in first-insertion order", () => {
    const keyArb = fc.oneof(fc.nat({ max: 50 }).map(String), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(keyArb, fc.integer())), (entries) => {
        const text = JSON.stringify(orderedJsonMap(entries));
        const expected = new Map<string, number>();
        for (const [key, value] of entries) expected.set(key, value);
        const body = [...expected]
          .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`)
          .join(",");
        expect(text).toBe(`{${body}}`);
      }),
    );
  });
});
