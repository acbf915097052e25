import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pythonDictKey, pythonEquals, pythonIndexOf } from "../src/python/python-equal.js";

describe("pythonEquals (Python == on JSON-decoded values)", () => {
  it.each([
    [true, 1, true],
    [true, 1.0, true],
    [false, 0, true],
    [-0, 0, true],
    [true, true, true],
    [true, false, false],
    [true, 2, false],
    [null, null, true],
    [null, 0, false],
    [null, "", false],
    [null, false, false],
    ["1", 1, false],
    ["a", "a", true],
    ["a", "A", false],
    ["e\u0301", "\u00e9", false],
    [[], [], true],
    [[], {}, false],
    [[1, [true]], [true, [1]], true],
    [[1, 2], [2, 1], false],
    [[1], [1, 1], false],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [{ a: 1, b: 2 }, { a: 1, c: 2 }, false],
    [{ a: null }, {}, false],
    [{ "": [{}] }, { "": [{}] }, true],
  ])("%j == %j is %s", (a, b, expected) => {
    expect(pythonEquals(a, b)).toBe(expected);
    expect(pythonEquals(b, a)).toBe(expected);
  });

  it("compares very deep values without exhausting the stack", () => {
    let a: unknown = "x";
    let b: unknown = "x";
    for (let i = 0; i < 50_000; i++) {
      a = [a];
      b = [b];
    }
    expect(pythonEquals(a, b)).toBe(true);
  });

  it("property: equal to a structural copy, and symmetric", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(pythonEquals(a, JSON.parse(JSON.stringify(a)))).toBe(true);
        expect(pythonEquals(a, b)).toBe(pythonEquals(b, a));
      }),
    );
  });

  it("pythonIndexOf finds the first equal item", () => {
    expect(pythonIndexOf(["1", 1, true], true)).toBe(1);
    expect(pythonIndexOf([{ a: [1] }, { a: [true] }], { a: [1] })).toBe(0);
    expect(pythonIndexOf(["a"], "b")).toBe(-1);
  });
});

describe("hashing", () => {
  it("pythonDictKey files equal values under one Map key, and keeps strings apart", () => {
    const map = new Map<unknown, string>();
    map.set(pythonDictKey(1), "one");
    expect(map.get(pythonDictKey(true))).toBe("one");
    map.set(pythonDictKey(false), "zero");
    expect(map.get(pythonDictKey(-0))).toBe("zero");
    expect(map.get(pythonDictKey("1"))).toBeUndefined();
    expect(pythonDictKey(null)).toBe(null);
  });
});
