import type { Event } from "../envelope/event.js";
import {
  malformedPayloadAnomaly,
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

/** Orders two strings by code point (UTF-16 order differs for characters above U+FFFF). */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (U+D800-U+DFFF) encode code points above U+FFFF: move them above U+E000-U+FFFF.
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

// A UTF-16 code unit at or above U+D800: only there can code-unit order differ from code-point order.
const HIGH_CODE_UNIT = /[\ud800-\uffff]/;

/**
 * Sorts distinct strings in place by code point. Without code units at or above U+D800 that
 * is the UTF-16 order of the built-in sort, which compares without calling back into script.
 */
function sortByCodePoint(texts: string[]): string[] {
  return texts.some((text) => HIGH_CODE_UNIT.test(text))
    ? texts.sort(compareCodePoints)
    : texts.sort();
}

/** The applied pairs, sorted by delivery id, then fingerprint, by code point. */
function sortedPairs(seen: SeenDeliveryPairs): SyncDeliveryPair[] {
  const pairs: SyncDeliveryPair[] = [];
  for (const deliveryId of sortByCodePoint([...seen.keys()])) {
    const known = seen.get(deliveryId) as string | Set<string>;
    if (typeof known === "string") {
      pairs.push(Object.freeze([deliveryId, known] as const));
      continue;
    }
    for (const fingerprint of sortByCodePoint([...known])) {
      pairs.push(Object.freeze([deliveryId, fingerprint] as const));
    }
  }
  return pairs;
}

/**
 * Projects sync lifecycle events into outcome counts (`connector-sync.md`): sort, dedup by
 * `event_id`, count, keep sync events, then fold each one: parse the payload, skip a
 * `(delivery_id, source_event_fingerprint)` pair already applied, apply. A malformed event
 * does not consume its pair. Never throws on event content: skipped events become anomalies.
 */
export function reduceSyncEvents(events: readonly Event[]): ReducedSyncState {
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
    connectorId = payload.connector_id;
    counts[step.countKey] += 1;
    outcomeLog.push(Object.freeze([event.event_id, step.outcome, deliveryId] as const));
  }

  return deepFreeze({
    connector_id: connectorId,
    outcome_counts: counts,
    outcome_log: Object.freeze(outcomeLog),
    seen_delivery_pairs: Object.freeze(sortedPairs(seenPairs)),
    anomalies: Object.freeze(anomalies),
    event_count: family.eventCount,
  });
}
