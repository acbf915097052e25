/** The Lamport clock (the reference's `clock.py`). */
import type { ClockStorage } from "./storage.js";

/**
 * A Lamport logical clock of one node, persisted through a {@link ClockStorage} (the
 * reference's `LamportClock`). Construction reads the saved value (0 if none). `tick` and
 * `update` change the value in memory **before** saving it, so when `save` throws (the
 * in-memory storage rejects negatives) the clock keeps the new value. Arguments are not
 * checked: `update(-10)` on a fresh clock gives 1, and a fractional remote value larger than
 * the counter makes the counter fractional (`update(5.5)` gives 6.5).
 *
 * @example
 * const storage = new InMemoryClockStorage();
 * const clock = new LamportClock("node-a", storage);
 * clock.tick(); clock.tick(); clock.update(5); // current() is 6
 * new LamportClock("node-a", storage).current(); // 6: resumes from storage
 */
export class LamportClock {
  /** The node whose clock this is. */
  readonly nodeId: string;
  readonly #storage: ClockStorage;
  #counter: number;

  /** Creates the clock of `nodeId`, starting from the value `storage` holds for it. */
  constructor(nodeId: string, storage: ClockStorage) {
    this.nodeId = nodeId;
    this.#storage = storage;
    this.#counter = storage.load(nodeId);
  }

  /** Advances the clock by one for a local event, saves it and returns the new value. */
  tick(): number {
    this.#counter += 1;
    this.#storage.save(this.nodeId, this.#counter);
    return this.#counter;
  }

  /**
   * Merges a clock value received from another node: the counter becomes
   * `max(counter, remoteClock) + 1` (Python's `max`: the counter unless `remoteClock` is
   * greater), then it is saved.
   */
  update(remoteClock: number): void {
    // biome-ignore lint/complexity/useMathMinMax: Python's max keeps the counter for NaN; Math.max gives NaN
    this.#counter = (remoteClock > this.#counter ? remoteClock : this.#counter) + 1;
    this.#storage.save(this.nodeId, this.#counter);
  }

  /** The current value, unchanged. */
  current(): number {
    return this.#counter;
  }
}
