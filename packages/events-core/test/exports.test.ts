import { readdirSync, readFileSync } from "node:fs";
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

describe("the entry and the list of families", () => {
  it("exports every family's descriptor, and each payload, nested model and enum it publishes", () => {
    const values = new Set<unknown>(Object.values(core));
    for (const family of core.CONTRACT_FAMILIES) {
      expect(values.has(family), family.name).toBe(true);
      for (const { model } of [...family.payloads, ...family.models]) {
        expect((core as Record<string, unknown>)[`${model.name}Schema`], model.name).toBe(model);
      }
      for (const { schema } of family.enums) {
        expect((core as Record<string, unknown>)[`${schema.name}Schema`], schema.name).toBe(schema);
      }
    }
  });

  it("exports each family's event-type set", () => {
    const values = new Set<unknown>(Object.values(core));
    for (const family of core.CONTRACT_FAMILIES) {
      if (family.eventTypes.size > 0) expect(values.has(family.eventTypes), family.name).toBe(true);
    }
  });
});

describe("internal speed-ups", () => {
  it("are not exported from the public entry, by name or by value", async () => {
    const internal = await import("../src/internal/index.js");
    const modules = [
      await import("../src/internal/compiled-verdict.js"),
      await import("../src/internal/first-of-each.js"),
      await import("../src/internal/flat-string.js"),
      await import("../src/internal/load-ahead.js"),
      await import("../src/internal/output-form.js"),
      await import("../src/internal/pair-sort.js"),
      await import("../src/internal/string-pool.js"),
    ];
    // Every module of the internal folder is checked here.
    expect(readdirSync(new URL("../src/internal/", import.meta.url)).sort()).toEqual([
      "compiled-verdict.ts",
      "first-of-each.ts",
      "flat-string.ts",
      "index.ts",
      "load-ahead.ts",
      "output-form.ts",
      "pair-sort.ts",
      "string-pool.ts",
    ]);
    const values = new Set<unknown>(Object.values(core));
    for (const module of [internal, ...modules]) {
      for (const [name, value] of Object.entries(module)) {
        expect(exported, name).not.toContain(name);
        if (typeof value === "function" || typeof value === "object") {
          expect(values.has(value), name).toBe(false);
        }
      }
    }
  });
});
