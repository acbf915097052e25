export {
  CONNECTOR_DEGRADED,
  CONNECTOR_EVENT_TYPES,
  CONNECTOR_HEALTH_CHECKED,
  CONNECTOR_PROVISIONED,
  CONNECTOR_RECONNECTED,
  CONNECTOR_REVOKED,
  CONNECTOR_SCHEMA_VERSION,
  type ConnectorEventType,
} from "./constants.js";
export {
  ConnectorState,
  ConnectorStateSchema,
  HealthStatus,
  HealthStatusSchema,
  ReconnectStrategy,
  ReconnectStrategySchema,
} from "./enums.js";
export { CONNECTOR_FAMILY, summarizeConnectorState } from "./family.js";
export type {
  ConnectorAnomaly,
  ConnectorAnomalyKind,
  ConnectorTransition,
  ReducedConnectorState,
} from "./output.js";
export {
  CONNECTOR_PAYLOAD_MODELS,
  type ConnectorBasePayload,
  type ConnectorDegradedPayload,
  ConnectorDegradedPayloadSchema,
  type ConnectorHealthCheckedPayload,
  ConnectorHealthCheckedPayloadSchema,
  type ConnectorPayload,
  type ConnectorProvisionedPayload,
  ConnectorProvisionedPayloadSchema,
  type ConnectorReconnectedPayload,
  ConnectorReconnectedPayloadSchema,
  type ConnectorRevokedPayload,
  ConnectorRevokedPayloadSchema,
} from "./payloads.js";
export {
  CONNECTOR_TARGET_STATES,
  CONNECTOR_TRANSITIONS,
  reduceConnectorEvents,
} from "./reducer.js";
