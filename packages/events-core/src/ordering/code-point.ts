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

/**
 * Sorts pairs of strings by code point, first items then second (the order of Python's
 * `sorted` on tuples of `str`); returns a new array. The sort is stable: equal pairs keep
 * their input order.
 */
export function sortStringPairs<T extends readonly [string, string]>(pairs: readonly T[]): T[] {
  return [...pairs].sort(compareStringPairs);
}
