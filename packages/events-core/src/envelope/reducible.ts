/**
 * Envelopes parsed for the reducers: only the fields they read (`ReducibleEvent`), for
 * consumers that hold long streams.
 */

import { type ModelEntries, type ModelParseResult, model, safeParseModel } from "../model/model.js";
import type { ReducibleEvent } from "../reducers/pipeline.js";
import { EventSchema, safeParseEvent } from "./event.js";

/**
 * The fields of `event` that the reducers read, as a new frozen object: a consumer that holds
 * many events for a replay holds less, and the reducers' output is the same.
 */
export function reducibleEvent(event: ReducibleEvent): ReducibleEvent {
  return Object.freeze({
    event_id: event.event_id,
    event_type: event.event_type,
    lamport_clock: event.lamport_clock,
    timestamp: event.timestamp,
    payload: event.payload,
  });
}

const { entries } = EventSchema;

/**
 * The envelope fields a reducer reads, each with its rule from {@link EventSchema}, in the
 * key order of {@link reducibleEvent}.
 */
const ReducibleEventSchema = model(
  "ReducibleEvent",
  "The fields of an event envelope that the reducers read.",
  {
    event_id: entries.event_id,
    event_type: entries.event_type,
    lamport_clock: entries.lamport_clock,
    timestamp: entries.timestamp,
    payload: entries.payload,
  },
);

/** The other fields of {@link EventSchema}, checked but not built for a reducer. */
const OtherEnvelopeFieldsSchema = model(
  "EventEnvelopeRest",
  "The fields of an event envelope that the reducers do not read.",
  Object.fromEntries(
    Object.entries(entries).filter(([key]) => !Object.hasOwn(ReducibleEventSchema.entries, key)),
  ) as ModelEntries,
);

/**
 * Parses an event envelope for a reducer: the verdict and the issues of
 * {@link safeParseEvent}, but an accepted envelope gives only what the reducers read (as
 * {@link reducibleEvent} of the parsed event would). The other fields are checked, not built,
 * which makes it the cheaper parse for a consumer that replays a long stream.
 */
export function safeParseReducibleEvent(input: unknown): ModelParseResult<ReducibleEvent> {
  if (OtherEnvelopeFieldsSchema.test(input)) {
    const result = safeParseModel(ReducibleEventSchema, input);
    if (result.success) return result;
  }
  // Some field is refused: the issues are those of the whole envelope.
  return safeParseEvent(input);
}
