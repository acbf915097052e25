import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { toSchemaViolations } from "../src/schema-violation.js";

// A schema as the generator writes a nested model: `$defs` entries reached through `$ref`,
// one of them in a nullable `anyOf`.
const SCHEMA = {
  $defs: {
    Review: {
      properties: { reviewer: { minLength: 1, type: "string" } },
      required: ["reviewer"],
      type: "object",
    },
    Evidence: {
      properties: {
        repos: { items: { $ref: "#/$defs/Review" }, minItems: 1, type: "array" },
        review: { $ref: "#/$defs/Review" },
      },
      required: ["repos", "review"],
      type: "object",
    },
  },
  properties: {
    evidence: { anyOf: [{ $ref: "#/$defs/Evidence" }, { type: "null" }], default: null },
    note: { anyOf: [{ type: "string" }, { type: "null" }], default: null },
    review: { $ref: "#/$defs/Review" },
  },
  required: ["review"],
  type: "object",
};

const validate = new Ajv2020({ allErrors: true, verbose: true, strict: true }).compile(SCHEMA);

function reported(payload: unknown): string[] {
  validate(payload);
  return toSchemaViolations(validate.errors ?? [], payload).map(
    (violation) => `${violation.jsonPath} ${violation.validator}`,
  );
}

describe("toSchemaViolations on nested models ($defs and $ref)", () => {
  it("reports errors inside a required nested model at their $-paths", () => {
    expect(reported({ review: { reviewer: "" } })).toEqual(["$.review.reviewer minLength"]);
    expect(reported({ review: 5 })).toEqual(["$.review type"]);
  });

  it("reports a failed nullable nested model as its anyOf alone, not its branches' errors", () => {
    expect(reported({ review: { reviewer: "r" }, evidence: { repos: [{}] } })).toEqual([
      "$.evidence anyOf",
    ]);
    expect(reported({ review: { reviewer: "r" }, evidence: [] })).toEqual(["$.evidence anyOf"]);
  });

  it("keeps the errors of other fields before and after a failed anyOf", () => {
    expect(reported({ review: {}, evidence: 1, note: 2 })).toEqual([
      "$.evidence anyOf",
      "$.note anyOf",
      "$.review required",
    ]);
  });

  it("accepts null and a valid nested model", () => {
    expect(reported({ review: { reviewer: "r" }, evidence: null })).toEqual([]);
    expect(
      reported({
        review: { reviewer: "r" },
        evidence: { repos: [{ reviewer: "x" }], review: { reviewer: "y" } },
      }),
    ).toEqual([]);
  });
});
