import { describe, expect, it } from "vitest";
import { PayloadValidationError } from "../src/errors.js";
import { TERMINAL_AUDIT_STATUSES } from "../src/families/mission_audit/enums.js";
import { reduceMissionAuditEvents } from "../src/families/mission_audit/reducer.js";
import { AUDIT_REPORT_REF, auditEvent, rawEvent } from "./support/audit-decisionpoint.js";
import { isDeepFrozen, ulid } from "./support/connector-sync.js";

const REQ = "MissionAuditRequested";
const STA = "MissionAuditStarted";
const DEC = "MissionAuditDecisionRequested";
const COM = "MissionAuditCompleted";
const FAI = "MissionAuditFailed";

const EMPTY_JSON =
  '{"audit_status":"pending","verdict":null,"severity":null,"findings_count":null,' +
  '"artifact_ref":null,"partial_artifact_ref":null,"summary":null,"error_code":null,' +
  '"error_message":null,"pending_decisions":[],"mission_id":null,"run_id":null,' +
  '"feature_slug":null,"trigger_mode":null,"enforcement_mode":null,"audit_scope":null,' +
  '"audit_scope_hash":null,"anomalies":[],"event_count":0}';

const REF_JSON =
  '{"report_path":"audits/077/report.md","content_hash":{"hash":"9f2c41aa","algorithm":"sha256",' +
  '"size_bytes":null,"encoding":null},"provenance":{"source_event_ids":null,"git_sha":null,' +
  '"git_ref":null,"actor_id":null,"actor_kind":null,"revised_at":null}}';

/** The error a call throws (fails the test when it does not throw). */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}

describe("reduceMissionAuditEvents", () => {
  it("returns the default state for no events (exact JSON)", () => {
    expect(JSON.stringify(reduceMissionAuditEvents([]))).toBe(EMPTY_JSON);
  });

  it("projects Requested -> Started -> Completed (exact JSON, report defaults filled in)", () => {
    const result = reduceMissionAuditEvents([
      auditEvent(REQ, 1),
      auditEvent(STA, 2),
      auditEvent(COM, 3, {
        findings_count: "2",
        verdict: "pass_with_warnings",
        severity: "warning",
      }),
    ]);
    expect(JSON.stringify(result)).toBe(
      '{"audit_status":"completed","verdict":"pass_with_warnings","severity":"warning","findings_count":2,' +
        `"artifact_ref":${REF_JSON},"partial_artifact_ref":null,"summary":"No findings.",` +
        '"error_code":null,"error_message":null,"pending_decisions":[],"mission_id":"mission-077",' +
        '"run_id":"run-2026-03-01-a","feature_slug":"077-audit-trail","trigger_mode":"manual",' +
        '"enforcement_mode":"advisory","audit_scope":["spec.md","plan.md"],' +
        '"audit_scope_hash":"scope-hash-1","anomalies":[],"event_count":3}',
    );
    expect(isDeepFrozen(result)).toBe(true);
  });

  it("projects Requested -> Started -> Failed with and without a partial report", () => {
    const failed = reduceMissionAuditEvents([
      auditEvent(REQ, 1),
      auditEvent(STA, 2),
      auditEvent(FAI, 3),
    ]);
    expect([failed.audit_status, failed.error_code, failed.error_message]).toEqual([
      "failed",
      "TIMEOUT",
      "auditor exceeded 600 s",
    ]);
    expect([failed.verdict, failed.severity, failed.partial_artifact_ref]).toEqual([
      null,
      null,
      null,
    ]);
    const partial = reduceMissionAuditEvents([
      auditEvent(REQ, 1),
      auditEvent(FAI, 2, { partial_artifact_ref: AUDIT_REPORT_REF }),
    ]);
    expect(JSON.stringify(partial.partial_artifact_ref)).toBe(REF_JSON);
    expect(partial.artifact_ref).toBeNull();
  });

  it("keeps decisions pending until a terminal event clears them", () => {
    const waiting = reduceMissionAuditEvents([
      auditEvent(REQ, 1),
      auditEvent(STA, 2),
      auditEvent(DEC, 3, { decision_id: "dec-1", severity: "critical" }),
      auditEvent(DEC, 4, { decision_id: "dec-2", question: "", context_summary: "" }),
    ]);
    expect(waiting.audit_status).toBe("awaiting_decision");
    expect(waiting.pending_decisions).toEqual([
      {
        decision_id: "dec-1",
        question: "Accept the missing test plan?",
        context_summary: "plan.md has no test section",
        severity: "critical",
      },
      { decision_id: "dec-2", question: "", context_summary: "", severity: "warning" },
    ]);
    expect(Object.keys(waiting.pending_decisions[0] ?? {})).toEqual([
      "decision_id",
      "question",
      "context_summary",
      "severity",
    ]);
    for (const end of [COM, FAI]) {
      const ended = reduceMissionAuditEvents([
        auditEvent(REQ, 1),
        auditEvent(DEC, 2),
        auditEvent(end, 3),
      ]);
      expect(ended.pending_decisions).toEqual([]);
    }
  });

  it("Q-A1: an invalid family payload throws ValidationError with pydantic's text, not an anomaly", () => {
    const error = thrown(() => reduceMissionAuditEvents([auditEvent(REQ, 1, { audit_scope: [] })]));
    expect(error).toBeInstanceOf(PayloadValidationError);
    expect(error.name).toBe("ValidationError");
    expect(error.message).toBe(
      "1 validation error for MissionAuditRequestedPayload\n" +
        "audit_scope\n" +
        "  List should have at least 1 item after validation, not 0 [type=too_short, input_value=[], input_type=list]\n" +
        "    For further information visit https://errors.pydantic.dev/2.13/v/too_short",
    );
    const { modelName, issues } = error as PayloadValidationError;
    expect(modelName).toBe("MissionAuditRequestedPayload");
    expect(issues.map((issue) => [issue.field, issue.violationType])).toEqual([
      ["audit_scope", "too_short"],
    ]);
  });

  it("throws for the first invalid payload in sorted order, also before any Requested", () => {
    const error = thrown(() =>
      reduceMissionAuditEvents([
        auditEvent(COM, 3, { findings_count: -1 }),
        auditEvent(STA, 2, { audit_scope_hash: "" }),
      ]),
    );
    expect(error.message.split("\n")[0]).toBe("1 validation error for MissionAuditStartedPayload");
  });

  it("Q-A2: events after a terminal event are not validated, so junk there is tolerated", () => {
    const result = reduceMissionAuditEvents([
      auditEvent(REQ, 1),
      auditEvent(COM, 2),
      rawEvent(STA, 3, { junk: 1 }),
    ]);
    expect(result.audit_status).toBe("completed");
    expect(result.anomalies).toEqual([
      {
        kind: "event_after_terminal",
        event_id: ulid(3),
        message: "Event 'MissionAuditStarted' arrived after terminal state",
      },
    ]);
  });

  it("Q-A3: foreign events count toward event_count and never give unrecognized_event_type", () => {
    const result = reduceMissionAuditEvents([auditEvent(REQ, 1), rawEvent("Other", 2, {})]);
    expect([result.event_count, result.anomalies]).toEqual([2, []]);
  });

  it("Q-A4: a second Requested overwrites the identity silently and keeps the status", () => {
    const result = reduceMissionAuditEvents([
      auditEvent(REQ, 1),
      auditEvent(STA, 2),
      auditEvent(REQ, 3, {
        mission_id: "m2",
        trigger_mode: "post_merge",
        audit_scope: ["x"],
      }),
    ]);
    expect([
      result.audit_status,
      result.mission_id,
      result.trigger_mode,
      result.audit_scope,
    ]).toEqual(["running", "m2", "post_merge", ["x"]]);
    expect(result.anomalies).toEqual([]);
  });

  it("Q-A5: dedup runs before the filter, so a foreign event with the same id and a lower clock hides the audit event", () => {
    const id = "01J00000000000000000000XXX";
    const result = reduceMissionAuditEvents([
      auditEvent(REQ, 2, {}, { id }),
      rawEvent("Other", 1, {}, { id }),
    ]);
    expect([result.event_count, result.mission_id, result.anomalies]).toEqual([1, null, []]);
  });

  it("Q-A6: a duplicate decision_id still moves to awaiting_decision; one event logs two anomalies; repr quoting", () => {
    const result = reduceMissionAuditEvents([
      auditEvent(DEC, 1, { decision_id: "it's" }),
      auditEvent(DEC, 2, { decision_id: "it's", question: "again?" }),
    ]);
    expect(result.anomalies).toEqual([
      {
        kind: "event_before_requested",
        event_id: ulid(1),
        message: "Event 'MissionAuditDecisionRequested' arrived before MissionAuditRequested",
      },
      {
        kind: "event_before_requested",
        event_id: ulid(2),
        message: "Event 'MissionAuditDecisionRequested' arrived before MissionAuditRequested",
      },
      {
        kind: "duplicate_decision_id",
        event_id: ulid(2),
        message: `Duplicate decision_id: "it's"`,
      },
    ]);
    expect(result.audit_status).toBe("awaiting_decision");
    expect(result.pending_decisions.map((d) => d.question)).toEqual([
      "Accept the missing test plan?",
    ]);
  });

  it("Q-A7: Completed, Failed and DecisionRequested never fill the identity", () => {
    for (const type of [COM, FAI, DEC]) {
      const result = reduceMissionAuditEvents([auditEvent(type, 1)]);
      expect([result.mission_id, result.run_id, result.feature_slug]).toEqual([null, null, null]);
      expect(result.anomalies.map((a) => a.kind)).toEqual(["event_before_requested"]);
    }
    expect(reduceMissionAuditEvents([auditEvent(COM, 1)]).audit_status).toBe("completed");
  });

  it("Q-A8: the sort key is (lamport, isoformat, event_id), not the timestamp; TERMINAL_AUDIT_STATUSES is not read", () => {
    // The Completed event has the earlier timestamp but the later clock: it still comes last.
    const result = reduceMissionAuditEvents([
      auditEvent(COM, 2, {}, { timestamp: "2026-03-01T08:00:00Z" }),
      auditEvent(REQ, 1, {}, { timestamp: "2026-03-01T09:00:00Z" }),
    ]);
    expect([result.audit_status, result.anomalies]).toEqual(["completed", []]);
    expect(TERMINAL_AUDIT_STATUSES.has("completed")).toBe(true);
  });

  it("Q-A9: a Started after a DecisionRequested moves back to running and keeps the pending decision", () => {
    const result = reduceMissionAuditEvents([
      auditEvent(REQ, 1),
      auditEvent(DEC, 2, { decision_id: "d1" }),
      auditEvent(STA, 3),
    ]);
    expect(result.audit_status).toBe("running");
    expect(result.pending_decisions.map((d) => d.decision_id)).toEqual(["d1"]);
  });

  it("Q-A10: the error's class name is ValidationError (pydantic's), e.g. for trigger_mode 'x'", () => {
    const error = thrown(() =>
      reduceMissionAuditEvents([auditEvent(REQ, 1, { trigger_mode: "x" })]),
    );
    expect(error.name).toBe("ValidationError");
    expect(error.message).toContain(
      "  Input should be 'manual' or 'post_merge' [type=literal_error, input_value='x', input_type=str]",
    );
  });

  it("takes the identity from the first Started when no Requested came, and the scope hash from the last", () => {
    const result = reduceMissionAuditEvents([
      auditEvent(STA, 1, { mission_id: "first", audit_scope_hash: "h1" }),
      auditEvent(STA, 2, { mission_id: "second", audit_scope_hash: "h2" }),
    ]);
    expect([result.mission_id, result.audit_scope_hash, result.audit_status]).toEqual([
      "first",
      "h2",
      "running",
    ]);
    expect(result.anomalies.map((a) => a.kind)).toEqual([
      "event_before_requested",
      "event_before_requested",
    ]);
  });

  it("records every event after a terminal one, Requested included, and changes nothing", () => {
    const result = reduceMissionAuditEvents([
      auditEvent(REQ, 1),
      auditEvent(FAI, 2),
      auditEvent(REQ, 3, { mission_id: "other" }),
      auditEvent(COM, 4),
    ]);
    expect(result.anomalies.map((a) => a.message)).toEqual([
      "Event 'MissionAuditRequested' arrived after terminal state",
      "Event 'MissionAuditCompleted' arrived after terminal state",
    ]);
    expect([result.audit_status, result.mission_id, result.verdict]).toEqual([
      "failed",
      "mission-077",
      null,
    ]);
  });

  it("keeps the first copy of a duplicated event id (the lower clock wins)", () => {
    const id = ulid(42);
    const result = reduceMissionAuditEvents([
      auditEvent(REQ, 1),
      auditEvent(STA, 5, { audit_scope_hash: "late" }, { id }),
      auditEvent(STA, 2, { audit_scope_hash: "early" }, { id }),
    ]);
    expect([result.audit_scope_hash, result.event_count]).toEqual(["early", 2]);
  });
});
