/**
 * Canonical JSON text, as written for generated files (schemas, golden outputs): object keys
 * sorted by code point (the order of Python's `json.dumps(sort_keys=True)`), 2-space indent,
 * one trailing newline. The same value always gives the same bytes.
 *
 * Values are read as `JSON.stringify` reads them (`toJSON` is called; `undefined`, functions
 * and symbols are dropped from objects and become `null` in arrays; non-finite numbers become
 * `null`), but key order is written explicitly, so integer-like keys (`"10"`, `"9"`) keep the
 * sorted order instead of the engine's numeric-first property order.
 */

import { compareCodePoints } from "@spec-kitty/events-core";

const INDENT = "  ";

function jsonValue(key: string, value: unknown): unknown {
  if (value !== null && typeof value === "object" && "toJSON" in value) {
    const toJSON = (value as { toJSON: unknown }).toJSON;
    if (typeof toJSON === "function") return toJSON.call(value, key);
  }
  if (typeof value === "bigint") {
    throw new TypeError(`Cannot write a bigint as JSON (at key ${JSON.stringify(key)})`);
  }
  return value;
}

function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

function write(value: unknown, indent: string, seen: Set<object>): string | undefined {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      return Number.isFinite(value) ? JSON.stringify(value) : "null";
    case "object":
      break;
    default:
      return undefined;
  }
  const container = value as object;
  if (seen.has(container)) throw new TypeError("Cannot write a circular structure as JSON");
  seen.add(container);
  const inner = indent + INDENT;
  let text: string;
  if (Array.isArray(container)) {
    const items = container.map((item, index) => {
      const element = jsonValue(String(index), item);
      return `${inner}${isSkipped(element) ? "null" : write(element, inner, seen)}`;
    });
    text = items.length === 0 ? "[]" : `[\n${items.join(",\n")}\n${indent}]`;
  } else {
    const record = container as Record<string, unknown>;
    const members: string[] = [];
    for (const key of Object.keys(record).sort(compareCodePoints)) {
      const member = jsonValue(key, record[key]);
      if (isSkipped(member)) continue;
      members.push(`${inner}${JSON.stringify(key)}: ${write(member, inner, seen)}`);
    }
    text = members.length === 0 ? "{}" : `{\n${members.join(",\n")}\n${indent}}`;
  }
  seen.delete(container);
  return text;
}

/**
 * The canonical JSON text of a value: keys sorted by code point, 2-space indent, one
 * trailing newline. Throws a `TypeError` for a circular structure, a bigint, or a value
 * that has no JSON form (`undefined`, a function, a symbol).
 */
export function canonicalJson(value: unknown): string {
  const root = jsonValue("", value);
  const text = isSkipped(root) ? undefined : write(root, "", new Set());
  if (text === undefined) throw new TypeError(`Cannot write ${typeof value} as JSON`);
  return `${text}\n`;
}
