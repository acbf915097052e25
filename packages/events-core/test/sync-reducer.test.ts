import { describe, expect, it } from "vitest";
import {
  reduceSyncEvents,
  SYNC_EVENT_OUTCOMES,
  SYNC_OUTCOME_COUNT_KEYS,
} from "../src/families/sync/reducer.js";
import {
  connectorEvent,
  envelope,
  isDeepFrozen,
  syncEvent,
  ulid,
} from "./support/connector-sync.js";

const ACCEPTED = "SyncIngestAccepted";
const REJECTED = "SyncIngestRejected";
const RETRY = "SyncRetryScheduled";
const DEAD = "SyncDeadLettered";
const REPLAY = "SyncReplayCompleted";

function pair(deliveryId: string, fingerprint: string) {
  return { delivery_id: deliveryId, source_event_fingerprint: fingerprint };
}

describe("reduceSyncEvents", () => {
  it("returns the empty state for no events (exact JSON)", () => {
    expect(JSON.stringify(reduceSyncEvents([]))).toBe(
      '{"connector_id":null,"outcome_counts":{"accepted_count":0,"rejected_count":0,' +
        '"retry_count":0,"dead_letter_count":0,"replay_count":0},"outcome_log":[],' +
        '"seen_delivery_pairs":[],"anomalies":[],"event_count":0}',
    );
  });

  it("applies two accepted ingests with distinct delivery ids (exact JSON, pairs sorted)", () => {
    const events = [
      syncEvent(ACCEPTED, 1, pair("dlv-b", "fp-1")),
      syncEvent(ACCEPTED, 2, { ...pair("dlv-a", "fp-2"), connector_id: "conn-2" }),
    ];
    expect(JSON.stringify(reduceSyncEvents(events))).toBe(
      '{"connector_id":"conn-2","outcome_counts":{"accepted_count":2,"rejected_count":0,' +
        '"retry_count":0,"dead_letter_count":0,"replay_count":0},' +
        '"outcome_log":[["01HZ0000000000000000000001","accepted","dlv-b"],' +
        '["01HZ0000000000000000000002","accepted","dlv-a"]],' +
        '"seen_delivery_pairs":[["dlv-a","fp-2"],["dlv-b","fp-1"]],"anomalies":[],"event_count":2}',
    );
  });

  it("applies a rejected ingest", () => {
    expect(JSON.stringify(reduceSyncEvents([syncEvent(REJECTED, 1, pair("dlv-r", "fp-r"))]))).toBe(
      '{"connector_id":"conn-github-1","outcome_counts":{"accepted_count":0,"rejected_count":1,' +
        '"retry_count":0,"dead_letter_count":0,"replay_count":0},' +
        '"outcome_log":[["01HZ0000000000000000000001","rejected","dlv-r"]],' +
        '"seen_delivery_pairs":[["dlv-r","fp-r"]],"anomalies":[],"event_count":1}',
    );
  });

  it("applies retry -> retry -> dead letter for one delivery id with distinct fingerprints", () => {
    const events = [
      syncEvent(RETRY, 1, { ...pair("dlv-9", "fp-c"), retry_attempt: 1 }),
      syncEvent(RETRY, 2, { ...pair("dlv-9", "fp-a"), retry_attempt: 2 }),
      syncEvent(DEAD, 3, pair("dlv-9", "fp-b")),
    ];
    expect(JSON.stringify(reduceSyncEvents(events))).toBe(
      '{"connector_id":"conn-github-1","outcome_counts":{"accepted_count":0,"rejected_count":0,' +
        '"retry_count":2,"dead_letter_count":1,"replay_count":0},' +
        '"outcome_log":[["01HZ0000000000000000000001","retry_scheduled","dlv-9"],' +
        '["01HZ0000000000000000000002","retry_scheduled","dlv-9"],' +
        '["01HZ0000000000000000000003","dead_lettered","dlv-9"]],' +
        '"seen_delivery_pairs":[["dlv-9","fp-a"],["dlv-9","fp-b"],["dlv-9","fp-c"]],' +
        '"anomalies":[],"event_count":3}',
    );
  });

  it("applies a replay completion", () => {
    const result = reduceSyncEvents([syncEvent(REPLAY, 1, { replayed_count: 0 })]);
    expect(result.outcome_counts.replay_count).toBe(1);
    expect(result.outcome_log).toEqual([[ulid(1), "replay_completed", "dlv-0001"]]);
  });

  it("records a repeated (delivery_id, fingerprint) pair as duplicate_delivery_pair", () => {
    const events = [
      syncEvent(ACCEPTED, 1, pair("dlv-1", "fp-1")),
      syncEvent(REJECTED, 2, { ...pair("dlv-1", "fp-1"), connector_id: "conn-other" }),
    ];
    const result = reduceSyncEvents(events);
    expect(JSON.stringify(result.anomalies)).toBe(
      '[{"kind":"duplicate_delivery_pair","event_id":"01HZ0000000000000000000002",' +
        "\"message\":\"Duplicate (delivery_id, source_event_fingerprint) pair: ('dlv-1', 'fp-1')\"}]",
    );
    expect(result.outcome_counts).toEqual({
      accepted_count: 1,
      rejected_count: 0,
      retry_count: 0,
      dead_letter_count: 0,
      replay_count: 0,
    });
    expect(result.connector_id).toBe("conn-github-1");
    expect(result.seen_delivery_pairs).toEqual([["dlv-1", "fp-1"]]);
  });

  it("quotes the pair as Python does (double quotes around a single quote, escapes)", () => {
    const events = [
      syncEvent(ACCEPTED, 1, pair("it's", "a\\b\n")),
      syncEvent(ACCEPTED, 2, pair("it's", "a\\b\n")),
    ];
    expect(reduceSyncEvents(events).anomalies[0]?.message).toBe(
      "Duplicate (delivery_id, source_event_fingerprint) pair: (\"it's\", 'a\\\\b\\n')",
    );
  });

  it("treats the same delivery id with another fingerprint as a new pair", () => {
    const result = reduceSyncEvents([
      syncEvent(ACCEPTED, 1, pair("dlv-1", "fp-1")),
      syncEvent(ACCEPTED, 2, pair("dlv-1", "fp-2")),
      syncEvent(ACCEPTED, 3, pair("dlv-2", "fp-1")),
    ]);
    expect(result.anomalies).toEqual([]);
    expect(result.outcome_counts.accepted_count).toBe(3);
  });

  it("does not confuse pairs whose concatenations are equal", () => {
    const result = reduceSyncEvents([
      syncEvent(ACCEPTED, 1, pair("ab", "c")),
      syncEvent(ACCEPTED, 2, pair("a", "bc")),
      syncEvent(ACCEPTED, 3, pair("1:a", "b")),
      syncEvent(ACCEPTED, 4, pair("1", ":ab")),
    ]);
    expect(result.anomalies).toEqual([]);
    expect(result.seen_delivery_pairs).toEqual([
      ["1", ":ab"],
      ["1:a", "b"],
      ["a", "bc"],
      ["ab", "c"],
    ]);
  });

  it("does not let a malformed event consume its pair", () => {
    const events = [
      syncEvent(ACCEPTED, 1, { ...pair("dlv-1", "fp-1"), ingested_count: 0 }),
      syncEvent(ACCEPTED, 2, pair("dlv-1", "fp-1")),
    ];
    const result = reduceSyncEvents(events);
    expect(result.anomalies).toHaveLength(1);
    expect(result.anomalies[0]?.kind).toBe("malformed_payload");
    expect(result.anomalies[0]?.event_id).toBe(ulid(1));
    expect(result.anomalies[0]?.message).toMatch(
      /^Payload validation failed for 'SyncIngestAccepted': ingested_count: .*greater_than/,
    );
    expect(result.outcome_log).toEqual([[ulid(2), "accepted", "dlv-1"]]);
    expect(result.seen_delivery_pairs).toEqual([["dlv-1", "fp-1"]]);
  });

  it("reports a malformed repeat of an applied pair as malformed, not duplicate", () => {
    const events = [
      syncEvent(RETRY, 1, pair("dlv-1", "fp-1")),
      syncEvent(RETRY, 2, { ...pair("dlv-1", "fp-1"), retry_attempt: 0 }),
    ];
    expect(reduceSyncEvents(events).anomalies.map((a) => [a.kind, a.event_id])).toEqual([
      ["malformed_payload", ulid(2)],
    ]);
  });

  it("requires delivery_id and source_event_fingerprint on every sync payload", () => {
    for (const type of [ACCEPTED, REJECTED, RETRY, DEAD, REPLAY]) {
      for (const field of ["delivery_id", "source_event_fingerprint"]) {
        const event = syncEvent(type, 1, { [field]: undefined });
        const result = reduceSyncEvents([event]);
        expect(result.anomalies[0]?.message).toBe(
          `Payload validation failed for '${type}': ${field}: Field required (missing)`,
        );
      }
    }
  });

  it("accumulates counts over every outcome; connector_id is the last applied one", () => {
    const events = [
      syncEvent(ACCEPTED, 1, { ...pair("d1", "f1"), connector_id: "c1" }),
      syncEvent(ACCEPTED, 2, { ...pair("d2", "f2"), connector_id: "c2" }),
      syncEvent(REJECTED, 3, { ...pair("d3", "f3"), connector_id: "c3" }),
      syncEvent(RETRY, 4, { ...pair("d4", "f4"), connector_id: "c4" }),
      syncEvent(RETRY, 5, { ...pair("d4", "f5"), connector_id: "c5" }),
      syncEvent(RETRY, 6, { ...pair("d4", "f6"), connector_id: "c6" }),
      syncEvent(DEAD, 7, { ...pair("d4", "f7"), connector_id: "c7" }),
      syncEvent(REPLAY, 8, { ...pair("d5", "f8"), connector_id: "c8" }),
      syncEvent(REPLAY, 9, { ...pair("d5", "f8"), connector_id: "c9" }),
      syncEvent(ACCEPTED, 10, { ...pair("d6", "f9"), connector_id: "" }),
    ];
    const result = reduceSyncEvents(events);
    expect(result.outcome_counts).toEqual({
      accepted_count: 2,
      rejected_count: 1,
      retry_count: 3,
      dead_letter_count: 1,
      replay_count: 1,
    });
    expect(result.connector_id).toBe("c8");
    expect(result.anomalies.map((a) => a.kind)).toEqual([
      "duplicate_delivery_pair",
      "malformed_payload",
    ]);
    expect(result.event_count).toBe(10);
  });

  it("counts other families (and ExternalReferenceLinked) but does not apply them", () => {
    const events = [
      syncEvent(ACCEPTED, 1),
      syncEvent("ExternalReferenceLinked", 2),
      connectorEvent("ConnectorProvisioned", 3),
      envelope({ type: "WPStatusChanged", clock: 4 }),
    ];
    const result = reduceSyncEvents(events);
    expect(result.event_count).toBe(4);
    expect(result.outcome_log).toEqual([[ulid(1), "accepted", "dlv-0001"]]);
    expect(result.anomalies).toEqual([]);
  });

  it("applies a duplicated event_id once and counts it once", () => {
    const event = syncEvent(ACCEPTED, 1);
    const result = reduceSyncEvents([event, event, event]);
    expect(result.event_count).toBe(1);
    expect(result.anomalies).toEqual([]);
    expect(result.outcome_counts.accepted_count).toBe(1);
  });

  it("sorts seen_delivery_pairs by code point, not by UTF-16 unit", () => {
    // U+FF61 < U+1F600 by code point; in UTF-16 the emoji's lead surrogate 0xD83D sorts first.
    const events = [
      syncEvent(ACCEPTED, 1, pair("\u{1F600}", "f")),
      syncEvent(ACCEPTED, 2, pair("\uFF61", "f")),
      syncEvent(ACCEPTED, 3, pair("x", "\u{1F600}")),
      syncEvent(ACCEPTED, 4, pair("x", "\uFF61")),
      syncEvent(ACCEPTED, 5, pair("x", "a")),
    ];
    expect(reduceSyncEvents(events).seen_delivery_pairs).toEqual([
      ["x", "a"],
      ["x", "\uFF61"],
      ["x", "\u{1F600}"],
      ["\uFF61", "f"],
      ["\u{1F600}", "f"],
    ]);
  });

  it("sorts unpaired surrogates in delivery ids as their own code points", () => {
    // Python keeps "\ud800" from JSON as the code point U+D800: below U+E000 and U+10000.
    const events = [
      syncEvent(ACCEPTED, 1, pair("\u{10000}", "f")),
      syncEvent(ACCEPTED, 2, pair("\ue000", "f")),
      syncEvent(ACCEPTED, 3, pair("\ud800", "f")),
      syncEvent(ACCEPTED, 4, pair("\ud800x", "f")),
    ];
    expect(reduceSyncEvents(events).seen_delivery_pairs).toEqual([
      ["\ud800", "f"],
      ["\ud800x", "f"],
      ["\ue000", "f"],
      ["\u{10000}", "f"],
    ]);
  });

  it("sorts many seen_delivery_pairs as any input order gives them", () => {
    const ids = Array.from({ length: 300 }, (_, i) => `dlv-${(i * 7919) % 1000}`);
    const events = ids.map((id, i) => syncEvent(ACCEPTED, i + 1, pair(id, `fp-${i % 2}`)));
    const expected = ids
      .map((id, i): [string, string] => [id, `fp-${i % 2}`])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    expect(reduceSyncEvents(events).seen_delivery_pairs).toEqual(expected);
  });

  it("applies the first event of each pair in a long stream; later ones are duplicates", () => {
    const events = Array.from({ length: 100 }, (_, i) =>
      syncEvent(ACCEPTED, i + 1, pair(`dlv-${(i * 7) % 40}`, "fp")),
    );
    const result = reduceSyncEvents(events);
    expect(result.outcome_counts.accepted_count).toBe(40);
    expect(result.outcome_log.map(([eventId]) => eventId)).toEqual(
      events.slice(0, 40).map((event) => event.event_id),
    );
    expect(result.anomalies.map((a) => [a.kind, a.event_id])).toEqual(
      events.slice(40).map((event) => ["duplicate_delivery_pair", event.event_id]),
    );
    expect(result.seen_delivery_pairs).toHaveLength(40);
  });

  it("sorts seen_delivery_pairs by delivery id then fingerprint, prefixes first", () => {
    const events = [
      syncEvent(ACCEPTED, 1, pair("dlv-10", "b")),
      syncEvent(ACCEPTED, 2, pair("dlv-1", "z")),
      syncEvent(ACCEPTED, 3, pair("dlv-10", "a")),
      syncEvent(ACCEPTED, 4, pair("DLV-2", "a")),
    ];
    expect(reduceSyncEvents(events).seen_delivery_pairs).toEqual([
      ["DLV-2", "a"],
      ["dlv-1", "z"],
      ["dlv-10", "a"],
      ["dlv-10", "b"],
    ]);
  });

  it("maps event types to outcomes and outcomes to counters as the spec says", () => {
    expect(SYNC_EVENT_OUTCOMES).toEqual({
      SyncIngestAccepted: "accepted",
      SyncIngestRejected: "rejected",
      SyncRetryScheduled: "retry_scheduled",
      SyncDeadLettered: "dead_lettered",
      SyncReplayCompleted: "replay_completed",
    });
    expect(SYNC_OUTCOME_COUNT_KEYS).toEqual({
      accepted: "accepted_count",
      rejected: "rejected_count",
      retry_scheduled: "retry_count",
      dead_lettered: "dead_letter_count",
      replay_completed: "replay_count",
    });
    expect(Object.isFrozen(SYNC_EVENT_OUTCOMES)).toBe(true);
    expect(Object.isFrozen(SYNC_OUTCOME_COUNT_KEYS)).toBe(true);
  });

  it("returns a deeply frozen output", () => {
    const result = reduceSyncEvents([
      syncEvent(ACCEPTED, 1),
      syncEvent(ACCEPTED, 2),
      syncEvent(RETRY, 3, pair("d", "f")),
      syncEvent(RETRY, 4, pair("d", "g")),
    ]);
    expect(result.anomalies).toHaveLength(1);
    expect(isDeepFrozen(result)).toBe(true);
    expect(() => {
      (result.outcome_counts as { accepted_count: number }).accepted_count = 9;
    }).toThrow(TypeError);
  });
});
