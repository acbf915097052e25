import type { Event } from "../envelope/event.js";
import { firstOfEachKey } from "../internal/index.js";
import {
  formatModelIssues,
  type ModelEntries,
  type ModelSchema,
  safeParseModel,
} from "../model/model.js";
import type { ModelIssue } from "../model/violation.js";
import { inStatusOrder, type SortableEvent } from "../ordering/sort.js";
import { pythonRepr } from "../python/python-repr.js";
import type { DateTimeValue } from "../rules/datetime.js";
import type { JsonObject } from "../rules/json-object.js";

/**
 * An anomaly a reducer records instead of throwing: its kind, the event it concerns and a
 * message. JSON keys in this order: `kind`, `event_id`, `message`.
 */
export interface ReducerAnomaly<TKind extends string = string> {
  /** Anomaly kind, e.g. `invalid_transition`. */
  readonly kind: TKind;
  /** `event_id` of the event that was skipped. */
  readonly event_id: string;
  /** Reference message text. */
  readonly message: string;
}

/** Builds a frozen {@link ReducerAnomaly}. */
export function reducerAnomaly<TKind extends string>(
  kind: TKind,
  eventId: string,
  message: string,
): ReducerAnomaly<TKind> {
  return Object.freeze({ kind, event_id: eventId, message });
}

/**
 * Builds a frozen anomaly of the lifecycle, collaboration, glossary and mission-next
 * reducers: the event's `event_id` and `event_type`, and `reason`.
 */
export function eventAnomaly(
  event: { readonly event_id: string; readonly event_type: string },
  reason: string,
): { readonly event_id: string; readonly event_type: string; readonly reason: string } {
  return Object.freeze({ event_id: event.event_id, event_type: event.event_type, reason });
}

/** Message of a `malformed_payload` anomaly: `Payload validation failed for '<type>': <details>`. */
export function malformedPayloadMessage(eventType: string, issues: readonly ModelIssue[]): string {
  return `Payload validation failed for ${pythonRepr(eventType)}: ${formatModelIssues(issues)}`;
}

/**
 * The `malformed_payload` anomaly of an event whose payload its model refuses (the model
 * layer only), or `undefined` when the payload is accepted.
 */
export function malformedPayloadAnomaly(
  model: ModelSchema<ModelEntries>,
  event: ReducibleEvent,
): ReducerAnomaly<"malformed_payload"> | undefined {
  if (model.test(event.payload)) return undefined;
  const parsed = safeParseModel(model, event.payload);
  return reducerAnomaly(
    "malformed_payload",
    event.event_id,
    malformedPayloadMessage(event.event_type, parsed.issues ?? []),
  );
}

/** Message of an `unknown_event_type` anomaly: `Unknown event type in <family> family: '<type>'`. */
export function unknownEventTypeMessage(family: string, eventType: string): string {
  return `Unknown event type in ${family} family: ${pythonRepr(eventType)}`;
}

/** What {@link selectFamilyEvents} reads of an event: its sort key and its type. */
export interface TypedSortableEvent extends SortableEvent {
  /** Event type, e.g. `SyncIngestAccepted`. */
  readonly event_type: string;
}

/**
 * The fields of an event that the reducers read: its sort key (`lamport_clock`, `timestamp`,
 * `event_id`), its `event_type` and its `payload`. Every parsed {@link Event} is one.
 */
export interface ReducibleEvent extends TypedSortableEvent {
  /** The parsed timestamp (its isoformat is in the sort key; some outputs carry it). */
  readonly timestamp: DateTimeValue;
  /** The payload, read by the reducer of the event's family. */
  readonly payload: JsonObject;
}

/** The events a family reducer folds, and the count it reports. */
export interface FamilyEvents<TEvent extends TypedSortableEvent = Event> {
  /** Number of events after dedup, before filtering (other families count too). */
  readonly eventCount: number;
  /** The family's events, sorted by the status sort key, first of each `event_id` kept. */
  readonly events: readonly TEvent[];
}

/**
 * The shared first steps of every family reducer: sort by the status sort key, dedup by
 * `event_id`, count, then keep the events whose type is in `eventTypes` (in sorted order).
 */
export function selectFamilyEvents<TEvent extends TypedSortableEvent>(
  events: readonly TEvent[],
  eventTypes: ReadonlySet<string>,
): FamilyEvents<TEvent> {
  const sorted = inStatusOrder(events);
  const firsts = firstOfEachKey(sorted, (event) => event.event_id);
  let eventCount = 0;
  const selected: TEvent[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (firsts[i] === 0) continue;
    eventCount++;
    const event = sorted[i] as TEvent;
    if (eventTypes.has(event.event_type)) selected.push(event);
  }
  return { eventCount, events: selected };
}

/**
 * The first steps of the reducers that filter first (collaboration, glossary, mission-next):
 * keep the events whose type is in `eventTypes`, sort them by the status sort key, then keep
 * the first of each `event_id`. As the filter comes first, an event of another family never
 * shadows a family event that shares its `event_id`.
 */
export function filterSortDedupEvents<TEvent extends TypedSortableEvent>(
  events: readonly TEvent[],
  eventTypes: ReadonlySet<string>,
): readonly TEvent[] {
  // A stream of the family's events alone, in order and without repeats, is used as it is.
  const family = events.every((event) => eventTypes.has(event.event_type))
    ? events
    : events.filter((event) => eventTypes.has(event.event_type));
  const sorted = inStatusOrder(family);
  const firsts = firstOfEachKey(sorted, (event) => event.event_id);
  if (!firsts.includes(0)) return sorted;
  return sorted.filter((_, i) => firsts[i] === 1);
}
