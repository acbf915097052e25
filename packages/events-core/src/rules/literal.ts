import { type FieldSchema, field, type WireSchema } from "../model/field.js";
import { accept, reject } from "../model/violation.js";
import { pythonRepr } from "../python/python-repr.js";

/** A value a literal field allows: a string, or `true`/`false`. */
export type LiteralValue = string | boolean;

/** A literal field: the allowed values, written inline into the schema (no `$defs`). */
export interface LiteralFieldSchema<TValue extends LiteralValue> extends FieldSchema<TValue> {
  /** The allowed values, in the reference's order. */
  readonly values: readonly TValue[];
}

function literalRepr(value: LiteralValue): string {
  return typeof value === "string" ? pythonRepr(value) : value ? "True" : "False";
}

/** `'a'`, `'a' or 'b'`, `'a', 'b' or 'c'`: the reference's list of expected values. */
function choices(values: readonly LiteralValue[]): string {
  const reprs = values.map(literalRepr);
  return reprs.length <= 1
    ? (reprs[0] ?? "")
    : `${reprs.slice(0, -1).join(", ")} or ${reprs[reprs.length - 1]}`;
}

function literalWire(values: readonly LiteralValue[]): WireSchema {
  const type = typeof values[0] === "boolean" ? "boolean" : "string";
  return values.length === 1 ? { const: values[0], type } : { enum: [...values], type };
}

/**
 * Literal field (the reference's `Literal[...]`): exact, case-sensitive values; anything else
 * is `literal_error` (`Input should be 'info' or 'warning'`). As the reference compares by
 * Python equality, a boolean literal also matches the number 1 (`true`) or 0 (`false`) and
 * gives the boolean. Wire form `{ const: v, type }` for one value, `{ enum: [...], type }`
 * for several, inline (an enum class is {@link enumField}, shared through `$defs`).
 *
 * @param values The allowed values, in the reference's order: strings, or booleans.
 */
export function literalField<const TValue extends LiteralValue>(
  values: readonly TValue[],
): LiteralFieldSchema<TValue> {
  if (values.length === 0) throw new Error("A literal field needs at least one value");
  if (values.some((value) => typeof value !== typeof values[0])) {
    throw new Error("A literal field's values must all be strings or all booleans");
  }
  const strings = new Set<unknown>(values.filter((value) => typeof value === "string"));
  const matchTrue = values.includes(true as TValue);
  const matchFalse = values.includes(false as TValue);
  const match = (input: unknown): TValue | undefined => {
    if (typeof input === "string") return strings.has(input) ? (input as TValue) : undefined;
    if (matchTrue && (input === true || input === 1)) return true as TValue;
    if (matchFalse && (input === false || input === 0)) return false as TValue;
    return undefined;
  };
  const message = `Input should be ${choices(values)}`;
  const schema = field<TValue>(
    "literal",
    values.map(literalRepr).join(" | "),
    literalWire(values),
    (input) => {
      const value = match(input);
      return value === undefined ? reject("literal_error", message) : accept(value);
    },
    (input) => match(input) !== undefined,
  );
  return Object.assign(schema, { values: Object.freeze([...values]) });
}
