import type { WPState } from "../status/output.js";
import type { MissionStatus } from "./enums.js";

/**
 * An event the lifecycle reducer skipped (a mission event, or a work-package event the status
 * reducer skipped). JSON keys in this order; no field has a length bound.
 */
export interface LifecycleAnomaly {
  /** `event_id` of the skipped event. */
  readonly event_id: string;
  /** Its event type. */
  readonly event_type: string;
  /** Why it was skipped. */
  readonly reason: string;
}

/**
 * The projection of a mission's event stream (deeply immutable). `JSON.stringify` gives the
 * reference's JSON form, keys in this order.
 */
export interface ReducedMissionState {
  /** The started mission's id, or `null` before a valid `MissionStarted`. */
  readonly mission_id: string | null;
  /** `active`, `completed`, `cancelled`, or `null` before a valid `MissionStarted`. */
  readonly mission_status: MissionStatus | null;
  /** The started mission's type, or `null`. */
  readonly mission_type: string | null;
  /** The last phase entered (initial, entered or rolled back to), or `null`. */
  readonly current_phase: string | null;
  /** Every phase entered, in order (initial phase first, rollback targets included). */
  readonly phases_entered: readonly string[];
  /** The work packages' states, from the status reducer (first-applied order). */
  readonly wp_states: ReadonlyMap<string, WPState>;
  /** Mission anomalies in fold order, then the status reducer's as `WP <wp_id>: <reason>`. */
  readonly anomalies: readonly LifecycleAnomaly[];
  /** Number of distinct events of any type. */
  readonly event_count: number;
  /** `event_id` of the last distinct event of any type in sort order, or `null`. */
  readonly last_processed_event_id: string | null;
}
