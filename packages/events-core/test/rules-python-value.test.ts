import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pythonFloatRepr, pythonValueRepr } from "../src/rules/python-value.js";

// Expected texts: Python 3's repr() of the same float.
const FLOATS: ReadonlyArray<readonly [number, string]> = [
  [1e-5, "1e-05"],
  [0.0001, "0.0001"],
  [1.5e16, "1.5e+16"],
  [1e16, "1e+16"],
  [1e15 + 0.5, "1000000000000000.5"],
  [9007199254740994, "9007199254740994.0"],
  [1e21, "1e+21"],
  [-9.316156216566055e-6, "-9.316156216566055e-06"],
  [1.2086371881839246e-67, "1.2086371881839246e-67"],
  [42.5, "42.5"],
  [1234.5678, "1234.5678"],
  [5e-324, "5e-324"],
  [1.7976931348623157e308, "1.7976931348623157e+308"],
  [123456789012345.67, "123456789012345.67"],
  [0.1, "0.1"],
  [-0, "-0.0"],
  [100, "100.0"],
  [Number.NaN, "nan"],
  [Number.POSITIVE_INFINITY, "inf"],
  [Number.NEGATIVE_INFINITY, "-inf"],
];

describe("pythonFloatRepr", () => {
  it.each(FLOATS)("%d is written %s", (value, text) => {
    expect(pythonFloatRepr(value)).toBe(text);
  });

  it("reads back as the same number", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(Number(pythonFloatRepr(value))).toBe(value);
      }),
    );
  });
});

describe("pythonValueRepr", () => {
  it.each([
    ["it's", `"it's"`],
    ["x", "'x'"],
    [true, "True"],
    [false, "False"],
    [null, "None"],
    [3200, "3200"],
    [675777679074870000, "675777679074870000"],
    [1e21, "1e+21"],
    [-0.5, "-0.5"],
    [-1, "-1"],
    [Number.POSITIVE_INFINITY, "inf"],
    [Number.NEGATIVE_INFINITY, "-inf"],
    [Number.NaN, "nan"],
    [["x", true, null, { a: 1, b: [1.5] }], "['x', True, None, {'a': 1, 'b': [1.5]}]"],
    [{}, "{}"],
    [[], "[]"],
    [{ "it's": "x", n: [true] }, `{"it's": 'x', 'n': [True]}`],
    [[1, "a", null], "[1, 'a', None]"],
    [{ k: { k: [[], {}] } }, "{'k': {'k': [[], {}]}}"],
    [-0, "0"],
    [undefined, "None"],
  ])("%j is written %s", (value, text) => {
    expect(pythonValueRepr(value)).toBe(text);
  });

  it("writes keys in input order, __proto__ as an own key", () => {
    expect(pythonValueRepr(JSON.parse('{"b": 1, "__proto__": 2, "a": 3}'))).toBe(
      "{'b': 1, '__proto__': 2, 'a': 3}",
    );
  });

  it("writes any nesting depth without exhausting the stack", () => {
    const depth = 100_000;
    let list: unknown = [];
    let dict: unknown = {};
    for (let i = 0; i < depth; i++) {
      list = [list];
      dict = { k: dict };
    }
    const listText = pythonValueRepr(list);
    expect(listText.length).toBe(2 * (depth + 1));
    expect(listText.startsWith("[[[")).toBe(true);
    const dictText = pythonValueRepr(dict);
    expect(dictText.startsWith("{'k': {'k': ")).toBe(true);
    expect(dictText.includes("{'k': {}}")).toBe(true);
    expect(dictText.length).toBe("{'k': ".length * depth + 2 + depth);
  });

  it("writes a value that contains itself as [...] / {...}, as Python does", () => {
    const list: unknown[] = [1];
    list.push(list);
    const dict: Record<string, unknown> = { a: 1 };
    dict.self = dict;
    const shared = ["s"];
    expect(pythonValueRepr(list)).toBe("[1, [...]]");
    expect(pythonValueRepr(dict)).toBe("{'a': 1, 'self': {...}}");
    expect(pythonValueRepr([shared, shared])).toBe("[['s'], ['s']]");
  });

  it("agrees with JSON.stringify on the structure of any JSON value (quotes aside)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const python = pythonValueRepr(value);
        const asJson = JSON.stringify(value, (_key, item) =>
          typeof item === "string" ? "s" : item,
        );
        // Same bracket skeleton: lists and objects open and close in the same places.
        const skeleton = (text: string) =>
          text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^[\]{}]/g, "");
        expect(skeleton(python)).toBe(skeleton(asJson));
      }),
      { numRuns: 300 },
    );
  });
});
