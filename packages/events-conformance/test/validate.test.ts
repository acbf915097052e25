import { compareCodePoints, EVENT_TYPE_REGISTRY } from "@spec-kitty/events-core";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { toJsonPath } from "../src/schema-violation.js";
import {
  registeredEventTypes,
  schemaValidator,
  UnknownEventTypeError,
  validateEvent,
} from "../src/validate.js";

// The registered event types of the contract, as the reference lists them (sorted).
const REGISTERED = [
  "CommentPosted",
  "ConcurrentDriverWarning",
  "ConnectorDegraded",
  "ConnectorHealthChecked",
  "ConnectorProvisioned",
  "ConnectorReconnected",
  "ConnectorRevoked",
  "DecisionCaptured",
  "DecisionInputAnswered",
  "DecisionInputRequested",
  "DecisionPointDiscussing",
  "DecisionPointOpened",
  "DecisionPointOverridden",
  "DecisionPointResolved",
  "DriveIntentSet",
  "Event",
  "ExternalReferenceLinked",
  "FocusChanged",
  "GateFailed",
  "GatePassed",
  "GenerationBlockedBySemanticConflict",
  "GlossaryClarificationRequested",
  "GlossaryClarificationResolved",
  "GlossaryScopeActivated",
  "GlossarySenseUpdated",
  "GlossaryStrictnessSet",
  "MissionAuditCompleted",
  "MissionAuditDecisionRequested",
  "MissionAuditFailed",
  "MissionAuditRequested",
  "MissionAuditStarted",
  "MissionCancelled",
  "MissionCompleted",
  "MissionDossierArtifactIndexed",
  "MissionDossierArtifactMissing",
  "MissionDossierParityDriftDetected",
  "MissionDossierSnapshotComputed",
  "MissionRunCompleted",
  "MissionRunStarted",
  "MissionStarted",
  "NextStepAutoCompleted",
  "NextStepIssued",
  "ParticipantInvited",
  "ParticipantJoined",
  "ParticipantLeft",
  "PhaseEntered",
  "PotentialStepCollisionDetected",
  "PresenceHeartbeat",
  "PromptStepExecutionCompleted",
  "PromptStepExecutionStarted",
  "ReviewRollback",
  "SemanticCheckEvaluated",
  "SessionLinked",
  "SyncDeadLettered",
  "SyncIngestAccepted",
  "SyncIngestRejected",
  "SyncReplayCompleted",
  "SyncRetryScheduled",
  "TermCandidateObserved",
  "WPStatusChanged",
  "WarningAcknowledged",
];

const HEALTH_CHECK = {
  connector_id: "conn-github-acme-platform",
  connector_type: "github",
  provider: "github",
  mission_id: "034-connector-sync-hardening",
  project_uuid: "5f0c8a3e-9b1d-4c6e-8f2a-7d4b3c1e9a60",
  actor_id: "svc-connector-manager",
  actor_type: "service",
  endpoint_url: "https://api.github.com/repos/acme-corp/platform",
  recorded_at: "2026-02-27T09:30:00Z",
  health_status: "healthy",
  latency_ms: 42.5,
};

const ACCEPTED = {
  delivery_id: "dlv-0042",
  source_event_fingerprint: "sha256:e3b0c442",
  connector_id: "conn-github-acme-platform",
  mission_id: "034-connector-sync-hardening",
  recorded_at: "2026-02-27T13:00:05Z",
  ingest_batch_id: "batch-0042",
  ingested_count: 15,
};

const ENVELOPE = {
  event_id: "01KJF6XZE0PDT57RKSP3REFSD0",
  event_type: "ConnectorHealthChecked",
  aggregate_id: "conn-github-acme-platform",
  payload: HEALTH_CHECK,
  timestamp: "2026-02-27T09:30:00Z",
  node_id: "tracker-node-eu-1",
  lamport_clock: 7,
  project_uuid: "5f0c8a3e-9b1d-4c6e-8f2a-7d4b3c1e9a60",
  correlation_id: "01KJF62GH08J24PHZ3TVFSVXAJ",
};

describe("registeredEventTypes", () => {
  it("lists Event and every payload type of the contract, sorted", () => {
    expect(registeredEventTypes()).toEqual(REGISTERED);
  });

  it("reads the events-core registry", () => {
    expect(registeredEventTypes()).toEqual([...EVENT_TYPE_REGISTRY.keys()].sort());
  });
});

describe("an unknown event type", () => {
  const known = REGISTERED.map((type) => `'${type}'`).join(", ");

  it("raises the reference's error text", () => {
    expect(() => validateEvent({}, "ConnectorExploded" as string)).toThrow(
      `Unknown event type: 'ConnectorExploded'. Known types: [${known}]`,
    );
  });

  it("quotes like Python's repr and carries the type and the known types", () => {
    let caught: unknown;
    try {
      validateEvent({}, "it's" as string);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UnknownEventTypeError);
    const error = caught as UnknownEventTypeError;
    expect(error.message).toBe(`Unknown event type: "it's". Known types: [${known}]`);
    expect(error.eventType).toBe("it's");
    expect(error.knownTypes).toEqual(REGISTERED);
  });

  it("is case-sensitive", () => {
    expect(() => validateEvent({}, "event" as string)).toThrow(UnknownEventTypeError);
  });
});

describe("validateEvent", () => {
  it("accepts a valid payload with an empty, complete result", () => {
    expect(validateEvent(HEALTH_CHECK, "ConnectorHealthChecked")).toEqual({
      valid: true,
      modelViolations: [],
      schemaViolations: [],
      schemaCheckSkipped: false,
      eventType: "ConnectorHealthChecked",
    });
  });

  it("reports schema violations with the reference's path, message and keyword, sorted by path", () => {
    // Expected values: the reference's schema layer (Python jsonschema, draft 2020-12) on the
    // same input.
    const payload = {
      health_status: "unknown",
      latency_ms: -1,
      connector_id: "",
      actor_type: "x",
      project_uuid: 5,
    };
    const result = validateEvent(payload, "ConnectorHealthChecked");
    expect(result.valid).toBe(false);
    expect(result.schemaViolations.map((v) => [v.jsonPath, v.message, v.validator])).toEqual([
      ["$", "'connector_type' is a required property", "required"],
      ["$", "'provider' is a required property", "required"],
      ["$", "'mission_id' is a required property", "required"],
      ["$", "'actor_id' is a required property", "required"],
      ["$", "'endpoint_url' is a required property", "required"],
      ["$", "'recorded_at' is a required property", "required"],
      ["$.actor_type", "'x' does not match '^(human|service|system)$'", "pattern"],
      ["$.connector_id", "'' should be non-empty", "minLength"],
      ["$.health_status", "'unknown' is not one of ['healthy', 'degraded', 'unreachable']", "enum"],
      ["$.latency_ms", "-1 is less than the minimum of 0", "minimum"],
      ["$.project_uuid", "5 is not of type 'string'", "type"],
    ]);
  });

  it("orders violations of one path by keyword, as the reference walks its sorted schema", () => {
    // Expected: the reference's schema layer on the same input.
    const retry = validateEvent(
      { retry_attempt: 0.5, max_retries: "3", delivery_id: "", next_retry_at: 5 },
      "SyncRetryScheduled",
    );
    expect(retry.schemaViolations.map((v) => [v.jsonPath, v.validator, v.message])).toEqual([
      ["$", "required", "'source_event_fingerprint' is a required property"],
      ["$", "required", "'connector_id' is a required property"],
      ["$", "required", "'mission_id' is a required property"],
      ["$", "required", "'recorded_at' is a required property"],
      ["$.delivery_id", "minLength", "'' should be non-empty"],
      ["$.max_retries", "type", "'3' is not of type 'integer'"],
      ["$.next_retry_at", "type", "5 is not of type 'string'"],
      ["$.retry_attempt", "minimum", "0.5 is less than the minimum of 1"],
      ["$.retry_attempt", "type", "0.5 is not of type 'integer'"],
    ]);
    const health = validateEvent({ ...HEALTH_CHECK, health_status: -1 }, "ConnectorHealthChecked");
    expect(health.schemaViolations.map((v) => [v.validator, v.message])).toEqual([
      ["enum", "-1 is not one of ['healthy', 'degraded', 'unreachable']"],
      ["type", "-1 is not of type 'string'"],
    ]);
  });

  it("gives each schema violation the keyword's value and its schema path", () => {
    const result = validateEvent(
      { ...ACCEPTED, ingested_count: 0, delivery_id: undefined },
      "SyncIngestAccepted",
    );
    const required = result.schemaViolations.find((v) => v.validator === "required");
    expect(required?.validatorValue).toEqual([
      "delivery_id",
      "source_event_fingerprint",
      "connector_id",
      "mission_id",
      "recorded_at",
      "ingest_batch_id",
      "ingested_count",
    ]);
    expect(required?.schemaPath).toBe("required");
    const bound = result.schemaViolations.find((v) => v.jsonPath === "$.ingested_count");
    expect(bound).toEqual({
      jsonPath: "$.ingested_count",
      message: "0 is less than or equal to the minimum of 0",
      validator: "exclusiveMinimum",
      validatorValue: 0,
      schemaPath: "properties/ingested_count/exclusiveMinimum",
    });
  });

  it("reports model violations with dotted field paths and the reference's types", () => {
    const result = validateEvent(
      { ...ACCEPTED, delivery_id: undefined, ingested_count: 0, recorded_at: "yesterday" },
      "SyncIngestAccepted",
    );
    expect(result.modelViolations.map((v) => [v.field, v.violationType])).toEqual([
      ["delivery_id", "missing"],
      ["recorded_at", "datetime_from_date_parsing"],
      ["ingested_count", "greater_than"],
    ]);
    const missing = result.modelViolations[0];
    expect(missing?.message).toBe("Field required");
    expect(missing?.inputValue).toBeUndefined();
    expect(result.modelViolations[2]?.inputValue).toBe(0);
  });

  it("reports a payload that is not an object at the root of both layers", () => {
    const result = validateEvent(["x"], "SyncIngestAccepted");
    expect(result.modelViolations.map((v) => [v.field, v.violationType])).toEqual([
      ["", "model_type"],
    ]);
    expect(result.schemaViolations.map((v) => [v.jsonPath, v.message])).toEqual([
      ["$", "['x'] is not of type 'object'"],
    ]);
  });

  it("keeps the layers apart: lax input passes the model layer only", () => {
    const result = validateEvent({ ...ACCEPTED, ingested_count: "15" }, "SyncIngestAccepted");
    expect(result.valid).toBe(false);
    expect(result.modelViolations).toEqual([]);
    expect(result.schemaViolations.map((v) => [v.jsonPath, v.validator])).toEqual([
      ["$.ingested_count", "type"],
    ]);
  });

  it("applies Python's `$` in schema patterns: a trailing newline fails the model layer only", () => {
    const result = validateEvent(
      { ...HEALTH_CHECK, actor_type: "human\n" },
      "ConnectorHealthChecked",
    );
    expect(result.valid).toBe(false);
    expect(result.modelViolations.map((v) => [v.field, v.violationType])).toEqual([
      ["actor_type", "string_pattern_mismatch"],
    ]);
    expect(result.schemaViolations).toEqual([]);
  });

  it("applies Python's Unicode `\\d`: a version in Arabic-Indic digits is valid", () => {
    expect(validateEvent({ ...ENVELOPE, schema_version: "١.٠.٠" }, "Event").valid).toBe(true);
    expect(validateEvent({ ...ENVELOPE, schema_version: "2.7" }, "Event").valid).toBe(false);
  });

  it("checks required fields as own properties in both layers", () => {
    const inherited = Object.assign(Object.create({ delivery_id: "dlv-x" }), {
      ...ACCEPTED,
      delivery_id: undefined,
    });
    delete inherited.delivery_id;
    const result = validateEvent(inherited, "SyncIngestAccepted");
    expect(result.modelViolations.map((v) => v.field)).toEqual(["delivery_id"]);
    expect(result.schemaViolations.map((v) => v.message)).toEqual([
      "'delivery_id' is a required property",
    ]);
  });

  it("reads JSON 1e400 as infinity, a valid latency, as the reference does", () => {
    const payload = JSON.parse(JSON.stringify(HEALTH_CHECK).replace("42.5", "1e400"));
    expect(payload.latency_ms).toBe(Number.POSITIVE_INFINITY);
    expect(validateEvent(payload, "ConnectorHealthChecked").valid).toBe(true);
    const minus = { ...HEALTH_CHECK, latency_ms: Number.NEGATIVE_INFINITY };
    expect(
      validateEvent(minus, "ConnectorHealthChecked").schemaViolations.map((v) => v.validator),
    ).toEqual(["minimum"]);
  });

  it("ignores unknown keys in both layers", () => {
    expect(validateEvent({ ...ACCEPTED, extra: { nested: [1] } }, "SyncIngestAccepted").valid).toBe(
      true,
    );
  });
});

describe("the Event type", () => {
  it("validates a whole envelope and treats its payload as opaque", () => {
    expect(validateEvent(ENVELOPE, "Event").valid).toBe(true);
    expect(validateEvent({ ...ENVELOPE, payload: { anything: [1, 2] } }, "Event").valid).toBe(true);
  });

  it("reports envelope problems at their fields", () => {
    const result = validateEvent(
      {
        ...ENVELOPE,
        payload: [],
        lamport_clock: -1,
        event_id: "not-an-id",
        correlation_id: undefined,
      },
      "Event",
    );
    expect(result.modelViolations.map((v) => [v.field, v.violationType])).toEqual([
      ["event_id", "value_error"],
      ["payload", "dict_type"],
      ["lamport_clock", "greater_than_equal"],
      ["correlation_id", "missing"],
    ]);
    expect(result.schemaViolations.map((v) => [v.jsonPath, v.validator])).toEqual([
      ["$", "required"],
      ["$.event_id", "minLength"],
      ["$.event_id", "pattern"],
      ["$.lamport_clock", "minimum"],
      ["$.payload", "type"],
    ]);
  });

  it("reports a failed anyOf once, without the errors of its branches", () => {
    const result = validateEvent({ ...ENVELOPE, causation_id: 5 }, "Event");
    expect(result.schemaViolations.map((v) => [v.jsonPath, v.message, v.validator])).toEqual([
      ["$.causation_id", "5 is not valid under any of the given schemas", "anyOf"],
    ]);
  });
});

describe("the schema validators", () => {
  it("are compiled ahead of time: validating compiles nothing and reuses one function", () => {
    const compile = vi.spyOn(Ajv2020.prototype, "compile");
    try {
      validateEvent(HEALTH_CHECK, "ConnectorDegraded");
      validateEvent({}, "ConnectorReconnected");
      expect(compile).not.toHaveBeenCalled();
      expect(schemaValidator("connector_degraded_payload")).toBe(
        schemaValidator("connector_degraded_payload"),
      );
    } finally {
      compile.mockRestore();
    }
  });

  it("throw the loader's error, which lists the published names, for an unknown schema", () => {
    expect(() => schemaValidator("no_such_schema")).toThrow(/no_such_schema[\s\S]*event/);
    expect(() => schemaValidator("__proto__")).toThrow(/__proto__/);
    expect(() => schemaValidator("toString")).toThrow(/toString/);
  });

  it("returns a fresh result each call: a failure does not leak into the next result", () => {
    const bad = validateEvent({}, "ConnectorRevoked");
    const good = validateEvent(
      { ...HEALTH_CHECK, revocation_reason: "token_rotated" },
      "ConnectorRevoked",
    );
    expect(bad.valid).toBe(false);
    expect(good.valid).toBe(true);
    expect(bad.schemaViolations.length).toBeGreaterThan(0);
  });
});

describe("never throws on payload content", () => {
  it.each(REGISTERED)("%s: any JSON value gives a consistent verdict", (eventType) => {
    fc.assert(
      fc.property(fc.jsonValue(), (payload) => {
        const result = validateEvent(payload, eventType);
        expect(result.valid).toBe(
          result.modelViolations.length === 0 && result.schemaViolations.length === 0,
        );
        const paths = result.schemaViolations.map((v) => v.jsonPath);
        expect([...paths].sort(compareCodePoints)).toEqual(paths);
      }),
      { numRuns: 200 },
    );
  });
});

describe("toJsonPath", () => {
  it.each([
    ["", {}, "$"],
    ["/delivery_id", { delivery_id: 1 }, "$.delivery_id"],
    ["/evidence/repos/0", { evidence: { repos: [{}] } }, "$.evidence.repos[0]"],
    ["/evidence/repos/0/repo", { evidence: { repos: [{ repo: 1 }] } }, "$.evidence.repos[0].repo"],
    ["/map/0", { map: { "0": 1 } }, "$.map.0"],
    ["/a~1b/c~0d", { "a/b": { "c~d": 1 } }, "$.a/b.c~d"],
  ])("%j in %j is %s", (pointer, payload, path) => {
    expect(toJsonPath(pointer, payload)).toBe(path);
  });
});
