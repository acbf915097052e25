import { type FieldSchema, field, type WireSchema } from "../model/field.js";
import { accept, type RuleResult, reject } from "../model/violation.js";

/** Numeric bounds of a field (the reference's `ge`, `gt`, `le`). */
export interface NumberBounds {
  /** Inclusive minimum (`ge`). */
  readonly ge?: number;
  /** Exclusive minimum (`gt`). */
  readonly gt?: number;
  /** Inclusive maximum (`le`). */
  readonly le?: number;
}

const INT_TEXT = /^[+-]?\d+(?:_\d+)*$/;
const ZERO_FRACTION = /^0+$/;
// Rust's f64 grammar: decimal with optional exponent, or inf / infinity / nan.
const DIGITS = "\\d+(?:_\\d+)*";
const FLOAT_TEXT = new RegExp(
  `^[+-]?(?:(?:${DIGITS}(?:\\.(?:${DIGITS})?)?|\\.${DIGITS})(?:[eE][+-]?${DIGITS})?|inf|infinity|nan)$`,
  "i",
);
// Whitespace the reference trims around numeric text (Unicode White_Space): JavaScript's
// trim() minus U+FEFF, which is not white space for the reference, plus U+0085, which is.
const EDGE_SPACE = /^(?:[^\S\uFEFF]|\u0085)+|(?:[^\S\uFEFF]|\u0085)+$/g;

/** Trims white space around numeric text as the reference does (U+FEFF is kept). */
function trimNumeric(text: string): string {
  return text.replace(EDGE_SPACE, "");
}

/** Drops a fraction made only of zeros (`"3.0"`, `"3."` become `"3"`), as the reference does. */
function stripZeroFraction(text: string): string {
  const dot = text.indexOf(".");
  return dot >= 0 && ZERO_FRACTION.test(text.slice(dot + 1)) ? text.slice(0, dot) : text;
}

/** True when `value` is within the bounds (what {@link checkBounds} accepts). */
export function withinBounds(value: number, { gt, ge, le }: NumberBounds): boolean {
  return (
    (gt === undefined || value > gt) &&
    (ge === undefined || value >= ge) &&
    (le === undefined || value <= le)
  );
}

/**
 * Checks a number against bounds in the reference's order (`le`, then `ge`, then `gt`), so a
 * NaN under both bounds fails the upper one, as the reference reports it.
 */
export function checkBounds(value: number, bounds: NumberBounds): RuleResult<number> {
  if (bounds.le !== undefined && !(value <= bounds.le)) {
    return reject("less_than_equal", `Input should be less than or equal to ${bounds.le}`);
  }
  if (bounds.ge !== undefined && !(value >= bounds.ge)) {
    return reject("greater_than_equal", `Input should be greater than or equal to ${bounds.ge}`);
  }
  if (bounds.gt !== undefined && !(value > bounds.gt)) {
    return reject("greater_than", `Input should be greater than ${bounds.gt}`);
  }
  return accept(value);
}

/** The wire form of a number type with bounds: `{ type, minimum, exclusiveMinimum, maximum }`. */
export function wireBounds(type: string, bounds: NumberBounds): WireSchema {
  const wire: Record<string, unknown> = { type };
  if (bounds.ge !== undefined) wire.minimum = bounds.ge;
  if (bounds.gt !== undefined) wire.exclusiveMinimum = bounds.gt;
  if (bounds.le !== undefined) wire.maximum = bounds.le;
  return wire;
}

/**
 * The verdict on integer text past the double range (`Number` gave an infinity). The reference
 * holds such an integer exactly: a bound it breaks is reported as the reference reports it;
 * otherwise the reference accepts it and this implementation, which cannot hold it in a
 * number, rejects it (`int_parsing_size`) rather than store an infinity.
 */
function tooLargeForNumber(value: number, bounds: NumberBounds): RuleResult<number> {
  const bounded = checkBounds(value, bounds);
  if (!bounded.ok) return bounded;
  return reject(
    "int_parsing_size",
    "Unable to parse input string as an integer, exceeded maximum size (integers up to about 1.8e308 fit a JavaScript number)",
  );
}

/**
 * Parses an integer by the reference's lax rules: integers, floats without a fraction,
 * booleans, and integer text (trimmed; a `.0` fraction allowed). Then checks the bounds.
 * Integer text too large for a JavaScript number (about 1.8e308) is `int_parsing_size`,
 * unless it breaks a bound.
 */
export function parseLaxInt(input: unknown, bounds: NumberBounds = {}): RuleResult<number> {
  let value: number;
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return reject("finite_number", "Input should be a finite number");
    if (!Number.isInteger(input)) {
      return reject(
        "int_from_float",
        "Input should be a valid integer, got a number with a fractional part",
      );
    }
    value = input;
  } else if (typeof input === "boolean") {
    value = input ? 1 : 0;
  } else if (typeof input === "string") {
    const text = stripZeroFraction(trimNumeric(input));
    if (!INT_TEXT.test(text)) {
      return reject(
        "int_parsing",
        "Input should be a valid integer, unable to parse string as an integer",
      );
    }
    value = Number(text.replaceAll("_", ""));
    if (!Number.isFinite(value)) return tooLargeForNumber(value, bounds);
  } else {
    return reject("int_type", "Input should be a valid integer");
  }
  return checkBounds(value === 0 ? 0 : value, bounds);
}

/**
 * Parses a float by the reference's lax rules: numbers, booleans and numeric text
 * (trimmed; Rust's float grammar). Then checks the bounds.
 */
export function parseLaxFloat(input: unknown, bounds: NumberBounds = {}): RuleResult<number> {
  let value: number;
  if (typeof input === "number") {
    value = input;
  } else if (typeof input === "boolean") {
    value = input ? 1 : 0;
  } else if (typeof input === "string") {
    const trimmed = trimNumeric(input);
    if (!FLOAT_TEXT.test(trimmed)) {
      return reject(
        "float_parsing",
        "Input should be a valid number, unable to parse string as a number",
      );
    }
    const text = trimmed.replaceAll("_", "");
    const lower = text.toLowerCase().replace(/^[+-]/, "");
    const negative = text.startsWith("-");
    value =
      lower === "nan"
        ? Number.NaN
        : lower.startsWith("inf")
          ? negative
            ? -Infinity
            : Infinity
          : Number(text);
  } else {
    return reject("float_type", "Input should be a valid number");
  }
  return checkBounds(value, bounds);
}

/** Integer field with bounds: lax model layer; wire form `{ type: "integer", minimum, ... }`. */
export function laxIntField(bounds: NumberBounds = {}): FieldSchema<number> {
  return field(
    "lax_int",
    "integer",
    wireBounds("integer", bounds),
    (input) => parseLaxInt(input, bounds),
    // A number is accepted when it is a finite integer within the bounds (-0 checks as 0).
    (input) =>
      typeof input === "number"
        ? Number.isInteger(input) && withinBounds(input, bounds)
        : parseLaxInt(input, bounds).ok,
  );
}

/** Float field with bounds: lax model layer; wire form `{ type: "number", minimum, ... }`. */
export function laxFloatField(bounds: NumberBounds = {}): FieldSchema<number> {
  return field(
    "lax_float",
    "number",
    wireBounds("number", bounds),
    (input) => parseLaxFloat(input, bounds),
    (input) =>
      typeof input === "number" ? withinBounds(input, bounds) : parseLaxFloat(input, bounds).ok,
  );
}
