import { refuse } from "./frozen.js";

/**
 * An immutable string-keyed map whose JSON form is an object with the keys in insertion order:
 * the form of the reference's dicts keyed by ids (`wp_states`). A plain JavaScript object puts
 * integer-like keys (`"2"`, `"10"`) first, so a reducer output that holds such a dict as an
 * object would serialise in the wrong order; this map does not.
 */

/**
 * The JSON view of a map: a frozen null-prototype object with the map's entries, whose own
 * keys are listed in the map's order (a proxy that only answers the key listing). Any key is
 * data here, `__proto__` included.
 */
function insertionOrderedObject(map: ReadonlyMap<string, unknown>): object {
  const target: Record<string, unknown> = Object.create(null);
  const keys: string[] = [];
  for (const [key, value] of map) {
    Object.defineProperty(target, key, { value, enumerable: true });
    keys.push(key);
  }
  Object.freeze(target);
  return new Proxy(target, { ownKeys: () => [...keys] });
}

/**
 * An immutable `Map` of string keys (`set`, `delete` and `clear` throw a `TypeError`) whose
 * `JSON.stringify` form is an object with the keys in insertion order, integer-like keys
 * included: `{"WP02": ..., "2": ..., "WP01": ...}`. `structuredClone` gives a plain `Map` with
 * the same entries.
 */
export function insertionOrderedMap<V>(
  entries: Iterable<readonly [string, V]>,
): ReadonlyMap<string, V> {
  const map = new Map<string, V>(entries);
  Object.defineProperties(map, {
    set: { value: refuse },
    delete: { value: refuse },
    clear: { value: refuse },
    toJSON: { value: () => insertionOrderedObject(map) },
  });
  return Object.freeze(map);
}
