/**
 * Records whose keys keep an order of their own: the port of a Python dict in a reducer
 * output. A plain JavaScript object lists integer-like keys (`"2"`, `"42"`) first, in numeric
 * order, whatever the order they were added in; a Python dict (and its JSON dump) keeps the
 * insertion order. An ordered record lists its keys in the order it was given, to
 * `JSON.stringify`, `Object.keys`, `Object.entries` and `for ... in` alike.
 */

/** A frozen record whose own keys enumerate in a given order (see {@link orderedRecord}). */
export type OrderedRecord<V> = { readonly [key: string]: V };

/**
 * A frozen record of `entries` whose keys enumerate in the order of the entries, as a Python
 * dict built from them: a repeated key keeps its first position and takes its last value.
 * Values are read as given (freeze them first for a deeply frozen output); any key is data,
 * `__proto__` included (the record has no prototype). `JSON.stringify` writes the keys in that
 * order, so an output holding such records serialises as the reference's dict does.
 *
 * It is a `Proxy` over a frozen object without a prototype, whose only trap lists the keys:
 * reads, `in`, `Object.hasOwn` and freezing checks behave as on the object itself.
 *
 * @example JSON.stringify(orderedRecord([["b", 1], ["2", 2]])) // '{"b":1,"2":2}'
 */
export function orderedRecord<V>(
  entries: Iterable<readonly [string, V]> | ReadonlyMap<string, V>,
): OrderedRecord<V> {
  // Without a prototype, `__proto__` is an ordinary key: assigning it makes an own property.
  const target = Object.create(null) as Record<string, V>;
  const keys: string[] = [];
  const add = (value: V, key: string): void => {
    if (!(key in target)) keys.push(key);
    target[key] = value;
  };
  if (entries instanceof Map) (entries as ReadonlyMap<string, V>).forEach(add);
  else for (const [key, value] of entries) add(value, key);
  return seal(target, keys);
}

/**
 * A frozen record of `keys` (in this order; a repeated key keeps its first place) with the
 * value `valueAt(key)` of each;
 * see {@link orderedRecord}.
 *
 * @example orderedRecordOf(["b", "a"], (key) => key.length) // {"b": 1, "a": 1}
 */
export function orderedRecordOf<V>(
  keys: readonly string[],
  valueAt: (key: string) => V,
): OrderedRecord<V> {
  const target = Object.create(null) as Record<string, V>;
  const distinct: string[] = [];
  for (const key of keys) {
    if (!(key in target)) distinct.push(key);
    target[key] = valueAt(key);
  }
  return seal(target, distinct);
}

/** Freezes `target` and lists its keys in the order of `keys` (all of its own keys). */
function seal<V>(target: Record<string, V>, keys: string[]): OrderedRecord<V> {
  Object.freeze(target);
  Object.freeze(keys);
  return new Proxy(target, { ownKeys: () => [...keys] });
}
