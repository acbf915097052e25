import type { ReducerAnomaly } from "../../reducers/pipeline.js";
import type { SyncOutcome } from "./enums.js";

/** Kinds of anomaly the sync reducer records. */
export type SyncAnomalyKind =
  | "duplicate_delivery_pair"
  | "malformed_payload"
  | "unknown_event_type";

/** An anomaly of the sync reducer. */
export type SyncAnomaly = ReducerAnomaly<SyncAnomalyKind>;

/** Applied sync outcomes per kind; JSON keys always all five, in this order. */
export interface SyncOutcomeCounts {
  /** `SyncIngestAccepted` events applied. */
  readonly accepted_count: number;
  /** `SyncIngestRejected` events applied. */
  readonly rejected_count: number;
  /** `SyncRetryScheduled` events applied. */
  readonly retry_count: number;
  /** `SyncDeadLettered` events applied. */
  readonly dead_letter_count: number;
  /** `SyncReplayCompleted` events applied. */
  readonly replay_count: number;
}

/** One applied sync event: `[event_id, outcome, delivery_id]`. */
export type SyncOutcomeLogEntry = readonly [
  eventId: string,
  outcome: SyncOutcome,
  deliveryId: string,
];

/** An applied idempotency pair: `[delivery_id, source_event_fingerprint]`. */
export type SyncDeliveryPair = readonly [deliveryId: string, sourceEventFingerprint: string];

/**
 * The projection of a sync event stream (deeply immutable). `JSON.stringify` gives the
 * reference's JSON form, keys in this order.
 */
export interface ReducedSyncState {
  /** `connector_id` of the last applied payload, or `null`. */
  readonly connector_id: string | null;
  /** Applied events per outcome. */
  readonly outcome_counts: SyncOutcomeCounts;
  /** Applied events, in order. */
  readonly outcome_log: readonly SyncOutcomeLogEntry[];
  /** Applied pairs, sorted by delivery id then fingerprint (by code point). */
  readonly seen_delivery_pairs: readonly SyncDeliveryPair[];
  /** Events skipped, with the reason. */
  readonly anomalies: readonly SyncAnomaly[];
  /** Number of events after dedup, before filtering by family. */
  readonly event_count: number;
}
