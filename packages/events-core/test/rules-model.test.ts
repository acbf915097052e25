import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { StatusTransitionPayloadSchema } from "../src/families/status/payloads.js";
import {
  formatModelIssues,
  issueField,
  ModelValidationError,
  model,
  parseModel,
  safeParseModel,
  toModelIssues,
} from "../src/model/model.js";
import { listField } from "../src/rules/list.js";
import { laxIntField } from "../src/rules/number.js";
import { nonEmptyStringField } from "../src/rules/string.js";
import { STATUS_GATES_LIFECYCLE_EXAMPLES } from "./support/status-gates-lifecycle.js";

const STATUS_TRANSITION_EXAMPLE = STATUS_GATES_LIFECYCLE_EXAMPLES.WPStatusChanged ?? {};

const Inner = model("Inner", "A nested model.", {
  count: laxIntField({ ge: 1 }),
});

const Sample = model("Sample", "A model for the model-layer rules.", {
  name: nonEmptyStringField(),
  size: v.optional(laxIntField({ ge: 0 }), 7),
  inner: Inner,
});

describe("model(): the model layer of the contract", () => {
  it("returns a frozen object with fields in declaration order, defaults filled", () => {
    const result = safeParseModel(Sample, { inner: { count: "2" }, name: "x" });
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(JSON.stringify(result.output)).toBe('{"name":"x","size":7,"inner":{"count":2}}');
    expect(Object.isFrozen(result.output)).toBe(true);
    expect(Object.isFrozen(result.output.inner)).toBe(true);
  });

  it("ignores unknown keys (accepted and dropped)", () => {
    const output = parseModel(Sample, { name: "x", inner: { count: 1, extra: 1 }, other: [1] });
    expect(Object.keys(output)).toEqual(["name", "size", "inner"]);
    expect(Object.keys(output.inner)).toEqual(["count"]);
  });

  it("reports a missing required field as `missing` / `Field required` at its path", () => {
    const result = safeParseModel(Sample, { inner: {} });
    expect(result.issues).toEqual([
      { field: "name", violationType: "missing", message: "Field required", inputValue: undefined },
      {
        field: "inner.count",
        violationType: "missing",
        message: "Field required",
        inputValue: undefined,
      },
    ]);
  });

  it("reads only own properties: inherited keys do not count as present", () => {
    const input = Object.create({ name: "inherited" }) as Record<string, unknown>;
    input.inner = { count: 1 };
    expect(safeParseModel(Sample, input).issues).toEqual([
      { field: "name", violationType: "missing", message: "Field required", inputValue: undefined },
    ]);
  });

  it.each<[string, unknown]>([
    ["null", null],
    ["an array", []],
    ["a string", "{}"],
    ["a number", 1],
    ["undefined", undefined],
  ])("reports %s as model_type at the root", (_label, input) => {
    expect(safeParseModel(Sample, input).issues).toEqual([
      {
        field: "",
        violationType: "model_type",
        message: "Input should be a valid dictionary or instance of Sample",
        inputValue: input,
      },
    ]);
  });

  it("reports a nested non-object with the nested model's name and path", () => {
    expect(safeParseModel(Sample, { name: "x", inner: 5 }).issues).toEqual([
      {
        field: "inner",
        violationType: "model_type",
        message: "Input should be a valid dictionary or instance of Inner",
        inputValue: 5,
      },
    ]);
  });

  it("reports every bad field, in declaration order, with its input value", () => {
    const result = safeParseModel(Sample, { size: -1, name: "", inner: { count: 0 } });
    expect(result.issues?.map((i) => [i.field, i.violationType, i.inputValue])).toEqual([
      ["name", "string_too_short", ""],
      ["size", "greater_than_equal", -1],
      ["inner.count", "greater_than_equal", 0],
    ]);
  });

  it("parseModel throws ModelValidationError naming every bad field", () => {
    let error: unknown;
    try {
      parseModel(Sample, { size: "x", inner: { count: 0 } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ModelValidationError);
    const modelError = error as ModelValidationError;
    expect(modelError.name).toBe("ModelValidationError");
    expect(modelError.modelName).toBe("Sample");
    expect(modelError.message).toBe(
      "Invalid Sample: name: Field required (missing); " +
        "size: Input should be a valid integer, unable to parse string as an integer (int_parsing); " +
        "inner.count: Input should be greater than or equal to 1 (greater_than_equal)",
    );
    expect(modelError.issues.map((i) => i.field)).toEqual(["name", "size", "inner.count"]);
  });

  it("formatModelIssues writes (root) for the input itself", () => {
    const issues = safeParseModel(Sample, null).issues ?? [];
    expect(formatModelIssues(issues)).toBe(
      "(root): Input should be a valid dictionary or instance of Sample (model_type)",
    );
  });

  it("runs as a valibot schema too (v.safeParse), with the same issues", () => {
    const result = v.safeParse(Sample, { name: "x", inner: { count: 0 } });
    expect(result.success).toBe(false);
    expect(toModelIssues(result.issues ?? []).map((i) => i.field)).toEqual(["inner.count"]);
    expect(result.issues?.[0] && issueField(result.issues[0])).toBe("inner.count");
  });

  it("reports a field whose getter throws as get_attribute_error at that field, and goes on", () => {
    const input = Object.defineProperty({ inner: { count: 0 } }, "name", {
      enumerable: true,
      get() {
        throw new RangeError("no name here");
      },
    });
    expect(Sample.test(input)).toBe(false);
    const result = safeParseModel(Sample, input);
    expect(result.issues).toEqual([
      {
        field: "name",
        violationType: "get_attribute_error",
        message: "Error extracting attribute: RangeError: no name here",
        inputValue: undefined,
      },
      {
        field: "inner.count",
        violationType: "greater_than_equal",
        message: "Input should be greater than or equal to 1",
        inputValue: 0,
      },
    ]);
  });

  it("reports Proxy traps that throw, at the field read or at the input itself", () => {
    const throwing = (what: string) => () => {
      throw new Error(what);
    };
    const trapped = new Proxy({}, { getOwnPropertyDescriptor: throwing("descriptor trap") });
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const nested = new Proxy({ count: 1 }, { get: throwing("get trap") });
    const cases: [unknown, string, string][] = [
      [trapped, "name", "Error extracting attribute: Error: descriptor trap"],
      [
        revocable.proxy,
        "",
        "Error extracting attribute: TypeError: Cannot perform 'IsArray' on a proxy that has been revoked",
      ],
      [{ name: "x", inner: nested }, "inner.count", "Error extracting attribute: Error: get trap"],
    ];
    for (const [input, field, message] of cases) {
      expect(Sample.test(input)).toBe(false);
      const issues = safeParseModel(Sample, input).issues ?? [];
      expect(issues[0]?.field).toBe(field);
      expect(issues[0]?.violationType).toBe("get_attribute_error");
      expect(issues[0]?.message).toBe(message);
    }
  });

  it("describes whatever was thrown without throwing itself", () => {
    const hostile = Object.defineProperty(new Error("x"), "message", {
      get() {
        throw new Error("again");
      },
    });
    const input = Object.defineProperty({}, "name", {
      enumerable: true,
      get() {
        throw hostile;
      },
    });
    expect(safeParseModel(Sample, input).issues?.[0]?.message).toBe(
      "Error extracting attribute: an exception that cannot be described",
    );
    const stringThrown = Object.defineProperty({}, "name", {
      get() {
        throw "plain text";
      },
    });
    expect(safeParseModel(Sample, stringThrown).issues?.[0]?.message).toBe(
      "Error extracting attribute: plain text",
    );
  });

  it("does not modify its input, and accepts a frozen input", () => {
    const input = Object.freeze({ name: "x", inner: Object.freeze({ count: "3" }) });
    const output = parseModel(Sample, input);
    expect(output.inner.count).toBe(3);
    expect(input.inner.count).toBe("3");
  });
});

describe("the Standard Schema interface of every kind of schema", () => {
  const kinds: [string, v.GenericSchema, unknown, unknown, string][] = [
    ["a field", laxIntField({ ge: 1 }), "2", 0, "Input should be greater than or equal to 1"],
    [
      "a composite",
      listField(laxIntField()),
      ["1", 2],
      ["x"],
      "Input should be a valid integer, unable to parse string as an integer",
    ],
    ["a model", Inner, { count: "3" }, { count: 0 }, "Input should be greater than or equal to 1"],
    [
      "a model with rules",
      StatusTransitionPayloadSchema,
      STATUS_TRANSITION_EXAMPLE,
      { ...STATUS_TRANSITION_EXAMPLE, force: true, reason: null },
      "Value error, force=True requires a non-empty reason",
    ],
  ];

  it.each(kinds)(
    "%s: `validate` gives the output, or the issues",
    (_, schema, good, bad, message) => {
      const accepted = schema["~standard"].validate(good);
      expect(accepted).toEqual({ value: v.parse(schema, good) });
      const refused = schema["~standard"].validate(bad) as { issues?: { message: string }[] };
      expect(refused.issues?.map((issue) => issue.message)).toContain(message);
      expect(schema["~standard"]).toMatchObject({ version: 1, vendor: "valibot" });
    },
  );
});
