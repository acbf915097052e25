/** State-machine merge of concurrent events (the reference's `merge.py`). */
import type { Event } from "../envelope/event.js";
import { ValidationError } from "../errors.js";
import { compareCodePoints } from "../ordering/code-point.js";
import { pythonValueRepr } from "../python/python-value.js";
import { pythonTypeName } from "../rules/event-id.js";
import { ownValue } from "../rules/json-object.js";

/** The fields of an event that {@link stateMachineMerge} reads. */
export type MergeableEvent = Pick<
  Event,
  "event_id" | "aggregate_id" | "lamport_clock" | "node_id" | "payload"
>;

/**
 * The outcome of a merge (the reference's `ConflictResolution` dataclass): the winning
 * event, a note saying how it was chosen, whether a person must review it (always `false`
 * from {@link stateMachineMerge}) and every merged event in input order. Immutable here; the
 * reference's dataclass is not frozen.
 */
export interface ConflictResolution<TEvent extends Pick<Event, "event_id"> = Event> {
  /** The winning event. */
  readonly merged_event: TEvent;
  /** How the winner was chosen, e.g. `Selected state 'done' (priority=4) from node 'a' over 2 conflicting states`. */
  readonly resolution_note: string;
  /** Whether a person must review the merge. */
  readonly requires_manual_review: boolean;
  /** The events that were merged, in input order. */
  readonly conflicting_events: readonly TEvent[];
}

/**
 * The reference's `repr()` of a {@link ConflictResolution}:
 * `ConflictResolution(merged=<first 8 chars of the winner's id>..., conflicts=<number of events>, manual_review=<True|False>)`.
 *
 * @example conflictResolutionRepr(resolution) // "ConflictResolution(merged=01J00000..., conflicts=3, manual_review=False)"
 */
export function conflictResolutionRepr(
  resolution: ConflictResolution<Pick<Event, "event_id">>,
): string {
  return (
    `ConflictResolution(merged=${resolution.merged_event.event_id.slice(0, 8)}..., ` +
    `conflicts=${resolution.conflicting_events.length}, ` +
    `manual_review=${resolution.requires_manual_review ? "True" : "False"})`
  );
}

/**
 * Priorities of the states: a `Map` (insertion order kept) or a plain object. An object
 * lists integer-like keys (`"2"`, `"10"`) first whatever order they were written in, which
 * changes the `Available states` list of an error message: use a `Map` for such keys.
 */
export type PriorityMap = ReadonlyMap<string, number> | Readonly<Record<string, number>>;

/** The keys of a priority map in iteration order. */
function priorityKeys(priorities: PriorityMap): string[] {
  return priorities instanceof Map ? [...priorities.keys()] : Object.keys(priorities);
}

/** The priority of a state, or `undefined` when the map has no such key (own keys only). */
function priorityOf(priorities: PriorityMap, state: string): number | undefined {
  if (priorities instanceof Map) return priorities.get(state);
  const record = priorities as Readonly<Record<string, number>>;
  return Object.hasOwn(record, state) ? record[state] : undefined;
}

/** Python's `str()` of a JSON value: text as is, anything else as its repr (`1.5`, `True`). */
function pythonStr(value: unknown): string {
  return typeof value === "string" ? value : pythonValueRepr(value);
}

/** The state of an event, or the `ValidationError` the reference raises when it has none. */
function stateOf(event: MergeableEvent, stateKey: string): unknown {
  let state = ownValue(event.payload, stateKey);
  if ((state === undefined || state === null) && stateKey === "state") {
    state = ownValue(event.payload, "status");
  }
  if (state === undefined || state === null) {
    throw new ValidationError(
      stateKey === "state"
        ? `Event ${event.event_id} missing 'state' or 'status' in payload`
        : `Event ${event.event_id} missing '${stateKey}' in payload`,
    );
  }
  return state;
}

/**
 * Merges concurrent events of one aggregate by a state priority (the reference's
 * `state_machine_merge`). Checks, the first failure throwing a `ValidationError`:
 *
 * 1. no events: `Cannot merge empty event list`;
 * 2. events 2..n in input order, clock before aggregate, before any state is read:
 *    `Events have different lamport_clocks: {this} != {first}`,
 *    `Events have different aggregate_ids: {this} != {first}`;
 * 3. each event's state in input order: `payload[stateKey]`, falling back to
 *    `payload.status` when it is missing or `null` and `stateKey` is `"state"`; still none:
 *    `Event {event_id} missing 'state' or 'status' in payload` (or `missing '{stateKey}'`).
 *    Any other value, even `""` or `false`, is a state. A state that is not a key of
 *    `priorityMap` (every non-text state): `State value '{state}' not in priority_map.
 *    Available states: ['done', 'doing']` (Python `str()` of the state in plain single
 *    quotes, Python repr of the key list). A list or object state throws a `TypeError`
 *    (`unhashable type: 'list'`), as the reference does.
 *
 * The winner has the highest priority; ties go to the smallest `node_id` by code point,
 * then to the first in input order. The note is `Single event, no conflict: state={state}`
 * for one event, `All events have same state: {state} (tiebroken by node '{node}')` when
 * every state is equal, else `Selected state '{state}' (priority={p}) from node '{node}'
 * over {n-1} conflicting states` (n counts events, not distinct states).
 *
 * Numbers print as Python prints them (`1.5`, `1e+16`), but a JSON `2.0` has become the
 * number 2 and prints `2` where the reference prints `2.0`.
 *
 * @param stateKey The payload key holding the state (`"state"` by default).
 */
export function stateMachineMerge<TEvent extends MergeableEvent>(
  events: readonly TEvent[],
  priorityMap: PriorityMap,
  stateKey = "state",
): ConflictResolution<TEvent> {
  const first = events[0];
  if (first === undefined) throw new ValidationError("Cannot merge empty event list");
  for (let i = 1; i < events.length; i++) {
    const event = events[i] as TEvent;
    if (event.lamport_clock !== first.lamport_clock) {
      throw new ValidationError(
        `Events have different lamport_clocks: ${event.lamport_clock} != ${first.lamport_clock}`,
      );
    }
    if (event.aggregate_id !== first.aggregate_id) {
      throw new ValidationError(
        `Events have different aggregate_ids: ${event.aggregate_id} != ${first.aggregate_id}`,
      );
    }
  }
  const states: string[] = [];
  const priorities: number[] = [];
  for (const event of events) {
    const state = stateOf(event, stateKey);
    if (typeof state === "object") {
      throw new TypeError(`unhashable type: '${pythonTypeName(state)}'`);
    }
    const priority = typeof state === "string" ? priorityOf(priorityMap, state) : undefined;
    if (priority === undefined) {
      throw new ValidationError(
        `State value '${pythonStr(state)}' not in priority_map. ` +
          `Available states: ${pythonValueRepr(priorityKeys(priorityMap))}`,
      );
    }
    states.push(state as string);
    priorities.push(priority);
  }
  let winner = 0;
  for (let i = 1; i < events.length; i++) {
    const best = priorities[winner] as number;
    const priority = priorities[i] as number;
    if (
      priority > best ||
      (priority === best &&
        compareCodePoints((events[i] as TEvent).node_id, (events[winner] as TEvent).node_id) < 0)
    ) {
      winner = i;
    }
  }
  const merged = events[winner] as TEvent;
  const state = states[winner] as string;
  let note: string;
  if (events.length === 1) note = `Single event, no conflict: state=${state}`;
  else if (states.every((other) => other === state)) {
    note = `All events have same state: ${state} (tiebroken by node '${merged.node_id}')`;
  } else {
    note =
      `Selected state '${state}' (priority=${pythonStr(priorities[winner])}) ` +
      `from node '${merged.node_id}' over ${events.length - 1} conflicting states`;
  }
  return Object.freeze({
    merged_event: merged,
    resolution_note: note,
    requires_manual_review: false,
    conflicting_events: Object.freeze([...events]),
  });
}
