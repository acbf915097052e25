import type { DateTimeValue } from "../../rules/datetime.js";
import type { Lane } from "./enums.js";
import type { DoneEvidence } from "./payloads.js";

/**
 * The state of one work package after the status reducer. JSON keys in this order.
 */
export interface WPState {
  /** Work-package id. */
  readonly wp_id: string;
  /** The lane of the last applied transition. */
  readonly current_lane: Lane;
  /** `event_id` of the last applied transition. */
  readonly last_event_id: string;
  /** Timestamp of the last applied transition (its original offset; JSON form when serialised). */
  readonly last_transition_at: DateTimeValue;
  /** The evidence of the last applied transition when it went to `done`, else `null`. */
  readonly evidence: DoneEvidence | null;
}

/**
 * A `WPStatusChanged` event the status reducer skipped: its payload failed validation, its
 * `from_lane` did not match, or the transition broke a rule. JSON keys in this order.
 */
export interface TransitionAnomaly {
  /** `event_id` of the skipped event. */
  readonly event_id: string;
  /** The payload's `wp_id`, or `<unknown>` when it is not a non-empty string. */
  readonly wp_id: string;
  /** The payload's `from_lane` (alias read), or `null` when absent or not a lane. */
  readonly from_lane: Lane | null;
  /** The payload's `to_lane` (alias read), or `null` when absent or not a lane. */
  readonly to_lane: Lane | null;
  /** Why the event was skipped. */
  readonly reason: string;
}

/**
 * The projection of the `WPStatusChanged` events of a stream (deeply immutable).
 * `JSON.stringify` gives the reference's JSON form, keys in this order; `wp_states` serialises
 * as an object in first-applied order (integer-like ids included).
 */
export interface ReducedStatus {
  /** Each work package's state, by `wp_id`, in the order of its first applied transition. */
  readonly wp_states: ReadonlyMap<string, WPState>;
  /** Skipped events: every payload failure first, then transition anomalies in applied order. */
  readonly anomalies: readonly TransitionAnomaly[];
  /** Number of distinct `WPStatusChanged` events (valid or not). */
  readonly event_count: number;
  /** `event_id` of the last distinct `WPStatusChanged` event in sort order, or `null`. */
  readonly last_processed_event_id: string | null;
}
