import { type FieldSchema, field } from "../model/field.js";
import { accept, type RuleResult, reject } from "../model/violation.js";

// The strings the reference reads as a boolean, lower-cased (matched case-insensitively,
// never trimmed).
const BOOL_TEXT: ReadonlyMap<string, boolean> = new Map([
  ["0", false],
  ["off", false],
  ["f", false],
  ["false", false],
  ["n", false],
  ["no", false],
  ["1", true],
  ["on", true],
  ["t", true],
  ["true", true],
  ["y", true],
  ["yes", true],
]);

// The longest boolean text ("false"): longer strings are refused without lower-casing them.
const LONGEST_BOOL_TEXT = 5;

const BOOL_TYPE = "Input should be a valid boolean";
const BOOL_PARSING = "Input should be a valid boolean, unable to interpret input";

function boolText(input: string): boolean | undefined {
  return input.length <= LONGEST_BOOL_TEXT ? BOOL_TEXT.get(input.toLowerCase()) : undefined;
}

/**
 * Parses a boolean by the reference's lax rules: `true`/`false`; the numbers 0 and 1
 * (`0.0`, `1.0` and `-0.0` too); the strings `0 1 off on f t false true n y no yes` in any
 * case and without padding. Another integral number or string is `bool_parsing`; a number
 * with a fraction, a non-finite number, `null`, an array or an object is `bool_type`.
 */
export function parseLaxBool(input: unknown): RuleResult<boolean> {
  if (typeof input === "boolean") return accept(input);
  if (typeof input === "number") {
    if (input === 0 || input === 1) return accept(input === 1);
    return Number.isInteger(input)
      ? reject("bool_parsing", BOOL_PARSING)
      : reject("bool_type", BOOL_TYPE);
  }
  if (typeof input === "string") {
    const value = boolText(input);
    return value === undefined ? reject("bool_parsing", BOOL_PARSING) : accept(value);
  }
  return reject("bool_type", BOOL_TYPE);
}

/** Lax boolean field (see {@link parseLaxBool}); wire form `{ type: "boolean" }`. */
export function laxBoolField(): FieldSchema<boolean> {
  return field(
    "lax_bool",
    "boolean",
    { type: "boolean" },
    parseLaxBool,
    (input) =>
      typeof input === "boolean" ||
      input === 0 ||
      input === 1 ||
      (typeof input === "string" && boolText(input) !== undefined),
  );
}
