import { firstOfEachKey } from "../internal/index.js";

/** The fields of an event that its sort key reads. */
export interface SortableEvent {
  readonly lamport_clock: number;
  readonly timestamp: { readonly isoformat: string };
  readonly event_id: string;
}

/** The status sort key: `(lamport_clock, isoformat(timestamp), event_id)`. */
export type StatusEventSortKey = readonly [clock: number, isoformat: string, eventId: string];

/** Returns an event's status sort key (`envelope-and-ordering.md`). */
export function statusEventSortKey(event: SortableEvent): StatusEventSortKey {
  return [event.lamport_clock, event.timestamp.isoformat, event.event_id];
}

/**
 * Compares two texts by code unit. For the ASCII texts of a sort key (event ids, isoformat
 * timestamps) that is code-point order, Python's `str` order.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compares two events by the status sort key: clock, then isoformat text, then event id
 * (texts by code point; offsets are compared as text, not as instants).
 */
export function compareStatusEvents(a: SortableEvent, b: SortableEvent): number {
  return (
    a.lamport_clock - b.lamport_clock ||
    compareText(a.timestamp.isoformat, b.timestamp.isoformat) ||
    compareText(a.event_id, b.event_id)
  );
}

/** Returns a new array sorted by the status sort key; equal keys keep their input order. */
export function sortStatusEvents<T extends SortableEvent>(events: readonly T[]): T[] {
  return [...events].sort(compareStatusEvents);
}

/**
 * The events in status order: `events` itself when it is in that order already (a stream
 * read in order, the common case: one pass, no copy), else a sorted copy.
 */
export function inStatusOrder<T extends SortableEvent>(events: readonly T[]): readonly T[] {
  for (let i = 1; i < events.length; i++) {
    if (compareStatusEvents(events[i - 1] as T, events[i] as T) > 0) {
      return sortStatusEvents(events);
    }
  }
  return events;
}

/** Keeps the first event of each `event_id`, in order (apply after sorting). */
export function dedupEvents<T extends { readonly event_id: string }>(events: readonly T[]): T[] {
  const firsts = firstOfEachKey(events, (event) => event.event_id);
  if (!firsts.includes(0)) return events.slice();
  return events.filter((_, index) => firsts[index] === 1);
}
