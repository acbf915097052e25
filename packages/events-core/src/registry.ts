import { EventSchema } from "./envelope/event.js";
import type { EnumFieldSchema } from "./rules/enum.js";
import type { ModelEntries, ModelSchema } from "./rules/model.js";
import { LaneSchema, SyncLaneV1Schema } from "./status/lanes.js";

/** A model registered for an event type: what the validator and the schema generator read. */
export interface EventTypeRegistration {
  /** Event type, e.g. `ConnectorProvisioned` (`Event` for the whole envelope). */
  readonly eventType: string;
  /** Published schema name, e.g. `connector_provisioned_payload`. */
  readonly schemaName: string;
  /** The model (payload model, or the envelope model for `Event`). */
  readonly model: ModelSchema<ModelEntries>;
}

/** Builds a registration (helper for family registries). */
export function registerEventType(
  eventType: string,
  schemaName: string,
  model: ModelSchema<ModelEntries>,
): EventTypeRegistration {
  return Object.freeze({ eventType, schemaName, model });
}

/** The envelope registration: event type `Event`, schema `event`. */
export const ENVELOPE_REGISTRATION: EventTypeRegistration = registerEventType(
  "Event",
  "event",
  EventSchema as unknown as ModelSchema<ModelEntries>,
);

function byEventType(
  registrations: readonly EventTypeRegistration[],
): ReadonlyMap<string, EventTypeRegistration> {
  const map = new Map<string, EventTypeRegistration>();
  for (const registration of registrations) {
    if (map.has(registration.eventType)) {
      throw new Error(`Event type registered twice: ${registration.eventType}`);
    }
    map.set(registration.eventType, registration);
  }
  return map;
}

/**
 * The one model registry of the contract: every registered event type (the envelope `Event`
 * and each family's payload types) to its model and schema name. The conformance validator
 * and the schema generator both read it.
 */
export const EVENT_TYPE_REGISTRY: ReadonlyMap<string, EventTypeRegistration> = byEventType([
  ENVELOPE_REGISTRATION,
]);

/** Enums published as schemas of their own (`lane`, `sync_lane_v1`), by schema name. */
export const ENUM_SCHEMA_REGISTRY: ReadonlyMap<string, EnumFieldSchema<string>> = new Map<
  string,
  EnumFieldSchema<string>
>([
  ["lane", LaneSchema],
  ["sync_lane_v1", SyncLaneV1Schema],
]);
