/** Concurrency detection and the total-order key (the reference's `conflict.py`). */
import type { Event } from "../envelope/event.js";

/** The fields of an event that {@link isConcurrent} reads. */
export type ConcurrencyEvent = Pick<Event, "event_id" | "aggregate_id" | "lamport_clock">;

/**
 * True when two events are concurrent: the same `lamport_clock`, the same `aggregate_id`
 * and different `event_id`s. Events of different aggregates are never concurrent.
 */
export function isConcurrent(first: ConcurrencyEvent, second: ConcurrencyEvent): boolean {
  return (
    first.lamport_clock === second.lamport_clock &&
    first.aggregate_id === second.aggregate_id &&
    first.event_id !== second.event_id
  );
}

/** The total-order key of an event: `(lamport_clock, node_id)`. */
export type TotalOrderKey = readonly [lamportClock: number, nodeId: string];

/**
 * The total-order key of an event, `(lamport_clock, node_id)` (the reference's
 * `total_order_key`). It differs from the status sort key: events of one node with the same
 * clock have equal keys, so a stable sort keeps them in input order. Compare the node ids
 * by code point (`compareCodePoints`), as Python compares `str`.
 */
export function totalOrderKey(event: Pick<Event, "lamport_clock" | "node_id">): TotalOrderKey {
  return [event.lamport_clock, event.node_id];
}
