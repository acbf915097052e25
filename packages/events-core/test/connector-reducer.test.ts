import { describe, expect, it } from "vitest";
import type { Event } from "../src/envelope/event.js";
import {
  CONNECTOR_TARGET_STATES,
  CONNECTOR_TRANSITIONS,
  reduceConnectorEvents,
} from "../src/families/connector/reducer.js";
import {
  connectorEvent,
  envelope,
  isDeepFrozen,
  syncEvent,
  ulid,
} from "./support/connector-sync.js";

const P = "ConnectorProvisioned";
const H = "ConnectorHealthChecked";
const D = "ConnectorDegraded";
const R = "ConnectorRevoked";
const C = "ConnectorReconnected";

/** Events of the given types with clocks 1, 2, 3, ... and ids ulid(clock). */
function chain(types: readonly string[]): Event[] {
  return types.map((type, i) => connectorEvent(type, i + 1));
}

describe("reduceConnectorEvents", () => {
  it("returns the empty state for no events (exact JSON)", () => {
    expect(JSON.stringify(reduceConnectorEvents([]))).toBe(
      '{"connector_id":null,"current_state":null,"provider":null,"last_health_check":null,"anomalies":[],"event_count":0,"transition_log":[]}',
    );
  });

  it("follows the happy path provisioned -> healthy -> degraded -> reconnected -> healthy", () => {
    const events = [
      connectorEvent(P, 1),
      connectorEvent(H, 2, {
        health_status: "degraded",
        recorded_at: "2026-02-27T12:01:00+00:00",
      }),
      connectorEvent(D, 3),
      connectorEvent(C, 4, { previous_state: "degraded", reconnect_strategy: "backoff" }),
      connectorEvent(H, 5, { recorded_at: "2026-02-27T12:04:30.250+00:00" }),
    ];
    expect(JSON.stringify(reduceConnectorEvents(events))).toBe(
      '{"connector_id":"conn-github-1","current_state":"healthy","provider":"github",' +
        '"last_health_check":"2026-02-27T12:04:30.250000Z","anomalies":[],"event_count":5,' +
        '"transition_log":[["01HZ0000000000000000000001","provisioned"],' +
        '["01HZ0000000000000000000002","healthy"],["01HZ0000000000000000000003","degraded"],' +
        '["01HZ0000000000000000000004","reconnected"],["01HZ0000000000000000000005","healthy"]]}',
    );
  });

  it("follows the revocation path provisioned -> revoked -> reconnected", () => {
    const events = [
      connectorEvent(P, 1, { connector_id: "conn-jira-9", provider: "jira" }),
      connectorEvent(R, 2, { connector_id: "conn-jira-9", provider: "jira" }),
      connectorEvent(C, 3, { connector_id: "conn-jira-9", provider: "jira" }),
    ];
    expect(JSON.stringify(reduceConnectorEvents(events))).toBe(
      '{"connector_id":"conn-jira-9","current_state":"reconnected","provider":"jira",' +
        '"last_health_check":null,"anomalies":[],"event_count":3,' +
        '"transition_log":[["01HZ0000000000000000000001","provisioned"],' +
        '["01HZ0000000000000000000002","revoked"],["01HZ0000000000000000000003","reconnected"]]}',
    );
  });

  it("records None -> healthy as an invalid transition and stays at None", () => {
    const result = reduceConnectorEvents([connectorEvent(H, 1)]);
    expect(JSON.stringify(result)).toBe(
      '{"connector_id":null,"current_state":null,"provider":null,"last_health_check":null,' +
        '"anomalies":[{"kind":"invalid_transition","event_id":"01HZ0000000000000000000001",' +
        '"message":"Invalid transition: None -> healthy"}],"event_count":1,"transition_log":[]}',
    );
  });

  it("records a repeated health check as healthy -> healthy and keeps the first check's time", () => {
    const events = [
      connectorEvent(P, 1),
      connectorEvent(H, 2, { recorded_at: "2026-02-27T12:01:00Z" }),
      connectorEvent(H, 3, { recorded_at: "2026-02-27T12:02:00Z" }),
    ];
    const result = reduceConnectorEvents(events);
    expect(result.anomalies).toEqual([
      {
        kind: "invalid_transition",
        event_id: ulid(3),
        message: "Invalid transition: healthy -> healthy",
      },
    ]);
    expect(result.current_state).toBe("healthy");
    expect(result.last_health_check?.json).toBe("2026-02-27T12:01:00Z");
    expect(result.transition_log.map(([, state]) => state)).toEqual(["provisioned", "healthy"]);
  });

  // The spec's table, written out independently of the implementation's data.
  const ALLOWED: Record<string, readonly string[]> = {
    None: ["provisioned"],
    provisioned: ["healthy", "degraded", "revoked"],
    healthy: ["degraded", "revoked"],
    degraded: ["healthy", "revoked", "reconnected"],
    revoked: ["reconnected"],
    reconnected: ["healthy", "degraded", "revoked"],
  };
  const PATH_TO: Record<string, readonly string[]> = {
    None: [],
    provisioned: [P],
    healthy: [P, H],
    degraded: [P, D],
    revoked: [P, R],
    reconnected: [P, R, C],
  };
  const TYPE_OF: Record<string, string> = {
    provisioned: P,
    healthy: H,
    degraded: D,
    revoked: R,
    reconnected: C,
  };
  const cases = Object.keys(ALLOWED).flatMap((from) =>
    Object.keys(TYPE_OF).map((to) => [from, to, ALLOWED[from]?.includes(to) ?? false] as const),
  );

  it.each(cases)("transition %s -> %s allowed: %s", (from, to, allowed) => {
    const path = PATH_TO[from] as readonly string[];
    const events = chain([...path, TYPE_OF[to] as string]);
    const result = reduceConnectorEvents(events);
    const lastId = ulid(events.length);
    if (allowed) {
      expect(result.anomalies).toEqual([]);
      expect(result.current_state).toBe(to);
      expect(result.transition_log.at(-1)).toEqual([lastId, to]);
    } else {
      expect(result.anomalies).toEqual([
        {
          kind: "invalid_transition",
          event_id: lastId,
          message: `Invalid transition: ${from} -> ${to}`,
        },
      ]);
      expect(result.current_state).toBe(from === "None" ? null : from);
      expect(result.transition_log).toHaveLength(path.length);
    }
  });

  it("keeps its transition table and target states as frozen data matching the spec", () => {
    expect(Object.isFrozen(CONNECTOR_TRANSITIONS)).toBe(true);
    const table = Object.fromEntries(
      Object.entries(CONNECTOR_TRANSITIONS).map(([from, to]) => [
        from === "null" ? "None" : from,
        [...to].sort(),
      ]),
    );
    expect(table).toEqual(
      Object.fromEntries(Object.entries(ALLOWED).map(([from, to]) => [from, [...to].sort()])),
    );
    expect(CONNECTOR_TARGET_STATES).toEqual({
      ConnectorProvisioned: "provisioned",
      ConnectorHealthChecked: "healthy",
      ConnectorDegraded: "degraded",
      ConnectorRevoked: "revoked",
      ConnectorReconnected: "reconnected",
    });
    expect(Object.isFrozen(CONNECTOR_TARGET_STATES)).toBe(true);
    expect(() => (CONNECTOR_TRANSITIONS.healthy as Set<string>).add("healthy")).toThrow(TypeError);
  });

  it("moves to healthy on a health check whatever health_status says", () => {
    for (const status of ["healthy", "degraded", "unreachable"]) {
      const result = reduceConnectorEvents([
        connectorEvent(P, 1),
        connectorEvent(H, 2, { health_status: status }),
      ]);
      expect(result.current_state).toBe("healthy");
    }
  });

  it("skips a malformed payload, records it, and applies later events", () => {
    const events = [
      connectorEvent(P, 1),
      connectorEvent(H, 2, { latency_ms: -1 }),
      connectorEvent(D, 3, { provider: "github-enterprise" }),
    ];
    const result = reduceConnectorEvents(events);
    expect(result.anomalies).toHaveLength(1);
    const [anomaly] = result.anomalies;
    expect(anomaly?.kind).toBe("malformed_payload");
    expect(anomaly?.event_id).toBe(ulid(2));
    expect(anomaly?.message).toMatch(/^Payload validation failed for 'ConnectorHealthChecked': /);
    expect(anomaly?.message).toContain("latency_ms");
    expect(anomaly?.message).toContain("greater_than_equal");
    expect(result.current_state).toBe("degraded");
    expect(result.provider).toBe("github-enterprise");
    expect(result.last_health_check).toBeNull();
    expect(result.transition_log).toEqual([
      [ulid(1), "provisioned"],
      [ulid(3), "degraded"],
    ]);
  });

  it("names every bad field of a malformed payload in the message", () => {
    const result = reduceConnectorEvents([
      envelope({ type: P, clock: 1, payload: { connector_id: "c", actor_type: "robot" } }),
    ]);
    const message = result.anomalies[0]?.message ?? "";
    expect(message).toMatch(/^Payload validation failed for 'ConnectorProvisioned': /);
    for (const field of [
      "connector_type",
      "provider",
      "actor_type",
      "recorded_at",
      "config_hash",
    ]) {
      expect(message).toContain(field);
    }
    expect(result.current_state).toBeNull();
  });

  it("reports an invalid transition (not a malformed payload) when both apply", () => {
    const result = reduceConnectorEvents([envelope({ type: H, clock: 1, payload: {} })]);
    expect(result.anomalies).toEqual([
      {
        kind: "invalid_transition",
        event_id: ulid(1),
        message: "Invalid transition: None -> healthy",
      },
    ]);
  });

  it("does not advance the state on a malformed payload (the next check uses the old state)", () => {
    const events = [
      connectorEvent(P, 1),
      connectorEvent(R, 2, { revocation_reason: "" }),
      connectorEvent(C, 3),
    ];
    const result = reduceConnectorEvents(events);
    expect(result.anomalies.map((a) => a.kind)).toEqual([
      "malformed_payload",
      "invalid_transition",
    ]);
    expect(result.anomalies[1]?.message).toBe("Invalid transition: provisioned -> reconnected");
  });

  it("applies a duplicated event_id once and counts it once", () => {
    const first = connectorEvent(P, 1);
    const result = reduceConnectorEvents([first, first, connectorEvent(H, 2), first]);
    expect(result.event_count).toBe(2);
    expect(result.anomalies).toEqual([]);
    expect(result.transition_log).toEqual([
      [ulid(1), "provisioned"],
      [ulid(2), "healthy"],
    ]);
  });

  it("keeps the event that sorts first when two events share an id", () => {
    const id = ulid(77);
    const late = connectorEvent(P, 9, { provider: "late" }, id);
    const early = connectorEvent(P, 1, { provider: "early" }, id);
    const result = reduceConnectorEvents([late, early]);
    expect(result.provider).toBe("early");
    expect(result.event_count).toBe(1);
  });

  it("orders by lamport clock, then timestamp text, then event id", () => {
    const events = [
      connectorEvent(H, 2),
      envelope({ type: P, clock: 1, id: ulid(5), payload: connectorEvent(P, 0).payload }),
    ];
    expect(reduceConnectorEvents(events).current_state).toBe("healthy");
    const sameClock = [
      envelope({
        type: H,
        clock: 1,
        id: ulid(1),
        timestamp: "2026-02-27T12:00:01Z",
        payload: connectorEvent(H, 0).payload,
      }),
      envelope({
        type: P,
        clock: 1,
        id: ulid(2),
        timestamp: "2026-02-27T12:00:00Z",
        payload: connectorEvent(P, 0).payload,
      }),
    ];
    expect(reduceConnectorEvents(sameClock).transition_log.map(([id]) => id)).toEqual([
      ulid(2),
      ulid(1),
    ]);
  });

  it("counts events of other families but ignores them", () => {
    const events = [
      connectorEvent(P, 1),
      syncEvent("SyncIngestAccepted", 2),
      envelope({ type: "WPStatusChanged", clock: 3, payload: { anything: true } }),
      syncEvent("ExternalReferenceLinked", 4),
      connectorEvent(H, 5),
    ];
    const result = reduceConnectorEvents(events);
    expect(result.event_count).toBe(5);
    expect(result.anomalies).toEqual([]);
    expect(result.transition_log.map(([id]) => id)).toEqual([ulid(1), ulid(5)]);
  });

  it("folds several connectors into one state (last applied payload wins)", () => {
    const events = [
      connectorEvent(P, 1, { connector_id: "conn-a", provider: "github" }),
      connectorEvent(P, 2, { connector_id: "conn-b", provider: "jira" }),
      connectorEvent(H, 3, { connector_id: "conn-b", provider: "jira" }),
    ];
    const result = reduceConnectorEvents(events);
    expect(result.anomalies.map((a) => a.message)).toEqual([
      "Invalid transition: provisioned -> provisioned",
    ]);
    expect(result.connector_id).toBe("conn-b");
    expect(result.provider).toBe("jira");
    expect(result.current_state).toBe("healthy");
  });

  it("writes last_health_check in the JSON datetime form, keeping a non-UTC offset", () => {
    const result = reduceConnectorEvents([
      connectorEvent(P, 1),
      connectorEvent(H, 2, { recorded_at: "2026-02-27 13:00:00.123456789+01:00" }),
    ]);
    expect(JSON.stringify(result.last_health_check)).toBe('"2026-02-27T13:00:00.123456+01:00"');
  });

  it("returns a deeply frozen output and leaves its input untouched", () => {
    const events = chain([P, H, H]);
    const copy = [...events];
    const result = reduceConnectorEvents(events);
    expect(isDeepFrozen(result)).toBe(true);
    expect(events).toEqual(copy);
    expect(() => {
      (result.transition_log as unknown[]).push(["x", "healthy"]);
    }).toThrow(TypeError);
  });

  it("gives byte-identical JSON on repeated runs", () => {
    const events = chain([P, H, D, H, D, C, R, C]);
    expect(JSON.stringify(reduceConnectorEvents(events))).toBe(
      JSON.stringify(reduceConnectorEvents([...events].reverse())),
    );
  });
});
