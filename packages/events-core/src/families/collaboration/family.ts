import { defineFamily, payload, type ReducerSummary } from "../../family.js";
import {
  listRow,
  reasonAnomalyRow,
  summaryCount,
  summaryText,
  summaryValue,
  valueRow,
} from "../../summary/summary.js";
import {
  COLLABORATION_EVENT_TYPES,
  COLLABORATION_SCHEMA_VERSION,
  COMMENT_POSTED,
  CONCURRENT_DRIVER_WARNING,
  DECISION_CAPTURED,
  DRIVE_INTENT_SET,
  FOCUS_CHANGED,
  PARTICIPANT_INVITED,
  PARTICIPANT_JOINED,
  PARTICIPANT_LEFT,
  POTENTIAL_STEP_COLLISION_DETECTED,
  PRESENCE_HEARTBEAT,
  PROMPT_STEP_EXECUTION_COMPLETED,
  PROMPT_STEP_EXECUTION_STARTED,
  SESSION_LINKED,
  WARNING_ACKNOWLEDGED,
} from "./constants.js";
import type { ReducedCollaborationState } from "./output.js";
import {
  AuthPrincipalBindingSchema,
  CommentPostedPayloadSchema,
  ConcurrentDriverWarningPayloadSchema,
  DecisionCapturedPayloadSchema,
  DriveIntentSetPayloadSchema,
  FocusChangedPayloadSchema,
  FocusTargetSchema,
  ParticipantIdentitySchema,
  ParticipantInvitedPayloadSchema,
  ParticipantJoinedPayloadSchema,
  ParticipantLeftPayloadSchema,
  PotentialStepCollisionDetectedPayloadSchema,
  PresenceHeartbeatPayloadSchema,
  PromptStepExecutionCompletedPayloadSchema,
  PromptStepExecutionStartedPayloadSchema,
  SessionLinkedPayloadSchema,
  WarningAcknowledgedPayloadSchema,
} from "./payloads.js";
import { COLLABORATION_REDUCER_MODES, reduceCollaborationEvents } from "./reducer.js";

/** `a, b, c` of the first keys of a map (safe text), or `(none)`. */
function keyList(keys: Iterable<string>): string {
  const all = [...keys];
  return all.length === 0 ? "(none)" : summaryText(all.join(", "), 200);
}

/** The readable summary of a collaboration projection. */
export function summarizeCollaborationState(state: ReducedCollaborationState): ReducerSummary {
  return {
    title: "collaboration projection",
    rows: [
      valueRow("events", `${summaryCount(state.event_count)} (collaboration events, after dedup)`),
      valueRow("mission", summaryValue(state.mission_id === "" ? null : state.mission_id)),
      valueRow("last event", summaryValue(state.last_processed_event_id)),
      listRow(
        "participants",
        [...state.participants],
        ([pid, identity]) =>
          `${summaryText(pid, 80)}  ${identity.participant_type}${identity.display_name === null ? "" : ` (${summaryText(identity.display_name, 80)})`}`,
      ),
      valueRow("departed", keyList(state.departed_participants.keys())),
      valueRow("active drivers", keyList(state.active_drivers)),
      listRow(
        "focus",
        [...state.participants_by_focus],
        ([key, members]) => `${summaryText(key, 80)}: ${summaryText(members.join(", "), 200)}`,
      ),
      listRow(
        "warnings",
        state.warnings,
        (entry) =>
          `${summaryText(entry.warning_id, 80)}  ${entry.warning_type} [${summaryText(entry.participant_ids.join(", "), 120)}], ${summaryCount(entry.acknowledgements.size)} acknowledgement(s)`,
      ),
      listRow(
        "decisions",
        state.decisions,
        (entry) =>
          `${summaryText(entry.decision_id, 80)}  ${summaryText(entry.topic, 80)} -> ${summaryText(entry.chosen_option, 80)}`,
      ),
      valueRow("comments", summaryCount(state.comments.length)),
      listRow(
        "active executions",
        [...state.active_executions].filter(([, steps]) => steps.length > 0),
        ([pid, steps]) => `${summaryText(pid, 80)}: ${summaryText(steps.join(", "), 200)}`,
      ),
      reasonAnomalyRow(state.anomalies),
    ],
  };
}

/**
 * The collaboration family (since 2.1.0): participants, presence, drive intent, focus, step
 * executions, warnings, comments, decisions and linked sessions of a mission, with its
 * strict and permissive reducer.
 */
export const COLLABORATION_FAMILY = defineFamily({
  name: "collaboration",
  title: "mission collaboration",
  schemaVersion: COLLABORATION_SCHEMA_VERSION,
  since: "2.1.0",
  fixtureCategories: ["collaboration"],
  eventTypes: COLLABORATION_EVENT_TYPES,
  payloads: [
    payload(PARTICIPANT_INVITED, "participant_invited_payload", ParticipantInvitedPayloadSchema),
    payload(PARTICIPANT_JOINED, "participant_joined_payload", ParticipantJoinedPayloadSchema),
    payload(PARTICIPANT_LEFT, "participant_left_payload", ParticipantLeftPayloadSchema),
    payload(PRESENCE_HEARTBEAT, "presence_heartbeat_payload", PresenceHeartbeatPayloadSchema),
    payload(DRIVE_INTENT_SET, "drive_intent_set_payload", DriveIntentSetPayloadSchema),
    payload(FOCUS_CHANGED, "focus_changed_payload", FocusChangedPayloadSchema),
    payload(
      PROMPT_STEP_EXECUTION_STARTED,
      "prompt_step_execution_started_payload",
      PromptStepExecutionStartedPayloadSchema,
    ),
    payload(
      PROMPT_STEP_EXECUTION_COMPLETED,
      "prompt_step_execution_completed_payload",
      PromptStepExecutionCompletedPayloadSchema,
    ),
    payload(
      CONCURRENT_DRIVER_WARNING,
      "concurrent_driver_warning_payload",
      ConcurrentDriverWarningPayloadSchema,
    ),
    payload(
      POTENTIAL_STEP_COLLISION_DETECTED,
      "potential_step_collision_detected_payload",
      PotentialStepCollisionDetectedPayloadSchema,
    ),
    payload(WARNING_ACKNOWLEDGED, "warning_acknowledged_payload", WarningAcknowledgedPayloadSchema),
    payload(COMMENT_POSTED, "comment_posted_payload", CommentPostedPayloadSchema),
    payload(DECISION_CAPTURED, "decision_captured_payload", DecisionCapturedPayloadSchema),
    payload(SESSION_LINKED, "session_linked_payload", SessionLinkedPayloadSchema),
  ],
  models: [
    { schemaName: "participant_identity", model: ParticipantIdentitySchema },
    { schemaName: "auth_principal_binding", model: AuthPrincipalBindingSchema },
    { schemaName: "focus_target", model: FocusTargetSchema },
  ],
  reducer: {
    outputModel: "ReducedCollaborationState",
    modes: COLLABORATION_REDUCER_MODES,
    reduce: (events, options) =>
      reduceCollaborationEvents(events, options?.mode === undefined ? {} : { mode: options.mode }),
    summarize: summarizeCollaborationState,
  },
});
