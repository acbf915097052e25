/**
 * Typed events, derived from the list of families: the names of the registered event types,
 * each one's payload type, the union of typed events narrowed by `event_type`, and the parse
 * functions and guards that give them. A family added to `CONTRACT_FAMILIES` joins by itself.
 */
import type * as v from "valibot";
import { type Event, safeParseEvent } from "./envelope/event.js";
import type { CONTRACT_FAMILIES } from "./families/index.js";
import type { PayloadRegistration } from "./family.js";
import { type ModelParseResult, ModelValidationError, safeParseModel } from "./model/model.js";
import type { ModelIssue } from "./model/violation.js";
import { EVENT_TYPE_REGISTRY } from "./registry.js";

/** Every registration of every family (a union). */
type Registration = (typeof CONTRACT_FAMILIES)[number]["payloads"][number];

/** The name of every registered event type, `Event` (a whole envelope) included. */
export type EventType = Registration["eventType"];

/** The name of every registered payload event type (`Event`, the envelope, excluded). */
export type PayloadEventType = Exclude<EventType, "Event">;

/**
 * An event type as a caller writes it: a registered name (with completion), or any `string`
 * known only at run time. A misspelt literal (`"ConnectorProvisiond"`) is a type error.
 */
export type EventTypeName<TName extends string> = string extends TName
  ? TName
  : TName extends EventType
    ? TName
    : EventType;

/** The name of every fixture category of the families. */
export type FixtureCategory = (typeof CONTRACT_FAMILIES)[number]["fixtureCategories"][number];

/**
 * A fixture category as a caller writes it: a known category (with completion), or any
 * `string` known only at run time. A misspelt literal is a type error.
 */
export type FixtureCategoryName<TName extends string> = string extends TName
  ? TName
  : TName extends FixtureCategory
    ? TName
    : FixtureCategory;

/** The parsed payload of an event type (for `Event`, the parsed envelope). */
export type PayloadOf<TType extends EventType> = v.InferOutput<
  Extract<Registration, PayloadRegistration<TType>>["model"]
>;

/** A parsed event of one registered type: its envelope, with the payload parsed by its model. */
export type KnownEventOf<TType extends PayloadEventType> = {
  readonly [K in keyof Event]: K extends "event_type"
    ? TType
    : K extends "payload"
      ? PayloadOf<TType>
      : Event[K];
} & {};

/** Any parsed event of a registered type: a union discriminated by `event_type`. */
export type KnownEvent = { [TType in PayloadEventType]: KnownEventOf<TType> }[PayloadEventType];

/** True when `eventType` is a registered event type (`Event` included). */
export function isEventType(eventType: unknown): eventType is EventType {
  return typeof eventType === "string" && EVENT_TYPE_REGISTRY.has(eventType);
}

/** True when `eventType` is a registered payload event type (not `Event`). */
export function isPayloadEventType(eventType: unknown): eventType is PayloadEventType {
  return isEventType(eventType) && eventType !== "Event";
}

/**
 * True when `value` is a member of `set`, narrowing it to the set's members: e.g.
 * `hasEventType(CONNECTOR_EVENT_TYPES, event.event_type)` narrows to `ConnectorEventType`.
 */
export function hasEventType<TType extends string>(
  set: ReadonlySet<TType>,
  value: unknown,
): value is TType {
  return typeof value === "string" && (set as ReadonlySet<string>).has(value);
}

// The events built by the parse functions below (see `isKnownEvent`).
const KNOWN_EVENTS = new WeakSet<object>();

/** Prefixes each issue's field path with `payload.`. */
function payloadIssues(issues: readonly ModelIssue[]): ModelIssue[] {
  return issues.map((issue) => ({
    ...issue,
    field: issue.field === "" ? "payload" : `payload.${issue.field}`,
  }));
}

/**
 * Parses an envelope and its payload: the envelope with its model, then the payload with the
 * model of its `event_type`. An unregistered type is a `value_error` of `event_type`
 * (`Unknown event type: <type>`); payload issues have paths under `payload.`. Never throws on
 * input content.
 */
export function safeParseKnownEvent(input: unknown): ModelParseResult<KnownEvent> {
  const envelope = safeParseEvent(input);
  if (!envelope.success) return envelope;
  const event = envelope.output;
  const registration = EVENT_TYPE_REGISTRY.get(event.event_type);
  if (registration === undefined || event.event_type === "Event") {
    return {
      success: false,
      issues: [
        {
          field: "event_type",
          violationType: "value_error",
          message: `Unknown event type: ${event.event_type}`,
          inputValue: event.event_type,
        },
      ],
    };
  }
  const payload = safeParseModel(registration.model, event.payload);
  if (!payload.success) return { success: false, issues: payloadIssues(payload.issues) };
  const known = Object.freeze({ ...event, payload: payload.output }) as unknown as KnownEvent;
  KNOWN_EVENTS.add(known);
  return { success: true, output: known };
}

/**
 * Parses an envelope and its payload ({@link safeParseKnownEvent}); throws
 * `ModelValidationError` naming every bad field.
 */
export function parseKnownEvent(input: unknown): KnownEvent {
  const result = safeParseKnownEvent(input);
  if (!result.success) throw new ModelValidationError("Event", result.issues);
  return result.output;
}

/** True when `value` is an event built by {@link parseKnownEvent} or {@link safeParseKnownEvent}. */
export function isKnownEvent(value: unknown): value is KnownEvent {
  return typeof value === "object" && value !== null && KNOWN_EVENTS.has(value);
}
