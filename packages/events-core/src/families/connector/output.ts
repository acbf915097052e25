import type { ReducerAnomaly } from "../../reducers/pipeline.js";
import type { DateTimeValue } from "../../rules/datetime.js";
import type { ConnectorState } from "./enums.js";

/** Kinds of anomaly the connector reducer records. */
export type ConnectorAnomalyKind =
  | "invalid_transition"
  | "malformed_payload"
  | "unknown_event_type";

/** An anomaly of the connector reducer. */
export type ConnectorAnomaly = ReducerAnomaly<ConnectorAnomalyKind>;

/** One applied connector transition: `[event_id, state]`. */
export type ConnectorTransition = readonly [eventId: string, state: ConnectorState];

/**
 * The projection of a connector event stream (deeply immutable). `JSON.stringify` gives the
 * reference's JSON form, keys in this order.
 */
export interface ReducedConnectorState {
  /** `connector_id` of the last applied payload, or `null`. */
  readonly connector_id: string | null;
  /** State after the last applied event, or `null` when none was applied. */
  readonly current_state: ConnectorState | null;
  /** `provider` of the last applied payload, or `null`. */
  readonly provider: string | null;
  /** `recorded_at` of the last applied health check (JSON form when serialised), or `null`. */
  readonly last_health_check: DateTimeValue | null;
  /** Events skipped, with the reason. */
  readonly anomalies: readonly ConnectorAnomaly[];
  /** Number of events after dedup, before filtering by family. */
  readonly event_count: number;
  /** Applied transitions, in order. */
  readonly transition_log: readonly ConnectorTransition[];
}
