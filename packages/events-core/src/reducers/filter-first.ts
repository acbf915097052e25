/**
 * The first steps of the reducers that filter first (collaboration, glossary, mission-next):
 * keep the family's events, sort them by the status sort key, keep the first of each
 * `event_id`. Filtering before dedup means another family's event never shadows one of the
 * family's own that shares its `event_id`.
 */
import { firstOfEachKey } from "../internal/index.js";
import { compareStatusEvents, sortStatusEvents } from "../ordering/sort.js";
import type { TypedSortableEvent } from "./pipeline.js";

/** The events whose type is in `eventTypes` (a new array), and whether they are in status order. */
function eventsOfTypes<TEvent extends TypedSortableEvent>(
  events: readonly TEvent[],
  eventTypes: ReadonlySet<string>,
): { readonly selected: TEvent[]; readonly inOrder: boolean } {
  const selected: TEvent[] = [];
  let inOrder = true;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as TEvent;
    if (!eventTypes.has(event.event_type)) continue;
    if (inOrder && selected.length > 0) {
      inOrder = compareStatusEvents(selected[selected.length - 1] as TEvent, event) <= 0;
    }
    selected.push(event);
  }
  return { selected, inOrder };
}

/** Keeps the events marked in `firsts` (1 for a kept one), in order, in place. */
function keepMarked<TEvent>(events: TEvent[], firsts: Uint8Array): void {
  let kept = 0;
  for (let i = 0; i < events.length; i++) {
    if (firsts[i] === 1) events[kept++] = events[i] as TEvent;
  }
  events.length = kept;
}

function eventIdOf(event: TypedSortableEvent): string {
  return event.event_id;
}

/**
 * The events of `events` whose type is in `eventTypes`, in status order (stable: equal keys
 * keep their input order), the first of each `event_id` kept: a new array (the input is not
 * changed). Its length is the `event_count` of a filter-first reducer.
 */
export function familyEventsFirst<TEvent extends TypedSortableEvent>(
  events: readonly TEvent[],
  eventTypes: ReadonlySet<string>,
): TEvent[] {
  const { selected, inOrder } = eventsOfTypes(events, eventTypes);
  // `selected` and a sorted copy are this function's own arrays: dedup works in place.
  const sorted = inOrder ? selected : sortStatusEvents(selected);
  keepMarked(sorted, firstOfEachKey(sorted, eventIdOf));
  return sorted;
}
