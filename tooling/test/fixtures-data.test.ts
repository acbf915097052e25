import { readFileSync } from "node:fs";
import {
  type FixtureManifestEntry,
  fixtureCategory,
  fixturePath,
  loadFixtures,
  loadManifest,
  loadReducerOutput,
  loadReplayStream,
  validateEvent,
} from "@spec-kitty/events-conformance";
import {
  CONTRACT_FAMILIES,
  type Event,
  parseEvent,
  reduceConnectorEvents,
  reduceSyncEvents,
} from "@spec-kitty/events-core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../scripts/lib/canonical-json.js";

const manifest = loadManifest();
const entries = manifest.fixtures;

function payloadCases(category: string, expected: "valid" | "invalid"): FixtureManifestEntry[] {
  return entries.filter(
    (entry) =>
      entry.fixtureType === null &&
      fixtureCategory(entry) === category &&
      entry.expectedResult === expected,
  );
}

function fileName(entry: FixtureManifestEntry): string {
  return entry.path.slice(entry.path.lastIndexOf("/") + 1);
}

describe("fixture inventory", () => {
  it("holds the connector cases of the contract", () => {
    expect(payloadCases("connector", "valid").map(fileName).sort()).toEqual([
      "connector-degraded-timeout.json",
      "connector-health-checked-degraded.json",
      "connector-health-checked-healthy.json",
      "connector-provisioned-github.json",
      "connector-provisioned-jira.json",
      "connector-reconnected-automatic.json",
    ]);
    expect(payloadCases("connector", "invalid").map(fileName).sort()).toEqual([
      "connector-invalid-health-status.json",
      "connector-missing-connector-id.json",
      "connector-missing-endpoint-url.json",
      "connector-missing-revocation-reason.json",
    ]);
  });

  it("holds the sync and external-reference cases of the contract", () => {
    const valid = payloadCases("sync", "valid");
    expect(
      valid
        .filter((e) => e.eventType !== "ExternalReferenceLinked")
        .map(fileName)
        .sort(),
    ).toEqual([
      "sync-dead-lettered-max-retries.json",
      "sync-ingest-accepted-batch.json",
      "sync-ingest-accepted-single.json",
      "sync-ingest-rejected-schema-mismatch.json",
      "sync-replay-completed-full.json",
      "sync-retry-scheduled-first-attempt.json",
    ]);
    expect(
      valid
        .filter((e) => e.eventType === "ExternalReferenceLinked")
        .map(fileName)
        .sort(),
    ).toEqual(["external-ref-linked-github-pr.json", "external-ref-linked-jira-issue.json"]);
    expect(payloadCases("sync", "invalid").map(fileName).sort()).toEqual([
      "sync-missing-delivery-id.json",
      "sync-missing-failure-reason.json",
      "sync-missing-source-fingerprint.json",
      "sync-negative-retry-attempt.json",
    ]);
  });

  it("holds three connector and sync replay streams with four golden outputs", () => {
    const connectorSync = entries.filter((e) =>
      ["connector", "sync", "replay"].includes(fixtureCategory(e)),
    );
    expect(
      connectorSync.filter((e) => e.fixtureType === "replay_stream").map((e) => e.path),
    ).toEqual([
      "connector/replay/connector-lifecycle-full.jsonl",
      "sync/replay/sync-ingest-lifecycle.jsonl",
      "replay/mixed-connector-sync-lifecycle.jsonl",
    ]);
    expect(
      connectorSync
        .filter((e) => e.fixtureType === "reducer_output")
        .map((e) => [e.path, e.eventType]),
    ).toEqual([
      ["connector/replay/connector-lifecycle-full_output.json", "ReducedConnectorState"],
      ["sync/replay/sync-ingest-lifecycle_output.json", "ReducedSyncState"],
      ["replay/mixed-connector-sync-lifecycle_connector_output.json", "ReducedConnectorState"],
      ["replay/mixed-connector-sync-lifecycle_sync_output.json", "ReducedSyncState"],
    ]);
    for (const stream of entries.filter((e) => e.fixtureType === "replay_stream")) {
      expect(stream.eventType).toBe("mixed");
    }
  });

  it("holds envelope and lane-mapping cases", () => {
    const envelope = (expected: "valid" | "invalid") =>
      payloadCases("events", expected).filter((e) => e.eventType === "Event");
    expect(envelope("valid").map(fileName).sort()).toEqual([
      "envelope-defaults-omitted.json",
      "envelope-ulid-ids.json",
      "envelope-uuid-bare-hex-ids.json",
      "envelope-uuid-hyphenated-ids.json",
    ]);
    expect(envelope("invalid").map(fileName).sort()).toEqual([
      "envelope-bad-schema-version.json",
      "envelope-missing-correlation-id.json",
      "envelope-negative-lamport-clock.json",
    ]);
    expect(payloadCases("lane_mapping", "valid")).toHaveLength(2);
    expect(payloadCases("lane_mapping", "invalid")).toHaveLength(4);
  });

  // The contract version that introduced an entry: the version of a family that lists its
  // category (its `since`), or 2.7.0, this port's version, for cases first written here.
  const sinceOfCategory = (category: string): string[] =>
    CONTRACT_FAMILIES.filter((family) =>
      (family.fixtureCategories as readonly string[]).includes(category),
    ).map((family) => family.since);

  // The reference's own versions of categories whose cases carry them (family sheets,
  // section 6): glossary cases say 2.0.0, the mission-next replay 2.3.1.
  const REFERENCE_MIN_VERSIONS: Readonly<Record<string, readonly string[]>> = {
    glossary: ["2.0.0"],
    mission_next: ["2.3.1"],
  };

  it("marks every entry with the version that introduced it, with an id matching its file name", () => {
    for (const entry of entries) {
      const category = fixtureCategory(entry);
      expect(
        [...sinceOfCategory(category), ...(REFERENCE_MIN_VERSIONS[category] ?? []), "2.7.0"],
        entry.id,
      ).toContain(entry.minVersion);
      expect(entry.id).toBe(fileName(entry).replace(/\.jsonl?$/, ""));
      expect(entry.notes.length, entry.id).toBeGreaterThan(10);
    }
  });
});

describe("payload cases", () => {
  const valid = ["connector", "sync", "events"].flatMap((category) =>
    loadFixtures(category).filter((fixture) => fixture.expectedValid),
  );

  it.each(valid.map((fixture) => [fixture.id, fixture] as const))(
    "%s passes both layers",
    (_id, fixture) => {
      const result = validateEvent(fixture.payload, fixture.eventType);
      expect(result.modelViolations).toEqual([]);
      expect(result.schemaViolations).toEqual([]);
      expect(result.valid).toBe(true);
    },
  );

  // The one expected violation of each invalid case, per layer (written from the contract, not
  // read back from the validator).
  const INVALID: Record<
    string,
    {
      eventType: string;
      field: string;
      violationType: string;
      jsonPath: string;
      validator: string;
      message?: string;
    }
  > = {
    "connector-missing-connector-id": {
      eventType: "ConnectorProvisioned",
      field: "connector_id",
      violationType: "missing",
      jsonPath: "$",
      validator: "required",
      message: "'connector_id' is a required property",
    },
    "connector-missing-endpoint-url": {
      eventType: "ConnectorProvisioned",
      field: "endpoint_url",
      violationType: "missing",
      jsonPath: "$",
      validator: "required",
      message: "'endpoint_url' is a required property",
    },
    "connector-invalid-health-status": {
      eventType: "ConnectorHealthChecked",
      field: "health_status",
      violationType: "enum",
      jsonPath: "$.health_status",
      validator: "enum",
    },
    "connector-missing-revocation-reason": {
      eventType: "ConnectorRevoked",
      field: "revocation_reason",
      violationType: "missing",
      jsonPath: "$",
      validator: "required",
      message: "'revocation_reason' is a required property",
    },
    "sync-missing-delivery-id": {
      eventType: "SyncIngestAccepted",
      field: "delivery_id",
      violationType: "missing",
      jsonPath: "$",
      validator: "required",
      message: "'delivery_id' is a required property",
    },
    "sync-missing-source-fingerprint": {
      eventType: "SyncIngestAccepted",
      field: "source_event_fingerprint",
      violationType: "missing",
      jsonPath: "$",
      validator: "required",
      message: "'source_event_fingerprint' is a required property",
    },
    "sync-negative-retry-attempt": {
      eventType: "SyncRetryScheduled",
      field: "retry_attempt",
      violationType: "greater_than_equal",
      jsonPath: "$.retry_attempt",
      validator: "minimum",
      message: "0 is less than the minimum of 1",
    },
    "sync-missing-failure-reason": {
      eventType: "SyncDeadLettered",
      field: "failure_reason",
      violationType: "missing",
      jsonPath: "$",
      validator: "required",
      message: "'failure_reason' is a required property",
    },
    "envelope-missing-correlation-id": {
      eventType: "Event",
      field: "correlation_id",
      violationType: "missing",
      jsonPath: "$",
      validator: "required",
      message: "'correlation_id' is a required property",
    },
    "envelope-negative-lamport-clock": {
      eventType: "Event",
      field: "lamport_clock",
      violationType: "greater_than_equal",
      jsonPath: "$.lamport_clock",
      validator: "minimum",
      message: "-1 is less than the minimum of 0",
    },
    "envelope-bad-schema-version": {
      eventType: "Event",
      field: "schema_version",
      violationType: "string_pattern_mismatch",
      jsonPath: "$.schema_version",
      validator: "pattern",
    },
  };

  // The connector, sync and envelope cases (the status, gates and lifecycle cases are checked
  // in the conformance package, some are refused by the model layer only).
  const invalid = ["connector", "sync", "events"].flatMap((category) =>
    loadFixtures(category).filter(
      (fixture) =>
        !fixture.expectedValid && (category !== "events" || fixture.eventType === "Event"),
    ),
  );

  it("has an expectation for every invalid case", () => {
    expect(invalid.map((fixture) => fixture.id).sort()).toEqual(Object.keys(INVALID).sort());
  });

  it.each(invalid.map((fixture) => [fixture.id, fixture] as const))(
    "%s fails both layers at the expected field",
    (id, fixture) => {
      const expected = INVALID[id];
      if (expected === undefined) throw new Error(`no expectation for ${id}`);
      expect(fixture.eventType).toBe(expected.eventType);
      const result = validateEvent(fixture.payload, fixture.eventType);
      expect(result.valid).toBe(false);
      expect(result.modelViolations.map((v) => [v.field, v.violationType])).toEqual([
        [expected.field, expected.violationType],
      ]);
      expect(result.schemaViolations.map((v) => [v.jsonPath, v.validator])).toEqual([
        [expected.jsonPath, expected.validator],
      ]);
      if (expected.message !== undefined) {
        expect(result.schemaViolations[0]?.message).toBe(expected.message);
      }
    },
  );
});

const STREAMS = {
  "connector-lifecycle-full": 6,
  "sync-ingest-lifecycle": 7,
  "mixed-connector-sync-lifecycle": 14,
} as const;

function parsedStream(id: string): Event[] {
  return loadReplayStream(id).map((line) => parseEvent(line));
}

describe("replay streams", () => {
  it.each(Object.entries(STREAMS))(
    "%s has %i lines, each a valid envelope and payload",
    (id, count) => {
      const lines = loadReplayStream(id);
      expect(lines).toHaveLength(count);
      lines.forEach((line, index) => {
        const envelope = validateEvent(line, "Event");
        expect(envelope.valid, `${id} line ${index + 1}`).toBe(true);
        const { event_type: eventType, payload } = line as { event_type: string; payload: unknown };
        const result = validateEvent(payload, eventType);
        expect(result.valid, `${id} line ${index + 1} payload`).toBe(true);
      });
    },
  );

  it("interleaves connector and sync events in the mixed stream", () => {
    const types = loadReplayStream("mixed-connector-sync-lifecycle").map(
      (line) => (line as { event_type: string }).event_type,
    );
    const family = types.map((type) =>
      type.startsWith("Connector") ? "c" : type.startsWith("Sync") ? "s" : "x",
    );
    expect(family.filter((f) => f === "c").length).toBeGreaterThanOrEqual(4);
    expect(family.filter((f) => f === "s").length).toBeGreaterThanOrEqual(4);
    const switches = family.slice(1).filter((f, i) => f !== family[i]).length;
    expect(switches).toBeGreaterThanOrEqual(4);
  });
});

const GOLDENS = [
  ["connector-lifecycle-full_output", "connector-lifecycle-full", reduceConnectorEvents],
  ["sync-ingest-lifecycle_output", "sync-ingest-lifecycle", reduceSyncEvents],
  [
    "mixed-connector-sync-lifecycle_connector_output",
    "mixed-connector-sync-lifecycle",
    reduceConnectorEvents,
  ],
  [
    "mixed-connector-sync-lifecycle_sync_output",
    "mixed-connector-sync-lifecycle",
    reduceSyncEvents,
  ],
] as const;

describe("golden outputs", () => {
  it.each(GOLDENS)(
    "%s is the reducer output of %s (deep equal and byte equal)",
    (goldenId, streamId, reducer) => {
      const output = reducer(parsedStream(streamId));
      expect(JSON.parse(JSON.stringify(output))).toEqual(loadReducerOutput(goldenId));
      const path = loadManifest().fixtures.find((e) => e.id === goldenId)?.path ?? "";
      expect(canonicalJson(output)).toBe(readFileSync(fixturePath(path), "utf8"));
    },
  );

  // Facts each stream was designed to show, checked against the goldens independently of the
  // reducer implementation.
  it("connector lifecycle: every transition applied, ends revoked", () => {
    const golden = loadReducerOutput("connector-lifecycle-full_output") as {
      current_state: string;
      transition_log: [string, string][];
      anomalies: unknown[];
      event_count: number;
      last_health_check: string;
      provider: string;
    };
    expect(golden.transition_log.map(([, state]) => state)).toEqual([
      "provisioned",
      "healthy",
      "degraded",
      "reconnected",
      "healthy",
      "revoked",
    ]);
    expect(golden.current_state).toBe("revoked");
    expect(golden.anomalies).toEqual([]);
    expect(golden.event_count).toBe(6);
    expect(golden.provider).toBe("github");
    expect(golden.last_health_check).toBe("2026-02-27T12:15:00Z");
  });

  it("sync lifecycle: one count per outcome as designed, no anomaly", () => {
    const golden = loadReducerOutput("sync-ingest-lifecycle_output") as {
      outcome_counts: Record<string, number>;
      anomalies: unknown[];
      event_count: number;
      seen_delivery_pairs: unknown[];
    };
    expect(golden.outcome_counts).toEqual({
      accepted_count: 2,
      rejected_count: 1,
      retry_count: 2,
      dead_letter_count: 1,
      replay_count: 1,
    });
    expect(golden.anomalies).toEqual([]);
    expect(golden.event_count).toBe(7);
    expect(golden.seen_delivery_pairs).toHaveLength(7);
  });

  it("mixed stream: dedup, a duplicate delivery pair and a repeated health check", () => {
    const connector = loadReducerOutput("mixed-connector-sync-lifecycle_connector_output") as {
      current_state: string;
      anomalies: { kind: string; message: string }[];
      event_count: number;
      transition_log: [string, string][];
    };
    expect(connector.event_count).toBe(13); // 14 lines, one exact duplicate
    expect(connector.current_state).toBe("healthy");
    expect(connector.anomalies.map((a) => [a.kind, a.message])).toEqual([
      ["invalid_transition", "Invalid transition: healthy -> healthy"],
    ]);
    expect(connector.transition_log.map(([, state]) => state)).toEqual([
      "provisioned",
      "healthy",
      "degraded",
      "reconnected",
      "healthy",
    ]);
    // the upper-case hyphenated UUID id is normalised to lower case
    expect(connector.transition_log[1]?.[0]).toBe("6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9");

    const sync = loadReducerOutput("mixed-connector-sync-lifecycle_sync_output") as {
      outcome_counts: Record<string, number>;
      anomalies: { kind: string; event_id: string; message: string }[];
      event_count: number;
    };
    expect(sync.event_count).toBe(13);
    expect(sync.outcome_counts).toEqual({
      accepted_count: 2,
      rejected_count: 1,
      retry_count: 1,
      dead_letter_count: 0,
      replay_count: 1,
    });
    expect(sync.anomalies).toEqual([
      {
        kind: "duplicate_delivery_pair",
        event_id: "9b2e4c6a-8d0f-41e3-a5c7-e9b1d3f5a7c9", // bare 32-hex id, hyphenated
        message:
          "Duplicate (delivery_id, source_event_fingerprint) pair: ('dlv-jira-0201', 'sha256:a665a45920422f9d417e4867efdc4fb8a04a1f3fff1fa07e998e86f7f7a27ae3')",
      },
    ]);
  });
});

describe("reducer properties on the replay streams", () => {
  const streams = GOLDENS.map(([goldenId, streamId, reducer]) => ({
    goldenId,
    events: parsedStream(streamId),
    reducer,
    expected: JSON.stringify(loadReducerOutput(goldenId)),
  }));

  it.each(streams.map((s) => [s.goldenId, s] as const))(
    "%s: same output for any order of the events, with any events duplicated",
    (_id, { events, reducer, expected }) => {
      const n = events.length;
      const reordered = fc.array(fc.nat({ max: n - 1 }), { maxLength: 6 }).chain((duplicates) => {
        const all = [...events, ...duplicates.map((i) => events[i] as Event)];
        return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
      });
      fc.assert(
        fc.property(reordered, (input) => {
          const output = JSON.parse(JSON.stringify(reducer(input)));
          expect(JSON.stringify(sortedKeys(output))).toBe(expected);
        }),
        { numRuns: 150 },
      );
    },
  );

  it("applies a delivery pair once: redeliveries under new event ids become anomalies", () => {
    const events = parsedStream("sync-ingest-lifecycle");
    const golden = loadReducerOutput("sync-ingest-lifecycle_output") as {
      outcome_counts: unknown;
      outcome_log: unknown;
      seen_delivery_pairs: unknown;
      event_count: number;
    };
    const redelivery = fc.record({
      index: fc.nat({ max: events.length - 1 }),
      id: fc.uuid(),
      clockOffset: fc.integer({ min: 1, max: 50 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(redelivery, { selector: (r) => r.id, maxLength: 8 }),
        (redeliveries) => {
          const extra = redeliveries.map(({ index, id, clockOffset }) => {
            const original = events[index] as Event;
            return parseEvent({
              ...JSON.parse(JSON.stringify(original)),
              event_id: id,
              lamport_clock: original.lamport_clock + clockOffset + 100,
            });
          });
          const output = JSON.parse(JSON.stringify(reduceSyncEvents([...extra, ...events])));
          expect(output.outcome_counts).toEqual(golden.outcome_counts);
          expect(output.outcome_log).toEqual(golden.outcome_log);
          expect(output.seen_delivery_pairs).toEqual(golden.seen_delivery_pairs);
          expect(output.event_count).toBe(golden.event_count + redeliveries.length);
          expect(output.anomalies.map((a: { kind: string }) => a.kind)).toEqual(
            redeliveries.map(() => "duplicate_delivery_pair"),
          );
          expect(new Set(output.anomalies.map((a: { event_id: string }) => a.event_id))).toEqual(
            new Set(redeliveries.map((r) => r.id)),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, sortedKeys(record[key])]),
  );
}
