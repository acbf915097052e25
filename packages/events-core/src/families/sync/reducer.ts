import type { PayloadPacking } from "../../family.js";
import { sortStringPairsMarkingRepeats } from "../../internal/index.js";
import type { ModelSchema } from "../../model/model.js";
import type { SortableEvent } from "../../ordering/sort.js";
import { pythonTupleRepr } from "../../python/python-repr.js";
import {
  malformedPayloadAnomaly,
  type ReducibleEvent,
  reducerAnomaly,
  selectFamilyEvents,
  unknownEventTypeMessage,
} from "../../reducers/pipeline.js";
import type { JsonObject } from "../../rules/json-object.js";
import { deepFreeze } from "../../support/frozen.js";
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

/** The fields the fold reads from a sync payload that its model accepts. */
interface SyncPayloadFields {
  readonly delivery_id: string;
  readonly source_event_fingerprint: string;
  readonly connector_id: string;
}

/** What {@link packSyncPayload} gives for a payload its model accepts: the fields the fold reads. */
type PackedSyncPayload = readonly [deliveryId: string, fingerprint: string, connectorId: string];

/** A payload its model accepted, cut down to the fields the fold reads: made by unpacking only. */
type JudgedSyncPayload = SyncPayloadFields & JsonObject;

// The prototype of every judged payload: the fold knows one by it, and nothing else makes one.
const JUDGED_SYNC_PAYLOAD = Object.freeze(Object.create(Object.prototype) as object);

/** Makes a judged payload's fields (with `new`: every one has the same shape). */
function JudgedSyncPayloadRecord(
  this: { -readonly [K in keyof SyncPayloadFields]: string },
  packed: PackedSyncPayload,
): void {
  this.delivery_id = packed[0];
  this.source_event_fingerprint = packed[1];
  this.connector_id = packed[2];
}
JudgedSyncPayloadRecord.prototype = JUDGED_SYNC_PAYLOAD;

const newJudgedSyncPayload = JudgedSyncPayloadRecord as unknown as new (
  packed: PackedSyncPayload,
) => JudgedSyncPayload;

/** True when `payload` was made by {@link unpackSyncPayload} (its model accepted it). */
function isJudgedSyncPayload(payload: JsonObject): payload is JudgedSyncPayload {
  return Object.getPrototypeOf(payload) === JUDGED_SYNC_PAYLOAD;
}

/**
 * The packed form of a sync payload: for a fold step's payload that its model accepts, the
 * three fields the fold reads; any other payload as it is (the fold judges it then).
 */
function packSyncPayload(eventType: string, payload: JsonObject): unknown {
  const step = SYNC_FOLD_STEPS.get(eventType);
  if (step === undefined || !step.model.test(payload)) return payload;
  const fields = payload as unknown as SyncPayloadFields;
  const packed: PackedSyncPayload = [
    fields.delivery_id,
    fields.source_event_fingerprint,
    fields.connector_id,
  ];
  return packed;
}

/** The payload the fold reads for what {@link packSyncPayload} gave. */
function unpackSyncPayload(_eventType: string, packed: unknown): JsonObject {
  return Array.isArray(packed)
    ? Object.freeze(new newJudgedSyncPayload(packed as unknown as PackedSyncPayload))
    : (packed as JsonObject);
}

/**
 * The sync reducer's compact payloads: a payload its model accepts is held as the three
 * fields the fold reads, and not judged again.
 */
export const SYNC_PAYLOAD_PACKING: PayloadPacking = Object.freeze({
  pack: packSyncPayload,
  unpack: unpackSyncPayload,
});

/** The anomaly of an event whose type has no fold step. */
function unknownSyncTypeAnomaly(event: SortableEvent & { readonly event_type: string }) {
  return reducerAnomaly(
    "unknown_event_type",
    event.event_id,
    unknownEventTypeMessage("Sync", event.event_type),
  );
}

/**
 * The pairs that repeat an earlier one. `pairs` are in fold order; a stable sort puts equal
 * pairs next to each other, first one first: every later one is a duplicate. Returns the
 * duplicates (by identity) and the distinct pairs in code-point order.
 */
function findDuplicatePairs(pairs: readonly SyncDeliveryPair[]): {
  readonly duplicates: ReadonlySet<SyncDeliveryPair>;
  readonly distinct: SyncDeliveryPair[];
} {
  const { sorted, repeats } = sortStringPairsMarkingRepeats(pairs);
  const duplicates = new Set<SyncDeliveryPair>();
  const distinct: SyncDeliveryPair[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const pair = sorted[i] as SyncDeliveryPair;
    if (repeats[i]) duplicates.add(pair);
    else distinct.push(pair);
  }
  return { duplicates, distinct };
}

/** What the fold needs of each family event: its verdict, and the applied events' fields. */
interface JudgedSyncEvents {
  /** Per family event: its fold step, or the anomaly that skips it. */
  readonly verdicts: readonly (SyncFoldStep | SyncAnomaly)[];
  /** Per event with a fold step, in order: its `(delivery_id, source_event_fingerprint)`. */
  readonly pairs: readonly SyncDeliveryPair[];
  /** Per event with a fold step, in order: its `connector_id`. */
  readonly connectorIds: readonly string[];
}

/** Each event's verdict: its fold step, or the anomaly that skips it (payload checked here). */
function judgeSyncEvents(folded: readonly ReducibleEvent[]): JudgedSyncEvents {
  const verdicts: (SyncFoldStep | SyncAnomaly)[] = [];
  const pairs: SyncDeliveryPair[] = [];
  const connectorIds: string[] = [];
  for (const event of folded) {
    const step = SYNC_FOLD_STEPS.get(event.event_type);
    if (step === undefined) {
      verdicts.push(unknownSyncTypeAnomaly(event));
      continue;
    }
    const malformed = isJudgedSyncPayload(event.payload)
      ? undefined
      : malformedPayloadAnomaly(step.model, event);
    if (malformed) {
      verdicts.push(malformed);
      continue;
    }
    const fields = event.payload as unknown as SyncPayloadFields;
    verdicts.push(step);
    pairs.push(Object.freeze([fields.delivery_id, fields.source_event_fingerprint] as const));
    connectorIds.push(fields.connector_id);
  }
  return { verdicts, pairs, connectorIds };
}

/** What the fold builds: the output's fields that depend on the applied events. */
interface FoldedSyncEvents {
  readonly connectorId: string | null;
  readonly counts: SyncOutcomeCounts;
  readonly outcomeLog: readonly SyncOutcomeLogEntry[];
  readonly anomalies: readonly SyncAnomaly[];
}

/** Applies the events in order: an anomaly is recorded, a repeated pair skipped, else counted. */
function foldSyncEvents(
  folded: readonly ReducibleEvent[],
  { verdicts, pairs, connectorIds }: JudgedSyncEvents,
  duplicates: ReadonlySet<SyncDeliveryPair>,
): FoldedSyncEvents {
  let connectorId: string | null = null;
  const counts = {
    accepted_count: 0,
    rejected_count: 0,
    retry_count: 0,
    dead_letter_count: 0,
    replay_count: 0,
  };
  const outcomeLog: SyncOutcomeLogEntry[] = [];
  const anomalies: SyncAnomaly[] = [];
  let next = 0;
  for (let i = 0; i < folded.length; i++) {
    const verdict = verdicts[i] as SyncFoldStep | SyncAnomaly;
    if (!("outcome" in verdict)) {
      anomalies.push(verdict);
      continue;
    }
    const event = folded[i] as ReducibleEvent;
    const applied = next++;
    const pair = pairs[applied] as SyncDeliveryPair;
    if (duplicates.has(pair)) {
      anomalies.push(
        reducerAnomaly(
          "duplicate_delivery_pair",
          event.event_id,
          `Duplicate (delivery_id, source_event_fingerprint) pair: ${pythonTupleRepr(pair)}`,
        ),
      );
      continue;
    }
    connectorId = connectorIds[applied] as string;
    counts[verdict.countKey] += 1;
    outcomeLog.push(Object.freeze([event.event_id, verdict.outcome, pair[0]] as const));
  }
  return { connectorId, counts, outcomeLog, anomalies };
}

/**
 * Projects sync lifecycle events into outcome counts (`connector-sync.md`): sort, dedup by
 * `event_id`, count, keep sync events, then fold each one: parse the payload, skip a
 * `(delivery_id, source_event_fingerprint)` pair already applied, apply. A malformed event
 * does not consume its pair. Never throws on event content: skipped events become anomalies.
 *
 * The fold runs in three steps: each event's verdict (its fold step, or the anomaly that
 * skips it), then the pairs of the well-formed events sorted once (which finds the repeated
 * ones and gives `seen_delivery_pairs`), then the events in order. Each step is a function of
 * its own: `judgeSyncEvents`, `findDuplicatePairs`, `foldSyncEvents`.
 */
export function reduceSyncEvents(events: readonly ReducibleEvent[]): ReducedSyncState {
  const family = selectFamilyEvents(events, SYNC_EVENT_TYPES);
  const judged = judgeSyncEvents(family.events);
  const { duplicates, distinct } = findDuplicatePairs(judged.pairs);
  const { connectorId, counts, outcomeLog, anomalies } = foldSyncEvents(
    family.events,
    judged,
    duplicates,
  );
  return deepFreeze({
    connector_id: connectorId,
    outcome_counts: counts,
    outcome_log: Object.freeze(outcomeLog),
    seen_delivery_pairs: Object.freeze(distinct),
    anomalies: Object.freeze(anomalies),
    event_count: family.eventCount,
  });
}
