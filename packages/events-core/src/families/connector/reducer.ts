import { safeParseModel } from "../../model/model.js";
import {
  malformedPayloadAnomaly,
  type ReducibleEvent,
  reducerAnomaly,
  selectFamilyEvents,
  unknownEventTypeMessage,
} from "../../reducers/pipeline.js";
import type { DateTimeValue } from "../../rules/datetime.js";
import type { JsonObject } from "../../rules/json-object.js";
import { deepFreeze, frozenSet } from "../../support/frozen.js";
import {
  CONNECTOR_DEGRADED,
  CONNECTOR_EVENT_TYPES,
  CONNECTOR_HEALTH_CHECKED,
  CONNECTOR_PROVISIONED,
  CONNECTOR_RECONNECTED,
  CONNECTOR_REVOKED,
  type ConnectorEventType,
} from "./constants.js";
import { ConnectorState } from "./enums.js";
import type { ConnectorAnomaly, ConnectorTransition, ReducedConnectorState } from "./output.js";
import { CONNECTOR_PAYLOAD_MODELS, ConnectorHealthCheckedPayloadSchema } from "./payloads.js";

const { PROVISIONED, HEALTHY, DEGRADED, REVOKED, RECONNECTED } = ConnectorState;

/** The state each connector event type moves to (a health check always moves to `healthy`). */
export const CONNECTOR_TARGET_STATES: Readonly<Record<ConnectorEventType, ConnectorState>> =
  Object.freeze({
    [CONNECTOR_PROVISIONED]: PROVISIONED,
    [CONNECTOR_HEALTH_CHECKED]: HEALTHY,
    [CONNECTOR_DEGRADED]: DEGRADED,
    [CONNECTOR_REVOKED]: REVOKED,
    [CONNECTOR_RECONNECTED]: RECONNECTED,
  });

/**
 * Allowed connector transitions: from a state (`"null"` is the start, before any event) to
 * the states it may move to. `healthy -> healthy` is not allowed.
 */
export const CONNECTOR_TRANSITIONS: Readonly<
  Record<ConnectorState | "null", ReadonlySet<ConnectorState>>
> = Object.freeze({
  null: frozenSet([PROVISIONED]),
  [PROVISIONED]: frozenSet([HEALTHY, DEGRADED, REVOKED]),
  [HEALTHY]: frozenSet([DEGRADED, REVOKED]),
  [DEGRADED]: frozenSet([HEALTHY, REVOKED, RECONNECTED]),
  [REVOKED]: frozenSet([RECONNECTED]),
  [RECONNECTED]: frozenSet([HEALTHY, DEGRADED, REVOKED]),
});

/**
 * The fields the fold reads from a payload its model accepted. They are non-empty string
 * fields, whose parsed value is the input itself, so they are read from the payload as is.
 */
interface AcceptedConnectorPayload {
  readonly connector_id: string;
  readonly provider: string;
}

/** `recorded_at` of a health check payload, as its model parses it. */
function healthCheckTime(payload: JsonObject): DateTimeValue | null {
  const parsed = safeParseModel(ConnectorHealthCheckedPayloadSchema, payload);
  return parsed.success ? parsed.output.recorded_at : null;
}

/**
 * Projects connector lifecycle events into one state (`connector-sync.md`): sort, dedup by
 * `event_id`, count, keep connector events, then fold each one: check the transition
 * (an invalid one is skipped before its payload is read), parse the payload, apply.
 * Never throws on event content: skipped events become anomalies.
 */
export function reduceConnectorEvents(events: readonly ReducibleEvent[]): ReducedConnectorState {
  const family = selectFamilyEvents(events, CONNECTOR_EVENT_TYPES);
  let connectorId: string | null = null;
  let currentState: ConnectorState | null = null;
  let provider: string | null = null;
  let lastHealthCheck: JsonObject | null = null;
  const anomalies: ConnectorAnomaly[] = [];
  const transitionLog: ConnectorTransition[] = [];

  for (const event of family.events) {
    const eventType = event.event_type as ConnectorEventType;
    const target = CONNECTOR_TARGET_STATES[eventType];
    const payloadModel = CONNECTOR_PAYLOAD_MODELS[eventType];
    if (target === undefined || payloadModel === undefined) {
      anomalies.push(
        reducerAnomaly(
          "unknown_event_type",
          event.event_id,
          unknownEventTypeMessage("Connector", eventType),
        ),
      );
      continue;
    }
    if (!CONNECTOR_TRANSITIONS[currentState ?? "null"].has(target)) {
      anomalies.push(
        reducerAnomaly(
          "invalid_transition",
          event.event_id,
          `Invalid transition: ${currentState ?? "None"} -> ${target}`,
        ),
      );
      continue;
    }
    const malformed = malformedPayloadAnomaly(payloadModel, event);
    if (malformed) {
      anomalies.push(malformed);
      continue;
    }
    const payload = event.payload as unknown as AcceptedConnectorPayload;
    currentState = target;
    connectorId = payload.connector_id;
    provider = payload.provider;
    transitionLog.push(Object.freeze([event.event_id, target] as const));
    if (eventType === CONNECTOR_HEALTH_CHECKED) lastHealthCheck = event.payload;
  }

  return deepFreeze({
    connector_id: connectorId,
    current_state: currentState,
    provider,
    last_health_check: lastHealthCheck === null ? null : healthCheckTime(lastHealthCheck),
    anomalies: Object.freeze(anomalies),
    event_count: family.eventCount,
    transition_log: Object.freeze(transitionLog),
  });
}
