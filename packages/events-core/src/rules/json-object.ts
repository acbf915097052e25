import { type FieldSchema, field } from "./field.js";
import { accept, type RuleResult, reject } from "./violation.js";

/** A JSON object value: an immutable record of JSON values. */
export type JsonObject = { readonly [key: string]: unknown };

/**
 * Deep copy of a JSON-like value, frozen. Keys such as `__proto__` are copied as own data
 * properties, never as prototypes.
 */
export function freezeJsonCopy<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return Object.freeze(value.map(freezeJsonCopy)) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = freezeJsonCopy((value as Record<string, unknown>)[key]);
    if (key === "__proto__") {
      Object.defineProperty(out, key, {
        value: item,
        enumerable: true,
        writable: false,
        configurable: false,
      });
    } else out[key] = item;
  }
  return Object.freeze(out) as T;
}

/** True for a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parses any JSON object (the envelope's `payload`); other values are `dict_type` violations. */
export function parseJsonObject(input: unknown): RuleResult<JsonObject> {
  if (!isJsonObject(input)) return reject("dict_type", "Input should be a valid dictionary");
  return accept(freezeJsonCopy(input));
}

/** Object-typed field holding any JSON object; wire form `{ type: "object", additionalProperties: true }`. */
export function jsonObjectField(): FieldSchema<JsonObject> {
  return field(
    "json_object",
    "object",
    { additionalProperties: true, type: "object" },
    parseJsonObject,
  );
}
