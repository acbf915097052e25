import type * as v from "valibot";
import type { RuleResult, ViolationType } from "./violation.js";

/**
 * A JSON Schema fragment: the strict wire description of a field, i.e. what a correct
 * producer writes (`{ type: "string", format: "date-time" }`, `{ type: "integer", minimum: 1 }`).
 */
export type WireSchema = { readonly [key: string]: unknown };

/** The valibot issue raised by a field rule; `type` carries the reference's violation type. */
export interface FieldIssue extends v.BaseIssue<unknown> {
  readonly kind: "schema";
  readonly type: ViolationType;
}

/**
 * A field schema of the contract. It is a valibot schema (the lax model layer: it parses,
 * coerces and normalises like the reference's models) that also carries `wire`, its strict
 * JSON Schema description. One definition serves both layers: valibot runs `~run`, and the
 * schema generator emits `wire` in place of the field (see `overrideSchema` in the generator).
 */
export interface FieldSchema<TOutput> extends v.BaseSchema<unknown, TOutput, FieldIssue> {
  /** Rule name, e.g. `datetime`, `lax_int`. */
  readonly type: string;
  /** Strict wire description emitted into the JSON Schema. */
  readonly wire: WireSchema;
  /** The rule itself: parses one input value into the normalised value or a violation. */
  readonly rule: (input: unknown) => RuleResult<TOutput>;
  /**
   * The rule's verdict alone: `true` exactly when `rule(input).ok`, without building the
   * normalised value (for checks that need no output, such as a validator's or a reducer's).
   */
  readonly test: (input: unknown) => boolean;
}

/**
 * The Standard Schema properties of one of the package's schemas: `validate` runs the
 * schema's `~run` (`schema` is read when `validate` is called, so a schema may give itself)
 * and gives its issues, or its output.
 */
export function standardProps<TOutput, TIssue extends v.BaseIssue<unknown>>(
  schema: () => Pick<v.BaseSchema<unknown, TOutput, TIssue>, "~run">,
): v.StandardProps<unknown, TOutput> {
  return {
    version: 1,
    vendor: "valibot",
    validate(value) {
      const dataset = schema()["~run"]({ value }, {});
      // valibot's issues are Standard Schema issues (a message, a path of keyed items).
      return dataset.issues
        ? { issues: dataset.issues as readonly { readonly message: string }[] }
        : { value: dataset.value as TOutput };
    },
  };
}

/**
 * Defines a field schema from a rule function and its wire description.
 *
 * @param type Rule name.
 * @param expects Short description of what is accepted (used in issue texts).
 * @param wire JSON Schema fragment of the canonical wire form.
 * @param rule Parses one input value into the normalised value or a violation.
 * @param test The rule's verdict alone (`true` exactly when `rule(input).ok`); by default
 *   `rule(input).ok`, give a cheaper one that builds no value.
 */
export function field<TOutput>(
  type: string,
  expects: string,
  wire: WireSchema,
  rule: (input: unknown) => RuleResult<TOutput>,
  test: (input: unknown) => boolean = (input) => rule(input).ok,
): FieldSchema<TOutput> {
  const schema: FieldSchema<TOutput> = {
    kind: "schema",
    type,
    reference: field,
    expects,
    async: false,
    wire,
    rule,
    test,
    "~standard": standardProps(() => schema),
    "~run"(dataset, config) {
      const input = dataset.value;
      const result = rule(input);
      if (result.ok) {
        const out = dataset as unknown as v.SuccessDataset<TOutput>;
        out.typed = true;
        out.value = result.value;
        return out;
      }
      const issue = fieldIssue(expects, input, result, config);
      const failed = dataset as unknown as v.FailureDataset<FieldIssue>;
      failed.typed = false;
      failed.issues = [issue];
      return failed;
    },
  } as FieldSchema<TOutput>;
  return schema;
}

/** Builds the valibot issue of a failed rule. */
export function fieldIssue(
  expects: string,
  input: unknown,
  result: { readonly violation: ViolationType; readonly message: string },
  config: v.Config<v.BaseIssue<unknown>>,
): FieldIssue {
  return {
    kind: "schema",
    type: result.violation,
    input,
    expected: expects,
    received: describeInput(input),
    message: result.message,
    lang: config.lang,
    abortEarly: config.abortEarly,
    abortPipeEarly: config.abortPipeEarly,
  };
}

/** True when running `schema` is the same as running its own members (no actions piped in). */
function runsAsItself(schema: object): boolean {
  const { pipe } = schema as { readonly pipe?: readonly { readonly kind: string }[] };
  return !pipe || pipe.slice(1).every((item) => item.kind === "metadata");
}

/**
 * The rule of a field schema when running the schema is the same as running its rule (a bare
 * field, or a field piped only through metadata such as a description); otherwise `undefined`.
 */
export function directRule(
  schema: v.GenericSchema,
): ((input: unknown) => RuleResult<unknown>) | undefined {
  const candidate = schema as Partial<FieldSchema<unknown>>;
  return typeof candidate.rule === "function" && runsAsItself(candidate)
    ? candidate.rule
    : undefined;
}

/** A schema as {@link schemaTest} reads it: a field or model `test`, or a wrapper's members. */
interface TestableSchema extends v.GenericSchema {
  readonly test?: (input: unknown) => boolean;
  readonly wrapped?: v.GenericSchema;
  readonly default?: unknown;
}

/**
 * The verdict of a schema as a function (`true` exactly when running it raises no issue):
 * its own `test` (a field's or a model's); for `optional`, `nullable` and `nullish` with a
 * constant default, the wrapped schema's verdict after valibot's substitution of the default;
 * otherwise whether running the schema raises no issue. Pipes of metadata only count as the
 * schema they describe.
 */
export function schemaTest(schema: v.GenericSchema): (input: unknown) => boolean {
  const candidate = schema as TestableSchema;
  const run = (input: unknown): boolean =>
    schema["~run"]({ value: input }, {}).issues === undefined;
  if (!runsAsItself(candidate)) return run;
  if (typeof candidate.test === "function") return candidate.test;
  const { wrapped, default: fallback } = candidate;
  if (wrapped === undefined || typeof fallback === "function") return run;
  const inner = schemaTest(wrapped);
  // As valibot's wrappers: an empty input takes the default (when there is one), and an input
  // still empty then is accepted as is; any other input goes to the wrapped schema.
  const emptyOrValid = (isEmpty: (input: unknown) => boolean) => (input: unknown) =>
    isEmpty(input) ? fallback === undefined || isEmpty(fallback) || inner(fallback) : inner(input);
  switch (candidate.type) {
    case "optional":
      return emptyOrValid((input) => input === undefined);
    case "nullable":
      return emptyOrValid((input) => input === null);
    case "nullish":
      return emptyOrValid((input) => input === undefined || input === null);
    default:
      return run;
  }
}

/** Short description of an input value for issue texts. */
export function describeInput(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "Array";
  const kind = typeof input;
  if (kind === "string") return JSON.stringify(input);
  if (kind === "number" || kind === "boolean" || kind === "bigint") return String(input);
  if (kind === "object") return "Object";
  return kind;
}
