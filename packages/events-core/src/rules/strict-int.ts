import { type FieldSchema, field } from "../model/field.js";
import { type RuleResult, reject } from "../model/violation.js";
import { checkBounds, type NumberBounds, wireBounds, withinBounds } from "./number.js";

/**
 * Parses a strict integer (the reference's `Field(strict=True)` ints): only a number that is
 * an integer; text, booleans, `null`, numbers with a fraction and non-finite numbers are
 * `int_type`. Then checks the bounds.
 *
 * A JSON `5.0` is a float for the reference (rejected) but the integer 5 once `JSON.parse`
 * has read it (accepted here): telling them apart needs the number's source text.
 */
export function parseStrictInt(input: unknown, bounds: NumberBounds = {}): RuleResult<number> {
  if (typeof input !== "number" || !Number.isInteger(input)) {
    return reject("int_type", "Input should be a valid integer");
  }
  return checkBounds(input === 0 ? 0 : input, bounds);
}

/**
 * Strict integer field with bounds (see {@link parseStrictInt}); wire form
 * `{ type: "integer", exclusiveMinimum, ... }`, e.g. `strictIntField({ gt: 0 })` for
 * `check_run_id`.
 */
export function strictIntField(bounds: NumberBounds = {}): FieldSchema<number> {
  return field(
    "strict_int",
    "integer",
    wireBounds("integer", bounds),
    (input) => parseStrictInt(input, bounds),
    (input) => typeof input === "number" && Number.isInteger(input) && withinBounds(input, bounds),
  );
}
