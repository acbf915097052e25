import { sortStringPairs } from "../ordering/code-point.js";
import {
  malformedPayloadAnomaly,
  type ReducibleEvent,
  reducerAnomaly,
  selectFamilyEvents,
  unknownEventTypeMessage,
} from "../reducers/pipeline.js";
import { deepFreeze } from "../rules/frozen.js";
import type { ModelSchema } from "../rules/model.js";
import { pythonTupleRepr } from "../rules/python-repr.js";
import {
  SYNC_DEAD_LETTERED,
  SYNC_EVENT_TYPES,
  SYNC_INGEST_ACCEPTED,
  SYNC_INGEST_REJECTED,
  SYNC_REPLAY_COMPLETED,
  SYNC_RETRY_SCHEDULED,
  type SyncEventType,
} from "./constants.js";
import { SyncOutcome } from "./enums.js";
import type {
  ReducedSyncState,
  SyncAnomaly,
  SyncDeliveryPair,
  SyncOutcomeCounts,
  SyncOutcomeLogEntry,
} from "./output.js";
import { SYNC_PAYLOAD_MODELS } from "./payloads.js";

/** The outcome each sync event type records. */
export const SYNC_EVENT_OUTCOMES: Readonly<Record<SyncEventType, SyncOutcome>> = Object.freeze({
  [SYNC_INGEST_ACCEPTED]: SyncOutcome.ACCEPTED,
  [SYNC_INGEST_REJECTED]: SyncOutcome.REJECTED,
  [SYNC_RETRY_SCHEDULED]: SyncOutcome.RETRY_SCHEDULED,
  [SYNC_DEAD_LETTERED]: SyncOutcome.DEAD_LETTERED,
  [SYNC_REPLAY_COMPLETED]: SyncOutcome.REPLAY_COMPLETED,
});

/** The counter of `outcome_counts` each outcome increments. */
export const SYNC_OUTCOME_COUNT_KEYS: Readonly<Record<SyncOutcome, keyof SyncOutcomeCounts>> =
  Object.freeze({
    [SyncOutcome.ACCEPTED]: "accepted_count",
    [SyncOutcome.REJECTED]: "rejected_count",
    [SyncOutcome.RETRY_SCHEDULED]: "retry_count",
    [SyncOutcome.DEAD_LETTERED]: "dead_letter_count",
    [SyncOutcome.REPLAY_COMPLETED]: "replay_count",
  });

/** How the fold applies one sync event type: its outcome, its counter and its payload model. */
interface SyncFoldStep {
  readonly outcome: SyncOutcome;
  readonly countKey: keyof SyncOutcomeCounts;
  readonly model: ModelSchema<SyncIdempotencyEntries>;
}

type SyncIdempotencyEntries = (typeof SYNC_PAYLOAD_MODELS)[SyncEventType]["entries"];

/** The fold step of each sync event type, looked up once per event. */
const SYNC_FOLD_STEPS: ReadonlyMap<string, SyncFoldStep> = new Map(
  (Object.keys(SYNC_EVENT_OUTCOMES) as SyncEventType[]).map((eventType) => {
    const outcome = SYNC_EVENT_OUTCOMES[eventType];
    const step = {
      outcome,
      countKey: SYNC_OUTCOME_COUNT_KEYS[outcome],
      model: SYNC_PAYLOAD_MODELS[eventType],
    };
    return [eventType, step];
  }),
);

/**
 * The fields the fold reads from a payload its model accepted. They are non-empty string
 * fields, whose parsed value is the input itself, so they are read from the payload as is.
 */
interface AcceptedSyncPayload {
  readonly delivery_id: string;
  readonly source_event_fingerprint: string;
  readonly connector_id: string;
}

/** Applied delivery pairs: each delivery id to its one fingerprint, or to the set of them. */
type SeenDeliveryPairs = Map<string, string | Set<string>>;

/** Remembers a pair; returns `false` when it was already remembered. */
function rememberPair(seen: SeenDeliveryPairs, deliveryId: string, fingerprint: string): boolean {
  const known = seen.get(deliveryId);
  if (known === undefined) {
    seen.set(deliveryId, fingerprint);
    return true;
  }
  if (typeof known === "string") {
    if (known === fingerprint) return false;
    seen.set(deliveryId, new Set([known, fingerprint]));
    return true;
  }
  if (known.has(fingerprint)) return false;
  known.add(fingerprint);
  return true;
}

/**
 * Projects sync lifecycle events into outcome counts (`connector-sync.md`): sort, dedup by
 * `event_id`, count, keep sync events, then fold each one: parse the payload, skip a
 * `(delivery_id, source_event_fingerprint)` pair already applied, apply. A malformed event
 * does not consume its pair. Never throws on event content: skipped events become anomalies.
 */
export function reduceSyncEvents(events: readonly ReducibleEvent[]): ReducedSyncState {
  const family = selectFamilyEvents(events, SYNC_EVENT_TYPES);
  let connectorId: string | null = null;
  const counts = {
    accepted_count: 0,
    rejected_count: 0,
    retry_count: 0,
    dead_letter_count: 0,
    replay_count: 0,
  };
  const outcomeLog: SyncOutcomeLogEntry[] = [];
  const seenPairs: SeenDeliveryPairs = new Map();
  const appliedPairs: SyncDeliveryPair[] = [];
  const anomalies: SyncAnomaly[] = [];

  for (const event of family.events) {
    const eventType = event.event_type;
    const step = SYNC_FOLD_STEPS.get(eventType);
    if (step === undefined) {
      anomalies.push(
        reducerAnomaly(
          "unknown_event_type",
          event.event_id,
          unknownEventTypeMessage("Sync", eventType),
        ),
      );
      continue;
    }
    const malformed = malformedPayloadAnomaly(step.model, event);
    if (malformed) {
      anomalies.push(malformed);
      continue;
    }
    const payload = event.payload as unknown as AcceptedSyncPayload;
    const deliveryId = payload.delivery_id;
    const fingerprint = payload.source_event_fingerprint;
    if (!rememberPair(seenPairs, deliveryId, fingerprint)) {
      anomalies.push(
        reducerAnomaly(
          "duplicate_delivery_pair",
          event.event_id,
          `Duplicate (delivery_id, source_event_fingerprint) pair: ${pythonTupleRepr([deliveryId, fingerprint])}`,
        ),
      );
      continue;
    }
    appliedPairs.push(Object.freeze([deliveryId, fingerprint] as const));
    connectorId = payload.connector_id;
    counts[step.countKey] += 1;
    outcomeLog.push(Object.freeze([event.event_id, step.outcome, deliveryId] as const));
  }

  return deepFreeze({
    connector_id: connectorId,
    outcome_counts: counts,
    outcome_log: Object.freeze(outcomeLog),
    seen_delivery_pairs: Object.freeze(sortStringPairs(appliedPairs)),
    anomalies: Object.freeze(anomalies),
    event_count: family.eventCount,
  });
}
