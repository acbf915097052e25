/**
 * The projections of a replay, from the list of families: one family's reducer or every
 * family found in the stream, on the whole stream or on each aggregate's events
 * (`--group-by aggregate`), each reducer's output or the error it refused the events with.
 */
import {
  type AggregateEvent,
  type ContractFamily,
  type FamilyReducerOptions,
  REDUCING_FAMILIES,
  type ReducibleEvent,
  reduceByAggregate,
} from "@spec-kitty/events-core";

/** How a replay groups the events: the whole stream, or each `aggregate_id` on its own. */
export type GroupBy = "stream" | "aggregate";

/** The values `--group-by` accepts. */
export const GROUP_BY_CHOICES: readonly GroupBy[] = Object.freeze(["stream", "aggregate"]);

/** Why a reducer refused its events (it threw, where the reference raises). */
export interface Refusal {
  /** The error's name: the reference's exception class name. */
  readonly name: string;
  /** The error's message. */
  readonly message: string;
}

/** What a reducer gave for its events: its output, or its refusal. */
export type Outcome =
  | { readonly state: unknown; readonly error?: undefined }
  | { readonly state?: undefined; readonly error: Refusal };

/** One projection: a family's reducer on the whole stream, or on one aggregate's events. */
export interface Projection {
  /** The family whose reducer ran. */
  readonly family: ContractFamily;
  /** The aggregate, when grouped by aggregate. */
  readonly aggregateId?: string;
  /** The reducer's output or refusal. */
  readonly outcome: Outcome;
}

/** Runs a family's reducer on `events`; a throw becomes a refusal (never rethrown). */
export function reduceOutcome(
  family: ContractFamily,
  events: readonly ReducibleEvent[],
  options?: FamilyReducerOptions,
): Outcome {
  const reducer = family.reducer;
  if (reducer === null) {
    return { error: { name: "Error", message: `the ${family.name} family has no reducer` } };
  }
  try {
    return { state: reducer.reduce(events, options) };
  } catch (error) {
    return {
      error: {
        name: error instanceof Error ? error.name : "Error",
        message: error instanceof Error ? error.message : String(error),
      },
    };
  }
}

/** The families with a reducer, in the list's order. */
export function reducingFamilies(): readonly ContractFamily[] {
  return [...REDUCING_FAMILIES.values()];
}

/**
 * The families of `families` found in a stream: those with at least one event of their own
 * event types, in the order of `families`.
 */
export function familiesFound(
  events: readonly ReducibleEvent[],
  families: readonly ContractFamily[],
): ContractFamily[] {
  const types = new Set<string>();
  for (const event of events) types.add(event.event_type);
  return families.filter((family) => [...family.eventTypes].some((type) => types.has(type)));
}

/** The projection of each family of `families` on the whole stream, in that order. */
export function projectStream(
  events: readonly ReducibleEvent[],
  families: readonly ContractFamily[],
  options?: FamilyReducerOptions,
): Projection[] {
  return families.map((family) => ({ family, outcome: reduceOutcome(family, events, options) }));
}

/**
 * The projections by aggregate: for each family of `families` (in that order), its
 * aggregates, those with at least one event of the family's own types, each reduced on ALL
 * its events (what the reducer gives on that aggregate's events alone), in code-point order
 * of the aggregate ids. A family none of whose types occurs gives no projection.
 */
export function projectByAggregate(
  events: readonly AggregateEvent[],
  families: readonly ContractFamily[],
  options?: FamilyReducerOptions,
): Projection[] {
  const projections: Projection[] = [];
  for (const family of families) {
    const aggregates = new Set<string>();
    for (const event of events) {
      if (family.eventTypes.has(event.event_type)) aggregates.add(event.aggregate_id);
    }
    if (aggregates.size === 0) continue;
    const held = events.filter((event) => aggregates.has(event.aggregate_id));
    for (const { aggregate_id, state } of reduceByAggregate(held, (group) =>
      reduceOutcome(family, group, options),
    )) {
      projections.push({ family, aggregateId: aggregate_id, outcome: state });
    }
  }
  return projections;
}
