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
  CONNECTOR_DEGRADED,
  CONNECTOR_EVENT_TYPES,
  CONNECTOR_HEALTH_CHECKED,
  CONNECTOR_PROVISIONED,
  CONNECTOR_RECONNECTED,
  CONNECTOR_REVOKED,
  CONNECTOR_SCHEMA_VERSION,
} from "./constants.js";
import type { ReducedConnectorState } from "./output.js";
import {
  ConnectorDegradedPayloadSchema,
  ConnectorHealthCheckedPayloadSchema,
  ConnectorProvisionedPayloadSchema,
  ConnectorReconnectedPayloadSchema,
  ConnectorRevokedPayloadSchema,
} from "./payloads.js";
import { reduceConnectorEvents } from "./reducer.js";

/** The readable summary of a connector projection. */
export function summarizeConnectorState(state: ReducedConnectorState): ReducerSummary {
  return {
    title: "connector projection",
    rows: [
      valueRow("events", `${summaryCount(state.event_count)} (after dedup, all families)`),
      valueRow("current state", summaryValue(state.current_state)),
      valueRow("connector", summaryValue(state.connector_id)),
      valueRow("provider", summaryValue(state.provider)),
      valueRow("last health check", summaryValue(state.last_health_check?.json)),
      listRow(
        "transitions",
        state.transition_log,
        ([eventId, target], index) => `${index + 1}. ${summaryText(eventId, 80)}  -> ${target}`,
      ),
      anomalyRow(state.anomalies),
    ],
  };
}

/** The connector lifecycle family (since 2.7.0): its event types, models and reducer. */
export const CONNECTOR_FAMILY = defineFamily({
  name: "connector",
  title: "connector lifecycle",
  schemaVersion: CONNECTOR_SCHEMA_VERSION,
  since: "2.7.0",
  fixtureCategories: ["connector"],
  eventTypes: CONNECTOR_EVENT_TYPES,
  payloads: [
    payload(
      CONNECTOR_PROVISIONED,
      "connector_provisioned_payload",
      ConnectorProvisionedPayloadSchema,
    ),
    payload(
      CONNECTOR_HEALTH_CHECKED,
      "connector_health_checked_payload",
      ConnectorHealthCheckedPayloadSchema,
    ),
    payload(CONNECTOR_DEGRADED, "connector_degraded_payload", ConnectorDegradedPayloadSchema),
    payload(CONNECTOR_REVOKED, "connector_revoked_payload", ConnectorRevokedPayloadSchema),
    payload(
      CONNECTOR_RECONNECTED,
      "connector_reconnected_payload",
      ConnectorReconnectedPayloadSchema,
    ),
  ],
  reducer: {
    outputModel: "ReducedConnectorState",
    modes: [],
    reduce: (events) => reduceConnectorEvents(events),
    summarize: summarizeConnectorState,
  },
});
