export {
  AUDIT_SCHEMA_VERSION,
  MISSION_AUDIT_COMPLETED,
  MISSION_AUDIT_DECISION_REQUESTED,
  MISSION_AUDIT_EVENT_TYPES,
  MISSION_AUDIT_FAILED,
  MISSION_AUDIT_REQUESTED,
  MISSION_AUDIT_STARTED,
  type MissionAuditEventType,
} from "./constants.js";
export {
  AuditSeverity,
  AuditSeveritySchema,
  AuditStatus,
  AuditStatusSchema,
  AuditVerdict,
  AuditVerdictSchema,
  TERMINAL_AUDIT_STATUSES,
} from "./enums.js";
export { MISSION_AUDIT_FAMILY, summarizeMissionAuditState } from "./family.js";
export type {
  MissionAuditAnomaly,
  MissionAuditAnomalyKind,
  ReducedMissionAuditState,
} from "./output.js";
export {
  AUDIT_ENFORCEMENT_MODES,
  AUDIT_TRIGGER_MODES,
  type AuditArtifactRef,
  AuditArtifactRefSchema,
  MISSION_AUDIT_PAYLOAD_MODELS,
  type MissionAuditCompletedPayload,
  MissionAuditCompletedPayloadSchema,
  type MissionAuditDecisionRequestedPayload,
  MissionAuditDecisionRequestedPayloadSchema,
  type MissionAuditFailedPayload,
  MissionAuditFailedPayloadSchema,
  type MissionAuditIdentity,
  type MissionAuditPayload,
  type MissionAuditRequestedPayload,
  MissionAuditRequestedPayloadSchema,
  type MissionAuditStartedPayload,
  MissionAuditStartedPayloadSchema,
  type PendingDecision,
  PendingDecisionSchema,
} from "./payloads.js";
export {
  MISSION_AUDIT_FOLD_STEPS,
  type MissionAuditFoldState,
  type MissionAuditFoldStep,
  parseMissionAuditPayload,
  reduceMissionAuditEvents,
} from "./reducer.js";
