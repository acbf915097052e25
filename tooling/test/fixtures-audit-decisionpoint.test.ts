/**
 * The mission audit and DecisionPoint fixtures: each invalid case fails where the contract
 * says (per layer), the replay streams hold valid envelopes, and the goldens show the facts
 * each stream was written for (checked against the golden files, apart from the reducers).
 */
import { readFileSync } from "node:fs";
import {
  fixturePath,
  loadFixtures,
  loadManifest,
  loadReducerOutput,
  loadReplayStream,
  validateEvent,
} from "@spec-kitty/events-conformance";
import {
  type Event,
  parseEvent,
  reduceDecisionPointEvents,
  reduceMissionAuditEvents,
} from "@spec-kitty/events-core";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../scripts/lib/canonical-json.js";

type Violations = {
  readonly model: readonly (readonly [string, string])[];
  readonly schema: readonly (readonly [string, string])[];
};

// The violations of each invalid case, per layer (written from the family sheet).
const INVALID: Readonly<Record<string, Violations>> = {
  "mission-audit-completed-missing-verdict": {
    model: [
      ["verdict", "missing"],
      ["artifact_ref.provenance.actor_kind", "literal_error"],
    ],
    schema: [
      ["$", "required"],
      ["$.artifact_ref.provenance.actor_kind", "anyOf"],
    ],
  },
  "mission-audit-completed-missing-artifact-ref": {
    model: [["artifact_ref", "missing"]],
    schema: [["$", "required"]],
  },
  "mission-audit-requested-bad-trigger": {
    model: [["trigger_mode", "literal_error"]],
    schema: [["$.trigger_mode", "enum"]],
  },
  "mission-audit-decision-missing-id": {
    model: [["decision_id", "missing"]],
    schema: [["$", "required"]],
  },
  "mission-audit-requested-empty-scope": {
    model: [["audit_scope", "too_short"]],
    schema: [["$.audit_scope", "minItems"]],
  },
  "mission-audit-completed-negative-findings": {
    model: [["findings_count", "greater_than_equal"]],
    schema: [["$.findings_count", "minimum"]],
  },
  "mission-audit-failed-empty-error-code": {
    model: [["error_code", "string_too_short"]],
    schema: [["$.error_code", "minLength"]],
  },
  "decision-point-missing-decision-point-id": {
    model: [["decision_point_id", "missing"]],
    schema: [["$", "required"]],
  },
  "decision-point-missing-rationale": {
    model: [["rationale", "missing"]],
    schema: [["$", "required"]],
  },
  "decision-point-invalid-actor-type": {
    model: [["actor_type", "string_pattern_mismatch"]],
    schema: [["$.actor_type", "pattern"]],
  },
  // Labelled an authority-policy failure by the reference's manifest; it is an enum error.
  "decision-point-invalid-authority-role": {
    model: [["authority_role", "enum"]],
    schema: [["$.authority_role", "enum"]],
  },
  "decision-point-empty-alternatives": {
    model: [["alternatives_considered", "too_short"]],
    schema: [["$.alternatives_considered", "minItems"]],
  },
  "decision-point-empty-evidence-refs": {
    model: [["evidence_refs", "too_short"]],
    schema: [["$.evidence_refs", "minItems"]],
  },
  // The model's `$` is a true end anchor; the schema pattern accepts a trailing newline.
  "decision-point-actor-type-trailing-newline": {
    model: [["actor_type", "string_pattern_mismatch"]],
    schema: [],
  },
  // The schema layer does not assert `format: date-time`.
  "decision-point-unparseable-state-entered-at": {
    model: [["state_entered_at", "datetime_from_date_parsing"]],
    schema: [],
  },
};

const CATEGORIES = ["mission_audit", "decisionpoint"];
const cases = CATEGORIES.flatMap((category) => loadFixtures(category));

describe("mission audit and DecisionPoint payload cases", () => {
  it("hold at least the reference's numbers of cases", () => {
    const count = (category: string, valid: boolean) =>
      loadFixtures(category).filter((fixture) => fixture.expectedValid === valid).length;
    expect(count("mission_audit", true)).toBeGreaterThanOrEqual(13);
    expect(count("mission_audit", false)).toBeGreaterThanOrEqual(4);
    expect(count("decisionpoint", true)).toBeGreaterThanOrEqual(14);
    expect(count("decisionpoint", false)).toBeGreaterThanOrEqual(6);
  });

  it.each(cases.filter((fixture) => fixture.expectedValid).map((f) => [f.id, f] as const))(
    "%s passes both layers",
    (_id, fixture) => {
      const result = validateEvent(fixture.payload, fixture.eventType);
      expect([result.modelViolations, result.schemaViolations]).toEqual([[], []]);
    },
  );

  it("has an expectation for every invalid case", () => {
    expect(
      cases
        .filter((fixture) => !fixture.expectedValid)
        .map((fixture) => fixture.id)
        .sort(),
    ).toEqual(Object.keys(INVALID).sort());
  });

  it.each(cases.filter((fixture) => !fixture.expectedValid).map((f) => [f.id, f] as const))(
    "%s fails where the contract says, with at least one model violation",
    (id, fixture) => {
      const expected = INVALID[id] as Violations;
      const result = validateEvent(fixture.payload, fixture.eventType);
      expect(result.valid).toBe(false);
      expect(result.modelViolations.map((v) => [v.field, v.violationType])).toEqual(expected.model);
      expect(result.schemaViolations.map((v) => [v.jsonPath, v.validator])).toEqual(
        expected.schema,
      );
    },
  );

  it("Q-A1: each invalid audit payload makes the audit reducer throw ValidationError", () => {
    for (const fixture of loadFixtures("mission_audit").filter((f) => !f.expectedValid)) {
      const event = envelope(fixture.eventType, fixture.payload);
      expect(() => reduceMissionAuditEvents([event]), fixture.id).toThrow(
        expect.objectContaining({ name: "ValidationError" }),
      );
    }
  });

  it("each invalid DecisionPoint payload, sent as an Opened event, is a malformed_payload anomaly", () => {
    for (const fixture of loadFixtures("decisionpoint").filter((f) => !f.expectedValid)) {
      const result = reduceDecisionPointEvents([envelope("DecisionPointOpened", fixture.payload)]);
      expect(
        result.anomalies.map((a) => [a.kind, a.message.split(":")[0]]),
        fixture.id,
      ).toEqual([["malformed_payload", "Payload validation failed for 'DecisionPointOpened'"]]);
      expect(result.state).toBeNull();
    }
  });
});

function envelope(eventType: string, payload: unknown): Event {
  return parseEvent({
    event_id: "01KHZP3M8R0E8Y6V2K7Q4N5T1A",
    event_type: eventType,
    aggregate_id: "a",
    payload,
    timestamp: "2026-02-20T10:00:00Z",
    node_id: "n",
    lamport_clock: 1,
    project_uuid: "b5d1e7c3-2f4a-4b6c-8d0e-1a3b5c7d9e2f",
    correlation_id: "01KHZP3M8R0E8Y6V2K7Q4N5T1B",
  });
}

const STREAMS = {
  "mission-audit-replay-pass": 3,
  "mission-audit-replay-fail": 3,
  "mission-audit-replay-decision-checkpoint": 4,
  "mission-audit-replay-anomalies": 10,
  "decisionpoint-full-lifecycle": 4,
  "decisionpoint-open-resolved": 2,
  "decisionpoint-with-anomaly": 4,
  "decisionpoint-policy-anomalies": 11,
} as const;

describe("mission audit and DecisionPoint replay streams", () => {
  it.each(Object.entries(STREAMS))(
    "%s has %i lines, each a valid envelope and payload",
    (id, n) => {
      const lines = loadReplayStream(id);
      expect(lines).toHaveLength(n);
      for (const [index, line] of lines.entries()) {
        expect(validateEvent(line, "Event").valid, `${id} line ${index + 1}`).toBe(true);
        const { event_type: eventType, payload } = line as { event_type: string; payload: unknown };
        expect(validateEvent(payload, eventType).valid, `${id} line ${index + 1} payload`).toBe(
          true,
        );
      }
    },
  );

  const GOLDENS = [
    ...Object.keys(STREAMS)
      .filter((id) => id.startsWith("mission-audit"))
      .map((id) => [id, reduceMissionAuditEvents] as const),
    ...Object.keys(STREAMS)
      .filter((id) => id.startsWith("decisionpoint"))
      .map((id) => [id, reduceDecisionPointEvents] as const),
  ];

  it.each(GOLDENS)("the golden of %s is its reducer output (deep and byte equal)", (id, reduce) => {
    const output = reduce(loadReplayStream(id).map((line) => parseEvent(line)));
    expect(JSON.parse(JSON.stringify(output))).toEqual(loadReducerOutput(`${id}_output`));
    const path = loadManifest().fixtures.find((e) => e.id === `${id}_output`)?.path ?? "";
    expect(canonicalJson(output)).toBe(readFileSync(fixturePath(path), "utf8"));
  });
});

type AuditGolden = {
  audit_status: string;
  verdict: string | null;
  severity: string | null;
  findings_count: number | null;
  pending_decisions: unknown[];
  anomalies: { kind: string; message: string }[];
  event_count: number;
  mission_id: string | null;
  audit_scope: string[] | null;
  audit_scope_hash: string | null;
  trigger_mode: string | null;
  error_code: string | null;
  partial_artifact_ref: unknown;
};
type DecisionPointGolden = {
  state: string | null;
  anomalies: { kind: string; message: string }[];
  event_count: number;
  last_state_entered_at: string | null;
  phase: string | null;
};

describe("mission audit goldens", () => {
  const golden = (id: string) => loadReducerOutput(`${id}_output`) as AuditGolden;

  it("pass: completed with verdict pass, nothing pending, no anomaly", () => {
    const g = golden("mission-audit-replay-pass");
    expect([g.audit_status, g.verdict, g.severity, g.findings_count]).toEqual([
      "completed",
      "pass",
      "info",
      0,
    ]);
    expect([g.trigger_mode, g.audit_scope?.length, g.anomalies, g.event_count]).toEqual([
      "post_merge",
      3,
      [],
      3,
    ]);
  });

  it("fail: failed with TIMEOUT, no verdict, no partial report", () => {
    const g = golden("mission-audit-replay-fail");
    expect([g.audit_status, g.error_code, g.verdict, g.severity, g.partial_artifact_ref]).toEqual([
      "failed",
      "TIMEOUT",
      null,
      null,
      null,
    ]);
    expect(g.event_count).toBe(3);
  });

  it("decision checkpoint: the terminal event empties the pending decisions", () => {
    const g = golden("mission-audit-replay-decision-checkpoint");
    expect([g.audit_status, g.verdict, g.pending_decisions, g.event_count]).toEqual([
      "completed",
      "pass_with_warnings",
      [],
      4,
    ]);
  });

  it("anomalies: before Requested, a repeated decision id (repr quoting), after the terminal event", () => {
    const g = golden("mission-audit-replay-anomalies");
    expect(g.anomalies.map((a) => [a.kind, a.message])).toEqual([
      [
        "event_before_requested",
        "Event 'MissionAuditStarted' arrived before MissionAuditRequested",
      ],
      ["duplicate_decision_id", `Duplicate decision_id: "it's-001"`],
      ["event_after_terminal", "Event 'MissionAuditFailed' arrived after terminal state"],
    ]);
    // 10 lines: the hidden audit event and the redelivered Requested are dropped, the foreign
    // DecisionPointOpened is counted.
    expect(g.event_count).toBe(8);
    expect([g.audit_status, g.verdict, g.findings_count, g.error_code]).toEqual([
      "completed",
      "fail",
      2,
      null,
    ]);
    expect([g.trigger_mode, g.audit_scope_hash]).toEqual(["manual", "sha256:aa02"]);
  });
});

describe("DecisionPoint goldens", () => {
  const golden = (id: string) => loadReducerOutput(`${id}_output`) as DecisionPointGolden;

  it("full lifecycle: overridden, no anomaly, the last event's time", () => {
    const g = golden("decisionpoint-full-lifecycle");
    expect([g.state, g.anomalies, g.event_count, g.last_state_entered_at]).toEqual([
      "overridden",
      [],
      4,
      "2026-02-27T12:00:04Z",
    ]);
  });

  it("open then resolved", () => {
    const g = golden("decisionpoint-open-resolved");
    expect([g.state, g.anomalies, g.event_count, g.last_state_entered_at]).toEqual([
      "resolved",
      [],
      2,
      "2026-02-27T12:00:02Z",
    ]);
  });

  it("with anomaly: the Discussing after Overridden is event_after_terminal", () => {
    const g = golden("decisionpoint-with-anomaly");
    expect(g.state).toBe("overridden");
    expect(g.last_state_entered_at).toBe("2026-02-27T12:00:03Z");
    expect(g.anomalies.map((a) => [a.kind, a.message])).toEqual([
      [
        "event_after_terminal",
        "Event 'DecisionPointDiscussing' arrived after terminal state 'overridden'",
      ],
    ]);
  });

  it("policy anomalies: each kind in stream order, the offset kept, the foreign event counted", () => {
    const g = golden("decisionpoint-policy-anomalies");
    expect(g.anomalies.map((a) => a.kind)).toEqual([
      "invalid_transition",
      "llm_policy_violation",
      "invalid_transition",
      "authority_policy_violation",
      "event_after_terminal",
    ]);
    expect([g.state, g.phase, g.event_count, g.last_state_entered_at]).toEqual([
      "overridden",
      "P3",
      10,
      "2026-03-03T13:37:00+05:30",
    ]);
  });
});
