import { describe, expect, it } from "vitest";
import { CONNECTOR_EVENT_TYPES } from "../src/families/connector/constants.js";
import { HealthStatusSchema } from "../src/families/connector/enums.js";
import { CONNECTOR_FAMILY } from "../src/families/connector/family.js";
import * as connector from "../src/families/connector/payloads.js";
import { CONTRACT_FAMILIES } from "../src/families/index.js";
import { SYNC_EVENT_TYPES } from "../src/families/sync/constants.js";
import { SYNC_FAMILY } from "../src/families/sync/family.js";
import * as sync from "../src/families/sync/payloads.js";
import { defineFamily, payload } from "../src/family.js";
import {
  buildEventTypeRegistry,
  buildPublishedSchemas,
  ENUM_SCHEMA_REGISTRY,
  EVENT_TYPE_REGISTRY,
  FAMILY_FIXTURE_CATEGORIES,
  familyOfEventType,
  PUBLISHED_SCHEMAS,
  REDUCING_FAMILIES,
} from "../src/registry.js";

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
    expect(CONNECTOR_FAMILY.payloads.map((r) => r.eventType)).toEqual(
      EXPECTED.slice(0, 5).map(([t]) => t),
    );
    expect(SYNC_FAMILY.payloads.map((r) => r.eventType)).toEqual(EXPECTED.slice(5).map(([t]) => t));
    expect(Object.isFrozen(CONNECTOR_FAMILY.payloads)).toBe(true);
    expect(Object.isFrozen(SYNC_FAMILY.payloads)).toBe(true);
    expect(Object.isFrozen(CONNECTOR_FAMILY)).toBe(true);
  });

  it("names the family of each registered event type", () => {
    for (const [eventType] of EXPECTED.filter(([type]) => type !== "ExternalReferenceLinked")) {
      expect(familyOfEventType(eventType)?.eventTypes.has(eventType)).toBe(true);
    }
    expect(familyOfEventType("ExternalReferenceLinked")).toBe(SYNC_FAMILY);
    expect(familyOfEventType("Event")?.name).toBe("envelope");
    expect(familyOfEventType("Nope")).toBeUndefined();
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

describe("the list of families drives the registry", () => {
  it("registers every payload of every family, and nothing else", () => {
    const fromFamilies = CONTRACT_FAMILIES.flatMap((family) =>
      family.payloads.map((registration) => [registration.eventType, family.name]),
    );
    expect([...EVENT_TYPE_REGISTRY].map(([type, r]) => [type, r.family])).toEqual(fromFamilies);
  });

  it("registers each family's whole event-type set", () => {
    for (const family of CONTRACT_FAMILIES) {
      for (const eventType of family.eventTypes) {
        expect(EVENT_TYPE_REGISTRY.get(eventType)?.family, `${family.name}: ${eventType}`).toBe(
          family.name,
        );
      }
    }
  });

  it("gives each reducer the payload types it reads: its family's, and registered ones of others", () => {
    for (const family of CONTRACT_FAMILIES) {
      if (family.reducer === null) continue;
      for (const eventType of family.eventTypes) {
        expect(family.reducer.payloadTypes.has(eventType), eventType).toBe(true);
      }
      for (const eventType of family.reducer.payloadTypes) {
        expect(EVENT_TYPE_REGISTRY.has(eventType), eventType).toBe(true);
      }
    }
    const lifecycle = CONTRACT_FAMILIES.find((family) => family.name === "lifecycle");
    expect(lifecycle?.reducer?.payloadTypes.has("WPStatusChanged")).toBe(true);
    expect(lifecycle?.eventTypes.has("WPStatusChanged" as never)).toBe(false);
  });

  it("publishes every payload model, nested model and enum of every family, sorted by name", () => {
    const expected = CONTRACT_FAMILIES.flatMap((family) => [
      ...family.payloads.map((r) => r.schemaName),
      ...family.models.map((r) => r.schemaName),
      ...family.enums.map((r) => r.schemaName),
    ]).sort();
    expect([...PUBLISHED_SCHEMAS.keys()]).toEqual(expected);
  });

  it("lists the families with a reducer by name, and every fixture category", () => {
    expect([...REDUCING_FAMILIES.keys()]).toEqual(
      CONTRACT_FAMILIES.filter((family) => family.reducer !== null).map((family) => family.name),
    );
    for (const family of CONTRACT_FAMILIES) {
      for (const category of family.fixtureCategories) {
        expect(FAMILY_FIXTURE_CATEGORIES).toContain(category);
      }
    }
    expect([...FAMILY_FIXTURE_CATEGORIES].sort()).toEqual(FAMILY_FIXTURE_CATEGORIES);
  });

  it("refuses one event type in two families, and one schema name for two sources", () => {
    const twice = [CONNECTOR_FAMILY, CONNECTOR_FAMILY] as const;
    expect(() => buildEventTypeRegistry(twice)).toThrow(/registered twice: ConnectorProvisioned/);
    expect(buildPublishedSchemas(twice).size).toBe(CONNECTOR_FAMILY.payloads.length);
    const clash = defineFamily({
      name: "clash",
      title: "t",
      schemaVersion: "2.7.0",
      since: "2.7.0",
      eventTypes: new Set<string>(),
      payloads: [payload("Other", "connector_provisioned_payload", SYNC_FAMILY.payloads[0].model)],
    });
    expect(() => buildPublishedSchemas([CONNECTOR_FAMILY, clash])).toThrow(
      /connector_provisioned_payload is used twice/,
    );
  });

  it("names each family once", () => {
    const names = CONTRACT_FAMILIES.map((family) => family.name);
    expect(new Set(names).size).toBe(names.length);
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
