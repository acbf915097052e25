// Reading keys a block at a time. In a large input, key strings lie scattered in memory, and a
// loop that hashes or compares them one by one waits for each in turn. A short loop that only
// touches a block of them has them all loading at once; the work that follows on the block
// finds them in the processor cache.

/** Keys {@link loadKeysAhead} reads at a time. */
export const LOAD_AHEAD = 1024;

// The sum of the code units that `loadKeysAhead` read last: kept so that the reads are not
// optimised away.
let _loadedUnits = 0;

/**
 * Puts the keys of `items[from, to)` into `block` (from index 0) and reads the last code unit
 * of each, so that the strings are in the processor cache for the work that follows.
 */
export function loadKeysAhead<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  from: number,
  to: number,
  block: string[],
): void {
  let units = 0;
  for (let index = from; index < to; index++) {
    const key = keyOf(items[index] as T);
    block[index - from] = key;
    units += key.length === 0 ? 0 : key.charCodeAt(key.length - 1);
  }
  _loadedUnits = units;
}
