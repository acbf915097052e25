import {
  type Event,
  parseEvent,
  reduceConnectorEvents,
  statusEventSortKey,
} from "@spec-kitty/events-core";
import { describe, expect, it } from "vitest";
import { validateEvent } from "../src/validate.js";

/**
 * Datetime inputs the reference reads in ways the port once did not (issue 20), and the
 * contract's table "Unix time to a datetime, exactly" (input-coercion.md): each row is
 * the input, then its JSON form and isoformat, or `null` when the reference rejects it.
 */
const ROWS: readonly (readonly [input: string | number, json: string | null, iso?: string])[] = [
  // `_` as the date-time separator
  ["2026-02-27_12:00:00Z", "2026-02-27T12:00:00Z", "2026-02-27T12:00:00+00:00"],
  ["2026-02-27_12:00", "2026-02-27T12:00:00", "2026-02-27T12:00:00"],
  // U+2212 minus sign in the offset
  ["2026-02-27T12:00:00\u221205:00", "2026-02-27T12:00:00-05:00", "2026-02-27T12:00:00-05:00"],
  ["2026-02-27T12:00:00\u22120530", "2026-02-27T12:00:00-05:30", "2026-02-27T12:00:00-05:30"],
  // an exponent in unix-time text with a `.`; without a `.` it is rejected
  ["1.5e3", "1970-01-01T00:25:00Z", "1970-01-01T00:25:00+00:00"],
  [".5e3", "1970-01-01T00:08:20Z", "1970-01-01T00:08:20+00:00"],
  ["1.e3", "1970-01-01T00:16:40Z", "1970-01-01T00:16:40+00:00"],
  ["1.5E+3", "1970-01-01T00:25:00Z", "1970-01-01T00:25:00+00:00"],
  ["1.5e-3", "1970-01-01T00:00:00.001500Z", "1970-01-01T00:00:00.001500+00:00"],
  ["-1.5e3", "1969-12-31T23:35:00Z", "1969-12-31T23:35:00+00:00"],
  ["1e9", null],
  ["10e2", null],
  ["5e0", null],
  // text: read as a double, then rounded to the nearest microsecond
  ["1700000000.99999949", "2023-11-14T22:13:21Z", "2023-11-14T22:13:21+00:00"],
  ["1700000000.123456789", "2023-11-14T22:13:20.123457Z", "2023-11-14T22:13:20.123457+00:00"],
  ["-1.25", "1969-12-31T23:59:58.750000Z", "1969-12-31T23:59:58.750000+00:00"],
  // JSON numbers with a fraction: floor(v) plus the absolute fraction (mirrored when negative)
  [-1.25, "1969-12-31T23:59:58.250000Z", "1969-12-31T23:59:58.250000+00:00"],
  [-1700000000.25, "1916-02-18T01:46:39.250000Z", "1916-02-18T01:46:39.250000+00:00"],
  [-1e-7, "1969-12-31T23:59:59Z", "1969-12-31T23:59:59+00:00"],
  // strictly between 2e10 and 2e10 + 1: whole seconds, the fraction in milliseconds
  [20000000000.5, "2603-10-11T11:33:20.000500Z", "2603-10-11T11:33:20.000500+00:00"],
  ["20000000000.5", "1970-08-20T11:33:20.000500Z", "1970-08-20T11:33:20.000500+00:00"],
];

const PROJECT_UUID = "5f0c8a3e-9b1d-4c6e-8f2a-7d4b3c1e9a60";

const ENVELOPE = {
  event_id: "01KJF6XZE0PDT57RKSP3REFSD0",
  event_type: "ConnectorProvisioned",
  aggregate_id: "conn-github-acme-platform",
  payload: {},
  timestamp: "2026-02-27T09:30:00Z",
  node_id: "tracker-node-eu-1",
  lamport_clock: 7,
  project_uuid: PROJECT_UUID,
  correlation_id: "01KJF62GH08J24PHZ3TVFSVXAJ",
};

const CONNECTOR_BASE = {
  connector_id: "conn-github-acme-platform",
  connector_type: "github",
  provider: "github",
  mission_id: "034-connector-sync-hardening",
  project_uuid: PROJECT_UUID,
  actor_id: "svc-connector-manager",
  actor_type: "service",
  endpoint_url: "https://api.github.com/repos/acme-corp/platform",
  recorded_at: "2026-02-27T09:30:00Z",
};

const PROVISIONED = {
  ...CONNECTOR_BASE,
  credentials_ref: "vault://connectors/github-acme",
  config_hash: "sha256:0a1b2c",
};

const HEALTH_CHECK = { ...CONNECTOR_BASE, health_status: "healthy", latency_ms: 42.5 };

/** The model layer's findings as `[field, violationType]` pairs. */
function modelFindings(result: ReturnType<typeof validateEvent>): [string, string][] {
  return result.modelViolations.map((v) => [v.field, v.violationType]);
}

/** The schema layer's findings as `[jsonPath, validator]` pairs. */
function schemaFindings(result: ReturnType<typeof validateEvent>): [string, string][] {
  return result.schemaViolations.map((v) => [v.jsonPath, v.validator]);
}

describe("datetime forms through parseEvent (envelope timestamp)", () => {
  it.each(ROWS)("%j -> %j", (input, json, iso) => {
    const envelope = { ...ENVELOPE, timestamp: input };
    if (json === null) {
      expect(() => parseEvent(envelope)).toThrow(/timestamp/);
      return;
    }
    const event: Event = parseEvent(envelope);
    expect(event.timestamp.json).toBe(json);
    expect((JSON.parse(JSON.stringify(event)) as { timestamp: unknown }).timestamp).toBe(json);
    expect(statusEventSortKey(event)).toEqual([7, iso, ENVELOPE.event_id]);
  });
});

describe("datetime forms through validateEvent", () => {
  it.each(ROWS)("envelope (Event) with timestamp %j (%j)", (input, json) => {
    const result = validateEvent({ ...ENVELOPE, timestamp: input }, "Event");
    if (typeof input === "number") {
      // the model layer reads a number as unix time; the schema layer wants a string
      expect(modelFindings(result)).toEqual([]);
      expect(schemaFindings(result)).toEqual([["$.timestamp", "type"]]);
      expect(result.valid).toBe(false);
      return;
    }
    expect(modelFindings(result)).toEqual(
      json === null ? [["timestamp", "datetime_from_date_parsing"]] : [],
    );
    expect(schemaFindings(result)).toEqual([]);
    expect(result.valid).toBe(json !== null);
  });

  it.each(ROWS)("ConnectorProvisioned payload with recorded_at %j (%j)", (input, json) => {
    const result = validateEvent({ ...PROVISIONED, recorded_at: input }, "ConnectorProvisioned");
    if (typeof input === "number") {
      expect(modelFindings(result)).toEqual([]);
      expect(schemaFindings(result)).toEqual([["$.recorded_at", "type"]]);
      expect(result.valid).toBe(false);
      return;
    }
    expect(modelFindings(result)).toEqual(
      json === null ? [["recorded_at", "datetime_from_date_parsing"]] : [],
    );
    expect(schemaFindings(result)).toEqual([]);
    expect(result.valid).toBe(json !== null);
  });
});

describe("datetime forms in a reducer output", () => {
  it.each(ROWS)("connector last_health_check of a health check recorded at %j", (input, json) => {
    const events = [
      parseEvent({ ...ENVELOPE, lamport_clock: 1, payload: PROVISIONED }),
      parseEvent({
        ...ENVELOPE,
        event_id: "01KJF6XZE0PDT57RKSP3REFSD1",
        event_type: "ConnectorHealthChecked",
        lamport_clock: 2,
        payload: { ...HEALTH_CHECK, recorded_at: input },
      }),
    ];
    const output = JSON.parse(JSON.stringify(reduceConnectorEvents(events))) as {
      last_health_check: unknown;
      anomalies: { kind: string }[];
    };
    expect(output.last_health_check).toBe(json);
    expect(output.anomalies.map((a) => a.kind)).toEqual(json === null ? ["malformed_payload"] : []);
  });
});
