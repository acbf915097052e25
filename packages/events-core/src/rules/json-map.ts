/**
 * An immutable string-keyed map whose JSON form is an object with the keys in insertion
 * order: the reducer-output form of a Python `dict` keyed by free text (paths, ids). A plain
 * JavaScript object cannot hold that order (integer-like keys such as `"7"` come first) and
 * turns a `"__proto__"` key into its prototype; this map keeps both as ordinary keys.
 */

function refuse(): never {
  throw new TypeError("This collection is immutable");
}

/**
 * The JSON view of `entries`: a frozen null-prototype object holding each key as an own
 * property (`__proto__` included), behind a proxy that lists the keys in insertion order.
 * `JSON.stringify` and `Object.keys` read that order.
 */
function orderedJsonObject<V>(entries: ReadonlyMap<string, V>): object {
  const target: Record<string, V> = Object.create(null);
  for (const [key, value] of entries) {
    Object.defineProperty(target, key, { value, enumerable: true });
  }
  Object.freeze(target);
  const keys = [...entries.keys()];
  return new Proxy(target, { ownKeys: () => [...keys] });
}

/**
 * An immutable map (`set`, `delete` and `clear` throw a `TypeError`) whose `JSON.stringify`
 * form is an object with the keys in insertion order (`{"__proto__":…,"7":…,"b":…}`).
 * Later entries with an existing key replace its value and keep its position, as in a
 * `Map` (and a Python `dict`).
 */
export function frozenJsonMap<V>(entries: Iterable<readonly [string, V]>): ReadonlyMap<string, V> {
  const map = new Map<string, V>(entries);
  Object.defineProperties(map, {
    set: { value: refuse },
    delete: { value: refuse },
    clear: { value: refuse },
    toJSON: { value: () => orderedJsonObject(map) },
  });
  return Object.freeze(map);
}
