import type * as v from "valibot";
import { compiledFieldsTest } from "../internal/index.js";
import { directRule, type FieldIssue, fieldIssue, schemaTest, standardProps } from "./field.js";
import type { ModelIssue, ViolationType } from "./violation.js";

/** Entries of a model: field name to field schema (valibot schemas, usually contract fields). */
export type ModelEntries = Record<string, v.GenericSchema<unknown, unknown, v.BaseIssue<unknown>>>;

/**
 * The immutable output of a model: one readonly field per entry, with the entry's output type.
 * The intersection with `{}` makes editors show the fields themselves, not this alias.
 */
export type ModelOutput<TEntries extends ModelEntries> = {
  readonly [K in keyof TEntries]: v.InferOutput<TEntries[K]>;
} & {};

/** The valibot issue a model raises for a missing field or a non-object input. */
interface ModelObjectIssue extends v.BaseIssue<unknown> {
  readonly kind: "schema";
  readonly type: ViolationType;
}

/**
 * A model of the contract: a valibot object schema (`type: "object"`, so JSON Schema
 * generators convert it natively) that ignores unknown keys, reports missing fields as
 * `missing` and non-objects as `model_type`, and returns a frozen object with its fields in
 * declaration order.
 */
export interface ModelSchema<TEntries extends ModelEntries>
  extends v.BaseSchema<unknown, ModelOutput<TEntries>, v.BaseIssue<unknown>> {
  readonly type: "object";
  /** Model name, e.g. `ConnectorProvisionedPayload` (the schema title). */
  readonly name: string;
  /** Model description (the schema description). */
  readonly description: string;
  /** The fields, in the reference's order. */
  readonly entries: TEntries;
  /**
   * The model's verdict alone: `true` exactly when {@link safeParseModel} succeeds, without
   * building the output or the issues.
   */
  readonly test: (input: unknown) => boolean;
}

/**
 * Text of an exception thrown while reading an input (a getter, a Proxy trap): never throws
 * itself, whatever was thrown.
 */
export function describeThrown(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`;
    return typeof error === "object" && error !== null ? "a non-error object" : String(error);
  } catch {
    return "an exception that cannot be described";
  }
}

/**
 * The issue of an input that threw while being read (a getter or a Proxy trap of a
 * JavaScript value; JSON data never does): pydantic's `get_attribute_error`.
 */
function unreadableIssue(error: unknown, path: [v.IssuePathItem] | undefined): ModelObjectIssue {
  const issue: ModelObjectIssue & { path?: [v.IssuePathItem] } = {
    kind: "schema",
    type: "get_attribute_error",
    input: undefined,
    expected: "a readable value",
    received: "an exception",
    message: `Error extracting attribute: ${describeThrown(error)}`,
  };
  if (path !== undefined) issue.path = path;
  return issue;
}

/** True for a JSON-like object: not null, not an array (what a model accepts as input). */
function isRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === "object" && input !== null && !Array.isArray(input);
}

function isOptional(schema: v.GenericSchema): boolean {
  return (
    schema.type === "optional" || schema.type === "exact_optional" || schema.type === "nullish"
  );
}

/**
 * Defines a model.
 *
 * @param name Model name (schema title).
 * @param description Model description (schema description).
 * @param entries Fields in the reference's order; wrap a field in `v.optional(field, default)`
 *   for a field with a default.
 */
export function model<const TEntries extends ModelEntries>(
  name: string,
  description: string,
  entries: TEntries,
): ModelSchema<TEntries> {
  const keys = Object.keys(entries);
  const schemas = keys.map((key) => entries[key] as v.GenericSchema);
  const optional = schemas.map(isOptional);
  const rules = schemas.map(directRule);
  const tests = schemas.map(schemaTest);
  // The loop below, unrolled into one function for this model where functions can be made.
  const compiledTest = compiledFieldsTest(keys, optional, tests);
  const schema: ModelSchema<TEntries> = {
    kind: "schema",
    type: "object",
    reference: model,
    expects: "Object",
    async: false,
    name,
    description,
    entries,
    test:
      compiledTest ??
      function test(input: unknown): boolean {
        try {
          if (!isRecord(input)) return false;
          for (let i = 0; i < keys.length; i++) {
            const key = keys[i] as string;
            const value = Object.hasOwn(input, key) ? input[key] : undefined;
            if (value === undefined && !optional[i]) return false;
            if (!(tests[i] as (input: unknown) => boolean)(value)) return false;
          }
          return true;
        } catch {
          // Reading the input threw (a getter, a Proxy trap): `~run` reports it.
          return false;
        }
      },
    "~standard": standardProps(() => schema),
    "~run"(dataset, config) {
      const input = dataset.value;
      let inputIsRecord: boolean;
      try {
        inputIsRecord = isRecord(input);
      } catch (error) {
        // A revoked Proxy throws even on Array.isArray.
        const failed = dataset as unknown as v.FailureDataset<v.BaseIssue<unknown>>;
        failed.typed = false;
        failed.issues = [unreadableIssue(error, undefined)];
        return failed;
      }
      if (!inputIsRecord) {
        const issue: ModelObjectIssue = {
          kind: "schema",
          type: "model_type",
          input,
          expected: "Object",
          received: input === null ? "null" : Array.isArray(input) ? "Array" : typeof input,
          message: `Input should be a valid dictionary or instance of ${name}`,
        };
        const failed = dataset as unknown as v.FailureDataset<v.BaseIssue<unknown>>;
        failed.typed = false;
        failed.issues = [issue];
        return failed;
      }
      const record = input as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      let issues: v.BaseIssue<unknown>[] | undefined;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as string;
        let fieldIssues: readonly v.BaseIssue<unknown>[] | undefined;
        let value: unknown;
        try {
          value = Object.hasOwn(record, key) ? record[key] : undefined;
        } catch (error) {
          // A getter or Proxy trap threw: the field cannot be read.
          const item: v.ObjectPathItem = {
            type: "object",
            origin: "value",
            input: record,
            key,
            value: undefined,
          };
          if (issues === undefined) issues = [];
          issues.push(unreadableIssue(error, [item]));
          continue;
        }
        if (value === undefined && !optional[i]) {
          const issue: ModelObjectIssue = {
            kind: "schema",
            type: "missing",
            input: undefined,
            expected: `"${key}"`,
            received: "undefined",
            message: "Field required",
            path: [{ type: "object", origin: "value", input: record, key, value }],
          };
          if (issues === undefined) issues = [issue];
          else issues.push(issue);
          continue;
        }
        const rule = rules[i];
        try {
          if (rule) {
            const result = rule(value);
            if (result.ok) {
              out[key] = result.value;
              continue;
            }
            fieldIssues = [
              fieldIssue((schemas[i] as v.GenericSchema).expects, value, result, config),
            ];
          } else {
            const result = (schemas[i] as v.GenericSchema)["~run"]({ value }, config);
            if (!result.issues) {
              out[key] = result.value;
              continue;
            }
            fieldIssues = result.issues;
          }
        } catch (error) {
          // Reading inside the value threw (a getter or Proxy trap of a nested value).
          fieldIssues = [unreadableIssue(error, undefined)];
        }
        for (const issue of fieldIssues) {
          const item: v.ObjectPathItem = {
            type: "object",
            origin: "value",
            input: record,
            key,
            value,
          };
          if (issue.path) (issue.path as v.IssuePathItem[]).unshift(item);
          else (issue as { path?: v.IssuePathItem[] }).path = [item];
          if (issues === undefined) issues = [issue];
          else issues.push(issue);
        }
      }
      if (issues !== undefined) {
        const failed = dataset as unknown as v.FailureDataset<v.BaseIssue<unknown>>;
        failed.typed = false;
        failed.issues = issues as [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]];
        return failed;
      }
      const ok = dataset as unknown as v.SuccessDataset<ModelOutput<TEntries>>;
      ok.typed = true;
      ok.value = Object.freeze(out) as ModelOutput<TEntries>;
      return ok;
    },
  } as ModelSchema<TEntries>;
  return schema;
}

/** Dotted path of a valibot issue (`""` for the input itself). */
export function issueField(issue: v.BaseIssue<unknown>): string {
  if (!issue.path) return "";
  return issue.path.map((item) => String(item.key)).join(".");
}

/** Converts valibot issues raised by contract models into {@link ModelIssue}s. */
export function toModelIssues(issues: readonly v.BaseIssue<unknown>[]): ModelIssue[] {
  return issues.map((issue) => ({
    field: issueField(issue),
    violationType: (issue as FieldIssue).type,
    message: issue.message,
    inputValue: issue.input,
  }));
}

/** The result of {@link safeParseModel}. */
export type ModelParseResult<T> =
  | { readonly success: true; readonly output: T; readonly issues?: undefined }
  | {
      readonly success: false;
      readonly output?: undefined;
      readonly issues: readonly ModelIssue[];
    };

/**
 * Parses an input with a model; never throws on input content, whatever JavaScript value it
 * is: a value that throws while being read (a getter, a Proxy trap) is a
 * `get_attribute_error` issue at the field read.
 */
export function safeParseModel<TEntries extends ModelEntries>(
  schema: ModelSchema<TEntries>,
  input: unknown,
): ModelParseResult<ModelOutput<TEntries>> {
  const dataset = schema["~run"]({ value: input }, {});
  if (dataset.issues) return { success: false, issues: toModelIssues(dataset.issues) };
  return { success: true, output: dataset.value as ModelOutput<TEntries> };
}

/** Formats model issues as one line: `field: message (type); ...`. */
export function formatModelIssues(issues: readonly ModelIssue[]): string {
  return issues
    .map(
      (issue) =>
        `${issue.field === "" ? "(root)" : issue.field}: ${issue.message} (${issue.violationType})`,
    )
    .join("; ");
}

/** Raised when an input does not satisfy a model; `issues` lists every problem. */
export class ModelValidationError extends Error {
  /** Every problem found, with field paths. */
  readonly issues: readonly ModelIssue[];
  /** The model's name. */
  readonly modelName: string;

  constructor(modelName: string, issues: readonly ModelIssue[]) {
    super(`Invalid ${modelName}: ${formatModelIssues(issues)}`);
    this.name = "ModelValidationError";
    this.modelName = modelName;
    this.issues = issues;
  }
}

/** Parses an input with a model; throws {@link ModelValidationError} naming every bad field. */
export function parseModel<TEntries extends ModelEntries>(
  schema: ModelSchema<TEntries>,
  input: unknown,
): ModelOutput<TEntries> {
  const result = safeParseModel(schema, input);
  if (!result.success) throw new ModelValidationError(schema.name, result.issues);
  return result.output;
}
