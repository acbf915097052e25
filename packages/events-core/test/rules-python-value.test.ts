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
];

describe("pythonFloatRepr", () => {
  it.each(FLOATS)("%d is written %s", (value, text) => {
    expect(pythonFloatRepr(value)).toBe(text);
  });

  it("reads back as the same number", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(Number(pythonFloatRepr(value))).toBe(value === 0 ? 0 : value);
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
  ])("%j is written %s", (value, text) => {
    expect(pythonValueRepr(value)).toBe(text);
  });
});
