import { type ModelOutput, model } from "../../model/model.js";
import { nullableField } from "../../rules/defaults.js";
import { listField } from "../../rules/list.js";
import { literalField } from "../../rules/literal.js";
import { laxIntField } from "../../rules/number.js";
import { nonEmptyStringField, stringField } from "../../rules/string.js";
import { ContentHashRefSchema, ProvenanceRefSchema } from "../dossier/payloads.js";
import {
  MISSION_AUDIT_COMPLETED,
  MISSION_AUDIT_DECISION_REQUESTED,
  MISSION_AUDIT_FAILED,
  MISSION_AUDIT_REQUESTED,
  MISSION_AUDIT_STARTED,
} from "./constants.js";
import { AuditSeveritySchema, AuditVerdictSchema } from "./enums.js";

// ---------------------------------------------------------------------------------------------
// Value objects
// ---------------------------------------------------------------------------------------------

/**
 * Model of {@link AuditArtifactRef}: an audit report's path with the dossier's content hash
 * and provenance (both required; an empty provenance `{}` is valid). Not published on its
 * own: it appears in the `$defs` of the Completed and Failed payload schemas.
 */
export const AuditArtifactRefSchema = model(
  "AuditArtifactRef",
  "Links an audit report to its content hash and provenance.",
  {
    report_path: nonEmptyStringField(),
    content_hash: ContentHashRefSchema,
    provenance: ProvenanceRefSchema,
  },
);

/** A reference to an audit report: its path, content hash and provenance. */
export type AuditArtifactRef = ModelOutput<typeof AuditArtifactRefSchema.entries>;

/**
 * Model of {@link PendingDecision}: a decision an audit waits for (an output value of the
 * reducer; `question` and `context_summary` may be empty).
 */
export const PendingDecisionSchema = model(
  "PendingDecision",
  "A decision the audit is waiting for.",
  {
    decision_id: nonEmptyStringField(),
    question: stringField(),
    context_summary: stringField(),
    severity: AuditSeveritySchema,
  },
);

/** A decision an audit is waiting for. */
export type PendingDecision = ModelOutput<typeof PendingDecisionSchema.entries>;

// ---------------------------------------------------------------------------------------------
// Payloads
// ---------------------------------------------------------------------------------------------

/** The identity fields every mission audit payload starts with, in the reference's order. */
const AUDIT_IDENTITY_ENTRIES = {
  mission_id: nonEmptyStringField(),
  run_id: nonEmptyStringField(),
  feature_slug: nonEmptyStringField(),
  actor: nonEmptyStringField(),
};

/** The fields every mission audit payload has (its identity). */
export type MissionAuditIdentity = ModelOutput<typeof AUDIT_IDENTITY_ENTRIES>;

/** How an audit was triggered (the reference's `Literal["manual", "post_merge"]`). */
export const AUDIT_TRIGGER_MODES = Object.freeze(["manual", "post_merge"] as const);

/** How an audit's result is enforced (the reference's `Literal["advisory", "blocking"]`). */
export const AUDIT_ENFORCEMENT_MODES = Object.freeze(["advisory", "blocking"] as const);

/** Model of {@link MissionAuditRequestedPayload}. */
export const MissionAuditRequestedPayloadSchema = model(
  "MissionAuditRequestedPayload",
  "Payload for MissionAuditRequested events (FR-003).",
  {
    ...AUDIT_IDENTITY_ENTRIES,
    trigger_mode: literalField(AUDIT_TRIGGER_MODES),
    audit_scope: listField(stringField(), { minItems: 1 }),
    enforcement_mode: literalField(AUDIT_ENFORCEMENT_MODES),
  },
);

/** Payload of a `MissionAuditRequested` event. */
export type MissionAuditRequestedPayload = ModelOutput<
  typeof MissionAuditRequestedPayloadSchema.entries
>;

/** Model of {@link MissionAuditStartedPayload}. */
export const MissionAuditStartedPayloadSchema = model(
  "MissionAuditStartedPayload",
  "Payload for MissionAuditStarted events (FR-004).",
  {
    ...AUDIT_IDENTITY_ENTRIES,
    audit_scope_hash: nonEmptyStringField(),
  },
);

/** Payload of a `MissionAuditStarted` event. */
export type MissionAuditStartedPayload = ModelOutput<
  typeof MissionAuditStartedPayloadSchema.entries
>;

/** Model of {@link MissionAuditDecisionRequestedPayload}. */
export const MissionAuditDecisionRequestedPayloadSchema = model(
  "MissionAuditDecisionRequestedPayload",
  "Payload for MissionAuditDecisionRequested events (FR-005).",
  {
    ...AUDIT_IDENTITY_ENTRIES,
    decision_id: nonEmptyStringField(),
    question: stringField(),
    context_summary: stringField(),
    severity: AuditSeveritySchema,
  },
);

/** Payload of a `MissionAuditDecisionRequested` event. */
export type MissionAuditDecisionRequestedPayload = ModelOutput<
  typeof MissionAuditDecisionRequestedPayloadSchema.entries
>;

/** Model of {@link MissionAuditCompletedPayload}; `artifact_ref` is required, not nullable. */
export const MissionAuditCompletedPayloadSchema = model(
  "MissionAuditCompletedPayload",
  "Payload for MissionAuditCompleted events (FR-006).\n\nartifact_ref is required \u2014 not Optional. If artifact generation fails,\nthe emitter MUST emit MissionAuditFailed instead.",
  {
    ...AUDIT_IDENTITY_ENTRIES,
    verdict: AuditVerdictSchema,
    severity: AuditSeveritySchema,
    findings_count: laxIntField({ ge: 0 }),
    artifact_ref: AuditArtifactRefSchema,
    summary: stringField(),
  },
);

/** Payload of a `MissionAuditCompleted` event. */
export type MissionAuditCompletedPayload = ModelOutput<
  typeof MissionAuditCompletedPayloadSchema.entries
>;

/** Model of {@link MissionAuditFailedPayload}. */
export const MissionAuditFailedPayloadSchema = model(
  "MissionAuditFailedPayload",
  "Payload for MissionAuditFailed events (FR-007).",
  {
    ...AUDIT_IDENTITY_ENTRIES,
    error_code: nonEmptyStringField(),
    error_message: stringField(),
    partial_artifact_ref: nullableField(AuditArtifactRefSchema),
  },
);

/** Payload of a `MissionAuditFailed` event. */
export type MissionAuditFailedPayload = ModelOutput<typeof MissionAuditFailedPayloadSchema.entries>;

/** Any mission audit payload. */
export type MissionAuditPayload =
  | MissionAuditRequestedPayload
  | MissionAuditStartedPayload
  | MissionAuditDecisionRequestedPayload
  | MissionAuditCompletedPayload
  | MissionAuditFailedPayload;

/** The payload model of each mission audit event type (immutable). */
export const MISSION_AUDIT_PAYLOAD_MODELS: Readonly<{
  [MISSION_AUDIT_REQUESTED]: typeof MissionAuditRequestedPayloadSchema;
  [MISSION_AUDIT_STARTED]: typeof MissionAuditStartedPayloadSchema;
  [MISSION_AUDIT_DECISION_REQUESTED]: typeof MissionAuditDecisionRequestedPayloadSchema;
  [MISSION_AUDIT_COMPLETED]: typeof MissionAuditCompletedPayloadSchema;
  [MISSION_AUDIT_FAILED]: typeof MissionAuditFailedPayloadSchema;
}> = Object.freeze({
  [MISSION_AUDIT_REQUESTED]: MissionAuditRequestedPayloadSchema,
  [MISSION_AUDIT_STARTED]: MissionAuditStartedPayloadSchema,
  [MISSION_AUDIT_DECISION_REQUESTED]: MissionAuditDecisionRequestedPayloadSchema,
  [MISSION_AUDIT_COMPLETED]: MissionAuditCompletedPayloadSchema,
  [MISSION_AUDIT_FAILED]: MissionAuditFailedPayloadSchema,
});
