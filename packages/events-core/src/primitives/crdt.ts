/** Grow-only set and counter merges (the reference's `crdt.py`). */
import type { Event } from "../envelope/event.js";
import { pythonTypeName } from "../rules/event-id.js";
import { ownValue } from "../rules/json-object.js";
import { frozenSet } from "../support/frozen.js";

/** An element of a merged grow-only set: a hashable JSON value. */
export type GsetElement = string | number | boolean | null;

/**
 * The key of an element under Python equality and hashing: `1`, `1.0` and `true` are one
 * element, `0`, `-0` and `false` another; strings never equal numbers.
 */
function equalityKey(element: GsetElement): string {
  if (typeof element === "string") return `s${element}`;
  if (element === null) return "None";
  if (typeof element === "boolean") return element ? "n1" : "n0";
  return `n${element === 0 ? 0 : element}`;
}

/** The items Python's `set(tags)` iterates, or the `TypeError` it raises. */
function tagItems(tags: unknown): readonly unknown[] {
  if (typeof tags === "string") return Array.from(tags); // split into code points
  if (Array.isArray(tags)) return tags;
  if (tags !== null && typeof tags === "object") return Object.keys(tags);
  throw new TypeError(`'${pythonTypeName(tags)}' object is not iterable`);
}

/**
 * Merges the grow-only sets carried by events (the reference's `merge_gset`): the union of
 * each event's `payload.tags` (a missing key counts as empty). The reference converts
 * `tags` with Python's `set(...)`, so a list is taken item by item, a **string is split into
 * characters** (`"bug"` gives `b`, `u`, `g`) and an object gives its **keys**. Elements are
 * merged by Python equality: `1`, `1.0` and `true` are one element, and the first one met
 * (events in input order, items in order) is kept (`[true, 1]` gives `true`). No dedup by
 * `event_id` (a union is idempotent anyway).
 *
 * The result is an immutable set. The reference's set has no defined order: compare it as
 * a set, never as a list.
 *
 * @throws TypeError `'NoneType' object is not iterable` (`'int'`, `'float'`, `'bool'`) when
 *   `tags` is `null`, a number or a boolean, and `unhashable type: 'list'` (`'dict'`) for a
 *   list or object inside the list, as the reference raises.
 */
export function mergeGset(events: readonly Pick<Event, "payload">[]): ReadonlySet<GsetElement> {
  const merged = new Map<string, GsetElement>();
  for (const event of events) {
    const tags = ownValue(event.payload, "tags");
    if (tags === undefined) continue;
    for (const item of tagItems(tags)) {
      if (item !== null && typeof item === "object") {
        throw new TypeError(`unhashable type: '${pythonTypeName(item)}'`);
      }
      const element = item as GsetElement;
      const key = equalityKey(element);
      if (!merged.has(key)) merged.set(key, element);
    }
  }
  return frozenSet(merged.values());
}

/**
 * Merges the grow-only counter carried by events (the reference's `merge_counter`): the sum
 * of each event's `payload.delta` (a missing key counts as 0), counting each `event_id` once
 * (its first occurrence in input order; no sorting). The sum starts at 0 and adds left to
 * right, as Python does: `true` counts 1 and `false` 0 (`[true, true]` gives 2), and
 * fractions add as floats (`[0.1, 0.2]` gives `0.30000000000000004`). Empty input gives 0.
 *
 * JavaScript numbers lose integer exactness beyond 2^53, where Python's ints do not; a JSON
 * `2.0` has become the number 2, so it counts as an int here where the reference has a float.
 *
 * @throws TypeError `unsupported operand type(s) for +=: 'int' and 'str'` for a `null`,
 *   string, list or object delta (`'NoneType'`, `'str'`, `'list'`, `'dict'`); the left type is
 *   `'float'` once a fractional delta was added.
 */
export function mergeCounter(events: readonly Pick<Event, "event_id" | "payload">[]): number {
  const seen = new Set<string>();
  let total = 0;
  let isFloat = false;
  for (const event of events) {
    if (seen.has(event.event_id)) continue;
    seen.add(event.event_id);
    const delta = ownValue(event.payload, "delta");
    if (delta === undefined) continue;
    if (typeof delta === "boolean") total += delta ? 1 : 0;
    else if (typeof delta === "number") {
      total += delta;
      if (!Number.isInteger(delta)) isFloat = true;
    } else {
      throw new TypeError(
        `unsupported operand type(s) for +=: '${isFloat ? "float" : "int"}' and '${pythonTypeName(delta)}'`,
      );
    }
  }
  return total;
}
