/**
 * Projection per aggregate: a stream that holds many connectors, missions or work packages
 * reduced once per `aggregate_id`, instead of folding every aggregate into one state as the
 * reference's reducers do.
 */
import { compareCodePoints } from "../ordering/code-point.js";
import type { ReducibleEvent } from "./pipeline.js";

/** An event a per-aggregate projection reads: what the reducers read, and `aggregate_id`. */
export interface AggregateEvent extends ReducibleEvent {
  /** The entity the event modifies. */
  readonly aggregate_id: string;
}

/** The projection of one aggregate's events. JSON keys in this order. */
export interface AggregateProjection<TOutput> {
  /** The aggregate. */
  readonly aggregate_id: string;
  /** The reducer's output for that aggregate's events alone. */
  readonly state: TOutput;
}

/**
 * Reduces each aggregate's events separately: the events are grouped by `aggregate_id`
 * (keeping their order), `reduce` runs on each group, and the projections come in code-point
 * order of the aggregate ids. Each projection is what `reduce` gives for that aggregate's
 * events alone. The same input gives the same output, whatever the order of the aggregates.
 */
export function reduceByAggregate<TEvent extends AggregateEvent, TOutput>(
  events: readonly TEvent[],
  reduce: (events: readonly TEvent[]) => TOutput,
): readonly AggregateProjection<TOutput>[] {
  const groups = new Map<string, TEvent[]>();
  for (const event of events) {
    const group = groups.get(event.aggregate_id);
    if (group === undefined) groups.set(event.aggregate_id, [event]);
    else group.push(event);
  }
  const ids = [...groups.keys()].sort(compareCodePoints);
  return Object.freeze(
    ids.map((aggregateId) =>
      Object.freeze({
        aggregate_id: aggregateId,
        state: reduce(groups.get(aggregateId) as TEvent[]),
      }),
    ),
  );
}
