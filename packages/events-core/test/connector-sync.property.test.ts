import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Event, parseEvent } from "../src/envelope/event.js";
import { reducibleEvent } from "../src/envelope/reducible.js";
import { reduceConnectorEvents } from "../src/families/connector/reducer.js";
import { SYNC_FAMILY } from "../src/families/sync/family.js";
import { reduceSyncEvents } from "../src/families/sync/reducer.js";
import type { ReducibleEvent } from "../src/reducers/pipeline.js";
import { CONNECTOR_EXAMPLES, SYNC_EXAMPLES, ulid } from "./support/connector-sync.js";

const CONNECTOR_TYPES = Object.keys(CONNECTOR_EXAMPLES);
const SYNC_TYPES = [
  "SyncIngestAccepted",
  "SyncIngestRejected",
  "SyncRetryScheduled",
  "SyncDeadLettered",
  "SyncReplayCompleted",
];
const ALL_TYPES = [...CONNECTOR_TYPES, ...SYNC_TYPES, "ExternalReferenceLinked", "WPStatusChanged"];
const TIMESTAMPS = [
  "2026-02-27T12:00:00Z",
  "2026-02-27T12:00:00.5Z",
  "2026-02-27T12:00:00+01:00",
  "2026-02-27T11:00:00-01:00",
  "2026-02-27T12:00:00",
];

/** What a generated event looks like before it becomes a plain envelope object. */
interface EventSpec {
  readonly type: string;
  readonly clock: number;
  readonly timestamp: string;
  readonly malformed: boolean;
  readonly deliveryId: string;
  readonly fingerprint: string;
  readonly connectorId: string;
}

const specArb = (types: readonly string[]): fc.Arbitrary<EventSpec> =>
  fc.record({
    type: fc.constantFrom(...types),
    clock: fc.nat({ max: 6 }),
    timestamp: fc.constantFrom(...TIMESTAMPS),
    malformed: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))),
    deliveryId: fc.constantFrom("d1", "d2", "d3", "D1"),
    fingerprint: fc.constantFrom("f1", "f2", "f\u{1F600}"),
    connectorId: fc.constantFrom("c1", "c2"),
  });

function payloadOf(spec: EventSpec): Record<string, unknown> {
  const example = CONNECTOR_EXAMPLES[spec.type] ?? SYNC_EXAMPLES[spec.type] ?? { note: "other" };
  const payload: Record<string, unknown> = {
    ...example,
    connector_id: spec.connectorId,
    ...(SYNC_TYPES.includes(spec.type)
      ? { delivery_id: spec.deliveryId, source_event_fingerprint: spec.fingerprint }
      : {}),
  };
  if (spec.malformed) payload.recorded_at = "not a datetime";
  return payload;
}

/** A plain envelope object (the input of `parseEvent`); event ids are unique by index. */
function rawEnvelope(spec: EventSpec, index: number): Record<string, unknown> {
  return {
    event_id: ulid(index + 1),
    event_type: spec.type,
    aggregate_id: spec.connectorId,
    payload: payloadOf(spec),
    timestamp: spec.timestamp,
    node_id: "node-1",
    lamport_clock: spec.clock,
    project_uuid: "0f8fad5b-d9cb-469f-a165-70867728950e",
    correlation_id: ulid(0),
  };
}

const REDUCERS = [
  ["reduceConnectorEvents", reduceConnectorEvents],
  ["reduceSyncEvents", reduceSyncEvents],
] as const;

/** Specs plus a permutation of their indices. */
const permutedArb = fc.array(specArb(ALL_TYPES), { maxLength: 30 }).chain((specs) =>
  fc.tuple(
    fc.constant(specs),
    fc.shuffledSubarray(
      specs.map((_, i) => i),
      { minLength: specs.length, maxLength: specs.length },
    ),
  ),
);

describe.each(REDUCERS)("%s properties", (_, reduce) => {
  it("gives the same JSON for any permutation of the input", () => {
    fc.assert(
      fc.property(permutedArb, ([specs, order]) => {
        const raws = specs.map(rawEnvelope);
        const events = raws.map((raw) => parseEvent(raw));
        const permuted = order.map((i) => parseEvent(raws[i]));
        expect(JSON.stringify(reduce(permuted))).toBe(JSON.stringify(reduce(events)));
      }),
    );
  });

  it("is unchanged by exact duplicates of any events, anywhere", () => {
    fc.assert(
      fc.property(
        fc.array(specArb(ALL_TYPES), { minLength: 1, maxLength: 25 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 10 }),
        (specs, copies) => {
          const raws = specs.map(rawEnvelope);
          const events = raws.map((raw) => parseEvent(raw));
          const withCopies: Event[] = [...events];
          for (const [which, where] of copies) {
            const copy = parseEvent(raws[which % raws.length]);
            withCopies.splice(where % (withCopies.length + 1), 0, copy);
          }
          expect(JSON.stringify(reduce(withCopies))).toBe(JSON.stringify(reduce(events)));
        },
      ),
    );
  });
});

describe.each(REDUCERS)("%s on the reducible fields alone", (_, reduce) => {
  it("gives the same output for events and for reducibleEvent of each", () => {
    fc.assert(
      fc.property(permutedArb, ([specs, order]) => {
        const events = order.map((i) => parseEvent(rawEnvelope(specs[i] as EventSpec, i)));
        const full = reduce(events);
        const reduced = reduce(events.map(reducibleEvent));
        expect(reduced).toEqual(full);
        expect(JSON.stringify(reduced)).toBe(JSON.stringify(full));
      }),
    );
  });
});

describe("reducibleEvent", () => {
  it("keeps the sort key, the type and the payload, as a frozen object", () => {
    const event = parseEvent(rawEnvelope(specFor("SyncIngestAccepted"), 3));
    const kept = reducibleEvent(event);
    expect(Object.keys(kept)).toEqual([
      "event_id",
      "event_type",
      "lamport_clock",
      "timestamp",
      "payload",
    ]);
    expect(kept.payload).toBe(event.payload);
    expect(kept.timestamp).toBe(event.timestamp);
    expect(kept.event_id).toBe(event.event_id);
    expect(Object.isFrozen(kept)).toBe(true);
  });
});

function specFor(type: string): EventSpec {
  return {
    type,
    clock: 0,
    timestamp: TIMESTAMPS[0] as string,
    malformed: false,
    deliveryId: "d1",
    fingerprint: "f1",
    connectorId: "c1",
  };
}

describe("both reducers on arbitrary payloads", () => {
  it("never throws on arbitrary payloads and accounts for every family event", () => {
    const payloadArb = fc.oneof(
      fc.dictionary(
        fc.constantFrom(
          "connector_id",
          "provider",
          "delivery_id",
          "source_event_fingerprint",
          "recorded_at",
          "__proto__",
          "constructor",
          "x",
        ),
        fc.jsonValue(),
      ),
      fc.constant({}),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            type: fc.constantFrom(...ALL_TYPES, "__proto__", "toString"),
            clock: fc.nat({ max: 5 }),
            payload: payloadArb,
          }),
          { maxLength: 20 },
        ),
        (items) => {
          const events = items.map((item, i) =>
            parseEvent({
              ...rawEnvelope({ ...specFor(item.type), clock: item.clock }, i),
              payload: item.payload,
            }),
          );
          const connectorCount = events.filter((e) =>
            CONNECTOR_TYPES.includes(e.event_type),
          ).length;
          const syncCount = events.filter((e) => SYNC_TYPES.includes(e.event_type)).length;
          const connector = reduceConnectorEvents(events);
          const sync = reduceSyncEvents(events);
          expect(connector.transition_log.length + connector.anomalies.length).toBe(connectorCount);
          expect(sync.outcome_log.length + sync.anomalies.length).toBe(syncCount);
          expect(connector.event_count).toBe(events.length);
          expect(sync.event_count).toBe(events.length);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
    );
  });
});

describe("reduceSyncEvents delivery pairs", () => {
  it("applies each distinct (delivery_id, fingerprint) pair once", () => {
    fc.assert(
      fc.property(fc.array(specArb(SYNC_TYPES), { maxLength: 40 }), (specs) => {
        const result = reduceSyncEvents(specs.map((spec, i) => parseEvent(rawEnvelope(spec, i))));
        const pairOf = new Map(
          specs.map((s, i) => [ulid(i + 1), `${s.deliveryId}|${s.fingerprint}`]),
        );
        const wellFormed = specs.filter((s) => !s.malformed);
        const distinct = new Set(wellFormed.map((s) => `${s.deliveryId}|${s.fingerprint}`));

        // each applied event carries a different pair, and every distinct pair is applied
        const appliedPairs = result.outcome_log.map(([eventId]) => pairOf.get(eventId));
        expect(new Set(appliedPairs).size).toBe(appliedPairs.length);
        expect(new Set(appliedPairs)).toEqual(distinct);

        const counts = Object.values(result.outcome_counts).reduce((a, b) => a + b, 0);
        expect(counts).toBe(distinct.size);
        expect(result.outcome_log).toHaveLength(distinct.size);
        expect(result.seen_delivery_pairs.map(([d, f]) => `${d}|${f}`).sort()).toEqual(
          [...distinct].sort(),
        );

        const kinds = result.anomalies.map((a) => a.kind);
        expect(kinds.filter((k) => k === "malformed_payload")).toHaveLength(
          specs.length - wellFormed.length,
        );
        expect(kinds.filter((k) => k === "duplicate_delivery_pair")).toHaveLength(
          wellFormed.length - distinct.size,
        );
      }),
    );
  });
});

describe("the sync reducer's payload packing", () => {
  const packing = SYNC_FAMILY.reducer?.payloadPacking;

  /** The events with their payloads packed, sent through a structured clone, and unpacked. */
  function packedAcrossThreads(events: readonly Event[]): ReducibleEvent[] {
    if (packing === undefined) throw new Error("the sync reducer has no payload packing");
    const packed = structuredClone(
      events.map((event) => packing.pack(event.event_type, event.payload)),
    );
    return events.map((event, i) => ({
      ...reducibleEvent(event),
      payload: packing.unpack(event.event_type, packed[i]),
    }));
  }

  it("projects packed payloads exactly as it projects the originals", () => {
    fc.assert(
      fc.property(permutedArb, ([specs, order]) => {
        const events = order.map((i) => parseEvent(rawEnvelope(specs[i] as EventSpec, i)));
        const packed = packedAcrossThreads(events);
        expect(JSON.stringify(reduceSyncEvents(packed))).toBe(
          JSON.stringify(reduceSyncEvents(events)),
        );
      }),
    );
  });

  it("packs only a payload its model accepts, to the fields the fold reads", () => {
    const accepted = parseEvent(rawEnvelope(specFor("SyncIngestAccepted"), 1));
    expect(packing?.pack(accepted.event_type, accepted.payload)).toEqual(["d1", "f1", "c1"]);
    const malformed = parseEvent(
      rawEnvelope({ ...specFor("SyncIngestAccepted"), malformed: true }, 2),
    );
    expect(packing?.pack(malformed.event_type, malformed.payload)).toBe(malformed.payload);
    const linked = parseEvent(rawEnvelope(specFor("ExternalReferenceLinked"), 3));
    expect(packing?.pack(linked.event_type, linked.payload)).toBe(linked.payload);
  });

  it("does not let a payload that only looks packed skip its model", () => {
    // A payload with exactly the three fields the fold reads, written by hand: its model
    // still refuses it (the other required fields are missing).
    const event = parseEvent({
      ...rawEnvelope(specFor("SyncIngestAccepted"), 1),
      payload: { delivery_id: "d1", source_event_fingerprint: "f1", connector_id: "c1" },
    });
    const state = reduceSyncEvents([event]);
    expect(state.anomalies.map((anomaly) => anomaly.kind)).toEqual(["malformed_payload"]);
    const unpacked = packing?.unpack(event.event_type, ["d1", "f1", "c1"]);
    expect(Object.isFrozen(unpacked)).toBe(true);
    expect(JSON.parse(JSON.stringify(unpacked))).toEqual(event.payload);
  });

  it("projects arbitrary payloads, packed, exactly as it projects the originals", () => {
    const payloadArb = fc.oneof(
      fc.dictionary(
        fc.constantFrom(...Object.keys(SYNC_EXAMPLES.SyncIngestAccepted ?? {}), "__proto__"),
        fc.oneof(fc.jsonValue(), fc.constantFrom("d1", "f1", "c1", "2026-02-27T12:00:00Z", 3)),
      ),
      fc.constant(SYNC_EXAMPLES.SyncIngestAccepted ?? {}),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ type: fc.constantFrom(...SYNC_TYPES), payload: payloadArb }), {
          maxLength: 15,
        }),
        (items) => {
          const events = items.map((item, i) =>
            parseEvent({ ...rawEnvelope(specFor(item.type), i), payload: item.payload }),
          );
          expect(JSON.stringify(reduceSyncEvents(packedAcrossThreads(events)))).toBe(
            JSON.stringify(reduceSyncEvents(events)),
          );
        },
      ),
    );
  });
});
