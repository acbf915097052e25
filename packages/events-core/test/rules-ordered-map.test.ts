import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assertPythonHashable,
  PythonKeyError,
  unhashableTypeName,
} from "../src/python/python-errors.js";
import { insertionOrderedMap } from "../src/support/ordered-map.js";

describe("insertionOrderedMap", () => {
  it("serialises its entries as an object in insertion order, integer-like keys included", () => {
    const map = insertionOrderedMap([
      ["WP02", 1],
      ["2", 2],
      ["WP01", 3],
      ["10", 4],
      ["1", 5],
    ]);
    expect(JSON.stringify(map)).toBe('{"WP02":1,"2":2,"WP01":3,"10":4,"1":5}');
    expect(JSON.stringify({ nested: map })).toBe(
      '{"nested":{"WP02":1,"2":2,"WP01":3,"10":4,"1":5}}',
    );
    expect(JSON.stringify(map, null, 1)).toBe(
      '{\n "WP02": 1,\n "2": 2,\n "WP01": 3,\n "10": 4,\n "1": 5\n}',
    );
    expect(JSON.stringify(insertionOrderedMap([]))).toBe("{}");
  });

  it("keeps the first position of a key given twice, with the last value (as a Map)", () => {
    const map = insertionOrderedMap([
      ["b", 1],
      ["a", 2],
      ["b", 3],
    ]);
    expect(JSON.stringify(map)).toBe('{"b":3,"a":2}');
  });

  it("is a Map whose set, delete and clear throw", () => {
    const map = insertionOrderedMap([["a", 1]]);
    expect(map).toBeInstanceOf(Map);
    expect(map.get("a")).toBe(1);
    expect(Object.isFrozen(map)).toBe(true);
    expect(() => (map as Map<string, number>).set("b", 2)).toThrow(TypeError);
    expect(() => (map as Map<string, number>).delete("a")).toThrow(TypeError);
    expect(() => (map as Map<string, number>).clear()).toThrow(TypeError);
    expect([...map]).toEqual([["a", 1]]);
    expect(structuredClone(map)).toEqual(new Map([["a", 1]]));
  });

  it("keeps __proto__ as data and pollutes nothing", () => {
    const map = insertionOrderedMap<unknown>([
      ["__proto__", { polluted: true }],
      ["constructor", 1],
    ]);
    const text = JSON.stringify(map);
    expect(text).toBe('{"__proto__":{"polluted":true},"constructor":1}');
    expect(Object.keys(JSON.parse(text))).toEqual(["__proto__", "constructor"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("serialises any string keys in insertion order (property)", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.oneof(fc.string(), fc.nat().map(String)), { maxLength: 20 }),
        (keys) => {
          const map = insertionOrderedMap(keys.map((key, i) => [key, i] as const));
          const expected = `{${keys.map((key, i) => `${JSON.stringify(key)}:${i}`).join(",")}}`;
          expect(JSON.stringify(map)).toBe(expected);
        },
      ),
    );
  });
});

describe("Python errors that escape lookups", () => {
  it("PythonKeyError is named KeyError and prints the key's repr", () => {
    expect(new PythonKeyError("doing")).toMatchObject({
      name: "KeyError",
      message: "'doing'",
      key: "doing",
    });
    expect(new PythonKeyError(null).message).toBe("None");
    expect(new PythonKeyError(5).message).toBe("5");
    expect(new PythonKeyError("it's").message).toBe(`"it's"`);
  });

  it("lists and dicts are unhashable; other JSON values are hashable", () => {
    expect(unhashableTypeName([])).toBe("list");
    expect(unhashableTypeName({})).toBe("dict");
    for (const value of [null, undefined, 0, 1.5, "", "x", true]) {
      expect(unhashableTypeName(value)).toBeUndefined();
      expect(() => assertPythonHashable(value)).not.toThrow();
    }
    expect(() => assertPythonHashable([1])).toThrow(new TypeError("unhashable type: 'list'"));
    expect(() => assertPythonHashable({ a: 1 })).toThrow(new TypeError("unhashable type: 'dict'"));
  });
});
