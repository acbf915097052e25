import { frozenSet } from "../../support/frozen.js";

/** Schema version of the sync lifecycle family. */
export const SYNC_SCHEMA_VERSION = "2.7.0";

/** Event type: an ingest delivery was accepted. */
export const SYNC_INGEST_ACCEPTED = "SyncIngestAccepted";
/** Event type: an ingest delivery was rejected. */
export const SYNC_INGEST_REJECTED = "SyncIngestRejected";
/** Event type: a retry of a delivery was scheduled. */
export const SYNC_RETRY_SCHEDULED = "SyncRetryScheduled";
/** Event type: a delivery was dead-lettered. */
export const SYNC_DEAD_LETTERED = "SyncDeadLettered";
/** Event type: a replay of deliveries completed. */
export const SYNC_REPLAY_COMPLETED = "SyncReplayCompleted";
/** Event type: an external id was linked to an internal aggregate (not in {@link SYNC_EVENT_TYPES}). */
export const EXTERNAL_REFERENCE_LINKED = "ExternalReferenceLinked";

/** An event type of the sync lifecycle (a member of {@link SYNC_EVENT_TYPES}). */
export type SyncEventType =
  | typeof SYNC_INGEST_ACCEPTED
  | typeof SYNC_INGEST_REJECTED
  | typeof SYNC_RETRY_SCHEDULED
  | typeof SYNC_DEAD_LETTERED
  | typeof SYNC_REPLAY_COMPLETED;

/** The five sync lifecycle event types (immutable); `ExternalReferenceLinked` is not one. */
export const SYNC_EVENT_TYPES: ReadonlySet<SyncEventType> = frozenSet<SyncEventType>([
  SYNC_INGEST_ACCEPTED,
  SYNC_INGEST_REJECTED,
  SYNC_RETRY_SCHEDULED,
  SYNC_DEAD_LETTERED,
  SYNC_REPLAY_COMPLETED,
]);
