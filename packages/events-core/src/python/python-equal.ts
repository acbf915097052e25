/**
 * Python's `==` and dict keys of JSON-decoded values, for reducers that compare or look up raw
 * payload values as the reference does (`x in list`, `list.remove(x)`, `x in dict`; an
 * unhashable key is `assertPythonHashable`'s).
 */

/** A number, or a boolean as the number Python treats it as (`True == 1`, `False == 0`). */
function asNumber(value: unknown): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return undefined;
}

/**
 * Python's `a == b` for JSON-decoded values: numbers by value, where a boolean is the number
 * 1 or 0 (`true == 1`, `true == 1.0`, `false == 0`); strings by their exact text; `null`
 * equals only `null`; arrays item by item; objects by the same keys (in any order) with equal
 * values. Any nesting depth is compared without recursion.
 */
export function pythonEquals(a: unknown, b: unknown): boolean {
  const pending: [unknown, unknown][] = [[a, b]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [x, y] = next;
    if (x === y) continue;
    const nx = asNumber(x);
    const ny = asNumber(y);
    if (nx !== undefined || ny !== undefined) {
      if (nx === undefined || ny === undefined || nx !== ny) return false;
      continue;
    }
    if (x === null || y === null || typeof x !== "object" || typeof y !== "object") return false;
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x)) {
      const ys = y as unknown[];
      if (x.length !== ys.length) return false;
      for (let i = 0; i < x.length; i++) pending.push([x[i], ys[i]]);
      continue;
    }
    const xo = x as Record<string, unknown>;
    const yo = y as Record<string, unknown>;
    const keys = Object.keys(xo);
    if (keys.length !== Object.keys(yo).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(yo, key)) return false;
      pending.push([xo[key], yo[key]]);
    }
  }
  return true;
}

/** Python's `x in items` for a list of JSON-decoded values (see {@link pythonEquals}). */
export function pythonIndexOf(items: readonly unknown[], value: unknown): number {
  for (let i = 0; i < items.length; i++) if (pythonEquals(items[i], value)) return i;
  return -1;
}

/**
 * The key a Python dict files a hashable JSON-decoded value under, as a `Map` key: equal
 * values get the same key (`true` and `1` are one key, `false` and `0` another; `-0` and `0`
 * are one already for a `Map`); strings stay strings, so `"1"` and `1` stay apart.
 */
export function pythonDictKey(value: unknown): unknown {
  return typeof value === "boolean" ? (value ? 1 : 0) : value;
}
