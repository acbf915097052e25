import {
  CONNECTOR_DEGRADED,
  CONNECTOR_HEALTH_CHECKED,
  CONNECTOR_PROVISIONED,
  CONNECTOR_RECONNECTED,
  CONNECTOR_REVOKED,
} from "./connector/constants.js";
import {
  ConnectorDegradedPayloadSchema,
  ConnectorHealthCheckedPayloadSchema,
  ConnectorProvisionedPayloadSchema,
  ConnectorReconnectedPayloadSchema,
  ConnectorRevokedPayloadSchema,
} from "./connector/payloads.js";
import { EventSchema } from "./envelope/event.js";
import type { EnumFieldSchema } from "./rules/enum.js";
import { frozenMap } from "./rules/frozen.js";
import type { ModelEntries, ModelSchema } from "./rules/model.js";
import { LaneSchema, SyncLaneV1Schema } from "./status/lanes.js";
import {
  EXTERNAL_REFERENCE_LINKED,
  SYNC_DEAD_LETTERED,
  SYNC_INGEST_ACCEPTED,
  SYNC_INGEST_REJECTED,
  SYNC_REPLAY_COMPLETED,
  SYNC_RETRY_SCHEDULED,
} from "./sync/constants.js";
import {
  ExternalReferenceLinkedPayloadSchema,
  SyncDeadLetteredPayloadSchema,
  SyncIngestAcceptedPayloadSchema,
  SyncIngestRejectedPayloadSchema,
  SyncReplayCompletedPayloadSchema,
  SyncRetryScheduledPayloadSchema,
} from "./sync/payloads.js";

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

/** Registrations of the connector lifecycle family (2.7.0). */
export const CONNECTOR_REGISTRATIONS: readonly EventTypeRegistration[] = Object.freeze([
  registerEventType(
    CONNECTOR_PROVISIONED,
    "connector_provisioned_payload",
    ConnectorProvisionedPayloadSchema,
  ),
  registerEventType(
    CONNECTOR_HEALTH_CHECKED,
    "connector_health_checked_payload",
    ConnectorHealthCheckedPayloadSchema,
  ),
  registerEventType(
    CONNECTOR_DEGRADED,
    "connector_degraded_payload",
    ConnectorDegradedPayloadSchema,
  ),
  registerEventType(CONNECTOR_REVOKED, "connector_revoked_payload", ConnectorRevokedPayloadSchema),
  registerEventType(
    CONNECTOR_RECONNECTED,
    "connector_reconnected_payload",
    ConnectorReconnectedPayloadSchema,
  ),
]);

/** Registrations of the sync lifecycle family and `ExternalReferenceLinked` (2.7.0). */
export const SYNC_REGISTRATIONS: readonly EventTypeRegistration[] = Object.freeze([
  registerEventType(
    SYNC_INGEST_ACCEPTED,
    "sync_ingest_accepted_payload",
    SyncIngestAcceptedPayloadSchema,
  ),
  registerEventType(
    SYNC_INGEST_REJECTED,
    "sync_ingest_rejected_payload",
    SyncIngestRejectedPayloadSchema,
  ),
  registerEventType(
    SYNC_RETRY_SCHEDULED,
    "sync_retry_scheduled_payload",
    SyncRetryScheduledPayloadSchema,
  ),
  registerEventType(
    SYNC_DEAD_LETTERED,
    "sync_dead_lettered_payload",
    SyncDeadLetteredPayloadSchema,
  ),
  registerEventType(
    SYNC_REPLAY_COMPLETED,
    "sync_replay_completed_payload",
    SyncReplayCompletedPayloadSchema,
  ),
  registerEventType(
    EXTERNAL_REFERENCE_LINKED,
    "external_reference_linked_payload",
    ExternalReferenceLinkedPayloadSchema,
  ),
]);

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
  return frozenMap(map);
}

/**
 * The one model registry of the contract: every registered event type (the envelope `Event`
 * and each family's payload types) to its model and schema name. The conformance validator
 * and the schema generator both read it.
 */
export const EVENT_TYPE_REGISTRY: ReadonlyMap<string, EventTypeRegistration> = byEventType([
  ENVELOPE_REGISTRATION,
  ...CONNECTOR_REGISTRATIONS,
  ...SYNC_REGISTRATIONS,
]);

/** Enums published as schemas of their own (`lane`, `sync_lane_v1`), by schema name. */
export const ENUM_SCHEMA_REGISTRY: ReadonlyMap<string, EnumFieldSchema<string>> = frozenMap<
  string,
  EnumFieldSchema<string>
>([
  ["lane", LaneSchema],
  ["sync_lane_v1", SyncLaneV1Schema],
]);
