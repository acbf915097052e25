import { enumField } from "../../rules/enum.js";

/** Lifecycle states of a connector (values). */
export const ConnectorState = Object.freeze({
  PROVISIONED: "provisioned",
  HEALTHY: "healthy",
  DEGRADED: "degraded",
  REVOKED: "revoked",
  RECONNECTED: "reconnected",
} as const);

/** A connector lifecycle state. */
export type ConnectorState = (typeof ConnectorState)[keyof typeof ConnectorState];

/** Results of a connector health check (values). */
export const HealthStatus = Object.freeze({
  HEALTHY: "healthy",
  DEGRADED: "degraded",
  UNREACHABLE: "unreachable",
} as const);

/** A health-check result. */
export type HealthStatus = (typeof HealthStatus)[keyof typeof HealthStatus];

/** How a connector reconnects (values). */
export const ReconnectStrategy = Object.freeze({
  AUTOMATIC: "automatic",
  MANUAL: "manual",
  BACKOFF: "backoff",
} as const);

/** A reconnect strategy. */
export type ReconnectStrategy = (typeof ReconnectStrategy)[keyof typeof ReconnectStrategy];

/** Field schema of {@link ConnectorState}; shared by every model that uses it. */
export const ConnectorStateSchema = enumField("ConnectorState", Object.values(ConnectorState));

/** Field schema of {@link HealthStatus}; shared by every model that uses it. */
export const HealthStatusSchema = enumField("HealthStatus", Object.values(HealthStatus));

/** Field schema of {@link ReconnectStrategy}; shared by every model that uses it. */
export const ReconnectStrategySchema = enumField(
  "ReconnectStrategy",
  Object.values(ReconnectStrategy),
);
