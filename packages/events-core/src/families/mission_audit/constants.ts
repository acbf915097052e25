import { frozenSet } from "../../support/frozen.js";

/** Schema version of the mission audit lifecycle family. */
export const AUDIT_SCHEMA_VERSION = "2.5.0";

/** Event type: an audit of a mission run was requested. */
export const MISSION_AUDIT_REQUESTED = "MissionAuditRequested";
/** Event type: the audit started. */
export const MISSION_AUDIT_STARTED = "MissionAuditStarted";
/** Event type: the audit needs a decision before it can go on. */
export const MISSION_AUDIT_DECISION_REQUESTED = "MissionAuditDecisionRequested";
/** Event type: the audit completed with a verdict and a report. */
export const MISSION_AUDIT_COMPLETED = "MissionAuditCompleted";
/** Event type: the audit failed. */
export const MISSION_AUDIT_FAILED = "MissionAuditFailed";

/** An event type of the mission audit lifecycle family. */
export type MissionAuditEventType =
  | typeof MISSION_AUDIT_REQUESTED
  | typeof MISSION_AUDIT_STARTED
  | typeof MISSION_AUDIT_DECISION_REQUESTED
  | typeof MISSION_AUDIT_COMPLETED
  | typeof MISSION_AUDIT_FAILED;

/** The five mission audit event types (immutable). */
export const MISSION_AUDIT_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([
  MISSION_AUDIT_REQUESTED,
  MISSION_AUDIT_STARTED,
  MISSION_AUDIT_DECISION_REQUESTED,
  MISSION_AUDIT_COMPLETED,
  MISSION_AUDIT_FAILED,
]);
