// Internal speed-up: sorting pairs of strings on packed numeric keys (not exported from the
// package entry; the public `sortStringPairs` is a plain sort with `compareStringPairs`).
import { compareStringPairs } from "../ordering/code-point.js";
import { LOAD_AHEAD, loadKeysAhead } from "./load-ahead.js";

/** The first item of a pair. */
function firstItem(pair: readonly [string, string]): string {
  return pair[0];
}

// Code units from here on (surrogates and above) may order unlike their code points.
const FIRST_SURROGATE = 0xd800;
// Integers up to 2^53 are exact in a double: a sort key packs ranked code units and an index.
const EXACT_BITS = 53;
// Code units after the common prefix that a sort key can hold, at most.
const KEY_WINDOW = 16;
// Fewer pairs than this are sorted by comparing their strings.
const FEW_PAIRS = 32;
// Past the end of a string, in a key window.
const END = -1;

/*
 * Sorting pairs of strings by code point, first items then second (the order of Python's
 * `sorted` on tuples of `str`), stable, telling which sorted pairs repeat the one before.
 *
 * Each pair gets a numeric sort key: the code units of its first item just after the prefix
 * that all first items share, each replaced by its rank among the units that occur there and
 * packed, with the pair's index, into one exact integer. One numeric sort then orders the
 * pairs; only pairs whose keys tie (first items that agree over the whole key) are compared
 * as strings, with {@link compareStringPairs}. Each first item is read once, whatever the
 * number of pairs, and a block at a time (on large inputs, reading scattered strings is what
 * costs; see `load-ahead.ts`). Where units
 * from U+D800 up occur in the key window, code-unit order may differ from code-point order, so
 * the pairs are sorted with {@link compareStringPairs} alone.
 */

/** Pairs sorted by {@link sortStringPairsMarkingRepeats}, and which equal the pair before them. */
export interface SortedStringPairs<T> {
  /** The pairs, sorted (stable). */
  readonly sorted: T[];
  /** `repeats[i]` is 1 when `sorted[i]` equals `sorted[i - 1]` (both strings). */
  readonly repeats: Uint8Array;
}

/** Marks the pairs of `sorted[from, to)` that equal the pair before them (within the range). */
function markRepeats<T extends readonly [string, string]>(
  sorted: readonly T[],
  repeats: Uint8Array,
  from: number,
  to: number,
): void {
  for (let i = from + 1; i < to; i++) {
    if (compareStringPairs(sorted[i - 1] as T, sorted[i] as T) === 0) repeats[i] = 1;
  }
}

/** Sorts with {@link compareStringPairs} alone and marks the repeats. */
function sortByComparing<T extends readonly [string, string]>(
  pairs: readonly T[],
): SortedStringPairs<T> {
  const sorted = [...pairs].sort(compareStringPairs);
  const repeats = new Uint8Array(sorted.length);
  markRepeats(sorted, repeats, 0, sorted.length);
  return { sorted, repeats };
}

/**
 * Sorts pairs of strings by code point (stable; see above) and tells which sorted pairs equal
 * the one before them. Only pairs whose numeric keys tie are compared as strings, so finding
 * the repeats costs almost nothing beyond the sort. Same result as a stable sort with
 * `compareStringPairs` followed by comparing neighbours (property-tested).
 */
export function sortStringPairsMarkingRepeats<T extends readonly [string, string]>(
  pairs: readonly T[],
): SortedStringPairs<T> {
  const count = pairs.length;
  if (count < FEW_PAIRS) return sortByComparing(pairs);
  // One read of each first item: its common prefix with the items before it (the shared
  // prefix only shrinks) and the units after that, its key window. Units between the final
  // prefix and where an item's copy starts are the first item's: the items before it shared
  // them.
  const first = (pairs[0] as T)[0];
  let prefix = first.length;
  const starts = new Uint32Array(count);
  const lengths = new Uint32Array(count);
  const windowUnits = new Uint16Array(count * KEY_WINDOW);
  const occurs = new Uint8Array(0x10000);
  const block: string[] = new Array(Math.min(count, LOAD_AHEAD));
  for (let from = 0; from < count; from += LOAD_AHEAD) {
    const to = Math.min(count, from + LOAD_AHEAD);
    loadKeysAhead(pairs, firstItem, from, to, block);
    for (let index = from; index < to; index++) {
      const text = block[index - from] as string;
      const max = Math.min(prefix, text.length);
      let same = 0;
      while (same < max && text.charCodeAt(same) === first.charCodeAt(same)) same++;
      prefix = same;
      starts[index] = prefix;
      lengths[index] = text.length;
      const end = Math.min(text.length, prefix + KEY_WINDOW);
      for (let i = prefix; i < end; i++) {
        const unit = text.charCodeAt(i);
        windowUnits[index * KEY_WINDOW + i - prefix] = unit;
        occurs[unit] = 1;
      }
    }
  }
  for (let i = prefix; i < Math.min(first.length, prefix + KEY_WINDOW); i++) {
    occurs[first.charCodeAt(i)] = 1;
  }
  if (occurs.subarray(FIRST_SURROGATE).includes(1)) return sortByComparing(pairs);
  // Rank 0 marks the end of a string, below every code unit.
  const rank = new Uint32Array(FIRST_SURROGATE);
  let units = 0;
  for (let unit = 0; unit < FIRST_SURROGATE; unit++) if (occurs[unit]) rank[unit] = ++units;
  const indexBits = Math.ceil(Math.log2(count));
  const unitBits = Math.max(1, Math.ceil(Math.log2(units + 1)));
  const window = Math.min(KEY_WINDOW, Math.floor((EXACT_BITS - indexBits) / unitBits));
  const unitScale = 2 ** unitBits;
  const indexScale = 2 ** indexBits;
  const keys = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    const start = starts[index] as number;
    const length = lengths[index] as number;
    const at = index * KEY_WINDOW - start;
    let key = 0;
    for (let i = prefix; i < prefix + window; i++) {
      const unit =
        i >= length ? END : i < start ? first.charCodeAt(i) : (windowUnits[at + i] as number);
      key = key * unitScale + (unit === END ? 0 : (rank[unit] as number));
    }
    keys[index] = key * indexScale + index;
  }
  keys.sort();
  const sorted: T[] = new Array(count);
  const repeats = new Uint8Array(count);
  for (let at = 0; at < count; ) {
    // A run of equal key parts: first items that agree over the whole window. Pairs of
    // different runs differ; only within a run can a pair repeat the one before it.
    const keyPart = Math.floor((keys[at] as number) / indexScale);
    let end = at + 1;
    while (end < count && Math.floor((keys[end] as number) / indexScale) === keyPart) end++;
    for (let i = at; i < end; i++) {
      sorted[i] = pairs[(keys[i] as number) - keyPart * indexScale] as T;
    }
    if (end - at > 1) {
      const run = sorted.slice(at, end).sort(compareStringPairs);
      for (let i = at; i < end; i++) sorted[i] = run[i - at] as T;
      markRepeats(sorted, repeats, at, end);
    }
    at = end;
  }
  return { sorted, repeats };
}
