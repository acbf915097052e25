import { defineFamily, payload, type ReducerSummary } from "../../family.js";
import {
  anomalyRow,
  listRow,
  summaryCount,
  summaryText,
  summaryValue,
  valueRow,
} from "../../summary/summary.js";
import {
  EXTERNAL_REFERENCE_LINKED,
  SYNC_DEAD_LETTERED,
  SYNC_EVENT_TYPES,
  SYNC_INGEST_ACCEPTED,
  SYNC_INGEST_REJECTED,
  SYNC_REPLAY_COMPLETED,
  SYNC_RETRY_SCHEDULED,
  SYNC_SCHEMA_VERSION,
} from "./constants.js";
import type { ReducedSyncState } from "./output.js";
import {
  ExternalReferenceLinkedPayloadSchema,
  SyncDeadLetteredPayloadSchema,
  SyncIngestAcceptedPayloadSchema,
  SyncIngestRejectedPayloadSchema,
  SyncReplayCompletedPayloadSchema,
  SyncRetryScheduledPayloadSchema,
} from "./payloads.js";
import { reduceSyncEvents, SYNC_PAYLOAD_PACKING } from "./reducer.js";

/** The readable summary of a sync projection. */
export function summarizeSyncState(state: ReducedSyncState): ReducerSummary {
  const counts = state.outcome_counts;
  return {
    title: "sync projection",
    rows: [
      valueRow("events", `${summaryCount(state.event_count)} (after dedup, all families)`),
      valueRow("connector", summaryValue(state.connector_id)),
      valueRow(
        "outcomes",
        `accepted ${summaryCount(counts.accepted_count)}, rejected ${summaryCount(counts.rejected_count)}, retry scheduled ${summaryCount(counts.retry_count)}, dead lettered ${summaryCount(counts.dead_letter_count)}, replay completed ${summaryCount(counts.replay_count)}`,
      ),
      listRow(
        "outcome log",
        state.outcome_log,
        ([eventId, outcome, deliveryId], index) =>
          `${index + 1}. ${summaryText(eventId, 80)}  ${outcome}  delivery ${summaryText(deliveryId, 120)}`,
      ),
      valueRow("delivery pairs", summaryCount(state.seen_delivery_pairs.length)),
      anomalyRow(state.anomalies),
    ],
  };
}

/**
 * The sync lifecycle family (since 2.7.0), with `ExternalReferenceLinked`, which it registers
 * for validation but its reducer does not fold.
 */
export const SYNC_FAMILY = defineFamily({
  name: "sync",
  title: "sync ingest lifecycle",
  schemaVersion: SYNC_SCHEMA_VERSION,
  since: "2.7.0",
  fixtureCategories: ["sync"],
  eventTypes: SYNC_EVENT_TYPES,
  payloads: [
    payload(SYNC_INGEST_ACCEPTED, "sync_ingest_accepted_payload", SyncIngestAcceptedPayloadSchema),
    payload(SYNC_INGEST_REJECTED, "sync_ingest_rejected_payload", SyncIngestRejectedPayloadSchema),
    payload(SYNC_RETRY_SCHEDULED, "sync_retry_scheduled_payload", SyncRetryScheduledPayloadSchema),
    payload(SYNC_DEAD_LETTERED, "sync_dead_lettered_payload", SyncDeadLetteredPayloadSchema),
    payload(
      SYNC_REPLAY_COMPLETED,
      "sync_replay_completed_payload",
      SyncReplayCompletedPayloadSchema,
    ),
    payload(
      EXTERNAL_REFERENCE_LINKED,
      "external_reference_linked_payload",
      ExternalReferenceLinkedPayloadSchema,
    ),
  ],
  reducer: {
    outputModel: "ReducedSyncState",
    modes: [],
    reduce: (events) => reduceSyncEvents(events),
    summarize: summarizeSyncState,
    payloadPacking: SYNC_PAYLOAD_PACKING,
  },
});
