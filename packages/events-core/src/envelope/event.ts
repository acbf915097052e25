import * as v from "valibot";
import { createStringPool } from "../internal/index.js";
import { describe } from "../model/describe.js";
import {
  type ModelOutput,
  type ModelParseResult,
  model,
  parseModel,
  safeParseModel,
} from "../model/model.js";
import { datetimeField } from "../rules/datetime.js";
import { eventIdField } from "../rules/event-id.js";
import { jsonObjectField } from "../rules/json-object.js";
import { laxIntField } from "../rules/number.js";
import { nonEmptyStringField, patternStringField, stringField } from "../rules/string.js";
import { uuidField } from "../rules/uuid.js";

/** Event types repeat across a stream: each parsed one is shared from this pool. */
const EVENT_TYPE_POOL = createStringPool();

/** Default `schema_version` of an envelope. */
export const DEFAULT_ENVELOPE_SCHEMA_VERSION = "1.0.0";

/**
 * The `Event` envelope model (`envelope-and-ordering.md`): every field, default and bound of
 * the reference, in the reference's JSON key order. Unknown keys are ignored.
 */
export const EventSchema = model(
  "Event",
  "Immutable event with causal metadata for distributed conflict detection.",
  {
    event_id: describe(eventIdField(), "Unique event identifier (26-char ULID or UUID accepted)"),
    event_type: describe(
      stringField({ minLength: 1 }, EVENT_TYPE_POOL.share),
      "Event type identifier (e.g., 'WPStatusChanged', 'TagAdded')",
    ),
    aggregate_id: describe(nonEmptyStringField(), "Identifier of the entity this event modifies"),
    payload: describe(v.optional(jsonObjectField(), {}), "Event-specific data (opaque to library)"),
    timestamp: describe(
      datetimeField(),
      "Wall-clock timestamp (human-readable, not used for ordering)",
    ),
    node_id: describe(nonEmptyStringField(), "Identifier of the node that emitted this event"),
    lamport_clock: describe(
      laxIntField({ ge: 0 }),
      "Lamport logical clock value (monotonically increasing)",
    ),
    causation_id: describe(
      v.optional(v.nullable(eventIdField()), null),
      "Event ID of the parent event (26-char ULID or UUID accepted, None for root events)",
    ),
    project_uuid: describe(uuidField(), "UUID of the project this event belongs to"),
    project_slug: describe(
      v.optional(v.nullable(stringField()), null),
      "Human-readable project identifier (optional)",
    ),
    correlation_id: describe(
      eventIdField(),
      "Correlation identifier (26-char ULID or UUID accepted)",
    ),
    schema_version: describe(
      v.optional(
        patternStringField("^\\d+\\.\\d+\\.\\d+$", /^\p{Nd}+\.\p{Nd}+\.\p{Nd}+$/u),
        DEFAULT_ENVELOPE_SCHEMA_VERSION,
      ),
      "Envelope schema version (semver)",
    ),
    data_tier: describe(
      v.optional(laxIntField({ ge: 0, le: 4 }), 0),
      "Progressive data sharing tier (0=local, 4=telemetry)",
    ),
  },
);

/**
 * A parsed, immutable, normalised event envelope. `JSON.stringify(event)` gives the
 * reference's JSON form (key order, datetime JSON form, nulls).
 */
export type Event = ModelOutput<typeof EventSchema.entries>;

/**
 * Parses an event envelope: ids normalised, defaults filled, `project_uuid` lower-case
 * hyphenated, timestamp parsed. Throws `ModelValidationError` naming each bad field.
 */
export function parseEvent(input: unknown): Event {
  return parseModel(EventSchema, input);
}

/** Parses an event envelope without throwing: the event, or every issue found. */
export function safeParseEvent(input: unknown): ModelParseResult<Event> {
  return safeParseModel(EventSchema, input);
}
