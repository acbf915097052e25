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
  LIFECYCLE_REDUCER_EVENT_TYPES,
  LIFECYCLE_SCHEMA_VERSION,
  MISSION_CANCELLED,
  MISSION_COMPLETED,
  MISSION_EVENT_TYPES,
  MISSION_STARTED,
  PHASE_ENTERED,
  REVIEW_ROLLBACK,
} from "./constants.js";
import type { ReducedMissionState } from "./output.js";
import {
  MissionCancelledPayloadSchema,
  MissionCompletedPayloadSchema,
  MissionStartedPayloadSchema,
  PhaseEnteredPayloadSchema,
  ReviewRollbackPayloadSchema,
} from "./payloads.js";
import { reduceLifecycleEvents } from "./reducer.js";

/** The readable summary of a mission lifecycle projection. */
export function summarizeMissionState(state: ReducedMissionState): ReducerSummary {
  return {
    title: "mission lifecycle projection",
    rows: [
      valueRow("events", `${summaryCount(state.event_count)} (after dedup, all families)`),
      valueRow("mission", summaryValue(state.mission_id)),
      valueRow("status", summaryValue(state.mission_status)),
      valueRow("mission type", summaryValue(state.mission_type)),
      valueRow("current phase", summaryValue(state.current_phase)),
      listRow(
        "phases entered",
        state.phases_entered,
        (phase, index) => `${index + 1}. ${summaryText(phase, 80)}`,
      ),
      listRow(
        "work packages",
        [...state.wp_states.values()],
        (wp) => `${summaryText(wp.wp_id, 80)}  ${wp.current_lane}`,
      ),
      reasonAnomalyRow(state.anomalies),
    ],
  };
}

/**
 * The mission lifecycle family (since 2.0.0): its five event types and payload models, and the
 * lifecycle reducer, which also reduces the stream's `WPStatusChanged` events (it reads the
 * payloads of {@link LIFECYCLE_REDUCER_EVENT_TYPES}: the mission types and `WPStatusChanged`).
 */
export const LIFECYCLE_FAMILY = defineFamily({
  name: "lifecycle",
  title: "mission lifecycle",
  schemaVersion: LIFECYCLE_SCHEMA_VERSION,
  since: "2.0.0",
  fixtureCategories: ["events"],
  eventTypes: MISSION_EVENT_TYPES,
  payloads: [
    payload(MISSION_STARTED, "mission_started_payload", MissionStartedPayloadSchema),
    payload(MISSION_COMPLETED, "mission_completed_payload", MissionCompletedPayloadSchema),
    payload(MISSION_CANCELLED, "mission_cancelled_payload", MissionCancelledPayloadSchema),
    payload(PHASE_ENTERED, "phase_entered_payload", PhaseEnteredPayloadSchema),
    payload(REVIEW_ROLLBACK, "review_rollback_payload", ReviewRollbackPayloadSchema),
  ],
  reducer: {
    outputModel: "ReducedMissionState",
    modes: [],
    payloadTypes: LIFECYCLE_REDUCER_EVENT_TYPES,
    reduce: (events) => reduceLifecycleEvents(events),
    summarize: summarizeMissionState,
  },
});
