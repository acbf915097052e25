import { describe, expect, expectTypeOf, it } from "vitest";
import {
  CONNECTOR_DEGRADED,
  CONNECTOR_EVENT_TYPES,
  CONNECTOR_HEALTH_CHECKED,
  CONNECTOR_PROVISIONED,
  CONNECTOR_RECONNECTED,
  CONNECTOR_REVOKED,
  CONNECTOR_SCHEMA_VERSION,
} from "../src/families/connector/constants.js";
import {
  ConnectorState,
  ConnectorStateSchema,
  HealthStatus,
  HealthStatusSchema,
  ReconnectStrategy,
  ReconnectStrategySchema,
} from "../src/families/connector/enums.js";
import {
  CONNECTOR_PAYLOAD_MODELS,
  type ConnectorDegradedPayload,
  ConnectorDegradedPayloadSchema,
  type ConnectorHealthCheckedPayload,
  ConnectorHealthCheckedPayloadSchema,
  ConnectorProvisionedPayloadSchema,
  type ConnectorReconnectedPayload,
  ConnectorReconnectedPayloadSchema,
  ConnectorRevokedPayloadSchema,
} from "../src/families/connector/payloads.js";
import { type ModelEntries, type ModelSchema, safeParseModel } from "../src/model/model.js";
import { type DateTimeValue, isDateTimeValue } from "../src/rules/datetime.js";
import { hasEventType } from "../src/typed-events.js";
import { CONNECTOR_EXAMPLES } from "./support/connector-sync.js";

const BASE_FIELDS = [
  "connector_id",
  "connector_type",
  "provider",
  "mission_id",
  "project_uuid",
  "actor_id",
  "actor_type",
  "endpoint_url",
  "recorded_at",
];

// Model, event type, name, description and required fields in the reference's order.
const MODELS: readonly {
  schema: ModelSchema<ModelEntries>;
  eventType: string;
  name: string;
  fields: readonly string[];
}[] = [
  {
    schema: ConnectorProvisionedPayloadSchema,
    eventType: "ConnectorProvisioned",
    name: "ConnectorProvisionedPayload",
    fields: [...BASE_FIELDS, "credentials_ref", "config_hash"],
  },
  {
    schema: ConnectorHealthCheckedPayloadSchema,
    eventType: "ConnectorHealthChecked",
    name: "ConnectorHealthCheckedPayload",
    fields: [...BASE_FIELDS, "health_status", "latency_ms"],
  },
  {
    schema: ConnectorDegradedPayloadSchema,
    eventType: "ConnectorDegraded",
    name: "ConnectorDegradedPayload",
    fields: [...BASE_FIELDS, "degradation_reason", "last_healthy_at"],
  },
  {
    schema: ConnectorRevokedPayloadSchema,
    eventType: "ConnectorRevoked",
    name: "ConnectorRevokedPayload",
    fields: [...BASE_FIELDS, "revocation_reason"],
  },
  {
    schema: ConnectorReconnectedPayloadSchema,
    eventType: "ConnectorReconnected",
    name: "ConnectorReconnectedPayload",
    fields: [...BASE_FIELDS, "previous_state", "reconnect_strategy"],
  },
];

function example(eventType: string): Record<string, unknown> {
  return { ...CONNECTOR_EXAMPLES[eventType] };
}

function violations(schema: ModelSchema<ModelEntries>, input: unknown) {
  const result = safeParseModel(schema, input);
  return result.success ? [] : result.issues.map((i) => [i.field, i.violationType]);
}

describe("connector constants", () => {
  it("has schema version 2.7.0", () => {
    expect(CONNECTOR_SCHEMA_VERSION).toBe("2.7.0");
  });

  it("names the five event types", () => {
    expect([
      CONNECTOR_PROVISIONED,
      CONNECTOR_HEALTH_CHECKED,
      CONNECTOR_DEGRADED,
      CONNECTOR_REVOKED,
      CONNECTOR_RECONNECTED,
    ]).toEqual([
      "ConnectorProvisioned",
      "ConnectorHealthChecked",
      "ConnectorDegraded",
      "ConnectorRevoked",
      "ConnectorReconnected",
    ]);
  });

  it("CONNECTOR_EVENT_TYPES holds exactly the five types and cannot change", () => {
    expect([...CONNECTOR_EVENT_TYPES].sort()).toEqual([
      "ConnectorDegraded",
      "ConnectorHealthChecked",
      "ConnectorProvisioned",
      "ConnectorReconnected",
      "ConnectorRevoked",
    ]);
    expect(hasEventType(CONNECTOR_EVENT_TYPES, "SyncIngestAccepted")).toBe(false);
    expect(hasEventType(CONNECTOR_EVENT_TYPES, "connectorprovisioned")).toBe(false);
    const mutable = CONNECTOR_EVENT_TYPES as Set<string>;
    expect(() => mutable.add("ConnectorDeleted")).toThrow(TypeError);
    expect(() => mutable.delete("ConnectorRevoked")).toThrow(TypeError);
    expect(() => mutable.clear()).toThrow(TypeError);
    expect(CONNECTOR_EVENT_TYPES.size).toBe(5);
  });
});

describe("connector enums", () => {
  it.each([
    [
      "ConnectorState",
      ConnectorState,
      ConnectorStateSchema,
      ["provisioned", "healthy", "degraded", "revoked", "reconnected"],
    ],
    ["HealthStatus", HealthStatus, HealthStatusSchema, ["healthy", "degraded", "unreachable"]],
    [
      "ReconnectStrategy",
      ReconnectStrategy,
      ReconnectStrategySchema,
      ["automatic", "manual", "backoff"],
    ],
  ] as const)("%s has exactly its values, in order, frozen", (name, values, schema, expected) => {
    expect(Object.values(values)).toEqual(expected);
    expect(Object.isFrozen(values)).toBe(true);
    expect(schema.options).toEqual(expected);
    expect(schema.name).toBe(name);
    expect(schema.wire).toEqual({ enum: expected, title: name, type: "string" });
  });

  it("uses upper-case keys for the values", () => {
    expect(ConnectorState.RECONNECTED).toBe("reconnected");
    expect(HealthStatus.UNREACHABLE).toBe("unreachable");
    expect(ReconnectStrategy.BACKOFF).toBe("backoff");
  });

  it("models reuse the one shared enum schema instance", () => {
    expect(ConnectorHealthCheckedPayloadSchema.entries.health_status).toBe(HealthStatusSchema);
    expect(ConnectorReconnectedPayloadSchema.entries.previous_state).toBe(ConnectorStateSchema);
    expect(ConnectorReconnectedPayloadSchema.entries.reconnect_strategy).toBe(
      ReconnectStrategySchema,
    );
  });
});

describe.each(MODELS)("$name", ({ schema, eventType, name, fields }) => {
  it("has the reference's name, description and fields in order", () => {
    expect(schema.name).toBe(name);
    expect(schema.description).toBe(`Payload for ${eventType} events.`);
    expect(Object.keys(schema.entries)).toEqual(fields);
  });

  it("is the payload model of its event type", () => {
    expect(CONNECTOR_PAYLOAD_MODELS[eventType as keyof typeof CONNECTOR_PAYLOAD_MODELS]).toBe(
      schema,
    );
  });

  it("accepts a complete valid example and returns a frozen, normalised object", () => {
    const result = safeParseModel(schema, example(eventType));
    expect(result.success).toBe(true);
    const output = result.output as Record<string, unknown>;
    expect(Object.keys(output)).toEqual(fields);
    expect(Object.isFrozen(output)).toBe(true);
    expect(isDateTimeValue(output.recorded_at)).toBe(true);
    expect(JSON.stringify(output.recorded_at)).toBe('"2026-02-27T12:00:00Z"');
  });

  it.each(fields)("reports %s as missing when removed", (field) => {
    const input = example(eventType);
    delete input[field];
    expect(violations(schema, input)).toEqual([[field, "missing"]]);
  });

  it.each(fields)("reports %s as missing when undefined", (field) => {
    expect(violations(schema, { ...example(eventType), [field]: undefined })).toEqual([
      [field, "missing"],
    ]);
  });

  it("reports every field of an empty object as missing", () => {
    expect(violations(schema, {})).toEqual(fields.map((f) => [f, "missing"]));
  });

  it("rejects a non-object payload as model_type", () => {
    for (const input of [null, [], "payload", 3]) {
      expect(violations(schema, input)).toEqual([["", "model_type"]]);
    }
  });

  it("drops unknown keys, including __proto__, without polluting prototypes", () => {
    const input = JSON.parse(
      JSON.stringify({ ...example(eventType), extra: 1 }).replace(
        /^\{/,
        '{"__proto__":{"polluted":true},',
      ),
    );
    const result = safeParseModel(schema, input);
    expect(result.success).toBe(true);
    const output = result.output as Record<string, unknown>;
    expect(Object.keys(output)).toEqual(fields);
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("is frozen: assignments fail", () => {
    const output = safeParseModel(schema, example(eventType)).output as Record<string, unknown>;
    expect(() => {
      output.connector_id = "other";
    }).toThrow(TypeError);
  });
});

describe("connector base field rules", () => {
  const schema = ConnectorRevokedPayloadSchema;
  const base = () => example("ConnectorRevoked");

  it.each([
    ["connector_id", ""],
    ["connector_type", ""],
    ["provider", ""],
    ["mission_id", ""],
    ["actor_id", ""],
    ["revocation_reason", ""],
  ])("%s rejects the empty string (string_too_short)", (field, value) => {
    expect(violations(schema, { ...base(), [field]: value })).toEqual([
      [field, "string_too_short"],
    ]);
  });

  it.each(["connector_id", "provider", "actor_id", "revocation_reason"])(
    "%s accepts one space and rejects a non-string",
    (field) => {
      expect(violations(schema, { ...base(), [field]: " " })).toEqual([]);
      expect(violations(schema, { ...base(), [field]: 7 })).toEqual([[field, "string_type"]]);
    },
  );

  it.each([
    ["human", null],
    ["service", null],
    ["system", null],
    ["Human", "string_pattern_mismatch"],
    ["human\n", "string_pattern_mismatch"],
    ["robot", "string_pattern_mismatch"],
    ["", "string_pattern_mismatch"],
  ])("actor_type %j -> %s", (value, violation) => {
    expect(violations(schema, { ...base(), actor_type: value })).toEqual(
      violation === null ? [] : [["actor_type", violation]],
    );
  });

  it.each([
    ["https://api.github.com", null],
    ["http://localhost:8080/x", null],
    ["ftp://files.example.com/", "url_scheme"],
    ["not a url", "url_parsing"],
    ["", "url_parsing"],
  ])("endpoint_url %j -> %s", (value, violation) => {
    expect(violations(schema, { ...base(), endpoint_url: value })).toEqual(
      violation === null ? [] : [["endpoint_url", violation]],
    );
  });

  it("normalises endpoint_url and project_uuid", () => {
    const output = safeParseModel(schema, {
      ...base(),
      endpoint_url: "https://api.github.com",
      project_uuid: "{0F8FAD5B-D9CB-469F-A165-70867728950E}",
    }).output;
    expect(output?.endpoint_url).toBe("https://api.github.com/");
    expect(output?.project_uuid).toBe("0f8fad5b-d9cb-469f-a165-70867728950e");
  });

  it.each([
    ["project_uuid", "not-a-uuid", "uuid_parsing"],
    ["recorded_at", "yesterday", "datetime_from_date_parsing"],
    ["recorded_at", true, "datetime_type"],
  ])("%s %j -> %s", (field, value, violation) => {
    expect(violations(schema, { ...base(), [field]: value })).toEqual([[field, violation]]);
  });
});

describe("ConnectorHealthCheckedPayload bounds and enums", () => {
  const schema = ConnectorHealthCheckedPayloadSchema;
  const base = () => example("ConnectorHealthChecked");

  it.each([
    [0, null],
    [-0.0, null],
    [0.001, null],
    [120000, null],
    ["42", null],
    [-1, "greater_than_equal"],
    [-0.001, "greater_than_equal"],
    ["fast", "float_parsing"],
    [null, "float_type"],
  ])("latency_ms %j -> %s", (value, violation) => {
    expect(violations(schema, { ...base(), latency_ms: value })).toEqual(
      violation === null ? [] : [["latency_ms", violation]],
    );
  });

  it("keeps latency_ms as given (a float, -0.0 included)", () => {
    expect(safeParseModel(schema, { ...base(), latency_ms: 42.5 }).output?.latency_ms).toBe(42.5);
    expect(
      Object.is(safeParseModel(schema, { ...base(), latency_ms: -0 }).output?.latency_ms, -0),
    ).toBe(true);
  });

  it.each([
    ["healthy", null],
    ["degraded", null],
    ["unreachable", null],
    ["HEALTHY", "enum"],
    ["Healthy", "enum"],
    ["unknown", "enum"],
    [1, "enum"],
  ])("health_status %j -> %s", (value, violation) => {
    expect(violations(schema, { ...base(), health_status: value })).toEqual(
      violation === null ? [] : [["health_status", violation]],
    );
  });

  it("wire form of latency_ms is a number with minimum 0", () => {
    expect(schema.entries.latency_ms.wire).toEqual({ type: "number", minimum: 0 });
  });
});

describe("ConnectorReconnectedPayload enums", () => {
  const schema = ConnectorReconnectedPayloadSchema;
  const base = () => example("ConnectorReconnected");

  it.each([
    ...["provisioned", "healthy", "degraded", "revoked", "reconnected"].map((v) => [v, null]),
    ["REVOKED", "enum"],
    ["none", "enum"],
    [null, "enum"],
  ])("previous_state %j -> %s", (value, violation) => {
    expect(violations(schema, { ...base(), previous_state: value })).toEqual(
      violation === null ? [] : [["previous_state", violation]],
    );
  });

  it.each([
    ...["automatic", "manual", "backoff"].map((v) => [v, null]),
    ["MANUAL", "enum"],
    ["exponential", "enum"],
  ])("reconnect_strategy %j -> %s", (value, violation) => {
    expect(violations(schema, { ...base(), reconnect_strategy: value })).toEqual(
      violation === null ? [] : [["reconnect_strategy", violation]],
    );
  });
});

describe("ConnectorDegradedPayload", () => {
  it("parses last_healthy_at as a datetime and rejects bad text", () => {
    const schema = ConnectorDegradedPayloadSchema;
    const output = safeParseModel(schema, {
      ...example("ConnectorDegraded"),
      last_healthy_at: "2026-02-27 11:55:00+01:00",
    }).output;
    expect(JSON.stringify(output?.last_healthy_at)).toBe('"2026-02-27T11:55:00+01:00"');
    expect(
      violations(schema, { ...example("ConnectorDegraded"), last_healthy_at: "2026-02-30" }),
    ).toEqual([["last_healthy_at", "datetime_from_date_parsing"]]);
  });
});

describe("all connector models", () => {
  it("report every bad field at once, each at its path", () => {
    const result = safeParseModel(ConnectorProvisionedPayloadSchema, {
      ...example("ConnectorProvisioned"),
      provider: "",
      actor_type: "bot",
      credentials_ref: undefined,
    });
    expect(result.success).toBe(false);
    expect(result.issues?.map((i) => [i.field, i.violationType])).toEqual([
      ["provider", "string_too_short"],
      ["actor_type", "string_pattern_mismatch"],
      ["credentials_ref", "missing"],
    ]);
  });
});

describe("inferred payload types", () => {
  it("infer enum unions, numbers and datetimes from the models", () => {
    expectTypeOf<ConnectorHealthCheckedPayload["health_status"]>().toEqualTypeOf<HealthStatus>();
    expectTypeOf<ConnectorHealthCheckedPayload["latency_ms"]>().toEqualTypeOf<number>();
    expectTypeOf<ConnectorReconnectedPayload["previous_state"]>().toEqualTypeOf<ConnectorState>();
    expectTypeOf<
      ConnectorReconnectedPayload["reconnect_strategy"]
    >().toEqualTypeOf<ReconnectStrategy>();
    expectTypeOf<ConnectorDegradedPayload["last_healthy_at"]>().toEqualTypeOf<DateTimeValue>();
    expectTypeOf<ConnectorDegradedPayload["connector_id"]>().toEqualTypeOf<string>();
  });
});
