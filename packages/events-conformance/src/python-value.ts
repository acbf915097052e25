import { pythonRepr } from "@spec-kitty/events-core";

/**
 * Python's `repr()` of a finite float: the shortest round-trip digits, in scientific notation
 * (`1e-05`, `1.5e+16`, exponent of at least two digits) when the exponent is below -4 or at
 * least 16, otherwise positional with at least one decimal (`0.0001`, `1e15` as
 * `1000000000000000.0`).
 */
export function pythonFloatRepr(value: number): string {
  const [mantissa = "", exponentText = "0"] = value.toExponential().split("e");
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    return `${mantissa}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  const text = String(value);
  return text.includes(".") ? text : `${text}.0`;
}

/**
 * Python's `repr()` of a JSON value, as the reference's schema-layer messages quote
 * instances: strings via {@link pythonRepr}, `True`/`False`/`None`, lists `[a, b]`, objects
 * `{'key': value}`. An integral number below 1e21 is written as an integer, as JSON writes it
 * and as Python reads such JSON text (a JSON `3200.0` has become the number 3200, so it is
 * quoted as `3200` where the reference writes `3200.0`); other numbers as Python writes a
 * float.
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
    return Number.isInteger(value) && Math.abs(value) < 1e21
      ? String(value)
      : pythonFloatRepr(value);
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
