/**
 * Storage interfaces and their in-memory implementations (the reference's `storage.py`).
 * The interfaces are synchronous, as the reference's are.
 */
import type { Event } from "../envelope/event.js";
import { ValueError } from "../errors.js";
import { compareCodePoints } from "../ordering/code-point.js";
import { pythonValueRepr } from "../python/python-value.js";
import type { ErrorEntry } from "./error-log.js";

/** The fields of an event that an {@link EventStore} reads: its id, aggregate and order key. */
export type StorableEvent = Pick<Event, "event_id" | "aggregate_id" | "lamport_clock" | "node_id">;

/**
 * Persists events (the reference's `EventStore`). Saving is idempotent by `event_id`; loads
 * return the events ordered by `(lamport_clock, node_id)`.
 */
export interface EventStore<TEvent extends StorableEvent = Event> {
  /** Saves an event; saving an id again replaces the stored event. */
  saveEvent(event: TEvent): void;
  /** The events of one aggregate, ordered by `(lamport_clock, node_id)`. */
  loadEvents(aggregateId: string): TEvent[];
  /** Every stored event, ordered by `(lamport_clock, node_id)`. */
  loadAllEvents(): TEvent[];
}

/** Persists the clock value of each node (the reference's `ClockStorage`). */
export interface ClockStorage {
  /** The saved value of a node's clock; 0 when none was saved. */
  load(nodeId: string): number;
  /** Saves a node's clock value. */
  save(nodeId: string, value: number): void;
}

/** Persists error entries (the reference's `ErrorStorage`). */
export interface ErrorStorage {
  /** Stores an entry. */
  append(entry: ErrorEntry): void;
  /** The most recent entries, newest first (at most `limit`, 10 when not given). */
  loadRecent(limit?: number): ErrorEntry[];
}

/** Orders by `(lamport_clock, node_id)`: the clock, then the node id by code point. */
function compareLamportNode(a: StorableEvent, b: StorableEvent): number {
  return a.lamport_clock - b.lamport_clock || compareCodePoints(a.node_id, b.node_id);
}

/**
 * An {@link EventStore} in memory (the reference's `InMemoryEventStore`): a map from
 * `event_id` to event. Saving an id again replaces the event but keeps the slot of its first
 * save; loads filter by aggregate and sort stably by `(lamport_clock, node_id)`, so events
 * with equal keys come in the order their ids were first saved.
 */
export class InMemoryEventStore<TEvent extends StorableEvent = Event>
  implements EventStore<TEvent>
{
  readonly #events = new Map<string, TEvent>();

  /** Saves an event; saving an id again replaces the stored event, keeping its slot. */
  saveEvent(event: TEvent): void {
    this.#events.set(event.event_id, event);
  }

  /** The events whose `aggregate_id` is `aggregateId`, ordered by `(lamport_clock, node_id)`. */
  loadEvents(aggregateId: string): TEvent[] {
    const events: TEvent[] = [];
    for (const event of this.#events.values()) {
      if (event.aggregate_id === aggregateId) events.push(event);
    }
    return events.sort(compareLamportNode);
  }

  /** Every stored event, ordered by `(lamport_clock, node_id)`. */
  loadAllEvents(): TEvent[] {
    return [...this.#events.values()].sort(compareLamportNode);
  }
}

/**
 * A {@link ClockStorage} in memory (the reference's `InMemoryClockStorage`). `save` rejects a
 * negative value with a `ValueError` (`Clock value must be ≥ 0, got -1`).
 */
export class InMemoryClockStorage implements ClockStorage {
  readonly #clocks = new Map<string, number>();

  /** The saved value of a node's clock; 0 when none was saved. */
  load(nodeId: string): number {
    return this.#clocks.get(nodeId) ?? 0;
  }

  /**
   * Saves a node's clock value.
   *
   * @throws ValueError `Clock value must be ≥ 0, got {value}` for a negative value.
   */
  save(nodeId: string, value: number): void {
    if (value < 0) throw new ValueError(`Clock value must be ≥ 0, got ${pythonValueRepr(value)}`);
    this.#clocks.set(nodeId, value);
  }
}

/** The capacity of an {@link InMemoryErrorStorage} when none is given. */
export const DEFAULT_MAX_ERROR_ENTRIES = 100;

/** How many entries `loadRecent` returns when no limit is given. */
export const DEFAULT_RECENT_ERRORS_LIMIT = 10;

/**
 * An {@link ErrorStorage} in memory with a capacity (the reference's `InMemoryErrorStorage`,
 * `max_entries` 100 by default). After each append, when the store holds more than
 * `maxEntries` entries, the single oldest one is dropped; so a capacity of 0 or less leaves
 * the store empty after every append. The capacity is not checked.
 */
export class InMemoryErrorStorage implements ErrorStorage {
  /** The capacity. */
  readonly maxEntries: number;
  readonly #entries: ErrorEntry[] = [];

  /** @param maxEntries The capacity (100 by default; not checked). */
  constructor(maxEntries: number = DEFAULT_MAX_ERROR_ENTRIES) {
    this.maxEntries = maxEntries;
  }

  /** Appends an entry, then drops the oldest one if the store holds more than its capacity. */
  append(entry: ErrorEntry): void {
    this.#entries.push(entry);
    if (this.#entries.length > this.maxEntries) this.#entries.shift();
  }

  /**
   * The last `limit` entries, newest first (all of them when there are fewer).
   *
   * @throws ValueError `Limit must be ≥ 1, got {limit}` when `limit` is below 1.
   * @throws TypeError for a `limit` of at least 1 that is not an integer (Python cannot slice
   *   with it): `slice indices must be integers or None or have an __index__ method`.
   */
  loadRecent(limit: number = DEFAULT_RECENT_ERRORS_LIMIT): ErrorEntry[] {
    if (limit < 1) throw new ValueError(`Limit must be ≥ 1, got ${pythonValueRepr(limit)}`);
    if (!Number.isInteger(limit)) {
      throw new TypeError("slice indices must be integers or None or have an __index__ method");
    }
    return this.#entries.slice(-limit).reverse();
  }
}
