import type { ReducerAnomaly } from "../../reducers/pipeline.js";
import type { DateTimeValue } from "../../rules/datetime.js";
import type { DecisionAuthorityRole, DecisionPointState } from "./enums.js";

/** Kinds of anomaly the DecisionPoint reducer records. */
export type DecisionPointAnomalyKind =
  | "invalid_transition"
  | "authority_policy_violation"
  | "llm_policy_violation"
  | "malformed_payload"
  | "event_after_terminal";

/**
 * An anomaly of the DecisionPoint reducer (the reference's `DecisionPointAnomaly`): JSON keys
 * `kind`, `event_id`, `message`.
 */
export type DecisionPointAnomaly = ReducerAnomaly<DecisionPointAnomalyKind>;

/**
 * The projection of a DecisionPoint event stream (deeply immutable). `JSON.stringify` gives
 * the reference's JSON form, keys in this order. Every field but `anomalies` and
 * `event_count` comes from the last applied event (`null` before one is applied).
 */
export interface ReducedDecisionPointState {
  /** State after the last applied event, or `null`. */
  readonly state: DecisionPointState | null;
  /** `decision_point_id` of the last applied payload (decision points are not kept apart). */
  readonly decision_point_id: string | null;
  /** `mission_id` of the last applied payload. */
  readonly mission_id: string | null;
  /** `run_id` of the last applied payload. */
  readonly run_id: string | null;
  /** `feature_slug` of the last applied payload. */
  readonly feature_slug: string | null;
  /** `phase` of the last applied payload. */
  readonly phase: string | null;
  /** `actor_id` of the last applied payload. */
  readonly last_actor_id: string | null;
  /** `actor_type` of the last applied payload (`human`, `llm` or `service`). */
  readonly last_actor_type: string | null;
  /** `authority_role` of the last applied payload. */
  readonly last_authority_role: DecisionAuthorityRole | null;
  /** `rationale` of the last applied payload. */
  readonly last_rationale: string | null;
  /** `alternatives_considered` of the last applied payload, as given. */
  readonly last_alternatives_considered: readonly string[] | null;
  /** `evidence_refs` of the last applied payload, as given. */
  readonly last_evidence_refs: readonly string[] | null;
  /** `state_entered_at` of the last applied payload (JSON form when serialised). */
  readonly last_state_entered_at: DateTimeValue | null;
  /** Events skipped, with the reason, in order. */
  readonly anomalies: readonly DecisionPointAnomaly[];
  /** Number of events after dedup, before filtering by family (other families count too). */
  readonly event_count: number;
}
