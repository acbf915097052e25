/**
 * Payloads that are already in their model's output form. A producer that writes its models'
 * JSON dumps (every field, in the model's order, values in their canonical types) sends
 * payloads that a model accepts and would parse into an equal copy of themselves. A reducer
 * that reads or keeps many payloads can recognise such a payload in one pass and use it as
 * it is, instead of testing it and building that copy; any other payload goes through the
 * model as usual.
 *
 * A model becomes a tree of checks (plain data, one shape for all), read by one function:
 * the checks of every model run through the same code, whose property reads and calls stay
 * the same whatever the model.
 */
import type * as v from "valibot";
import { schemaTest } from "../model/field.js";
import {
  type ModelEntries,
  type ModelOutput,
  type ModelSchema,
  safeParseModel,
} from "../model/model.js";

/** A schema as this module reads it. */
export interface SchemaNode {
  readonly type?: string;
  readonly pipe?: readonly SchemaNode[];
  readonly wrapped?: SchemaNode;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly item?: SchemaNode;
  readonly value?: SchemaNode;
  readonly minItems?: number;
  readonly values?: readonly unknown[];
  readonly step?: (input: unknown) => unknown;
  readonly wire?: {
    readonly minLength?: number;
    readonly maxLength?: number;
    readonly minimum?: number;
    readonly maximum?: number;
    readonly exclusiveMinimum?: number;
  };
}

/** What a {@link Check} checks. */
const Kind = Object.freeze({
  /** Nothing is in output form: the value is left to the model. */
  None: 0,
  /** Any string (text without bounds). */
  Text: 1,
  /** A non-empty string (text with `min_length=1`: one code point is one code unit or two). */
  NonEmptyText: 2,
  /** A string that the field's own test accepts (a pattern, an enum, other bounds). */
  TextTest: 3,
  /** One of the strings of a literal. */
  Literal: 4,
  /** A number within the bounds of a lax float (text and booleans are converted). */
  Float: 5,
  /** `null`, or a value of the inner check. */
  Nullable: 6,
  /** A present value of the inner check (a missing one takes the default). */
  Optional: 7,
  /** A frozen array, long enough, of values of the inner check. */
  List: 8,
  /** A frozen object of values of the inner check. */
  Dict: 9,
  /** A frozen object with exactly the model's fields, in order, each of its check. */
  Model: 10,
  /** A boolean (a lax boolean keeps `true` and `false` as given). */
  Bool: 11,
  /** A value of the inner check that the field's "before" step leaves as it is (`test`). */
  Before: 12,
} as const);

type Kind = (typeof Kind)[keyof typeof Kind];

/** One check of the tree; every check has every property (one shape). */
export interface Check {
  readonly kind: Kind;
  /** Model: the field names, in order. */
  readonly keys: readonly string[];
  /** Model: the check of each field. */
  readonly fields: readonly Check[];
  /** Nullable, Optional, List, Dict: the inner check. */
  readonly inner: Check | null;
  /** Literal: the allowed strings. */
  readonly values: ReadonlySet<unknown> | null;
  /** Float: inclusive bounds and exclusive lower bound; List: fewest items (`min`). */
  readonly min: number;
  readonly max: number;
  readonly above: number;
  /** TextTest: the field's own test; Before: whether the step leaves the value as it is. */
  readonly test: ((value: unknown) => boolean) | null;
}

function makeCheck(kind: Kind, parts: Partial<Omit<Check, "kind">> = {}): Check {
  return Object.freeze({
    kind,
    keys: parts.keys ?? [],
    fields: parts.fields ?? [],
    inner: parts.inner ?? null,
    values: parts.values ?? null,
    min: parts.min ?? Number.NEGATIVE_INFINITY,
    max: parts.max ?? Number.POSITIVE_INFINITY,
    above: parts.above ?? Number.NEGATIVE_INFINITY,
    test: parts.test ?? null,
  });
}

const NONE = makeCheck(Kind.None);

/** The schema a pipe of metadata describes, or the schema itself. */
function unpiped(schema: SchemaNode): SchemaNode {
  let node = schema;
  while (node.pipe !== undefined && node.pipe[0] !== node) node = node.pipe[0] as SchemaNode;
  return node;
}

/** The check of a text field: inline for no bounds or `min_length=1` alone, else its test. */
function textCheck(node: SchemaNode): Check {
  const { minLength, maxLength } = node.wire ?? {};
  if (maxLength === undefined && minLength === undefined) return makeCheck(Kind.Text);
  if (maxLength === undefined && minLength === 1) return makeCheck(Kind.NonEmptyText);
  return makeCheck(Kind.TextTest, { test: schemaTest(node as unknown as v.GenericSchema) });
}

/** The check of a schema; kinds not listed here are left to the model ({@link Kind.None}). */
export function checkOf(schema: SchemaNode): Check {
  const node = unpiped(schema);
  switch (node.type) {
    case "string":
      return textCheck(node);
    case "pattern_string":
    case "enum":
      return makeCheck(Kind.TextTest, { test: schemaTest(node as unknown as v.GenericSchema) });
    case "literal": {
      const values = node.values ?? [];
      // A boolean literal also takes 1 and 0 and converts them.
      return values.every((value) => typeof value === "string")
        ? makeCheck(Kind.Literal, { values: new Set(values) })
        : NONE;
    }
    case "lax_bool":
      return makeCheck(Kind.Bool);
    case "before": {
      const step = node.step as (input: unknown) => unknown;
      return makeCheck(Kind.Before, {
        inner: checkOf(node.wrapped as SchemaNode),
        test: (value) => step(value) === value,
      });
    }
    case "lax_float": {
      const { minimum, maximum, exclusiveMinimum } = node.wire ?? {};
      return makeCheck(Kind.Float, { min: minimum, max: maximum, above: exclusiveMinimum });
    }
    case "nullable":
      return makeCheck(Kind.Nullable, { inner: checkOf(node.wrapped as SchemaNode) });
    case "optional":
      return makeCheck(Kind.Optional, { inner: checkOf(node.wrapped as SchemaNode) });
    case "list":
    case "variadic_tuple":
      return makeCheck(Kind.List, {
        inner: checkOf(node.item as SchemaNode),
        min: node.minItems ?? 0,
      });
    case "dict":
      return makeCheck(Kind.Dict, { inner: checkOf(node.value as SchemaNode) });
    case "object": {
      if (node.entries === undefined) return NONE;
      const keys = Object.keys(node.entries);
      const entries = node.entries;
      return makeCheck(Kind.Model, {
        keys,
        fields: keys.map((key) => checkOf(entries[key] as SchemaNode)),
      });
    }
    default:
      return NONE;
  }
}

function isFrozenRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && Object.isFrozen(value)
  );
}

/** True when `value` passes `check` (see {@link outputFormTest}). */
export function passes(check: Check, value: unknown): boolean {
  switch (check.kind) {
    case Kind.Text:
      return typeof value === "string";
    case Kind.NonEmptyText:
      return typeof value === "string" && value.length > 0;
    case Kind.TextTest:
      return typeof value === "string" && (check.test as (value: unknown) => boolean)(value);
    case Kind.Literal:
      return typeof value === "string" && (check.values as ReadonlySet<unknown>).has(value);
    case Kind.Float:
      // NaN fails every comparison; -0 passes `>= 0` as in the model.
      return (
        typeof value === "number" && value >= check.min && value <= check.max && value > check.above
      );
    case Kind.Bool:
      return typeof value === "boolean";
    case Kind.Before:
      return (
        passes(check.inner as Check, value) && (check.test as (value: unknown) => boolean)(value)
      );
    case Kind.Nullable:
      return value === null || passes(check.inner as Check, value);
    case Kind.Optional:
      return value !== undefined && passes(check.inner as Check, value);
    case Kind.List: {
      if (!Array.isArray(value) || value.length < check.min || !Object.isFrozen(value)) {
        return false;
      }
      const inner = check.inner as Check;
      for (let i = 0; i < value.length; i++) if (!passes(inner, value[i])) return false;
      return true;
    }
    case Kind.Dict: {
      if (!isFrozenRecord(value)) return false;
      const inner = check.inner as Check;
      for (const key in value) if (!passes(inner, value[key])) return false;
      return true;
    }
    case Kind.Model: {
      if (!isFrozenRecord(value)) return false;
      // for-in lists a JSON object's keys in insertion order; field names are never
      // integer-like, so an object in the model's order lists them in that order.
      const { keys, fields } = check;
      let index = 0;
      for (const key in value) {
        if (key !== keys[index] || !passes(fields[index] as Check, value[key])) return false;
        index++;
      }
      return index === keys.length;
    }
    default:
      return false;
  }
}

/**
 * {@link passes} for one check tree, as one function made for it: the same checks in the same
 * order, each read of a model's field written with the field's name (so that the engine learns
 * each place), lists and dicts as loops. `undefined` where functions cannot be made from text
 * (a Content Security Policy without `unsafe-eval`): {@link passes} then runs the tree.
 */
export function compiledCheck(root: Check): ((value: unknown) => boolean) | undefined {
  const constants: unknown[] = [];
  const constant = (value: unknown): string => `c[${constants.push(value) - 1}]`;
  let names = 0;
  const fresh = (): string => `v${names++}`;
  /** A container's guard, then a loop over its items (`read` in `head`), each `inner`. */
  const eachItem = (guard: string, head: string, read: string, inner: Check): string[] => {
    const item = fresh();
    return [guard, head, `const ${item} = ${read};`, ...emit(inner, item), "}"];
  };
  /** Statements that `return false` unless `v` passes `check`. */
  const emit = (check: Check, v: string): string[] => {
    switch (check.kind) {
      case Kind.Text:
        return [`if (typeof ${v} !== "string") return false;`];
      case Kind.NonEmptyText:
        return [`if (typeof ${v} !== "string" || ${v}.length === 0) return false;`];
      case Kind.TextTest:
        return [`if (typeof ${v} !== "string" || !${constant(check.test)}(${v})) return false;`];
      case Kind.Literal:
        return [
          `if (typeof ${v} !== "string" || !${constant(check.values)}.has(${v})) return false;`,
        ];
      case Kind.Float:
        return [
          `if (typeof ${v} !== "number" || !(${v} >= ${constant(check.min)} && ${v} <= ${constant(check.max)} && ${v} > ${constant(check.above)})) return false;`,
        ];
      case Kind.Bool:
        return [`if (typeof ${v} !== "boolean") return false;`];
      case Kind.Before:
        return [
          ...emit(check.inner as Check, v),
          `if (!${constant(check.test)}(${v})) return false;`,
        ];
      case Kind.Nullable:
        return [`if (${v} !== null) {`, ...emit(check.inner as Check, v), "}"];
      case Kind.Optional:
        return [`if (${v} === undefined) return false;`, ...emit(check.inner as Check, v)];
      case Kind.List: {
        const i = fresh();
        return eachItem(
          `if (!Array.isArray(${v}) || ${v}.length < ${check.min} || !Object.isFrozen(${v})) return false;`,
          `for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {`,
          `${v}[${i}]`,
          check.inner as Check,
        );
      }
      case Kind.Dict: {
        const key = fresh();
        return eachItem(
          `if (!isFrozenRecord(${v})) return false;`,
          `for (const ${key} in ${v}) {`,
          `${v}[${key}]`,
          check.inner as Check,
        );
      }
      case Kind.Model: {
        const index = fresh();
        const key = fresh();
        const lines = [
          `if (!isFrozenRecord(${v})) return false;`,
          `let ${index} = 0;`,
          `for (const ${key} in ${v}) {`,
          `if (${key} !== ${constant(check.keys)}[${index}]) return false;`,
          `${index}++;`,
          "}",
          `if (${index} !== ${check.keys.length}) return false;`,
        ];
        check.keys.forEach((name, at) => {
          const field = fresh();
          lines.push(`const ${field} = ${v}[${JSON.stringify(name)}];`);
          lines.push(...emit(check.fields[at] as Check, field));
        });
        return ["{", ...lines, "}"];
      }
      default:
        return ["return false;"];
    }
  };
  const body = ["return function passes(v) {", ...emit(root, "v"), "return true;", "};"].join("\n");
  try {
    return new Function("c", "isFrozenRecord", body)(constants, isFrozenRecord) as (
      value: unknown,
    ) => boolean;
  } catch {
    return undefined;
  }
}

/**
 * A test that is true when `model` accepts `input` and would parse it into an equal copy of
 * itself, so that `input` can stand for its parsed output. That holds when every model (the
 * nested ones too) has exactly its fields, in its order (no default to fill in, no key to
 * drop); each value passes its field's rule and is of a kind the rule keeps as given (text,
 * string literals and enums, floats given as numbers, booleans given as booleans, a value that
 * a field's "before" step leaves as it is), lists and dicts holding such values;
 * and every object and array is frozen (so it can be part of a frozen output). Any other kind
 * of field makes it false, as does any other input: false means "parse it", never "refused".
 *
 * It runs the field rules of `model` and of the models nested in it, not model-level rules:
 * give it models without them (`withModelRules`).
 */
export function outputFormTest<TEntries extends ModelEntries>(
  model: ModelSchema<TEntries>,
): (input: unknown) => input is ModelOutput<TEntries> {
  const root = checkOf(model as unknown as SchemaNode);
  const compiled = compiledCheck(root);
  return (input): input is ModelOutput<TEntries> => {
    // An input whose reading throws (a getter, a Proxy trap) is left to the model.
    try {
      return compiled === undefined ? passes(root, input) : compiled(input);
    } catch {
      return false;
    }
  };
}

/**
 * The parse of `model` as a function: for any input, the output of
 * `safeParseModel(model, input)` (`undefined` when the model refuses the input), except that
 * an input already in the model's output form ({@link outputFormTest}) is returned itself,
 * equal to that output, with no copy built. For reducers that keep many parsed payloads of
 * frozen events, as a producer writes them.
 */
export function modelOutputOf<TEntries extends ModelEntries>(
  model: ModelSchema<TEntries>,
): (input: unknown) => ModelOutput<TEntries> | undefined {
  const inOutputForm = outputFormTest(model);
  return (input) => (inOutputForm(input) ? input : safeParseModel(model, input).output);
}
