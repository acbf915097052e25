import { describe, expect, it } from "vitest";
import {
  AUDIT_SCHEMA_VERSION,
  MISSION_AUDIT_COMPLETED,
  MISSION_AUDIT_DECISION_REQUESTED,
  MISSION_AUDIT_EVENT_TYPES,
  MISSION_AUDIT_FAILED,
  MISSION_AUDIT_REQUESTED,
  MISSION_AUDIT_STARTED,
} from "../src/families/mission_audit/constants.js";
import {
  AuditSeverity,
  AuditStatus,
  AuditVerdict,
  TERMINAL_AUDIT_STATUSES,
} from "../src/families/mission_audit/enums.js";
import { MISSION_AUDIT_FAMILY } from "../src/families/mission_audit/family.js";
import {
  AuditArtifactRefSchema,
  MISSION_AUDIT_PAYLOAD_MODELS,
  MissionAuditCompletedPayloadSchema,
  MissionAuditDecisionRequestedPayloadSchema,
  MissionAuditFailedPayloadSchema,
  MissionAuditRequestedPayloadSchema,
  MissionAuditStartedPayloadSchema,
  PendingDecisionSchema,
} from "../src/families/mission_audit/payloads.js";
import { type ModelEntries, type ModelSchema, safeParseModel } from "../src/model/model.js";
import { AUDIT_EXAMPLES, AUDIT_REPORT_REF } from "./support/audit-decisionpoint.js";

type AnyModel = ModelSchema<ModelEntries>;

const IDENTITY = ["mission_id", "run_id", "feature_slug", "actor"];

// Model, event type, schema name, fields in the reference's order (sheet §3.3).
const MODELS: readonly (readonly [AnyModel, string, string, readonly string[]])[] = [
  [
    MissionAuditRequestedPayloadSchema as unknown as AnyModel,
    "MissionAuditRequested",
    "mission_audit_requested_payload",
    [...IDENTITY, "trigger_mode", "audit_scope", "enforcement_mode"],
  ],
  [
    MissionAuditStartedPayloadSchema as unknown as AnyModel,
    "MissionAuditStarted",
    "mission_audit_started_payload",
    [...IDENTITY, "audit_scope_hash"],
  ],
  [
    MissionAuditDecisionRequestedPayloadSchema as unknown as AnyModel,
    "MissionAuditDecisionRequested",
    "mission_audit_decision_requested_payload",
    [...IDENTITY, "decision_id", "question", "context_summary", "severity"],
  ],
  [
    MissionAuditCompletedPayloadSchema as unknown as AnyModel,
    "MissionAuditCompleted",
    "mission_audit_completed_payload",
    [...IDENTITY, "verdict", "severity", "findings_count", "artifact_ref", "summary"],
  ],
  [
    MissionAuditFailedPayloadSchema as unknown as AnyModel,
    "MissionAuditFailed",
    "mission_audit_failed_payload",
    [...IDENTITY, "error_code", "error_message", "partial_artifact_ref"],
  ],
];

function violations(schema: AnyModel, input: unknown): string[][] {
  const result = safeParseModel(schema, input);
  return result.success ? [] : result.issues.map((issue) => [issue.field, issue.violationType]);
}

function example(eventType: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...AUDIT_EXAMPLES[eventType], ...fields };
}

describe("mission audit constants and enums", () => {
  it("has schema version 2.5.0 and five event types in an immutable set", () => {
    expect(AUDIT_SCHEMA_VERSION).toBe("2.5.0");
    expect([
      MISSION_AUDIT_REQUESTED,
      MISSION_AUDIT_STARTED,
      MISSION_AUDIT_DECISION_REQUESTED,
      MISSION_AUDIT_COMPLETED,
      MISSION_AUDIT_FAILED,
    ]).toEqual([
      "MissionAuditRequested",
      "MissionAuditStarted",
      "MissionAuditDecisionRequested",
      "MissionAuditCompleted",
      "MissionAuditFailed",
    ]);
    expect(MISSION_AUDIT_EVENT_TYPES.size).toBe(5);
    expect(() => (MISSION_AUDIT_EVENT_TYPES as Set<string>).delete("MissionAuditFailed")).toThrow(
      TypeError,
    );
  });

  it("has the enum values of the reference and the two terminal statuses", () => {
    expect(AuditVerdict).toEqual({
      PASS: "pass",
      PASS_WITH_WARNINGS: "pass_with_warnings",
      FAIL: "fail",
      BLOCKED_DECISION_REQUIRED: "blocked_decision_required",
    });
    expect(AuditSeverity).toEqual({
      INFO: "info",
      WARNING: "warning",
      ERROR: "error",
      CRITICAL: "critical",
    });
    expect(AuditStatus).toEqual({
      PENDING: "pending",
      RUNNING: "running",
      AWAITING_DECISION: "awaiting_decision",
      COMPLETED: "completed",
      FAILED: "failed",
    });
    expect([...TERMINAL_AUDIT_STATUSES]).toEqual(["completed", "failed"]);
    expect(() => (TERMINAL_AUDIT_STATUSES as Set<string>).add("running")).toThrow(TypeError);
  });
});

describe.each(MODELS)("%o", (schema, eventType, schemaName, fields) => {
  it(`is the model of ${eventType}, published as ${schemaName}, fields in order`, () => {
    expect(schema.name).toBe(`${eventType}Payload`);
    expect(Object.keys(schema.entries)).toEqual(fields);
    expect(
      MISSION_AUDIT_PAYLOAD_MODELS[eventType as keyof typeof MISSION_AUDIT_PAYLOAD_MODELS],
    ).toBe(schema);
    expect(MISSION_AUDIT_FAMILY.payloads.find((p) => p.eventType === eventType)?.schemaName).toBe(
      schemaName,
    );
    expect(violations(schema, example(eventType))).toEqual([]);
  });

  it.each(IDENTITY)("requires a non-empty %s", (key) => {
    const { [key]: _removed, ...rest } = example(eventType);
    expect(violations(schema, rest)).toEqual([[key, "missing"]]);
    expect(violations(schema, example(eventType, { [key]: "" }))).toEqual([
      [key, "string_too_short"],
    ]);
    expect(violations(schema, example(eventType, { [key]: 1 }))).toEqual([[key, "string_type"]]);
    expect(violations(schema, example(eventType, { [key]: " " }))).toEqual([]);
  });
});

// [event type, changed fields, expected violations; [] = accepted]
const CASES: readonly (readonly [string, Record<string, unknown>, readonly string[][]])[] = [
  ["MissionAuditRequested", { trigger_mode: "post_merge", enforcement_mode: "blocking" }, []],
  ["MissionAuditRequested", { trigger_mode: "scheduled" }, [["trigger_mode", "literal_error"]]],
  ["MissionAuditRequested", { trigger_mode: "Manual" }, [["trigger_mode", "literal_error"]]],
  [
    "MissionAuditRequested",
    { enforcement_mode: "strict" },
    [["enforcement_mode", "literal_error"]],
  ],
  ["MissionAuditRequested", { audit_scope: [] }, [["audit_scope", "too_short"]]],
  ["MissionAuditRequested", { audit_scope: ["", "", "x"] }, []],
  // A list (not a tuple): an item error alone, no too_short.
  ["MissionAuditRequested", { audit_scope: [null] }, [["audit_scope.0", "string_type"]]],
  ["MissionAuditRequested", { audit_scope: "spec.md" }, [["audit_scope", "list_type"]]],
  ["MissionAuditRequested", { audit_scope: null }, [["audit_scope", "list_type"]]],
  ["MissionAuditStarted", { audit_scope_hash: "" }, [["audit_scope_hash", "string_too_short"]]],
  ["MissionAuditDecisionRequested", { question: "", context_summary: "" }, []],
  ["MissionAuditDecisionRequested", { decision_id: "" }, [["decision_id", "string_too_short"]]],
  ["MissionAuditDecisionRequested", { question: null }, [["question", "string_type"]]],
  ["MissionAuditDecisionRequested", { severity: "fatal" }, [["severity", "enum"]]],
  ["MissionAuditCompleted", { verdict: "PASS" }, [["verdict", "enum"]]],
  ["MissionAuditCompleted", { verdict: "blocked_decision_required", severity: "critical" }, []],
  ["MissionAuditCompleted", { findings_count: "2" }, []],
  ["MissionAuditCompleted", { findings_count: 3.0 }, []],
  ["MissionAuditCompleted", { findings_count: true }, []],
  ["MissionAuditCompleted", { findings_count: -1 }, [["findings_count", "greater_than_equal"]]],
  ["MissionAuditCompleted", { findings_count: "-1" }, [["findings_count", "greater_than_equal"]]],
  ["MissionAuditCompleted", { findings_count: 2.5 }, [["findings_count", "int_from_float"]]],
  ["MissionAuditCompleted", { findings_count: "1e3" }, [["findings_count", "int_parsing"]]],
  ["MissionAuditCompleted", { findings_count: null }, [["findings_count", "int_type"]]],
  ["MissionAuditCompleted", { summary: "" }, []],
  ["MissionAuditCompleted", { artifact_ref: null }, [["artifact_ref", "model_type"]]],
  [
    "MissionAuditCompleted",
    { artifact_ref: {} },
    [
      ["artifact_ref.report_path", "missing"],
      ["artifact_ref.content_hash", "missing"],
      ["artifact_ref.provenance", "missing"],
    ],
  ],
  [
    "MissionAuditCompleted",
    { artifact_ref: { ...AUDIT_REPORT_REF, content_hash: { hash: "h", algorithm: "sha1" } } },
    [["artifact_ref.content_hash.algorithm", "literal_error"]],
  ],
  [
    "MissionAuditCompleted",
    { artifact_ref: { ...AUDIT_REPORT_REF, provenance: { actor_kind: "agent" } } },
    [["artifact_ref.provenance.actor_kind", "literal_error"]],
  ],
  [
    "MissionAuditCompleted",
    { artifact_ref: { ...AUDIT_REPORT_REF, provenance: null } },
    [["artifact_ref.provenance", "model_type"]],
  ],
  ["MissionAuditFailed", { error_code: "" }, [["error_code", "string_too_short"]]],
  ["MissionAuditFailed", { error_message: "" }, []],
  ["MissionAuditFailed", { partial_artifact_ref: null }, []],
  ["MissionAuditFailed", { partial_artifact_ref: AUDIT_REPORT_REF }, []],
  [
    "MissionAuditFailed",
    { partial_artifact_ref: { ...AUDIT_REPORT_REF, report_path: "" } },
    [["partial_artifact_ref.report_path", "string_too_short"]],
  ],
  [
    "MissionAuditFailed",
    { partial_artifact_ref: "r.md" },
    [["partial_artifact_ref", "model_type"]],
  ],
];

describe("mission audit payload fields (sheet §3.3, §1.4)", () => {
  it.each(CASES)("%s with %j gives %j", (eventType, fields, expected) => {
    const schema = MISSION_AUDIT_PAYLOAD_MODELS[
      eventType as keyof typeof MISSION_AUDIT_PAYLOAD_MODELS
    ] as unknown as AnyModel;
    expect(violations(schema, example(eventType, fields))).toEqual(expected);
    expect(schema.test(example(eventType, fields))).toBe(expected.length === 0);
  });

  it("gives pydantic's messages for the literal and nested-model errors", () => {
    const requested = safeParseModel(
      MissionAuditRequestedPayloadSchema,
      example("MissionAuditRequested", { trigger_mode: "scheduled", enforcement_mode: 1 }),
    );
    expect(requested.issues?.map((issue) => issue.message)).toEqual([
      "Input should be 'manual' or 'post_merge'",
      "Input should be 'advisory' or 'blocking'",
    ]);
    const completed = safeParseModel(
      MissionAuditCompletedPayloadSchema,
      example("MissionAuditCompleted", { artifact_ref: [] }),
    );
    expect(completed.issues?.map((issue) => issue.message)).toEqual([
      "Input should be a valid dictionary or instance of AuditArtifactRef",
    ]);
  });

  it("fills the report reference's defaults and keeps coerced values", () => {
    const parsed = safeParseModel(
      MissionAuditCompletedPayloadSchema,
      example("MissionAuditCompleted", { findings_count: "007", extra: true }),
    );
    expect(JSON.stringify(parsed.output)).toBe(
      `{"mission_id":"mission-077","run_id":"run-2026-03-01-a","feature_slug":"077-audit-trail","actor":"auditor-bot","verdict":"pass","severity":"info","findings_count":7,` +
        `"artifact_ref":{"report_path":"audits/077/report.md","content_hash":{"hash":"9f2c41aa","algorithm":"sha256","size_bytes":null,"encoding":null},` +
        `"provenance":{"source_event_ids":null,"git_sha":null,"git_ref":null,"actor_id":null,"actor_kind":null,"revised_at":null}},"summary":"No findings."}`,
    );
    const failed = safeParseModel(MissionAuditFailedPayloadSchema, example("MissionAuditFailed"));
    expect(failed.output?.partial_artifact_ref).toBeNull();
  });

  it("has the report reference and pending decision models of the reference", () => {
    expect(AuditArtifactRefSchema.name).toBe("AuditArtifactRef");
    expect(Object.keys(AuditArtifactRefSchema.entries)).toEqual([
      "report_path",
      "content_hash",
      "provenance",
    ]);
    expect(Object.keys(PendingDecisionSchema.entries)).toEqual([
      "decision_id",
      "question",
      "context_summary",
      "severity",
    ]);
    expect(
      violations(PendingDecisionSchema as unknown as AnyModel, {
        decision_id: "",
        question: "",
        context_summary: "",
        severity: "info",
      }),
    ).toEqual([["decision_id", "string_too_short"]]);
  });
});
