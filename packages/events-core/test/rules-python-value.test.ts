import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  pythonFloatRepr,
  pythonValueRepr,
  pythonValueReprTail,
} from "../src/python/python-value.js";
import {
  formatPydanticValidationError,
  truncatePydanticRepr,
} from "../src/python/validation-error.js";

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

  it("stops after maxLength characters, so a value shared many times over costs no more", () => {
    let shared: unknown = ["x"];
    for (let i = 0; i < 80; i++) shared = { a: shared, b: shared };
    const text = pythonValueRepr(shared, 50);
    expect(text).toBe(`${"{'a': ".repeat(8)}{'...`);
    expect(pythonValueRepr({ a: 1 }, 50)).toBe("{'a': 1}");
    expect(pythonValueRepr("x".repeat(60), 50)).toBe(`'${"x".repeat(49)}...`);
    expect(pythonValueRepr([1, 2, 3], 9)).toBe("[1, 2, 3]");
    expect(pythonValueRepr([1, 2, 3], 8)).toBe("[1, 2, 3...");
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

describe("pythonValueReprTail", () => {
  it("is the end of pythonValueRepr, for any JSON value and length (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.integer({ min: 0, max: 80 }), (value, n) => {
        const whole = pythonValueRepr(value);
        expect(pythonValueReprTail(value, n)).toBe(whole.slice(Math.max(0, whole.length - n)));
      }),
      { numRuns: 500 },
    );
  });

  it("writes cycles as Python does, from the end too", () => {
    const list: unknown[] = [1];
    list.push(list);
    const dict: Record<string, unknown> = { a: 1 };
    dict.self = dict;
    expect(pythonValueReprTail(list, 100)).toBe(pythonValueRepr(list));
    expect(pythonValueReprTail(dict, 100)).toBe("{'a': 1, 'self': {...}}");
  });

  it("costs the length asked for, not the size of a value shared many times over", () => {
    let shared: unknown = ["x"];
    for (let i = 0; i < 80; i++) shared = { a: shared, b: shared };
    // The repr ends with the last branch of each level: 81 closing brackets in all.
    expect(pythonValueReprTail(shared, 30)).toBe("}".repeat(30));
    expect(pythonValueReprTail({ a: shared, b: ["x"] }, 13)).toBe(", 'b': ['x']}");
  });
});

describe("the pydantic input_value of a huge value", () => {
  it("shows its two ends as pydantic shortens the whole repr, without writing it all", () => {
    const issue = (inputValue: unknown) =>
      [
        {
          field: "x",
          violationType: "string_type",
          message: "Input should be a valid string",
          inputValue,
        },
      ] as const;
    let tree: unknown = ["leaf", "é😀"];
    for (let i = 0; i < 12; i++) tree = { a: tree, b: [tree, i] };
    const expected = truncatePydanticRepr(pythonValueRepr(tree));
    expect(formatPydanticValidationError("M", issue(tree), {})).toContain(
      `input_value=${expected}, input_type=dict]`,
    );
    let shared: unknown = ["leaf"];
    for (let i = 0; i < 80; i++) shared = { a: shared, b: shared };
    expect(formatPydanticValidationError("M", issue(shared), {})).toContain(
      `input_value={'a': {'a': {'a': {'a': {...${"}".repeat(24)}, input_type=dict]`,
    );
  });
});
