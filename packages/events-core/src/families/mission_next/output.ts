import type { MissionRunStatus } from "./enums.js";
import type { DecisionInputAnsweredPayload, DecisionInputRequestedPayload } from "./payloads.js";

/**
 * An event the mission-next reducer skipped, with the reason. JSON keys in this order:
 * `event_id`, `event_type` (the envelope's, `MissionCompleted` for the alias), `reason`.
 */
export interface MissionNextAnomaly {
  /** `event_id` of the event. */
  readonly event_id: string;
  /** `event_type` of the envelope. */
  readonly event_type: string;
  /** The reference's reason text (see the message catalogue). */
  readonly reason: string;
}

/**
 * The projection of a mission-next event stream (deeply immutable). `JSON.stringify` gives
 * the reference's JSON form, keys in this order; its maps (`insertionOrderedMap`) are written
 * as objects with their keys in insertion order.
 */
export interface ReducedMissionRunState {
  /** `run_id` of the run's start, or `null` before any valid start. */
  readonly run_id: string | null;
  /** `mission_key` of the run's start, or `null`. */
  readonly mission_key: string | null;
  /** `running` after the start, `completed` after the completion, else `null`. */
  readonly run_status: MissionRunStatus | null;
  /** The step issued last and not completed since, or `null`. */
  readonly current_step_id: string | null;
  /** Completed steps in first-completion order, each once. */
  readonly completed_steps: readonly string[];
  /** Open decision requests by `decision_id`, in request order. */
  readonly pending_decisions: ReadonlyMap<string, DecisionInputRequestedPayload>;
  /** The last answer of each answered decision by `decision_id`, in first-answer order. */
  readonly answered_decisions: ReadonlyMap<string, DecisionInputAnsweredPayload>;
  /** Events skipped, with the reason, in order. */
  readonly anomalies: readonly MissionNextAnomaly[];
  /** Number of mission-next events after dedup (skipped ones included). */
  readonly event_count: number;
  /** `event_id` of the last mission-next event, or `null` when there is none. */
  readonly last_processed_event_id: string | null;
}
