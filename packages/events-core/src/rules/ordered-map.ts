/**
 * Ordered maps for reducer outputs. The reference's outputs hold Python dicts keyed by ids:
 * their JSON keys follow insertion order, whatever the keys look like. A plain JavaScript
 * object cannot hold that order when keys are integer-like (`"2"`, `"10"` come first, in
 * numeric order), so an output holds a `ReadonlyMap` whose JSON form is an object with the
 * map's keys in the map's order.
 */

function refuse(): never {
  throw new TypeError("This collection is immutable");
}

/**
 * The JSON view of an ordered map: an object whose own keys, for `JSON.stringify` and
 * `Object.keys`, are the map's keys in the map's order (integer-like keys included). Keys
 * such as `__proto__` are own data properties. The view is frozen.
 */
export function orderedJsonObject(
  entries: Iterable<readonly [string, unknown]>,
): Readonly<Record<string, unknown>> {
  const target: Record<string, unknown> = Object.create(null);
  const keys: string[] = [];
  for (const [key, value] of entries) {
    if (!Object.hasOwn(target, key)) keys.push(key);
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  Object.freeze(target);
  // A frozen target allows any order of its keys: the view lists them in insertion order.
  return new Proxy(target, { ownKeys: () => [...keys] });
}

/**
 * An immutable map (as `frozenMap`: `set`, `delete`, `clear` throw a `TypeError`) that
 * `JSON.stringify` writes as an object with its keys in insertion order, as the reference
 * writes a Python dict: `{"b": 1, "1": 2}` stays in that order.
 */
class OrderedJsonMap<V> extends Map<string, V> {
  #sealed = false;

  constructor(entries: Iterable<readonly [string, V]>) {
    super();
    for (const [key, value] of entries) super.set(key, value);
    this.#sealed = true;
    Object.freeze(this);
  }

  override set(key: string, value: V): this {
    if (this.#sealed) refuse();
    return super.set(key, value);
  }

  override delete(_key: string): boolean {
    return refuse();
  }

  override clear(): void {
    refuse();
  }

  /** The JSON form: an object with the keys in insertion order. */
  toJSON(): Readonly<Record<string, unknown>> {
    return orderedJsonObject(this);
  }
}

/**
 * An immutable map (`set`, `delete` and `clear` throw a `TypeError`; the TypeScript type is
 * `ReadonlyMap`) that `JSON.stringify` writes as an object with its keys in insertion order,
 * as the reference writes a Python dict: `{"b": 1, "1": 2}` stays in that order. Later entries
 * with a key already given replace its value and keep its position, as in a Python dict.
 */
export function orderedJsonMap<V>(entries: Iterable<readonly [string, V]>): ReadonlyMap<string, V> {
  return new OrderedJsonMap(entries);
}
