// Dedup by a string key without a growing hash set: the table is sized for the input once.

import { LOAD_AHEAD, loadKeysAhead } from "./load-ahead.js";

// Probe runs longer than this mean keys built to collide: the rest goes to a Set.
const MAX_PROBES = 32;

/**
 * FNV-1a over the code units of `text`, then murmur3's finalizer so that every bit of the
 * result depends on every code unit: a 32-bit hash, as a signed 32-bit integer.
 */
export function hashText(text: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

/**
 * Marks the first item of each key: `firsts[i]` is 1 when no item before `i` has the key of
 * item `i`. Keys are compared as strings, so the result is exact; it is the same as keeping
 * the items that a `Set` of keys does not hold yet.
 *
 * An open-addressing table sized for the input (no growth, no rehashing) holds each key's
 * 32-bit hash and first item: most items are settled by comparing numbers, and two keys are
 * compared as strings only when their hashes are equal. A probe run longer than 32 slots
 * (keys built to collide; at most half the slots are used) hands the remaining items to a
 * `Set`, so the cost stays linear. Keys are read a block at a time ({@link loadKeysAhead}).
 */
export function firstOfEachKey<T>(items: readonly T[], keyOf: (item: T) => string): Uint8Array {
  const count = items.length;
  const firsts = new Uint8Array(count);
  const size = 2 ** Math.ceil(Math.log2(Math.max(16, count * 2)));
  const mask = size - 1;
  // `held[slot]` is 1 + the index of the item whose key the slot holds; 0 for an empty slot.
  const held = new Int32Array(size);
  const hashes = new Int32Array(size);
  const block: string[] = new Array(Math.min(count, LOAD_AHEAD));
  for (let from = 0; from < count; from += LOAD_AHEAD) {
    const to = Math.min(count, from + LOAD_AHEAD);
    loadKeysAhead(items, keyOf, from, to, block);
    for (let index = from; index < to; index++) {
      const key = block[index - from] as string;
      const hash = hashText(key);
      let slot = hash & mask;
      for (let probes = 0; ; probes++) {
        const holder = held[slot] as number;
        if (holder === 0) {
          held[slot] = index + 1;
          hashes[slot] = hash;
          firsts[index] = 1;
          break;
        }
        if (hashes[slot] === hash && keyOf(items[holder - 1] as T) === key) break;
        if (probes === MAX_PROBES) return firstOfEachKeyBySet(items, keyOf, firsts, index);
        // Triangular steps (1, 2, 3, ...) visit every slot of a power-of-two table and do not
        // build the long runs of linear steps.
        slot = (slot + probes + 1) & mask;
      }
    }
  }
  return firsts;
}

/** Finishes {@link firstOfEachKey} from item `from` on with a `Set` of keys. */
function firstOfEachKeyBySet<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  firsts: Uint8Array,
  from: number,
): Uint8Array {
  const seen = new Set<string>();
  for (let index = 0; index < from; index++) {
    if (firsts[index]) seen.add(keyOf(items[index] as T));
  }
  for (let index = from; index < items.length; index++) {
    const size = seen.size;
    if (seen.add(keyOf(items[index] as T)).size !== size) firsts[index] = 1;
  }
  return firsts;
}
