import { describe, expect, it } from "vitest";
import { CONNECTOR_EVENT_TYPES } from "../src/connector/constants.js";
import { HealthStatusSchema } from "../src/connector/enums.js";
import * as connector from "../src/connector/payloads.js";
import {
  CONNECTOR_REGISTRATIONS,
  ENUM_SCHEMA_REGISTRY,
  EVENT_TYPE_REGISTRY,
  SYNC_REGISTRATIONS,
} from "../src/registry.js";
import { SYNC_EVENT_TYPES } from "../src/sync/constants.js";
import * as sync from "../src/sync/payloads.js";

// Event type -> [schema name, model], from `connector-sync.md`.
const EXPECTED: readonly [string, string, unknown][] = [
  [
    "ConnectorProvisioned",
    "connector_provisioned_payload",
    connector.ConnectorProvisionedPayloadSchema,
  ],
  [
    "ConnectorHealthChecked",
    "connector_health_checked_payload",
    connector.ConnectorHealthCheckedPayloadSchema,
  ],
  ["ConnectorDegraded", "connector_degraded_payload", connector.ConnectorDegradedPayloadSchema],
  ["ConnectorRevoked", "connector_revoked_payload", connector.ConnectorRevokedPayloadSchema],
  [
    "ConnectorReconnected",
    "connector_reconnected_payload",
    connector.ConnectorReconnectedPayloadSchema,
  ],
  ["SyncIngestAccepted", "sync_ingest_accepted_payload", sync.SyncIngestAcceptedPayloadSchema],
  ["SyncIngestRejected", "sync_ingest_rejected_payload", sync.SyncIngestRejectedPayloadSchema],
  ["SyncRetryScheduled", "sync_retry_scheduled_payload", sync.SyncRetryScheduledPayloadSchema],
  ["SyncDeadLettered", "sync_dead_lettered_payload", sync.SyncDeadLetteredPayloadSchema],
  ["SyncReplayCompleted", "sync_replay_completed_payload", sync.SyncReplayCompletedPayloadSchema],
  [
    "ExternalReferenceLinked",
    "external_reference_linked_payload",
    sync.ExternalReferenceLinkedPayloadSchema,
  ],
];

function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

describe("EVENT_TYPE_REGISTRY", () => {
  it.each(EXPECTED)("registers %s as %s with its model", (eventType, schemaName, model) => {
    const registration = EVENT_TYPE_REGISTRY.get(eventType);
    expect(registration).toBeDefined();
    expect(registration?.eventType).toBe(eventType);
    expect(registration?.schemaName).toBe(schemaName);
    expect(registration?.model).toBe(model);
    expect(snakeCase(registration?.model.name ?? "")).toBe(schemaName);
    expect(Object.isFrozen(registration)).toBe(true);
  });

  it("keeps the envelope registration", () => {
    expect(EVENT_TYPE_REGISTRY.get("Event")?.schemaName).toBe("event");
  });

  it("registers every member of both event-type sets", () => {
    for (const eventType of [...CONNECTOR_EVENT_TYPES, ...SYNC_EVENT_TYPES]) {
      expect(EVENT_TYPE_REGISTRY.has(eventType)).toBe(true);
    }
  });

  it("uses each schema name once", () => {
    const names = [...EVENT_TYPE_REGISTRY.values()].map((r) => r.schemaName);
    expect(new Set(names).size).toBe(names.length);
  });

  it("agrees with the family model maps", () => {
    for (const [eventType, model] of Object.entries(connector.CONNECTOR_PAYLOAD_MODELS)) {
      expect(EVENT_TYPE_REGISTRY.get(eventType)?.model).toBe(model);
    }
    for (const [eventType, model] of Object.entries(sync.SYNC_PAYLOAD_MODELS)) {
      expect(EVENT_TYPE_REGISTRY.get(eventType)?.model).toBe(model);
    }
  });

  it("lists the family registrations in spec order, frozen", () => {
    expect(CONNECTOR_REGISTRATIONS.map((r) => r.eventType)).toEqual(
      EXPECTED.slice(0, 5).map(([t]) => t),
    );
    expect(SYNC_REGISTRATIONS.map((r) => r.eventType)).toEqual(EXPECTED.slice(5).map(([t]) => t));
    expect(Object.isFrozen(CONNECTOR_REGISTRATIONS)).toBe(true);
    expect(Object.isFrozen(SYNC_REGISTRATIONS)).toBe(true);
  });

  it("shares one enum schema instance across registered models", () => {
    const model = EVENT_TYPE_REGISTRY.get("ConnectorHealthChecked")?.model;
    expect(model?.entries.health_status).toBe(HealthStatusSchema);
  });
});

describe("ENUM_SCHEMA_REGISTRY", () => {
  it("still publishes only the lane enums", () => {
    expect([...ENUM_SCHEMA_REGISTRY.keys()]).toEqual(["lane", "sync_lane_v1"]);
  });
});

describe("registry immutability", () => {
  it("refuses writes at run time, not only in its type", () => {
    const registry = EVENT_TYPE_REGISTRY as Map<string, unknown>;
    const enums = ENUM_SCHEMA_REGISTRY as Map<string, unknown>;
    expect(() => registry.set("Injected", {})).toThrow(TypeError);
    expect(() => registry.delete("Event")).toThrow(TypeError);
    expect(() => registry.clear()).toThrow(TypeError);
    expect(() => enums.set("injected", {})).toThrow(TypeError);
    expect(EVENT_TYPE_REGISTRY.has("Event")).toBe(true);
    expect(EVENT_TYPE_REGISTRY.has("Injected")).toBe(false);
  });
});
