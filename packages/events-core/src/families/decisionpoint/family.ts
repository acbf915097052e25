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
  DECISION_POINT_DISCUSSING,
  DECISION_POINT_EVENT_TYPES,
  DECISION_POINT_OPENED,
  DECISION_POINT_OVERRIDDEN,
  DECISION_POINT_RESOLVED,
  DECISIONPOINT_SCHEMA_VERSION,
} from "./constants.js";
import type { ReducedDecisionPointState } from "./output.js";
import {
  DecisionPointDiscussingPayloadSchema,
  DecisionPointOpenedPayloadSchema,
  DecisionPointOverriddenPayloadSchema,
  DecisionPointResolvedPayloadSchema,
} from "./payloads.js";
import { reduceDecisionPointEvents } from "./reducer.js";

/** The readable summary of a DecisionPoint projection. */
export function summarizeDecisionPointState(state: ReducedDecisionPointState): ReducerSummary {
  const actor =
    state.last_actor_id === null
      ? "(none)"
      : `${summaryText(state.last_actor_id, 120)} (${summaryValue(state.last_actor_type)}, ${summaryValue(state.last_authority_role)})`;
  return {
    title: "decision point projection",
    rows: [
      valueRow("events", `${summaryCount(state.event_count)} (after dedup, all families)`),
      valueRow("state", summaryValue(state.state)),
      valueRow("decision point", summaryValue(state.decision_point_id)),
      valueRow("mission", summaryValue(state.mission_id)),
      valueRow("run", summaryValue(state.run_id)),
      valueRow("feature", summaryValue(state.feature_slug)),
      valueRow("phase", summaryValue(state.phase)),
      valueRow("last actor", actor),
      valueRow("state entered at", summaryValue(state.last_state_entered_at?.json)),
      valueRow("rationale", summaryValue(state.last_rationale)),
      listRow(
        "alternatives",
        state.last_alternatives_considered ?? [],
        (item, index) => `${index + 1}. ${summaryText(item, 120)}`,
      ),
      listRow(
        "evidence",
        state.last_evidence_refs ?? [],
        (item, index) => `${index + 1}. ${summaryText(item, 120)}`,
      ),
      anomalyRow(state.anomalies),
    ],
  };
}

/** The DecisionPoint lifecycle family (since 2.6.0): its event types, models and reducer. */
export const DECISION_POINT_FAMILY = defineFamily({
  name: "decisionpoint",
  title: "DecisionPoint lifecycle",
  schemaVersion: DECISIONPOINT_SCHEMA_VERSION,
  since: "2.6.0",
  fixtureCategories: ["decisionpoint"],
  eventTypes: DECISION_POINT_EVENT_TYPES,
  payloads: [
    payload(
      DECISION_POINT_OPENED,
      "decision_point_opened_payload",
      DecisionPointOpenedPayloadSchema,
    ),
    payload(
      DECISION_POINT_DISCUSSING,
      "decision_point_discussing_payload",
      DecisionPointDiscussingPayloadSchema,
    ),
    payload(
      DECISION_POINT_RESOLVED,
      "decision_point_resolved_payload",
      DecisionPointResolvedPayloadSchema,
    ),
    payload(
      DECISION_POINT_OVERRIDDEN,
      "decision_point_overridden_payload",
      DecisionPointOverriddenPayloadSchema,
    ),
  ],
  reducer: {
    outputModel: "ReducedDecisionPointState",
    modes: [],
    reduce: (events) => reduceDecisionPointEvents(events),
    summarize: summarizeDecisionPointState,
  },
});
