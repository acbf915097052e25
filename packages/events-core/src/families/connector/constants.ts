import { frozenSet } from "../../support/frozen.js";

/** Schema version of the connector lifecycle family. */
export const CONNECTOR_SCHEMA_VERSION = "2.7.0";

/** Event type: a connector was provisioned. */
export const CONNECTOR_PROVISIONED = "ConnectorProvisioned";
/** Event type: a connector's health was checked. */
export const CONNECTOR_HEALTH_CHECKED = "ConnectorHealthChecked";
/** Event type: a connector degraded. */
export const CONNECTOR_DEGRADED = "ConnectorDegraded";
/** Event type: a connector's credentials were revoked. */
export const CONNECTOR_REVOKED = "ConnectorRevoked";
/** Event type: a connector reconnected. */
export const CONNECTOR_RECONNECTED = "ConnectorReconnected";

/** An event type of the connector lifecycle family. */
export type ConnectorEventType =
  | typeof CONNECTOR_PROVISIONED
  | typeof CONNECTOR_HEALTH_CHECKED
  | typeof CONNECTOR_DEGRADED
  | typeof CONNECTOR_REVOKED
  | typeof CONNECTOR_RECONNECTED;

/** The five connector lifecycle event types (immutable). */
export const CONNECTOR_EVENT_TYPES: ReadonlySet<ConnectorEventType> = frozenSet<ConnectorEventType>(
  [
    CONNECTOR_PROVISIONED,
    CONNECTOR_HEALTH_CHECKED,
    CONNECTOR_DEGRADED,
    CONNECTOR_REVOKED,
    CONNECTOR_RECONNECTED,
  ],
);
