import { type FieldSchema, field } from "../model/field.js";
import { accept, type RuleResult, reject } from "../model/violation.js";

/** Number of Unicode code points of a string (the reference counts lengths this way). */
export function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/** Length bounds of a string field, in code points. */
export interface StringBounds {
  readonly minLength?: number;
  readonly maxLength?: number;
}

// A string of n UTF-16 units holds between n/2 and n code points: count only when needed.

/** True when `text` has fewer than `minLength` code points. */
function tooShort(text: string, minLength: number | undefined): boolean {
  return (
    minLength !== undefined && text.length < minLength * 2 && codePointLength(text) < minLength
  );
}

/** True when `text` has more than `maxLength` code points. */
function tooLong(text: string, maxLength: number | undefined): boolean {
  return maxLength !== undefined && text.length > maxLength && codePointLength(text) > maxLength;
}

/** Checks a string input against length bounds counted in code points. */
export function parseString(input: unknown, bounds: StringBounds = {}): RuleResult<string> {
  if (typeof input !== "string") return reject("string_type", "Input should be a valid string");
  const { minLength, maxLength } = bounds;
  if (tooShort(input, minLength)) {
    return reject(
      "string_too_short",
      `String should have at least ${minLength} character${minLength === 1 ? "" : "s"}`,
    );
  }
  if (tooLong(input, maxLength)) {
    return reject(
      "string_too_long",
      `String should have at most ${maxLength} character${maxLength === 1 ? "" : "s"}`,
    );
  }
  return accept(input);
}

/**
 * String field; with `minLength`/`maxLength` counted in code points. Wire form
 * `{ type: "string", minLength, maxLength }`. With `share`, the parsed value is `share` of the
 * input (an equal string).
 */
export function stringField(
  bounds: StringBounds = {},
  share?: (text: string) => string,
): FieldSchema<string> {
  const wire: Record<string, unknown> = { type: "string" };
  if (bounds.minLength !== undefined) wire.minLength = bounds.minLength;
  if (bounds.maxLength !== undefined) wire.maxLength = bounds.maxLength;
  const { minLength, maxLength } = bounds;
  return field(
    "string",
    "string",
    wire,
    share === undefined
      ? (input) => parseString(input, bounds)
      : (input) => {
          const result = parseString(input, bounds);
          return result.ok ? accept(share(result.value)) : result;
        },
    (input) =>
      typeof input === "string" && !tooShort(input, minLength) && !tooLong(input, maxLength),
  );
}

/** Non-empty string field (`min_length=1`). */
export function nonEmptyStringField(): FieldSchema<string> {
  return stringField({ minLength: 1 });
}

/**
 * String field that must match a pattern. `modelPattern` is the model layer's regular
 * expression (the reference's Rust regex semantics: `$` is the true end, `\d` any Unicode
 * digit); `wirePattern` is the pattern text written into the JSON Schema.
 */
export function patternStringField(wirePattern: string, modelPattern: RegExp): FieldSchema<string> {
  const matches = (text: string): boolean => {
    modelPattern.lastIndex = 0;
    return modelPattern.test(text);
  };
  return field(
    "pattern_string",
    `string matching ${wirePattern}`,
    { type: "string", pattern: wirePattern },
    (input) => {
      if (typeof input !== "string") return reject("string_type", "Input should be a valid string");
      if (!matches(input)) {
        return reject("string_pattern_mismatch", `String should match pattern '${wirePattern}'`);
      }
      return accept(input);
    },
    (input) => typeof input === "string" && matches(input),
  );
}
