import { type ModelOutput, type ModelSchema, model } from "../../model/model.js";
import { datetimeField } from "../../rules/datetime.js";
import { laxIntField } from "../../rules/number.js";
import { nonEmptyStringField } from "../../rules/string.js";
import { httpUrlField } from "../../rules/url.js";
import {
  SYNC_DEAD_LETTERED,
  SYNC_INGEST_ACCEPTED,
  SYNC_INGEST_REJECTED,
  SYNC_REPLAY_COMPLETED,
  SYNC_RETRY_SCHEDULED,
  type SyncEventType,
} from "./constants.js";

/** Idempotency fields shared by every sync payload, in the reference's order. */
const SYNC_IDEMPOTENCY_ENTRIES = {
  delivery_id: nonEmptyStringField(),
  source_event_fingerprint: nonEmptyStringField(),
  connector_id: nonEmptyStringField(),
  mission_id: nonEmptyStringField(),
  recorded_at: datetimeField(),
};

/** Model of {@link SyncIngestAcceptedPayload}. */
export const SyncIngestAcceptedPayloadSchema = model(
  "SyncIngestAcceptedPayload",
  "Payload for SyncIngestAccepted events.",
  {
    ...SYNC_IDEMPOTENCY_ENTRIES,
    ingest_batch_id: nonEmptyStringField(),
    ingested_count: laxIntField({ gt: 0 }),
  },
);

/** Payload of a `SyncIngestAccepted` event. */
export type SyncIngestAcceptedPayload = ModelOutput<typeof SyncIngestAcceptedPayloadSchema.entries>;

/** Model of {@link SyncIngestRejectedPayload}. */
export const SyncIngestRejectedPayloadSchema = model(
  "SyncIngestRejectedPayload",
  "Payload for SyncIngestRejected events.",
  {
    ...SYNC_IDEMPOTENCY_ENTRIES,
    rejection_reason: nonEmptyStringField(),
    rejected_payload_ref: nonEmptyStringField(),
  },
);

/** Payload of a `SyncIngestRejected` event. */
export type SyncIngestRejectedPayload = ModelOutput<typeof SyncIngestRejectedPayloadSchema.entries>;

/** Model of {@link SyncRetryScheduledPayload}; `retry_attempt > max_retries` is valid. */
export const SyncRetryScheduledPayloadSchema = model(
  "SyncRetryScheduledPayload",
  "Payload for SyncRetryScheduled events.",
  {
    ...SYNC_IDEMPOTENCY_ENTRIES,
    retry_attempt: laxIntField({ ge: 1 }),
    max_retries: laxIntField({ ge: 1 }),
    next_retry_at: datetimeField(),
  },
);

/** Payload of a `SyncRetryScheduled` event. */
export type SyncRetryScheduledPayload = ModelOutput<typeof SyncRetryScheduledPayloadSchema.entries>;

/** Model of {@link SyncDeadLetteredPayload}. */
export const SyncDeadLetteredPayloadSchema = model(
  "SyncDeadLetteredPayload",
  "Payload for SyncDeadLettered events.",
  {
    ...SYNC_IDEMPOTENCY_ENTRIES,
    failure_reason: nonEmptyStringField(),
    total_attempts: laxIntField({ ge: 1 }),
    dead_letter_ref: nonEmptyStringField(),
  },
);

/** Payload of a `SyncDeadLettered` event. */
export type SyncDeadLetteredPayload = ModelOutput<typeof SyncDeadLetteredPayloadSchema.entries>;

/** Model of {@link SyncReplayCompletedPayload}. */
export const SyncReplayCompletedPayloadSchema = model(
  "SyncReplayCompletedPayload",
  "Payload for SyncReplayCompleted events.",
  {
    ...SYNC_IDEMPOTENCY_ENTRIES,
    replay_id: nonEmptyStringField(),
    replayed_count: laxIntField({ ge: 0 }),
    replay_source: nonEmptyStringField(),
  },
);

/** Payload of a `SyncReplayCompleted` event. */
export type SyncReplayCompletedPayload = ModelOutput<
  typeof SyncReplayCompletedPayloadSchema.entries
>;

/** Any sync lifecycle payload. */
export type SyncPayload =
  | SyncIngestAcceptedPayload
  | SyncIngestRejectedPayload
  | SyncRetryScheduledPayload
  | SyncDeadLetteredPayload
  | SyncReplayCompletedPayload;

/** The idempotency fields every sync lifecycle payload has. */
export type SyncIdempotencyPayload = ModelOutput<typeof SYNC_IDEMPOTENCY_ENTRIES>;

/** The payload model of each sync lifecycle event type (immutable). */
export const SYNC_PAYLOAD_MODELS: Readonly<
  Record<SyncEventType, ModelSchema<typeof SYNC_IDEMPOTENCY_ENTRIES>>
> = Object.freeze({
  [SYNC_INGEST_ACCEPTED]: SyncIngestAcceptedPayloadSchema,
  [SYNC_INGEST_REJECTED]: SyncIngestRejectedPayloadSchema,
  [SYNC_RETRY_SCHEDULED]: SyncRetryScheduledPayloadSchema,
  [SYNC_DEAD_LETTERED]: SyncDeadLetteredPayloadSchema,
  [SYNC_REPLAY_COMPLETED]: SyncReplayCompletedPayloadSchema,
});

/**
 * Model of {@link ExternalReferenceLinkedPayload}: binds an external id (a GitHub PR number,
 * a Jira key) to an internal aggregate. No reducer consumes it.
 */
export const ExternalReferenceLinkedPayloadSchema = model(
  "ExternalReferenceLinkedPayload",
  "Payload for ExternalReferenceLinked events.",
  {
    link_id: nonEmptyStringField(),
    connector_id: nonEmptyStringField(),
    external_provider: nonEmptyStringField(),
    external_ref_type: nonEmptyStringField(),
    external_ref_id: nonEmptyStringField(),
    external_ref_url: httpUrlField(),
    internal_aggregate_type: nonEmptyStringField(),
    internal_aggregate_id: nonEmptyStringField(),
    mission_id: nonEmptyStringField(),
    linked_by: nonEmptyStringField(),
    recorded_at: datetimeField(),
  },
);

/** Payload of an `ExternalReferenceLinked` event. */
export type ExternalReferenceLinkedPayload = ModelOutput<
  typeof ExternalReferenceLinkedPayloadSchema.entries
>;
