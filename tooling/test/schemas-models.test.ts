/**
 * Each published schema against its model, case by case. The cases are built from the model's
 * entries (required or defaulted, nullable, and the field's wire description: JSON type,
 * bounds, lengths, enum values), so a newly registered model is covered without editing this
 * file. Every valid example passes the schema; every broken document (missing required field,
 * wrong type, out-of-bound number or length, unknown enum value, non-object) fails the schema
 * and the model alike.
 */
import {
  ENUM_SCHEMA_REGISTRY,
  EVENT_TYPE_REGISTRY,
  type EventTypeRegistration,
  isModelSchema,
  safeParseModel,
} from "@spec-kitty/events-core";
import { loadSchema } from "@spec-kitty/events-schemas";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { modelJsonSchema } from "../scripts/schemas.js";
import { Root, valid as rootExample } from "./kinds-models.js";
import { validExamplesBySchemaName } from "./schemas-examples.js";

const ajv = new Ajv2020({ strict: true, validateFormats: false });
const examples = validExamplesBySchemaName();

/** What a model entry means for its JSON form. */
interface FieldShape {
  readonly key: string;
  readonly required: boolean;
  readonly nullable: boolean;
  readonly wire: Readonly<Record<string, unknown>>;
}

type Node = {
  readonly type?: string;
  readonly pipe?: readonly Node[];
  readonly wrapped?: Node;
  readonly wire?: Readonly<Record<string, unknown>>;
};

/** Unwraps a model entry through pipes and optional/nullable wrappers to its wire field. */
function fieldShape(modelName: string, key: string, entry: unknown): FieldShape {
  let node = entry as Node;
  let required = true;
  let nullable = false;
  for (;;) {
    if (node.pipe) node = node.pipe[0] as Node;
    else if (node.wire) return { key, required, nullable, wire: node.wire };
    else if (isModelSchema(node)) {
      return {
        key,
        required,
        nullable,
        wire: { $ref: `#/$defs/${(node as { name: string }).name}` },
      };
    } else if (node.type === "optional" || node.type === "exact_optional") {
      required = false;
      node = node.wrapped as Node;
    } else if (node.type === "nullable" || node.type === "nullish") {
      nullable = true;
      if (node.type === "nullish") required = false;
      node = node.wrapped as Node;
    } else {
      throw new Error(`${modelName}.${key}: no wire description under ${String(node.type)}`);
    }
  }
}

/** One generated case: a document and the verdict both layers must reach. */
interface Case {
  readonly label: string;
  readonly document: unknown;
  readonly valid: boolean;
  /** For invalid cases of one field: the field the model must name. */
  readonly field?: string;
}

const WRONG_TYPES: Readonly<Record<string, readonly unknown[]>> = {
  string: [42, true, [], {}],
  integer: ["abc", 1.5, [], {}],
  number: ["abc", [], {}],
  object: ["abc", 42, []],
  array: ["abc", 42, {}],
  boolean: ["abc", 0.5, [], {}],
};

/** Values no enum or model behind a `$ref` accepts. */
const WRONG_FOR_REFERENCE: readonly unknown[] = [42, true, []];

/**
 * Values of another JSON type than the field's that the model rejects too. A datetime field
 * takes no number here: the model reads a number as a unix time (a lax input the schema
 * layer rejects), so it is not a wrong type for both layers.
 */
function wrongTypes(shape: FieldShape): unknown[] {
  if (shape.wire.format === "date-time") return [true, [], {}];
  if (typeof shape.wire.$ref === "string") return [...WRONG_FOR_REFERENCE];
  return [...(WRONG_TYPES[String(shape.wire.type)] ?? [])];
}

/** The out-of-bound values (and accepted boundary values) of a field's wire description. */
function boundCases(shape: FieldShape): { value: unknown; valid: boolean; label: string }[] {
  const { wire } = shape;
  const cases: { value: unknown; valid: boolean; label: string }[] = [];
  const step = wire.type === "integer" ? 1 : 0.5;
  if (typeof wire.minimum === "number") {
    cases.push({ value: wire.minimum, valid: true, label: `= minimum ${wire.minimum}` });
    cases.push({
      value: wire.minimum - step,
      valid: false,
      label: `below minimum ${wire.minimum}`,
    });
  }
  if (typeof wire.exclusiveMinimum === "number") {
    const bound = wire.exclusiveMinimum;
    cases.push({ value: bound + step, valid: true, label: `just above ${bound}` });
    cases.push({ value: bound, valid: false, label: `= exclusive minimum ${bound}` });
    cases.push({ value: bound - step, valid: false, label: `below exclusive minimum ${bound}` });
  }
  if (typeof wire.maximum === "number") {
    cases.push({ value: wire.maximum, valid: true, label: `= maximum ${wire.maximum}` });
    cases.push({
      value: wire.maximum + step,
      valid: false,
      label: `above maximum ${wire.maximum}`,
    });
  }
  if (typeof wire.minLength === "number" && wire.minLength > 0) {
    const text = "a".repeat(wire.minLength - 1);
    cases.push({ value: text, valid: false, label: `shorter than ${wire.minLength}` });
  }
  if (typeof wire.maxLength === "number") {
    const text = "a".repeat(wire.maxLength + 1);
    cases.push({ value: text, valid: false, label: `longer than ${wire.maxLength}` });
  }
  if (typeof wire.minItems === "number" && wire.minItems > 0) {
    cases.push({ value: [], valid: false, label: `fewer than ${wire.minItems} items` });
  }
  if (typeof wire.const === "string") {
    cases.push({ value: wire.const, valid: true, label: "the const value" });
    cases.push({ value: `${wire.const}x`, valid: false, label: "not the const value" });
  }
  if (Array.isArray(wire.enum)) {
    for (const option of wire.enum) cases.push({ value: option, valid: true, label: "enum value" });
    const first = String(wire.enum[0]);
    for (const value of ["not_a_member", first.toUpperCase(), `${first} `]) {
      cases.push({ value, valid: false, label: "unknown enum value" });
    }
  }
  return cases;
}

/** Every case of a model, built from its entries and a valid example. */
function modelCases(
  registration: Pick<EventTypeRegistration, "model">,
  example: Record<string, unknown>,
): Case[] {
  const { model } = registration;
  const cases: Case[] = [{ label: "valid example", document: example, valid: true }];
  for (const document of [null, [], "text", 42, [example]]) {
    cases.push({ label: `not an object: ${JSON.stringify(document)}`, document, valid: false });
  }
  for (const [key, entry] of Object.entries(model.entries)) {
    const shape = fieldShape(model.name, key, entry);
    const { [key]: _removed, ...without } = example;
    cases.push({
      label: `${key} missing`,
      document: without,
      valid: !shape.required,
      ...(shape.required ? { field: key } : {}),
    });
    const wrong = wrongTypes(shape);
    if (wrong.length === 0) throw new Error(`${model.name}.${key}: no wrong-type values`);
    if (!shape.nullable) wrong.push(null);
    else cases.push({ label: `${key} null`, document: { ...example, [key]: null }, valid: true });
    for (const value of wrong) {
      cases.push({
        label: `${key} wrong type ${JSON.stringify(value)}`,
        document: { ...example, [key]: value },
        valid: false,
        field: key,
      });
    }
    for (const bound of boundCases(shape)) {
      cases.push({
        label: `${key} ${bound.label} ${JSON.stringify(bound.value)}`,
        document: { ...example, [key]: bound.value },
        valid: bound.valid,
        ...(bound.valid ? {} : { field: key }),
      });
    }
  }
  return cases;
}

/**
 * Where the schema or the model misses the verdict of a generated case (an empty list when
 * both reach every verdict and the model names the field of each broken one).
 */
function verdictProblems(
  registration: Pick<EventTypeRegistration, "model">,
  validate: (document: unknown) => boolean | Promise<unknown>,
  example: Record<string, unknown>,
): string[] {
  const cases = modelCases(registration, example);
  const entries = Object.keys(registration.model.entries);
  expect(cases.filter((c) => !c.valid).length).toBeGreaterThan(entries.length * 3);
  const wrong: string[] = [];
  for (const testCase of cases) {
    const schemaValid = validate(testCase.document) === true;
    const modelResult = safeParseModel(registration.model, testCase.document);
    if (schemaValid !== testCase.valid) {
      wrong.push(`${testCase.label}: schema says ${schemaValid ? "valid" : "invalid"}`);
    }
    if (modelResult.success !== testCase.valid) {
      wrong.push(`${testCase.label}: model says ${modelResult.success ? "valid" : "invalid"}`);
    }
    if (testCase.field !== undefined && !modelResult.success) {
      if (!modelResult.issues.some((issue) => issue.field === testCase.field)) {
        wrong.push(`${testCase.label}: model does not name ${testCase.field}`);
      }
    }
  }
  return wrong;
}

const registrations = [...EVENT_TYPE_REGISTRY.values()];

describe.each(registrations.map((registration) => [registration.eventType, registration]))(
  "%s",
  (_eventType, registration) => {
    const schemaName = registration.schemaName;
    const valid = (examples.get(schemaName) ?? []) as Record<string, unknown>[];

    it("has a valid example (a valid fixture or a replay-stream payload)", () => {
      expect(valid.length, `no valid example for ${registration.eventType}`).toBeGreaterThan(0);
    });

    it("accepts every valid example in its canonical wire form", () => {
      const validate = ajv.compile(loadSchema(schemaName));
      for (const example of valid) expect(validate(example), JSON.stringify(example)).toBe(true);
    });

    it("reaches the model's verdict on every generated case", () => {
      const validate = ajv.compile(loadSchema(schemaName));
      const example = valid[0];
      expect(example, `no valid example for ${registration.eventType}`).toBeDefined();
      expect(verdictProblems(registration, validate, example as Record<string, unknown>)).toEqual(
        [],
      );
    });
  },
);

it("builds cases for every family field kind, and both layers reach their verdicts", () => {
  const registration = { model: Root as unknown as EventTypeRegistration["model"] };
  const validate = ajv.compile(modelJsonSchema("root_payload", Root));
  expect(verdictProblems(registration, validate, { ...rootExample })).toEqual([]);
});

describe.each([...ENUM_SCHEMA_REGISTRY].map(([name, schema]) => [name, schema]))(
  "enum schema %s",
  (name, schema) => {
    it("accepts each value and rejects near-misses and other types", () => {
      const validate = ajv.compile(loadSchema(name));
      for (const option of schema.options) expect(validate(option), option).toBe(true);
      const first = schema.options[0] as string;
      for (const value of ["not_a_member", first.toUpperCase(), ` ${first}`, "", null, 1, []]) {
        expect(validate(value), JSON.stringify(value)).toBe(false);
      }
    });
  },
);

it("covers every registered event type and every standalone enum", () => {
  const published = new Set([...examples.keys()]);
  for (const registration of registrations) expect(published).toContain(registration.schemaName);
  for (const name of ENUM_SCHEMA_REGISTRY.keys()) expect(published).toContain(name);
});
