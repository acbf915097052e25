import { type ModelOutput, type ModelSchema, model } from "../../model/model.js";
import { datetimeField } from "../../rules/datetime.js";
import { laxFloatField } from "../../rules/number.js";
import { nonEmptyStringField, patternStringField } from "../../rules/string.js";
import { httpUrlField } from "../../rules/url.js";
import { uuidField } from "../../rules/uuid.js";
import {
  CONNECTOR_DEGRADED,
  CONNECTOR_HEALTH_CHECKED,
  CONNECTOR_PROVISIONED,
  CONNECTOR_RECONNECTED,
  CONNECTOR_REVOKED,
  type ConnectorEventType,
} from "./constants.js";
import { ConnectorStateSchema, HealthStatusSchema, ReconnectStrategySchema } from "./enums.js";

/** Fields shared by every connector payload, in the reference's order. */
const CONNECTOR_BASE_ENTRIES = {
  connector_id: nonEmptyStringField(),
  connector_type: nonEmptyStringField(),
  provider: nonEmptyStringField(),
  mission_id: nonEmptyStringField(),
  project_uuid: uuidField(),
  actor_id: nonEmptyStringField(),
  actor_type: patternStringField("^(human|service|system)$", /^(human|service|system)$/),
  endpoint_url: httpUrlField(),
  recorded_at: datetimeField(),
};

/** Model of {@link ConnectorProvisionedPayload}. */
export const ConnectorProvisionedPayloadSchema = model(
  "ConnectorProvisionedPayload",
  "Payload for ConnectorProvisioned events.",
  {
    ...CONNECTOR_BASE_ENTRIES,
    credentials_ref: nonEmptyStringField(),
    config_hash: nonEmptyStringField(),
  },
);

/** Payload of a `ConnectorProvisioned` event. */
export type ConnectorProvisionedPayload = ModelOutput<
  typeof ConnectorProvisionedPayloadSchema.entries
>;

/** Model of {@link ConnectorHealthCheckedPayload}. */
export const ConnectorHealthCheckedPayloadSchema = model(
  "ConnectorHealthCheckedPayload",
  "Payload for ConnectorHealthChecked events.",
  {
    ...CONNECTOR_BASE_ENTRIES,
    health_status: HealthStatusSchema,
    latency_ms: laxFloatField({ ge: 0 }),
  },
);

/** Payload of a `ConnectorHealthChecked` event. */
export type ConnectorHealthCheckedPayload = ModelOutput<
  typeof ConnectorHealthCheckedPayloadSchema.entries
>;

/** Model of {@link ConnectorDegradedPayload}. */
export const ConnectorDegradedPayloadSchema = model(
  "ConnectorDegradedPayload",
  "Payload for ConnectorDegraded events.",
  {
    ...CONNECTOR_BASE_ENTRIES,
    degradation_reason: nonEmptyStringField(),
    last_healthy_at: datetimeField(),
  },
);

/** Payload of a `ConnectorDegraded` event. */
export type ConnectorDegradedPayload = ModelOutput<typeof ConnectorDegradedPayloadSchema.entries>;

/** Model of {@link ConnectorRevokedPayload}. */
export const ConnectorRevokedPayloadSchema = model(
  "ConnectorRevokedPayload",
  "Payload for ConnectorRevoked events.",
  {
    ...CONNECTOR_BASE_ENTRIES,
    revocation_reason: nonEmptyStringField(),
  },
);

/** Payload of a `ConnectorRevoked` event. */
export type ConnectorRevokedPayload = ModelOutput<typeof ConnectorRevokedPayloadSchema.entries>;

/** Model of {@link ConnectorReconnectedPayload}. */
export const ConnectorReconnectedPayloadSchema = model(
  "ConnectorReconnectedPayload",
  "Payload for ConnectorReconnected events.",
  {
    ...CONNECTOR_BASE_ENTRIES,
    previous_state: ConnectorStateSchema,
    reconnect_strategy: ReconnectStrategySchema,
  },
);

/** Payload of a `ConnectorReconnected` event. */
export type ConnectorReconnectedPayload = ModelOutput<
  typeof ConnectorReconnectedPayloadSchema.entries
>;

/** Any connector payload. */
export type ConnectorPayload =
  | ConnectorProvisionedPayload
  | ConnectorHealthCheckedPayload
  | ConnectorDegradedPayload
  | ConnectorRevokedPayload
  | ConnectorReconnectedPayload;

/** The fields every connector payload has (the base of the five models). */
export type ConnectorBasePayload = ModelOutput<typeof CONNECTOR_BASE_ENTRIES>;

/** The payload model of each connector event type (immutable). */
export const CONNECTOR_PAYLOAD_MODELS: Readonly<
  Record<ConnectorEventType, ModelSchema<typeof CONNECTOR_BASE_ENTRIES>>
> = Object.freeze({
  [CONNECTOR_PROVISIONED]: ConnectorProvisionedPayloadSchema,
  [CONNECTOR_HEALTH_CHECKED]: ConnectorHealthCheckedPayloadSchema,
  [CONNECTOR_DEGRADED]: ConnectorDegradedPayloadSchema,
  [CONNECTOR_REVOKED]: ConnectorRevokedPayloadSchema,
  [CONNECTOR_RECONNECTED]: ConnectorReconnectedPayloadSchema,
});
