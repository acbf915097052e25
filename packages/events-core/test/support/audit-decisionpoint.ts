/**
 * Builders for mission audit and DecisionPoint tests: valid example payloads (written from
 * the family sheet, `dossier-audit-decisionpoint.md` §3 and §4) and parsed envelopes.
 */
import type { Event } from "../../src/envelope/event.js";
import { envelope } from "./connector-sync.js";

/** The identity fields every mission audit payload starts with. */
export const AUDIT_IDENTITY = Object.freeze({
  mission_id: "mission-077",
  run_id: "run-2026-03-01-a",
  feature_slug: "077-audit-trail",
  actor: "auditor-bot",
});

/** A valid report reference (`AuditArtifactRef`): the provenance may be empty. */
export const AUDIT_REPORT_REF = Object.freeze({
  report_path: "audits/077/report.md",
  content_hash: { hash: "9f2c41aa", algorithm: "sha256" },
  provenance: {},
});

/** A complete valid payload per mission audit event type. */
export const AUDIT_EXAMPLES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  MissionAuditRequested: {
    ...AUDIT_IDENTITY,
    trigger_mode: "manual",
    audit_scope: ["spec.md", "plan.md"],
    enforcement_mode: "advisory",
  },
  MissionAuditStarted: { ...AUDIT_IDENTITY, audit_scope_hash: "scope-hash-1" },
  MissionAuditDecisionRequested: {
    ...AUDIT_IDENTITY,
    decision_id: "dec-1",
    question: "Accept the missing test plan?",
    context_summary: "plan.md has no test section",
    severity: "warning",
  },
  MissionAuditCompleted: {
    ...AUDIT_IDENTITY,
    verdict: "pass",
    severity: "info",
    findings_count: 0,
    artifact_ref: AUDIT_REPORT_REF,
    summary: "No findings.",
  },
  MissionAuditFailed: {
    ...AUDIT_IDENTITY,
    error_code: "TIMEOUT",
    error_message: "auditor exceeded 600 s",
  },
};

/** A valid DecisionPoint payload (human mission owner, phase P1). */
export const DECISION_POINT_BASE = Object.freeze({
  decision_point_id: "dp-1",
  mission_id: "mission-077",
  run_id: "run-2026-03-01-a",
  feature_slug: "077-audit-trail",
  phase: "P1",
  actor_id: "user:ana",
  actor_type: "human",
  authority_role: "mission_owner",
  mission_owner_authority_flag: true,
  mission_owner_authority_path: "/missions/077/owner",
  rationale: "Keep the schema stable for one release.",
  alternatives_considered: ["ship now", "wait"],
  evidence_refs: ["docs/adr/012.md"],
  state_entered_at: "2026-03-01T10:00:00Z",
  recorded_at: "2026-03-01T10:00:01Z",
});

/** A complete valid payload per DecisionPoint event type (the four share one shape). */
export const DECISION_POINT_EXAMPLES: Readonly<Record<string, Readonly<Record<string, unknown>>>> =
  {
    DecisionPointOpened: DECISION_POINT_BASE,
    DecisionPointDiscussing: {
      ...DECISION_POINT_BASE,
      authority_role: "advisory",
      mission_owner_authority_flag: false,
    },
    DecisionPointResolved: DECISION_POINT_BASE,
    DecisionPointOverridden: { ...DECISION_POINT_BASE, phase: "P3" },
  };

/** A DecisionPoint payload: the base with `fields` overriding it. */
export function dpPayload(fields: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return { ...DECISION_POINT_BASE, ...fields };
}

/** Where a test event sits and which id it has (defaults: ulid(clock), a fixed UTC time). */
export interface EventPlace {
  readonly id?: string;
  readonly timestamp?: string;
}

/** A DecisionPoint envelope of `type` with the base payload overridden by `fields`. */
export function dpEvent(
  type: string,
  clock: number,
  fields: Readonly<Record<string, unknown>> = {},
  place: EventPlace = {},
): Event {
  return envelope({ type, clock, payload: dpPayload(fields), ...place });
}

/** A mission audit envelope with the type's example payload, overridden by `fields`. */
export function auditEvent(
  type: string,
  clock: number,
  fields: Readonly<Record<string, unknown>> = {},
  place: EventPlace = {},
): Event {
  return envelope({ type, clock, payload: { ...AUDIT_EXAMPLES[type], ...fields }, ...place });
}

/** An envelope of any type with exactly `payload`. */
export function rawEvent(
  type: string,
  clock: number,
  payload: Readonly<Record<string, unknown>>,
  place: EventPlace = {},
): Event {
  return envelope({ type, clock, payload, ...place });
}
