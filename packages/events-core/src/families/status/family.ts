import { defineFamily, payload, type ReducerSummary } from "../../family.js";
import {
  listRow,
  summaryCount,
  summaryReason,
  summaryText,
  valueRow,
} from "../../summary/summary.js";
import { STATUS_EVENT_TYPES, STATUS_SCHEMA_VERSION, WP_STATUS_CHANGED } from "./constants.js";
import { LaneSchema, SyncLaneV1Schema } from "./enums.js";
import type { ReducedStatus, TransitionAnomaly } from "./output.js";
import { StatusTransitionPayloadSchema } from "./payloads.js";
import { reduceStatusEvents } from "./reducer.js";

function anomalyLine(anomaly: TransitionAnomaly): string {
  return `${summaryText(anomaly.event_id, 80)}  ${summaryText(anomaly.wp_id, 80)}: ${summaryText(summaryReason(anomaly.reason))}`;
}

/** The readable summary of a status projection. */
export function summarizeStatus(status: ReducedStatus): ReducerSummary {
  return {
    title: "work-package status projection",
    rows: [
      valueRow("events", `${summaryCount(status.event_count)} (distinct WPStatusChanged)`),
      valueRow(
        "last processed",
        status.last_processed_event_id === null
          ? "(none)"
          : summaryText(status.last_processed_event_id, 80),
      ),
      listRow(
        "work packages",
        [...status.wp_states.values()],
        (state) =>
          `${summaryText(state.wp_id, 80)}  ${state.current_lane}  (${summaryText(state.last_event_id, 80)} at ${state.last_transition_at.json}${state.evidence === null ? "" : ", with evidence"})`,
      ),
      listRow("anomalies", status.anomalies, anomalyLine),
    ],
  };
}

/**
 * The status family (since 2.0.0): `WPStatusChanged` with its payload model, the published
 * `lane` and `sync_lane_v1` enums, the status reducer, and the fixture categories of the
 * reference that hold its cases (`events`, `lane_mapping`, `edge_cases`).
 */
export const STATUS_FAMILY = defineFamily({
  name: "status",
  title: "work-package status",
  schemaVersion: STATUS_SCHEMA_VERSION,
  since: "2.0.0",
  fixtureCategories: ["events", "lane_mapping", "edge_cases"],
  eventTypes: STATUS_EVENT_TYPES,
  payloads: [
    payload(WP_STATUS_CHANGED, "status_transition_payload", StatusTransitionPayloadSchema),
  ],
  enums: [
    { schemaName: "lane", schema: LaneSchema },
    { schemaName: "sync_lane_v1", schema: SyncLaneV1Schema },
  ],
  reducer: {
    outputModel: "ReducedStatus",
    modes: [],
    reduce: (events) => reduceStatusEvents(events),
    summarize: summarizeStatus,
  },
});
