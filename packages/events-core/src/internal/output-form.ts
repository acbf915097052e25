/**
 * Payloads that are already in their model's output form. A producer that writes its models'
 * JSON dumps (every field, in the model's order, values in their canonical types) sends
 * payloads that a model accepts and would parse into an equal copy of themselves. A reducer
 * that reads or keeps many payloads can recognise such a payload in one pass and use it as
 * it is, instead of testing it and building that copy; any other payload goes through the
 * model as usual.
 */
import type * as v from "valibot";
import { schemaTest } from "../rules/field.js";
import {
  type ModelEntries,
  type ModelOutput,
  type ModelSchema,
  safeParseModel,
} from "../rules/model.js";

/** A schema as this module reads it. */
interface SchemaNode {
  readonly type?: string;
  readonly pipe?: readonly SchemaNode[];
  readonly wrapped?: SchemaNode;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly item?: SchemaNode;
  readonly value?: SchemaNode;
  readonly minItems?: number;
}

/** True when the schema accepts a value and its output for it is the value itself. */
type OutputTest = (value: unknown) => boolean;

const never: OutputTest = () => false;

/**
 * Leaf field kinds whose output for an accepted value is the value itself when the value has
 * this JavaScript type: text, string literals and enums keep the strings they accept; a lax
 * float keeps a number but converts text and booleans (`"0.5"`, `true`).
 */
const SAME_VALUE_TYPES: Readonly<Record<string, string>> = Object.freeze({
  string: "string",
  pattern_string: "string",
  enum: "string",
  literal: "string",
  lax_float: "number",
});

function isFrozenRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) && Object.isFrozen(value)
  );
}

/**
 * The test of a model: exactly its fields, in its order (for-in lists a JSON object's keys
 * in insertion order; field names are never integer-like), each accepted and kept.
 */
function modelTest(entries: Readonly<Record<string, SchemaNode>>): OutputTest {
  const keys = Object.keys(entries);
  const tests = keys.map((key) => outputTestOf(entries[key] as SchemaNode));
  return (value) => {
    if (!isFrozenRecord(value)) return false;
    let index = 0;
    for (const key in value) {
      if (key !== keys[index] || !(tests[index] as OutputTest)(value[key])) return false;
      index++;
    }
    return index === keys.length;
  };
}

/** The test of a list or tuple: a frozen array, long enough, of accepted and kept items. */
function listTest(node: SchemaNode): OutputTest {
  const item = outputTestOf(node.item as SchemaNode);
  const minItems = node.minItems ?? 0;
  return (value) => {
    if (!Array.isArray(value) || value.length < minItems || !Object.isFrozen(value)) return false;
    for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
    return true;
  };
}

/** The test of a dict: a frozen object of accepted and kept values (any keys). */
function dictTest(node: SchemaNode): OutputTest {
  const item = outputTestOf(node.value as SchemaNode);
  return (value) => {
    if (!isFrozenRecord(value)) return false;
    for (const key in value) if (!item(value[key])) return false;
    return true;
  };
}

/** The test of a leaf field of a kind listed in {@link SAME_VALUE_TYPES}, else `never`. */
function leafTest(node: SchemaNode): OutputTest {
  const type = node.type === undefined ? undefined : SAME_VALUE_TYPES[node.type];
  if (type === undefined) return never;
  const accepts = schemaTest(node as unknown as v.GenericSchema);
  return (value) => typeof value === type && accepts(value);
}

/**
 * The test of a schema (see {@link outputFormTest}); a pipe of metadata counts as the schema
 * it describes, and any kind not listed here answers `false`.
 */
function outputTestOf(schema: SchemaNode): OutputTest {
  let node = schema;
  while (node.pipe !== undefined && node.pipe[0] !== node) node = node.pipe[0] as SchemaNode;
  switch (node.type) {
    case "optional": {
      const inner = outputTestOf(node.wrapped as SchemaNode);
      return (value) => value !== undefined && inner(value);
    }
    case "nullable": {
      const inner = outputTestOf(node.wrapped as SchemaNode);
      return (value) => value === null || inner(value);
    }
    case "object":
      return node.entries === undefined ? never : modelTest(node.entries);
    case "list":
    case "variadic_tuple":
      return listTest(node);
    case "dict":
      return dictTest(node);
    default:
      return leafTest(node);
  }
}

/**
 * A test that is true when `model` accepts `input` and would parse it into an equal copy of
 * itself, so that `input` can stand for its parsed output. That holds when every model (the
 * nested ones too) has exactly its fields, in its order (no default to fill in, no key to
 * drop); each value passes its field's rule and is of a kind the rule keeps as given (text,
 * string literals and enums, floats given as numbers), lists and dicts holding such values;
 * and every object and array is frozen (so it can be part of a frozen output). Any other kind
 * of field makes it false, as does any other input: false means "parse it", never "refused".
 *
 * It runs the field rules of `model` and of the models nested in it, not model-level rules:
 * give it models without them (`withModelRules`).
 *
 */
export function outputFormTest<TEntries extends ModelEntries>(
  model: ModelSchema<TEntries>,
): (input: unknown) => input is ModelOutput<TEntries> {
  return outputTestOf(model as unknown as SchemaNode) as (
    input: unknown,
  ) => input is ModelOutput<TEntries>;
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
