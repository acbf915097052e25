export {
  EXTERNAL_REFERENCE_LINKED,
  SYNC_DEAD_LETTERED,
  SYNC_EVENT_TYPES,
  SYNC_INGEST_ACCEPTED,
  SYNC_INGEST_REJECTED,
  SYNC_REPLAY_COMPLETED,
  SYNC_RETRY_SCHEDULED,
  SYNC_SCHEMA_VERSION,
  type SyncEventType,
} from "./constants.js";
export { SyncOutcome, SyncOutcomeSchema } from "./enums.js";
export { SYNC_FAMILY, summarizeSyncState } from "./family.js";
export type {
  ReducedSyncState,
  SyncAnomaly,
  SyncAnomalyKind,
  SyncDeliveryPair,
  SyncOutcomeCounts,
  SyncOutcomeLogEntry,
} from "./output.js";
export {
  type ExternalReferenceLinkedPayload,
  ExternalReferenceLinkedPayloadSchema,
  SYNC_PAYLOAD_MODELS,
  type SyncDeadLetteredPayload,
  SyncDeadLetteredPayloadSchema,
  type SyncIdempotencyPayload,
  type SyncIngestAcceptedPayload,
  SyncIngestAcceptedPayloadSchema,
  type SyncIngestRejectedPayload,
  SyncIngestRejectedPayloadSchema,
  type SyncPayload,
  type SyncReplayCompletedPayload,
  SyncReplayCompletedPayloadSchema,
  type SyncRetryScheduledPayload,
  SyncRetryScheduledPayloadSchema,
} from "./payloads.js";
export {
  reduceSyncEvents,
  SYNC_EVENT_OUTCOMES,
  SYNC_OUTCOME_COUNT_KEYS,
} from "./reducer.js";
