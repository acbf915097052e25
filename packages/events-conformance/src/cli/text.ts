/** Small text helpers for messages: safe one-line display of untrusted values. */

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

/**
 * Makes untrusted text safe for one line of terminal output: control characters become
 * `\uXXXX` escapes and long text is cut to `max` characters (with `...`).
 */
export function oneLine(text: string, max = 300): string {
  const cut = text.length > max ? `${text.slice(0, max)}...` : text;
  let out = "";
  let from = 0;
  for (let i = 0; i < cut.length; i++) {
    const code = cut.charCodeAt(i);
    if (!isControl(code)) continue;
    out += `${cut.slice(from, i)}\\u${code.toString(16).padStart(4, "0")}`;
    from = i + 1;
  }
  return from === 0 ? cut : out + cut.slice(from);
}

/** Quotes a name in messages as the reference does: `'name'` (made safe with {@link oneLine}). */
export function quoted(text: string, max = 120): string {
  return `'${oneLine(text, max)}'`;
}

/** Formats a whole number with thousands separators (`1,234,567`), without loading locale data. */
export function count(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  let out = "";
  for (let end = digits.length; end > 0; end -= 3) {
    const group = digits.slice(Math.max(0, end - 3), end);
    out = out === "" ? group : `${group},${out}`;
  }
  return n < 0 ? `-${out}` : out;
}

/** Where a record starts: `line 3`, or `line 3 (item 2)` in a JSON array input. */
export function recordLocation(line: number, item: number | undefined): string {
  return item === undefined ? `line ${line}` : `line ${line} (item ${item})`;
}

/** Names the JSON type of a parsed value, for "not an object" messages. */
export function jsonTypeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return "a string";
  if (typeof value === "number") return "a number";
  if (typeof value === "boolean") return "a boolean";
  return typeof value;
}
