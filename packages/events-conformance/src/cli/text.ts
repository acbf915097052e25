/** Small text helpers for messages: safe one-line display of untrusted values. */
import { summaryCount, summaryText } from "@spec-kitty/events-core";

/**
 * Makes untrusted text safe for one line of terminal output: control characters become
 * `\uXXXX` escapes and long text is cut to `max` characters (with `...`).
 */
export const oneLine: (text: string, max?: number) => string = summaryText;

/** Quotes a name in messages as the reference does: `'name'` (made safe with {@link oneLine}). */
export function quoted(text: string, max = 120): string {
  return `'${oneLine(text, max)}'`;
}

/** Formats a whole number with thousands separators (`1,234,567`), without loading locale data. */
export const count: (n: number) => string = summaryCount;

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
