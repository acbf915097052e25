import { enumField } from "../../rules/enum.js";
import { frozenSet } from "../../support/frozen.js";

/** Verdicts of a completed audit (values). */
export const AuditVerdict = Object.freeze({
  PASS: "pass",
  PASS_WITH_WARNINGS: "pass_with_warnings",
  FAIL: "fail",
  BLOCKED_DECISION_REQUIRED: "blocked_decision_required",
} as const);

/** An audit verdict. */
export type AuditVerdict = (typeof AuditVerdict)[keyof typeof AuditVerdict];

/** Severities of an audit result or of a decision it asks for (values). */
export const AuditSeverity = Object.freeze({
  INFO: "info",
  WARNING: "warning",
  ERROR: "error",
  CRITICAL: "critical",
} as const);

/** An audit severity. */
export type AuditSeverity = (typeof AuditSeverity)[keyof typeof AuditSeverity];

/** Lifecycle states of an audit (values). */
export const AuditStatus = Object.freeze({
  PENDING: "pending",
  RUNNING: "running",
  AWAITING_DECISION: "awaiting_decision",
  COMPLETED: "completed",
  FAILED: "failed",
} as const);

/** An audit lifecycle state. */
export type AuditStatus = (typeof AuditStatus)[keyof typeof AuditStatus];

/**
 * The terminal audit states, `completed` and `failed` (immutable). Exported as the reference
 * exports it; the reducer does not read it (it tracks terminal events itself).
 */
export const TERMINAL_AUDIT_STATUSES: ReadonlySet<AuditStatus> = frozenSet<AuditStatus>([
  AuditStatus.COMPLETED,
  AuditStatus.FAILED,
]);

/** Field schema of {@link AuditVerdict}; shared by every model that uses it. */
export const AuditVerdictSchema = enumField("AuditVerdict", Object.values(AuditVerdict));

/** Field schema of {@link AuditSeverity}; shared by every model that uses it. */
export const AuditSeveritySchema = enumField("AuditSeverity", Object.values(AuditSeverity));

/** Field schema of {@link AuditStatus}; shared by every model that uses it. */
export const AuditStatusSchema = enumField("AuditStatus", Object.values(AuditStatus));
