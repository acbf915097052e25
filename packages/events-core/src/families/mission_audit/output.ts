import type { ReducerAnomaly } from "../../reducers/pipeline.js";
import type { AuditSeverity, AuditStatus, AuditVerdict } from "./enums.js";
import type { AuditArtifactRef, PendingDecision } from "./payloads.js";

/**
 * Kinds of anomaly the mission audit reducer records. `unrecognized_event_type` is part of the
 * reference's model but can never be recorded: the reducer keeps only audit events first.
 */
export type MissionAuditAnomalyKind =
  | "event_before_requested"
  | "event_after_terminal"
  | "duplicate_decision_id"
  | "unrecognized_event_type";

/**
 * An anomaly of the mission audit reducer (the reference's `MissionAuditAnomaly`): JSON keys
 * `kind`, `event_id`, `message`.
 */
export type MissionAuditAnomaly = ReducerAnomaly<MissionAuditAnomalyKind>;

/**
 * The projection of a mission audit event stream (deeply immutable). `JSON.stringify` gives the
 * reference's JSON form, keys in this order.
 */
export interface ReducedMissionAuditState {
  /** The audit's state: `pending` until an audit event moves it. */
  readonly audit_status: AuditStatus;
  /** Verdict of the Completed event, or `null`. */
  readonly verdict: AuditVerdict | null;
  /** Severity of the Completed event, or `null`. */
  readonly severity: AuditSeverity | null;
  /** Findings count of the Completed event (coerced to an integer), or `null`. */
  readonly findings_count: number | null;
  /** Report of the Completed event (every field, defaults included), or `null`. */
  readonly artifact_ref: AuditArtifactRef | null;
  /** Partial report of the Failed event, or `null`. */
  readonly partial_artifact_ref: AuditArtifactRef | null;
  /** Summary of the Completed event, or `null`. */
  readonly summary: string | null;
  /** Error code of the Failed event, or `null`. */
  readonly error_code: string | null;
  /** Error message of the Failed event, or `null`. */
  readonly error_message: string | null;
  /** Decisions asked for and not yet settled by a terminal event, in order. */
  readonly pending_decisions: readonly PendingDecision[];
  /** From the last Requested event, or the first Started one when none came before it. */
  readonly mission_id: string | null;
  /** As `mission_id`. */
  readonly run_id: string | null;
  /** As `mission_id`. */
  readonly feature_slug: string | null;
  /** `trigger_mode` of the last Requested event. */
  readonly trigger_mode: string | null;
  /** `enforcement_mode` of the last Requested event. */
  readonly enforcement_mode: string | null;
  /** `audit_scope` of the last Requested event. */
  readonly audit_scope: readonly string[] | null;
  /** `audit_scope_hash` of the last Started event. */
  readonly audit_scope_hash: string | null;
  /** Anomalies, in order (an event may record two). */
  readonly anomalies: readonly MissionAuditAnomaly[];
  /** Number of events after dedup, before filtering by family (other families count too). */
  readonly event_count: number;
}
