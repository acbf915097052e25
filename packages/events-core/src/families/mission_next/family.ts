import {
  defineFamily,
  payload,
  type ReducerSummary,
  type ReducerSummaryRow,
} from "../../family.js";
import { frozenSet } from "../../rules/frozen.js";
import {
  listRow,
  summaryCount,
  summaryText,
  summaryValue,
  valueRow,
} from "../../summary/summary.js";
import {
  COMPLETION_ALIAS,
  DECISION_INPUT_ANSWERED,
  DECISION_INPUT_REQUESTED,
  MISSION_NEXT_EVENT_TYPES,
  MISSION_NEXT_PAYLOAD_EVENT_TYPES,
  MISSION_RUN_COMPLETED,
  MISSION_RUN_STARTED,
  NEXT_STEP_AUTO_COMPLETED,
  NEXT_STEP_ISSUED,
} from "./constants.js";
import type { MissionNextAnomaly, ReducedMissionRunState } from "./output.js";
import {
  DecisionInputAnsweredPayloadSchema,
  DecisionInputRequestedPayloadSchema,
  MissionRunCompletedPayloadSchema,
  MissionRunStartedPayloadSchema,
  NextStepAutoCompletedPayloadSchema,
  NextStepIssuedPayloadSchema,
  RuntimeActorIdentitySchema,
} from "./payloads.js";
import { reduceMissionNextEvents } from "./reducer.js";

/** The `anomalies` row of an `{event_id, event_type, reason}` anomaly list. */
function missionNextAnomalyRow(anomalies: readonly MissionNextAnomaly[]): ReducerSummaryRow {
  return listRow(
    "anomalies",
    anomalies,
    (anomaly) =>
      `${summaryText(anomaly.event_id, 80)}  ${summaryText(anomaly.event_type, 80)}: ${summaryText(anomaly.reason)}`,
  );
}

/** The readable summary of a mission-next run projection. */
export function summarizeMissionRunState(state: ReducedMissionRunState): ReducerSummary {
  return {
    title: "mission-next run projection",
    rows: [
      valueRow("events", `${summaryCount(state.event_count)} (mission-next events after dedup)`),
      valueRow("run", summaryValue(state.run_id)),
      valueRow("mission", summaryValue(state.mission_key)),
      valueRow("status", summaryValue(state.run_status)),
      valueRow("current step", summaryValue(state.current_step_id)),
      listRow(
        "completed steps",
        state.completed_steps,
        (step, index) => `${index + 1}. ${summaryText(step, 120)}`,
      ),
      listRow(
        "pending decisions",
        [...state.pending_decisions.values()],
        (request) =>
          `${summaryText(request.decision_id, 80)}  ${summaryText(request.question, 160)}`,
      ),
      listRow(
        "answered decisions",
        [...state.answered_decisions.values()],
        (answer) => `${summaryText(answer.decision_id, 80)}  -> ${summaryText(answer.answer, 160)}`,
      ),
      missionNextAnomalyRow(state.anomalies),
    ],
  };
}

/**
 * The event types whose payloads the reducer reads: the six with a payload model and the
 * `MissionCompleted` alias (a `NextStepPlanned` event is skipped unread).
 */
const READ_PAYLOAD_TYPES = frozenSet<string>([
  ...MISSION_NEXT_PAYLOAD_EVENT_TYPES,
  COMPLETION_ALIAS,
]);

/**
 * The mission-next runtime family (since 2.3.0): its event types, models and reducer. It
 * registers six payload types for validation: `NextStepPlanned` has no model, and the
 * `MissionCompleted` alias belongs to the lifecycle family. Its reducer takes the eight
 * types of {@link MISSION_NEXT_EVENT_TYPES}.
 */
export const MISSION_NEXT_FAMILY = defineFamily({
  name: "mission_next",
  title: "mission-next runtime",
  schemaVersion: "2.7.0",
  since: "2.3.0",
  fixtureCategories: ["mission_next"],
  eventTypes: MISSION_NEXT_PAYLOAD_EVENT_TYPES,
  payloads: [
    payload(MISSION_RUN_STARTED, "mission_run_started_payload", MissionRunStartedPayloadSchema),
    payload(NEXT_STEP_ISSUED, "next_step_issued_payload", NextStepIssuedPayloadSchema),
    payload(
      NEXT_STEP_AUTO_COMPLETED,
      "next_step_auto_completed_payload",
      NextStepAutoCompletedPayloadSchema,
    ),
    payload(
      DECISION_INPUT_REQUESTED,
      "decision_input_requested_payload",
      DecisionInputRequestedPayloadSchema,
    ),
    payload(
      DECISION_INPUT_ANSWERED,
      "decision_input_answered_payload",
      DecisionInputAnsweredPayloadSchema,
    ),
    payload(
      MISSION_RUN_COMPLETED,
      "mission_run_completed_payload",
      MissionRunCompletedPayloadSchema,
    ),
  ],
  models: [{ schemaName: "runtime_actor_identity", model: RuntimeActorIdentitySchema }],
  reducer: {
    outputModel: "ReducedMissionRunState",
    modes: [],
    payloadTypes: READ_PAYLOAD_TYPES,
    reduce: (events) => reduceMissionNextEvents(events),
    summarize: summarizeMissionRunState,
  },
});
