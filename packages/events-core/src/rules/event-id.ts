import { type FieldSchema, field } from "../model/field.js";
import { accept, type RuleResult, reject } from "../model/violation.js";
import { codePointLength } from "./string.js";
import { hyphenateHex } from "./uuid.js";

const CROCKFORD = /^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$/;
const HYPHENATED_HEX =
  /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const SIMPLE_HEX = /^[0-9a-fA-F]{32}$/;

/** The JSON Schema pattern of an event id (ULID, 32-hex or hyphenated UUID). */
export const EVENT_ID_PATTERN =
  "^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

/** Python's type name of a JSON-like value, as the reference's messages print it. */
export function pythonTypeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (typeof value === "string") return "str";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "dict";
  return typeof value;
}

/** Shape of an accepted event id (every accepted id is ASCII, so UTF-16 length = code points). */
function eventIdShape(input: string): "ulid" | "uuid" | "hex" | undefined {
  if (input.length === 26 && CROCKFORD.test(input)) return "ulid";
  if (input.length === 36 && HYPHENATED_HEX.test(input)) return "uuid";
  if (input.length === 32 && SIMPLE_HEX.test(input)) return "hex";
  return undefined;
}

/** True when {@link normalizeEventId} accepts `input`. */
function isEventId(input: unknown): boolean {
  return typeof input === "string" && eventIdShape(input) !== undefined;
}

/**
 * Normalises an event id by the reference's rules: a 26-char Crockford base32 ULID (upper
 * case), a 36-char hyphenated UUID (lower case), or 32 hex digits (lower case, hyphenated).
 * Lengths are counted in code points, as the reference counts them. Failures are
 * `value_error`s with the reference's texts.
 */
export function normalizeEventId(input: unknown): RuleResult<string> {
  if (typeof input !== "string") {
    return reject("value_error", `event_id must be a string; got ${pythonTypeName(input)}`);
  }
  const shape = eventIdShape(input);
  if (shape === "ulid") return accept(input.toUpperCase());
  if (shape === "uuid") return accept(input.toLowerCase());
  if (shape === "hex") return accept(hyphenateHex(input));
  const length = codePointLength(input);
  if (length === 26) {
    return reject(
      "value_error",
      `26-char event_id must be valid Crockford base32 (chars I, L, O, U are not allowed); got '${input}'`,
    );
  }
  return reject(
    "value_error",
    `event_id must be 26-char ULID (Crockford base32), 36-char UUID, or 32-char hex UUID; got ${length} chars`,
  );
}

/**
 * Event id field (`event_id`, `correlation_id`, `causation_id`): normalised by
 * {@link normalizeEventId}; wire form: string of 26 to 36 chars matching {@link EVENT_ID_PATTERN}.
 */
export function eventIdField(): FieldSchema<string> {
  return field(
    "event_id",
    "event id",
    { type: "string", minLength: 26, maxLength: 36, pattern: EVENT_ID_PATTERN },
    normalizeEventId,
    isEventId,
  );
}
