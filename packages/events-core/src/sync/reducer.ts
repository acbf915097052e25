import type { Event } from "../envelope/event.js";
import {
  malformedPayloadMessage,
  reducerAnomaly,
  selectFamilyEvents,
  unknownEventTypeMessage,
} from "../reducers/pipeline.js";
import { deepFreeze } from "../rules/frozen.js";
import { safeParseModel } from "../rules/model.js";
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

/** Orders two strings by UTF-16 code unit (the same as code point order below U+D800). */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// A UTF-16 code unit at or above U+D800: only there can code-unit order differ from code-point order.
const HIGH_CODE_UNIT = /[\ud800-\uffff]/;

/** Sorts delivery pairs in place by delivery id, then fingerprint, by code point. */
function sortPairs(pairs: SyncDeliveryPair[], anyHighCodeUnit: boolean): SyncDeliveryPair[] {
  const compare = anyHighCodeUnit ? compareCodePoints : compareCodeUnits;
  return pairs.sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]));
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
  const pairs: SyncDeliveryPair[] = [];
  let anyHighCodeUnit = false;
  const anomalies: SyncAnomaly[] = [];

  for (const event of family.events) {
    const eventType = event.event_type as SyncEventType;
    const outcome = SYNC_EVENT_OUTCOMES[eventType];
    const payloadModel = SYNC_PAYLOAD_MODELS[eventType];
    if (outcome === undefined || payloadModel === undefined) {
      anomalies.push(
        reducerAnomaly(
          "unknown_event_type",
          event.event_id,
          unknownEventTypeMessage("Sync", eventType),
        ),
      );
      continue;
    }
    const parsed = safeParseModel(payloadModel, event.payload);
    if (!parsed.success) {
      anomalies.push(
        reducerAnomaly(
          "malformed_payload",
          event.event_id,
          malformedPayloadMessage(eventType, parsed.issues),
        ),
      );
      continue;
    }
    const { delivery_id: deliveryId, source_event_fingerprint: fingerprint } = parsed.output;
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
    pairs.push(Object.freeze([deliveryId, fingerprint] as const));
    anyHighCodeUnit ||= HIGH_CODE_UNIT.test(deliveryId) || HIGH_CODE_UNIT.test(fingerprint);
    connectorId = parsed.output.connector_id;
    counts[SYNC_OUTCOME_COUNT_KEYS[outcome]] += 1;
    outcomeLog.push(Object.freeze([event.event_id, outcome, deliveryId] as const));
  }

  return deepFreeze({
    connector_id: connectorId,
    outcome_counts: counts,
    outcome_log: Object.freeze(outcomeLog),
    seen_delivery_pairs: Object.freeze(sortPairs(pairs, anyHighCodeUnit)),
    anomalies: Object.freeze(anomalies),
    event_count: family.eventCount,
  });
}
