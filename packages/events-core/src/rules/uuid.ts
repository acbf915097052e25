import { type FieldSchema, field } from "../model/field.js";
import { accept, type RuleResult, reject } from "../model/violation.js";

const HYPHENATED = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const SIMPLE = /^[0-9a-fA-F]{32}$/;

/** Formats 32 hex digits as a lower-case hyphenated UUID. */
export function hyphenateHex(hex: string): string {
  const h = hex.toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** UUID text without its `{...}` braces or `urn:uuid:` prefix. */
function unwrapUuid(text: string): string {
  if (text.length === 38 && text.startsWith("{") && text.endsWith("}")) return text.slice(1, -1);
  if (text.length === 45 && text.startsWith("urn:uuid:")) return text.slice(9);
  return text;
}

/** True when {@link parseUuid} accepts `input`. */
function isUuid(input: unknown): boolean {
  if (typeof input !== "string") return false;
  const text = unwrapUuid(input);
  return HYPHENATED.test(text) || SIMPLE.test(text);
}

/**
 * Parses a UUID by the reference's rules: hyphenated, 32 hex digits, braced `{...}` or
 * `urn:uuid:...`, hex case-insensitive, version and variant bits not checked.
 * Returns the lower-case hyphenated form.
 */
export function parseUuid(input: unknown): RuleResult<string> {
  if (typeof input !== "string") return reject("uuid_type", "UUID input should be a string");
  const text = unwrapUuid(input);
  if (HYPHENATED.test(text)) return accept(text.toLowerCase());
  if (SIMPLE.test(text)) return accept(hyphenateHex(text));
  return reject("uuid_parsing", `Input should be a valid UUID, got ${text.length} characters`);
}

/** UUID field: lax model layer per `input-coercion.md`; wire form `{ type: "string", format: "uuid" }`. */
export function uuidField(): FieldSchema<string> {
  return field("uuid", "UUID", { type: "string", format: "uuid" }, parseUuid, isUuid);
}
