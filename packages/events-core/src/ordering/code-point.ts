// Code-point order of strings: the order in which Python compares `str` values (and so sorts
// tuples of them). UTF-16 code-unit order, JavaScript's own, differs for code points above
// U+FFFF (stored as surrogate pairs) and around unpaired surrogates.

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** Compares `a` and `b` at `i`, their first differing code unit, of which one is a surrogate or above. */
function compareCodePointsAt(a: string, b: string, i: number): number {
  // A high surrogate just before `i` starts the code point that holds `i` (paired or not).
  if (i > 0 && isHighSurrogate(a.charCodeAt(i - 1))) {
    const x = a.codePointAt(i - 1) as number;
    const y = b.codePointAt(i - 1) as number;
    if (x !== y) return x - y;
    // Both hold the same unpaired high surrogate: the next code points differ.
  }
  return (a.codePointAt(i) as number) - (b.codePointAt(i) as number);
}

/**
 * Compares two strings by Unicode code point, as Python compares `str`: a negative number,
 * zero or a positive number. Unpaired surrogates count as the code points they encode.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    return x < 0xd800 && y < 0xd800 ? x - y : compareCodePointsAt(a, b, i);
  }
  return a.length - b.length;
}

/** Compares two pairs of strings as Python compares tuples of `str`: first items, then second. */
export function compareStringPairs(
  a: readonly [string, string],
  b: readonly [string, string],
): number {
  return compareCodePoints(a[0], b[0]) || compareCodePoints(a[1], b[1]);
}

// Two code units from here on (surrogates and above) may order unlike their code points.
const FIRST_SURROGATE = 0xd800;
// Ranges this short are finished by insertion sort.
const SHORT_RANGE = 12;
// The key unit past the end of a string: below every code unit.
const END = -1;

/** The code unit of `text` at `depth`, or {@link END}. */
function unitAt(text: string, depth: number): number {
  return depth < text.length ? text.charCodeAt(depth) : END;
}

/**
 * Sorts pairs of strings in place by code point, first items then second (the order of
 * Python's `sorted` on tuples of `str`), and returns the array.
 *
 * The first items are sorted by a three-way radix quicksort over code units: each step
 * compares one code unit, not two whole strings, so long shared prefixes cost little. Pairs
 * with the same first item are then ordered by their second. Code-unit order is code-point
 * order unless both units that decide an order are U+D800 or above (surrogates, or a surrogate
 * and a unit above them); when such units decide, the pairs are sorted again with
 * {@link compareStringPairs}.
 */
export function sortStringPairs<T extends readonly [string, string]>(pairs: T[]): T[] {
  const keys = pairs.map((pair) => pair[0]);
  if (sortByFirstItem(keys, pairs)) return pairs.sort(compareStringPairs);
  // Order the runs of pairs that share their first item by their second.
  for (let start = 0; start < keys.length; ) {
    let end = start + 1;
    while (end < keys.length && keys[end] === keys[start]) end++;
    if (end - start > 1) {
      const run = pairs.slice(start, end).sort(compareStringPairs);
      for (let i = 0; i < run.length; i++) pairs[start + i] = run[i] as T;
    }
    start = end;
  }
  return pairs;
}

/**
 * Sorts `keys` by code unit, moving `items[i]` along with `keys[i]`; returns `true` when two
 * units at or above U+D800 decided an order (code-unit order may then differ from code points).
 */
function sortByFirstItem<T>(keys: string[], items: T[]): boolean {
  let highUnits = false;
  // Pending ranges as (lo, hi, depth) triples: the keys in [lo, hi) share their first `depth` units.
  const pending: number[] = [0, keys.length, 0];
  while (pending.length > 0) {
    let depth = pending.pop() as number;
    let hi = pending.pop() as number;
    let lo = pending.pop() as number;
    while (hi - lo > SHORT_RANGE) {
      const pivot = medianUnit(keys, lo, hi, depth);
      const highPivot = pivot >= FIRST_SURROGATE;
      let lt = lo;
      let gt = hi - 1;
      let i = lo;
      while (i <= gt) {
        const key = keys[i] as string;
        const unit = unitAt(key, depth);
        if (unit < pivot) {
          if (highPivot && unit >= FIRST_SURROGATE) highUnits = true;
          move(keys, items, i++, lt++, key);
        } else if (unit > pivot) {
          if (highPivot) highUnits = true;
          move(keys, items, i, gt--, key);
        } else i++;
      }
      if (lt - lo > 1) pending.push(lo, lt, depth);
      if (hi - gt > 2) pending.push(gt + 1, hi, depth);
      if (pivot === END) break;
      lo = lt;
      hi = gt + 1;
      depth++;
    }
    if (hi - lo <= SHORT_RANGE && insertionSort(keys, items, lo, hi, depth)) highUnits = true;
  }
  return highUnits;
}

/** Swaps entries `from` and `to` of `keys` and `items`; `key` is `keys[from]`. */
function move<T>(keys: string[], items: T[], from: number, to: number, key: string): void {
  const item = items[from] as T;
  keys[from] = keys[to] as string;
  items[from] = items[to] as T;
  keys[to] = key;
  items[to] = item;
}

/** The median of the units at `depth` of the first, middle and last key of [lo, hi). */
function medianUnit(keys: readonly string[], lo: number, hi: number, depth: number): number {
  const x = unitAt(keys[lo] as string, depth);
  const y = unitAt(keys[lo + ((hi - lo) >> 1)] as string, depth);
  const z = unitAt(keys[hi - 1] as string, depth);
  return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
}

/**
 * Insertion-sorts [lo, hi), whose keys share their first `depth` units, by code unit; returns
 * `true` when two units at or above U+D800 decided an order.
 */
function insertionSort<T>(
  keys: string[],
  items: T[],
  lo: number,
  hi: number,
  depth: number,
): boolean {
  let highUnits = false;
  for (let i = lo + 1; i < hi; i++) {
    const key = keys[i] as string;
    const item = items[i] as T;
    let j = i - 1;
    for (; j >= lo; j--) {
      const other = keys[j] as string;
      let at = depth;
      let x = unitAt(other, at);
      let y = unitAt(key, at);
      while (x === y && x !== END) {
        at++;
        x = unitAt(other, at);
        y = unitAt(key, at);
      }
      if (x >= FIRST_SURROGATE && y >= FIRST_SURROGATE) highUnits = true;
      if (x <= y) break;
      keys[j + 1] = other;
      items[j + 1] = items[j] as T;
    }
    keys[j + 1] = key;
    items[j + 1] = item;
  }
  return highUnits;
}
