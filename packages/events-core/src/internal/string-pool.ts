// Internal speed-up: a bounded pool of repeated short strings (not exported from the package
// entry).

/** Strings at most this long are shared by a {@link createStringPool} pool. */
const POOLED_LENGTH = 128;
/** Distinct strings a pool holds at most. */
const POOL_SIZE = 1024;

/** A bounded pool of short strings (see {@link createStringPool}). */
export interface StringPool {
  /** The pool's copy of a string equal to `text` (the first one seen), or `text` itself. */
  readonly share: (text: string) => string;
  /** Distinct strings held. */
  readonly size: number;
}

/**
 * A bounded pool of short strings: values a stream repeats (event types) become one object,
 * which stays in the processor cache wherever it is used, and is held once. Beyond 1024
 * distinct strings, or for strings longer than 128 code units, `share` returns its input:
 * memory stays bounded whatever the input.
 */
export function createStringPool(): StringPool {
  const pool = new Map<string, string>();
  return {
    share(text) {
      if (text.length > POOLED_LENGTH) return text;
      const shared = pool.get(text);
      if (shared !== undefined) return shared;
      if (pool.size < POOL_SIZE) pool.set(text, text);
      return text;
    },
    get size() {
      return pool.size;
    },
  };
}
