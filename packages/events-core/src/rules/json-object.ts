import { type FieldSchema, field } from "../model/field.js";
import { accept, type RuleResult, reject } from "../model/violation.js";

/** A JSON object value: an immutable record of JSON values. */
export type JsonObject = { readonly [key: string]: unknown };

type Container = Record<string, unknown> | unknown[];

function emptyCopy(value: object): Container {
  return Array.isArray(value) ? [] : {};
}

function setCopied(target: Container, key: string, item: unknown): void {
  if (Array.isArray(target)) target.push(item);
  else if (key === "__proto__") {
    Object.defineProperty(target, key, {
      value: item,
      enumerable: true,
      writable: false,
      configurable: false,
    });
  } else target[key] = item;
}

// Nesting depth copied by plain recursion; deeper values go to the explicit-stack walker.
const RECURSION_DEPTH = 200;

/** The copy of each object met so far, by source object (a shared object is copied once). */
type Copies = Map<object, Container>;

/**
 * Copies a value by recursion while shallow, the fast path for real payloads. Each object is
 * registered in `copies` before its items are copied, so an object met again (shared, or a
 * cycle back to an ancestor) gets its one copy: the work is linear in the distinct objects.
 */
function copyRecursive(value: unknown, copies: Copies, depth: number): unknown {
  if (value === null || typeof value !== "object") return value;
  const known = copies.get(value);
  if (known !== undefined) return known;
  if (depth >= RECURSION_DEPTH) return copyByWalk(value, copies);
  const target = emptyCopy(value);
  copies.set(value, target);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      setCopied(target, "", copyRecursive(value[i], copies, depth + 1));
    }
  } else {
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      setCopied(target, key, copyRecursive(item, copies, depth + 1));
    }
  }
  return Object.freeze(target);
}

/**
 * Copies a value with an explicit stack, so any nesting depth is copied without exhausting
 * the call stack; an object met twice (shared or cyclic) is copied once and shared alike.
 */
function copyByWalk(value: object, copies: Copies): Container {
  const root = emptyCopy(value);
  copies.set(value, root);
  const pending: [source: object, target: Container][] = [[value, root]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [source, target] = next;
    const record = source as Record<string, unknown>;
    const keys = Array.isArray(source)
      ? Array.from(source, (_, i) => String(i))
      : Object.keys(source);
    for (const key of keys) {
      const item = record[key];
      if (item === null || typeof item !== "object") {
        setCopied(target, key, item);
        continue;
      }
      let copy = copies.get(item);
      if (copy === undefined) {
        copy = emptyCopy(item);
        copies.set(item, copy);
        pending.push([item, copy]);
      }
      setCopied(target, key, copy);
    }
    Object.freeze(target);
  }
  return root;
}

/**
 * Deep copy of a JSON-like value, frozen. Keys such as `__proto__` are copied as own data
 * properties, never as prototypes. Any nesting depth is copied (no call-stack overflow); an
 * object met more than once (shared by several keys, or a cycle) is copied once and its copy
 * shared the same way, so the time is linear in the number of distinct objects and a cyclic
 * input is copied as a cyclic frozen value instead of looping.
 */
export function freezeJsonCopy<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  const root = value as object;
  const target = emptyCopy(root);
  // The table of copies is made only when the value holds an object (most payloads are flat).
  let copies: Copies | undefined;
  const copyItem = (item: unknown): unknown => {
    if (item === null || typeof item !== "object") return item;
    copies ??= new Map([[root, target]]);
    return copyRecursive(item, copies, 1);
  };
  if (Array.isArray(root)) {
    for (let i = 0; i < root.length; i++) setCopied(target, "", copyItem(root[i]));
  } else {
    for (const key of Object.keys(root)) {
      setCopied(target, key, copyItem((root as Record<string, unknown>)[key]));
    }
  }
  return Object.freeze(target) as T;
}

/**
 * A record's own value for `key`, as Python's `dict.get` reads it: an inherited property (or
 * `__proto__`'s prototype) is not a value; `fallback` when the key is not there.
 */
export function ownValue(
  record: Readonly<Record<string, unknown>>,
  key: string,
  fallback: unknown = undefined,
): unknown {
  return Object.hasOwn(record, key) ? record[key] : fallback;
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
    isJsonObject,
  );
}
