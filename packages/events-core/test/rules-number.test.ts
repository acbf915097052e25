import { describe, expect, it } from "vitest";
import type { RuleResult } from "../src/model/violation.js";
import {
  laxFloatField,
  laxIntField,
  type NumberBounds,
  parseLaxFloat,
  parseLaxInt,
} from "../src/rules/number.js";

type Outcome = number | { violation: string };

function outcome(result: RuleResult<number>): Outcome {
  return result.ok ? result.value : { violation: result.violation };
}

describe("integers: the model-layer table (input-coercion.md)", () => {
  it.each<[string, unknown, Outcome]>([
    ["3", 3, 3],
    ["3.0 (a JSON float without fraction)", JSON.parse("3.0"), 3],
    ["1.5", 1.5, { violation: "int_from_float" }],
    ['"3"', "3", 3],
    ["true", true, 1],
    ["null", null, { violation: "int_type" }],
  ])("%s -> %j", (_label, input, expected) => {
    expect(outcome(parseLaxInt(input))).toEqual(expected);
  });

  it.each<[string, unknown, Outcome]>([
    ["false", false, 0],
    ['"3.0"', "3.0", 3],
    ['"3.00"', "3.00", 3],
    ['" 3 " (trimmed)', " 3 ", 3],
    ['"+3"', "+3", 3],
    ['"-0"', "-0", 0],
    ['"1_000" (underscores between digits)', "1_000", 1000],
    ['"1__000"', "1__000", { violation: "int_parsing" }],
    ['"_1"', "_1", { violation: "int_parsing" }],
    ['"3." (a dot with no digit after it)', "3.", { violation: "int_parsing" }],
    ['"\\ufeff3" (U+FEFF is not white space)', "\ufeff3", { violation: "int_parsing" }],
    ['"\\u00a03\\u2003" (Unicode white space is trimmed)', "\u00a03\u2003", 3],
    ['"1e3"', "1e3", { violation: "int_parsing" }],
    ['"3.5"', "3.5", { violation: "int_parsing" }],
    ['"0x10"', "0x10", { violation: "int_parsing" }],
    ['""', "", { violation: "int_parsing" }],
    ["full-width digits", "１２", { violation: "int_parsing" }],
    ["an array", [], { violation: "int_type" }],
    ["an object", {}, { violation: "int_type" }],
    ["undefined", undefined, { violation: "int_type" }],
    ["NaN", Number.NaN, { violation: "finite_number" }],
    ["Infinity", Number.POSITIVE_INFINITY, { violation: "finite_number" }],
  ])("more measured forms: %s -> %j", (_label, input, expected) => {
    expect(outcome(parseLaxInt(input))).toEqual(expected);
  });

  it("returns 0 (not -0) for negative zero", () => {
    const result = parseLaxInt(-0);
    expect(result.ok && Object.is(result.value, 0)).toBe(true);
  });

  it("keeps integers beyond 2^53 as the nearest double (a documented limit of JavaScript)", () => {
    expect(outcome(parseLaxInt(2 ** 53 + 2))).toBe(2 ** 53 + 2);
    expect(outcome(parseLaxInt("9007199254740993"))).toBe(9007199254740992);
  });

  it("rejects integer text too large for a JavaScript number (int_parsing_size), never Infinity", () => {
    const huge = `1${"0".repeat(400)}`;
    for (const text of [huge, `-${huge}`, `${huge}.0`, ` ${huge} `, `1_${"0".repeat(400)}`]) {
      expect(outcome(parseLaxInt(text))).toEqual({ violation: "int_parsing_size" });
      expect(laxIntField().test(text)).toBe(false);
    }
    expect(parseLaxInt(huge)).toEqual({
      ok: false,
      violation: "int_parsing_size",
      message:
        "Unable to parse input string as an integer, exceeded maximum size (integers up to about 1.8e308 fit a JavaScript number)",
    });
    // The largest integer text a number holds is still read (as the nearest double).
    const largest = BigInt(Number.MAX_VALUE).toString();
    expect(outcome(parseLaxInt(largest))).toBe(Number.MAX_VALUE);
  });

  it("reports a bound that integer text past the double range breaks, as the reference does", () => {
    const huge = `1${"0".repeat(400)}`;
    expect(outcome(parseLaxInt(huge, { ge: 0, le: 4 }))).toEqual({ violation: "less_than_equal" });
    expect(outcome(parseLaxInt(`-${huge}`, { ge: 0 }))).toEqual({
      violation: "greater_than_equal",
    });
    expect(outcome(parseLaxInt(huge, { ge: 0 }))).toEqual({ violation: "int_parsing_size" });
  });

  it("uses the reference's messages", () => {
    expect(parseLaxInt(1.5)).toEqual({
      ok: false,
      violation: "int_from_float",
      message: "Input should be a valid integer, got a number with a fractional part",
    });
    expect(parseLaxInt("x")).toEqual({
      ok: false,
      violation: "int_parsing",
      message: "Input should be a valid integer, unable to parse string as an integer",
    });
    expect(parseLaxInt(null)).toEqual({
      ok: false,
      violation: "int_type",
      message: "Input should be a valid integer",
    });
  });
});

describe("integers: bounds ge / gt / le", () => {
  it.each<[NumberBounds, unknown, Outcome]>([
    [{ ge: 0 }, 0, 0],
    [{ ge: 0 }, -1, { violation: "greater_than_equal" }],
    [{ ge: 0 }, "-1", { violation: "greater_than_equal" }],
    [{ ge: 0 }, false, 0],
    [{ gt: 0 }, 1, 1],
    [{ gt: 0 }, 0, { violation: "greater_than" }],
    [{ gt: 0 }, false, { violation: "greater_than" }],
    [{ gt: 0 }, true, 1],
    [{ le: 4 }, 4, 4],
    [{ le: 4 }, 5, { violation: "less_than_equal" }],
    [{ ge: 0, le: 4 }, -1, { violation: "greater_than_equal" }],
    [{ ge: 0, le: 4 }, "4", 4],
    [{ ge: 0, le: 4 }, 4.0, 4],
    [{ ge: 0, le: 4 }, "5", { violation: "less_than_equal" }],
    [{ ge: 1 }, 1.5, { violation: "int_from_float" }],
  ])("bounds %j, input %j -> %j", (bounds, input, expected) => {
    expect(outcome(parseLaxInt(input, bounds))).toEqual(expected);
  });

  it.each<[NumberBounds, unknown, string]>([
    [{ ge: 0 }, -1, "Input should be greater than or equal to 0"],
    [{ gt: 0 }, 0, "Input should be greater than 0"],
    [{ le: 4 }, 5, "Input should be less than or equal to 4"],
  ])("bounds %j, input %j: message %j", (bounds, input, message) => {
    const result = parseLaxInt(input, bounds);
    expect(result.ok ? undefined : result.message).toBe(message);
  });

  it("laxIntField carries the bounds in its wire form", () => {
    expect(laxIntField({ ge: 0, le: 4 }).wire).toEqual({ type: "integer", minimum: 0, maximum: 4 });
    expect(laxIntField({ gt: 0 }).wire).toEqual({ type: "integer", exclusiveMinimum: 0 });
    expect(laxIntField().wire).toEqual({ type: "integer" });
    expect(laxIntField({ ge: 0 }).rule(-1)).toMatchObject({ violation: "greater_than_equal" });
  });
});

describe("floats (latency_ms)", () => {
  it.each<[string, unknown, Outcome]>([
    ["42", 42, 42],
    ["42.5", 42.5, 42.5],
    ['"42" (model layer only)', "42", 42],
    ["true (model layer only)", true, 1],
    ["null", null, { violation: "float_type" }],
    ['"abc"', "abc", { violation: "float_parsing" }],
    ["an object", {}, { violation: "float_type" }],
    ['"1e3"', "1e3", 1000],
    ['".5"', ".5", 0.5],
    ['" 42 " (trimmed)', " 42 ", 42],
  ])("%s -> %j", (_label, input, expected) => {
    expect(outcome(parseLaxFloat(input))).toEqual(expected);
  });

  it("-0.0 satisfies >= 0", () => {
    expect(parseLaxFloat(-0, { ge: 0 }).ok).toBe(true);
    expect(parseLaxFloat(JSON.parse("-0.0"), { ge: 0 }).ok).toBe(true);
    expect(parseLaxFloat("-0.0", { ge: 0 }).ok).toBe(true);
  });

  it.each<[NumberBounds, unknown, Outcome]>([
    [{ ge: 0 }, -1, { violation: "greater_than_equal" }],
    [{ ge: 0 }, -0.001, { violation: "greater_than_equal" }],
    [{ gt: 0 }, 0, { violation: "greater_than" }],
    [{ le: 1 }, 1.0001, { violation: "less_than_equal" }],
    [{ ge: 0 }, "nan", { violation: "greater_than_equal" }],
    [{ ge: 0 }, "-inf", { violation: "greater_than_equal" }],
  ])("bounds %j, input %j -> %j", (bounds, input, expected) => {
    expect(outcome(parseLaxFloat(input, bounds))).toEqual(expected);
  });

  it("laxFloatField carries the bounds in its wire form", () => {
    expect(laxFloatField({ ge: 0 }).wire).toEqual({ type: "number", minimum: 0 });
  });
});
