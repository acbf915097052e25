/** Causal ordering of events (the reference's `topology.py`). */
import type { Event } from "../envelope/event.js";
import { CyclicDependencyError } from "../errors.js";

/** The fields of an event that {@link topologicalSort} reads. */
export type CausalEvent = Pick<Event, "event_id" | "causation_id">;

/**
 * Orders events so that each comes after the event named by its `causation_id` (the
 * reference's `topological_sort`, Kahn's algorithm). A `causation_id` that names no event of
 * the input (or `null`) makes the event a root. The first-in first-out queue starts with the
 * roots in input order; when an event is emitted, the events it caused are queued in input
 * order. Ids are compared as parsed (normalised) envelopes hold them. Empty input gives `[]`.
 *
 * Each id is emitted at most once, after every input event that links it to a parent in the
 * input was released by that parent's emission. So **duplicate `event_id`s are reported as a
 * cycle** (a false cycle, as in the reference), and so is self-causation.
 *
 * @throws CyclicDependencyError `Cyclic dependency detected: {k} events could not be sorted
 *   due to circular causation relationships`, where k is the input length minus the number of
 *   events emitted (`[x, x]` gives 1).
 */
export function topologicalSort<TEvent extends CausalEvent>(events: readonly TEvent[]): TEvent[] {
  if (events.length === 0) return [];
  // One slot per distinct id, in order of first appearance; the last copy of an id is the
  // event emitted for it (as a Python dict comprehension keeps).
  const slotOf = new Map<string, number>();
  const slotEvents: TEvent[] = [];
  for (const event of events) {
    const slot = slotOf.get(event.event_id);
    if (slot === undefined) {
      slotOf.set(event.event_id, slotEvents.length);
      slotEvents.push(event);
    } else slotEvents[slot] = event;
  }
  const inDegree = new Array<number>(slotEvents.length).fill(0);
  const children: number[][] = slotEvents.map(() => []);
  for (const event of events) {
    if (event.causation_id === null) continue;
    const parent = slotOf.get(event.causation_id);
    if (parent === undefined) continue;
    const child = slotOf.get(event.event_id) as number;
    (children[parent] as number[]).push(child);
    inDegree[child] = (inDegree[child] as number) + 1;
  }
  const queue: number[] = [];
  for (let slot = 0; slot < slotEvents.length; slot++) if (inDegree[slot] === 0) queue.push(slot);
  const sorted: TEvent[] = [];
  for (let head = 0; head < queue.length; head++) {
    const slot = queue[head] as number;
    sorted.push(slotEvents[slot] as TEvent);
    for (const child of children[slot] as number[]) {
      const remaining = (inDegree[child] as number) - 1;
      inDegree[child] = remaining;
      if (remaining === 0) queue.push(child);
    }
  }
  if (sorted.length !== events.length) {
    throw new CyclicDependencyError(
      `Cyclic dependency detected: ${events.length - sorted.length} events could not be sorted due to circular causation relationships`,
    );
  }
  return sorted;
}
