/** Throws the `TypeError` of a write to an immutable collection. */
export function refuse(): never {
  throw new TypeError("This collection is immutable");
}

/**
 * An immutable set: `add`, `delete` and `clear` throw a `TypeError`, and the TypeScript type
 * is `ReadonlySet`.
 */
export function frozenSet<T>(values: Iterable<T>): ReadonlySet<T> {
  const set = new Set(values);
  Object.defineProperties(set, {
    add: { value: refuse },
    delete: { value: refuse },
    clear: { value: refuse },
  });
  return Object.freeze(set);
}

/**
 * An immutable map: `set`, `delete` and `clear` throw a `TypeError`, and the TypeScript type
 * is `ReadonlyMap`.
 */
export function frozenMap<K, V>(entries: Iterable<readonly [K, V]>): ReadonlyMap<K, V> {
  const map = new Map(entries);
  Object.defineProperties(map, {
    set: { value: refuse },
    delete: { value: refuse },
    clear: { value: refuse },
  });
  return Object.freeze(map);
}

/** Freezes an object or array and everything it holds (for reducer outputs). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
