import { defineFamily, payload, type ReducerSummary } from "../../family.js";
import {
  anomalyRow,
  listRow,
  summaryCount,
  summaryText,
  summaryValue,
  valueRow,
} from "../../summary/summary.js";
import {
  AUDIT_SCHEMA_VERSION,
  MISSION_AUDIT_COMPLETED,
  MISSION_AUDIT_DECISION_REQUESTED,
  MISSION_AUDIT_EVENT_TYPES,
  MISSION_AUDIT_FAILED,
  MISSION_AUDIT_REQUESTED,
  MISSION_AUDIT_STARTED,
} from "./constants.js";
import type { ReducedMissionAuditState } from "./output.js";
import {
  MissionAuditCompletedPayloadSchema,
  MissionAuditDecisionRequestedPayloadSchema,
  MissionAuditFailedPayloadSchema,
  MissionAuditRequestedPayloadSchema,
  MissionAuditStartedPayloadSchema,
} from "./payloads.js";
import { reduceMissionAuditEvents } from "./reducer.js";

/** The readable summary of a mission audit projection. */
export function summarizeMissionAuditState(state: ReducedMissionAuditState): ReducerSummary {
  return {
    title: "mission audit projection",
    rows: [
      valueRow("events", `${summaryCount(state.event_count)} (after dedup, all families)`),
      valueRow("status", state.audit_status),
      valueRow("mission", summaryValue(state.mission_id)),
      valueRow("run", summaryValue(state.run_id)),
      valueRow("feature", summaryValue(state.feature_slug)),
      valueRow("trigger", summaryValue(state.trigger_mode)),
      valueRow("enforcement", summaryValue(state.enforcement_mode)),
      listRow(
        "audit scope",
        state.audit_scope ?? [],
        (item, index) => `${index + 1}. ${summaryText(item, 120)}`,
      ),
      valueRow("scope hash", summaryValue(state.audit_scope_hash)),
      valueRow("verdict", summaryValue(state.verdict)),
      valueRow("severity", summaryValue(state.severity)),
      valueRow(
        "findings",
        state.findings_count === null ? "(none)" : summaryCount(state.findings_count),
      ),
      valueRow("report", summaryValue(state.artifact_ref?.report_path)),
      valueRow("summary", summaryValue(state.summary)),
      valueRow("error", summaryValue(state.error_code)),
      valueRow("error message", summaryValue(state.error_message)),
      valueRow("partial report", summaryValue(state.partial_artifact_ref?.report_path)),
      listRow(
        "pending decisions",
        state.pending_decisions,
        (decision) =>
          `${summaryText(decision.decision_id, 80)} (${decision.severity}): ${summaryText(decision.question, 120)}`,
      ),
      anomalyRow(state.anomalies),
    ],
  };
}

/** The mission audit lifecycle family (since 2.5.0): its event types, models and reducer. */
export const MISSION_AUDIT_FAMILY = defineFamily({
  name: "mission_audit",
  title: "mission audit lifecycle",
  schemaVersion: AUDIT_SCHEMA_VERSION,
  since: "2.5.0",
  fixtureCategories: ["mission_audit"],
  eventTypes: MISSION_AUDIT_EVENT_TYPES,
  payloads: [
    payload(
      MISSION_AUDIT_REQUESTED,
      "mission_audit_requested_payload",
      MissionAuditRequestedPayloadSchema,
    ),
    payload(
      MISSION_AUDIT_STARTED,
      "mission_audit_started_payload",
      MissionAuditStartedPayloadSchema,
    ),
    payload(
      MISSION_AUDIT_DECISION_REQUESTED,
      "mission_audit_decision_requested_payload",
      MissionAuditDecisionRequestedPayloadSchema,
    ),
    payload(
      MISSION_AUDIT_COMPLETED,
      "mission_audit_completed_payload",
      MissionAuditCompletedPayloadSchema,
    ),
    payload(MISSION_AUDIT_FAILED, "mission_audit_failed_payload", MissionAuditFailedPayloadSchema),
  ],
  reducer: {
    outputModel: "ReducedMissionAuditState",
    modes: [],
    reduce: (events) => reduceMissionAuditEvents(events),
    summarize: summarizeMissionAuditState,
  },
});
