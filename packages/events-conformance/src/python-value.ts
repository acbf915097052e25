import { pythonRepr } from "@spec-kitty/events-core";

/**
 * Python's `repr()` of a JSON value, as the reference's schema-layer messages quote
 * instances: strings via {@link pythonRepr}, `True`/`False`/`None`, lists `[a, b]`, objects
 * `{'key': value}`. Numbers use the JavaScript form (a JSON `3200.0` has become `3200`).
 */
export function pythonValueRepr(value: unknown): string {
  if (typeof value === "string") return pythonRepr(value);
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "nan";
    if (value === Number.POSITIVE_INFINITY) return "inf";
    if (value === Number.NEGATIVE_INFINITY) return "-inf";
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(pythonValueRepr).join(", ")}]`;
  if (typeof value === "object") {
    const items = Object.keys(value).map(
      (key) => `${pythonRepr(key)}: ${pythonValueRepr((value as Record<string, unknown>)[key])}`,
    );
    return `{${items.join(", ")}}`;
  }
  return String(value);
}
