/**
 * Bench stream of the sync family: the mixed connector and sync synthetic stream (interleaved
 * connector lifecycles and sync outcomes, 3% spoiled envelopes), as for the end-to-end rows.
 */
import { syntheticStream } from "../synthetic.js";

/** `count` deterministic raw envelopes for the sync reducer's bench row. */
export function familyStream(count: number, seed: number): Record<string, unknown>[] {
  return syntheticStream({ count, seed });
}
