import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const core = await import("../src/index.js");
const lanes = await import("../src/families/status/lanes.js");
const connector = await import("../src/families/connector/index.js");
const sync = await import("../src/families/sync/index.js");

const exported = Object.keys(core);

// Runtime names of the work-package lane vocabulary that mention "sync".
const LANE_SYNC_NAMES = [
  "SyncLaneV1",
  "SyncLaneV1Schema",
  "CANONICAL_TO_SYNC_V1",
  "canonicalToSyncV1",
];

// A sync-lifecycle name: the Sync/SYNC prefix followed by a lifecycle word.
const SYNC_LIFECYCLE_NAME =
  /^(Sync(Ingest|Retry|DeadLettered|Replay|Outcome)|SYNC_(SCHEMA_VERSION|INGEST|RETRY|DEAD_LETTERED|REPLAY|EVENT|OUTCOME|PAYLOAD_MODELS|FAMILY)|reduceSyncEvents$|summarizeSyncState$)/;

describe("package entry", () => {
  it("exports VERSION equal to the package version 2.7.0", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(core.VERSION).toBe("2.7.0");
    expect(core.VERSION).toBe(pkg.version);
  });

  it("exports what the tracker and SaaS rely on", () => {
    for (const name of [
      "reduceConnectorEvents",
      "reduceSyncEvents",
      "CONNECTOR_EVENT_TYPES",
      "SYNC_EVENT_TYPES",
      "CONNECTOR_SCHEMA_VERSION",
      "SYNC_SCHEMA_VERSION",
      "EXTERNAL_REFERENCE_LINKED",
      "ConnectorState",
      "HealthStatus",
      "ReconnectStrategy",
      "SyncOutcome",
      "ExternalReferenceLinkedPayloadSchema",
      "EVENT_TYPE_REGISTRY",
    ]) {
      expect(exported).toContain(name);
    }
  });

  it("re-exports every runtime name of the connector and sync families unchanged", () => {
    for (const family of [connector, sync]) {
      for (const [name, value] of Object.entries(family)) {
        expect((core as Record<string, unknown>)[name]).toBe(value);
      }
    }
  });

  it("exports every payload schema of both families", () => {
    for (const name of [
      "ConnectorProvisionedPayloadSchema",
      "ConnectorHealthCheckedPayloadSchema",
      "ConnectorDegradedPayloadSchema",
      "ConnectorRevokedPayloadSchema",
      "ConnectorReconnectedPayloadSchema",
      "SyncIngestAcceptedPayloadSchema",
      "SyncIngestRejectedPayloadSchema",
      "SyncRetryScheduledPayloadSchema",
      "SyncDeadLetteredPayloadSchema",
      "SyncReplayCompletedPayloadSchema",
      "ExternalReferenceLinkedPayloadSchema",
    ]) {
      expect(exported).toContain(name);
    }
  });
});

describe("sync lifecycle names vs lane names", () => {
  it("keeps the lane names present and unchanged", () => {
    for (const name of LANE_SYNC_NAMES) {
      expect(exported).toContain(name);
      expect((core as Record<string, unknown>)[name]).toBe(
        (lanes as Record<string, unknown>)[name],
      );
    }
    expect({ ...core.SyncLaneV1 }).toEqual({
      PLANNED: "planned",
      DOING: "doing",
      FOR_REVIEW: "for_review",
      DONE: "done",
    });
    expect(core.SyncLaneV1Schema.name).toBe("SyncLaneV1");
    expect(core.canonicalToSyncV1("in_progress")).toBe("doing");
  });

  it("gives every sync-lifecycle name the Sync/SYNC prefix and a lifecycle word", () => {
    const lifecycle = Object.keys(sync).filter(
      (name) => !/^(ExternalReference|EXTERNAL_REFERENCE)/.test(name),
    );
    expect(lifecycle.length).toBeGreaterThan(10);
    for (const name of lifecycle) {
      expect(name).toMatch(SYNC_LIFECYCLE_NAME);
      expect(name.startsWith("SyncLane")).toBe(false);
      expect(name.startsWith("SYNC_LANE")).toBe(false);
      expect(LANE_SYNC_NAMES).not.toContain(name);
    }
  });

  it("exports no other name mentioning sync than the lane names and the lifecycle names", () => {
    for (const name of exported.filter((n) => /sync/i.test(n))) {
      if (LANE_SYNC_NAMES.includes(name)) continue;
      expect(name).toMatch(SYNC_LIFECYCLE_NAME);
      expect(name).not.toMatch(/lane/i);
    }
  });

  it("has no name shared between the lane module and the sync family", () => {
    const laneNames = new Set(Object.keys(lanes));
    expect(Object.keys(sync).filter((name) => laneNames.has(name))).toEqual([]);
    expect(Object.keys(connector).filter((name) => laneNames.has(name))).toEqual([]);
  });
});
