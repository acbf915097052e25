import { compareText, dedupEvents, inStatusOrder } from "../../ordering/sort.js";
import { pythonEnumRepr } from "../../python/python-text.js";
import { eventAnomaly, type ReducibleEvent } from "../../reducers/pipeline.js";
import type { JsonObject } from "../../rules/json-object.js";
import { insertionOrderedMap } from "../../support/ordered-map.js";
import { WP_STATUS_CHANGED } from "../status/constants.js";
import type { WPState } from "../status/output.js";
import { foldUniqueStatusEvents } from "../status/reducer.js";
import {
  MISSION_CANCELLED,
  MISSION_COMPLETED,
  MISSION_EVENT_TYPES,
  MISSION_STARTED,
  type MissionEventType,
  PHASE_ENTERED,
  REVIEW_ROLLBACK,
  TERMINAL_MISSION_STATUSES,
} from "./constants.js";
import { MissionStatus } from "./enums.js";
import type { LifecycleAnomaly, ReducedMissionState } from "./output.js";
import { MISSION_PAYLOAD_MODELS } from "./payloads.js";

/** The mission fields of the lifecycle fold. */
interface MissionFold {
  missionId: string | null;
  status: MissionStatus | null;
  missionType: string | null;
  currentPhase: string | null;
  readonly phases: string[];
  readonly anomalies: LifecycleAnomaly[];
}

/**
 * What an accepted payload does to the mission, by event type. The fields read are non-empty
 * text fields, whose parsed value is the input itself, so they are read from the payload.
 */
const MISSION_EFFECTS: Readonly<
  Record<
    Exclude<MissionEventType, typeof MISSION_STARTED>,
    (fold: MissionFold, payload: JsonObject) => void
  >
> = Object.freeze({
  [PHASE_ENTERED]: (fold, payload) => enterPhase(fold, payload.phase_name as string),
  [MISSION_COMPLETED]: (fold) => {
    fold.status = MissionStatus.COMPLETED;
  },
  [MISSION_CANCELLED]: (fold) => {
    fold.status = MissionStatus.CANCELLED;
  },
  [REVIEW_ROLLBACK]: (fold, payload) => enterPhase(fold, payload.target_phase as string),
});

function enterPhase(fold: MissionFold, phase: string): void {
  fold.currentPhase = phase;
  fold.phases.push(phase);
}

/**
 * The reason a mission event is skipped, or `undefined` when it applies (then it has been
 * applied): after a terminal status; a second `MissionStarted`; any other event before a
 * valid `MissionStarted`; a payload its model refuses (`Invalid <EventType> payload`).
 */
function applyMissionEvent(fold: MissionFold, event: ReducibleEvent): string | undefined {
  if (fold.status !== null && TERMINAL_MISSION_STATUSES.has(fold.status)) {
    return `Event after terminal state (${pythonEnumRepr("MissionStatus", fold.status)})`;
  }
  const eventType = event.event_type as MissionEventType;
  if (eventType === MISSION_STARTED && fold.missionId !== null) {
    return "Duplicate MissionStarted (first one wins)";
  }
  if (eventType !== MISSION_STARTED && fold.missionId === null) {
    return "Event before MissionStarted";
  }
  const { payload } = event;
  if (!MISSION_PAYLOAD_MODELS[eventType].test(payload)) return `Invalid ${eventType} payload`;
  if (eventType === MISSION_STARTED) {
    fold.missionId = payload.mission_id as string;
    fold.missionType = payload.mission_type as string;
    fold.status = MissionStatus.ACTIVE;
    enterPhase(fold, payload.initial_phase as string);
  } else {
    MISSION_EFFECTS[eventType](fold, payload);
  }
  return undefined;
}

/**
 * The order of one clock's mission events: cancellations last, then by `event_id`; the
 * timestamps are not looked at (the reference's re-sort inside a lamport group).
 */
function compareInClockGroup(a: ReducibleEvent, b: ReducibleEvent): number {
  const cancelA = a.event_type === MISSION_CANCELLED ? 1 : 0;
  const cancelB = b.event_type === MISSION_CANCELLED ? 1 : 0;
  return cancelA - cancelB || compareText(a.event_id, b.event_id);
}

/** Step 4: folds the mission events (in status order), one lamport clock at a time. */
function foldMission(missionEvents: readonly ReducibleEvent[]): MissionFold {
  const fold: MissionFold = {
    missionId: null,
    status: null,
    missionType: null,
    currentPhase: null,
    phases: [],
    anomalies: [],
  };
  const apply = (event: ReducibleEvent): void => {
    const reason = applyMissionEvent(fold, event);
    if (reason !== undefined) fold.anomalies.push(eventAnomaly(event, reason));
  };
  for (let start = 0; start < missionEvents.length; ) {
    const clock = (missionEvents[start] as ReducibleEvent).lamport_clock;
    let end = start + 1;
    while (
      end < missionEvents.length &&
      (missionEvents[end] as ReducibleEvent).lamport_clock === clock
    ) {
      end++;
    }
    if (end - start === 1) apply(missionEvents[start] as ReducibleEvent);
    else
      for (const event of missionEvents.slice(start, end).sort(compareInClockGroup)) apply(event);
    start = end;
  }
  return fold;
}

const EMPTY_MISSION_STATE: ReducedMissionState = Object.freeze({
  mission_id: null,
  mission_status: null,
  mission_type: null,
  current_phase: null,
  phases_entered: Object.freeze([]),
  wp_states: insertionOrderedMap<WPState>([]),
  anomalies: Object.freeze([]),
  event_count: 0,
  last_processed_event_id: null,
});

/**
 * Projects a mission's event stream (§3.4 of the status sheet): sort every event by the status
 * sort key and dedup by `event_id` across all types (so a `WPStatusChanged` event whose id an
 * earlier event of another type holds is dropped); fold the mission events one lamport clock
 * at a time (inside a clock: cancellations last, then by `event_id`); reduce the
 * `WPStatusChanged` events as `reduceStatusEvents` does, whatever the mission's status, its
 * anomalies becoming `WP <wp_id>: <reason>`. Counts every distinct event of any type. Never
 * throws on event content.
 */
export function reduceLifecycleEvents(events: readonly ReducibleEvent[]): ReducedMissionState {
  if (events.length === 0) return EMPTY_MISSION_STATE;
  const unique = dedupEvents(inStatusOrder(events));
  const missionEvents: ReducibleEvent[] = [];
  const wpEvents: ReducibleEvent[] = [];
  for (const event of unique) {
    if ((MISSION_EVENT_TYPES as ReadonlySet<string>).has(event.event_type))
      missionEvents.push(event);
    else if (event.event_type === WP_STATUS_CHANGED) wpEvents.push(event);
  }
  const mission = foldMission(missionEvents);
  // The WP events are a subsequence of U: sorted and unique already.
  const status = foldUniqueStatusEvents(wpEvents);
  const wpAnomalies = status.anomalies.map((anomaly) =>
    Object.freeze({
      event_id: anomaly.event_id,
      event_type: WP_STATUS_CHANGED,
      reason: `WP ${anomaly.wp_id}: ${anomaly.reason}`,
    }),
  );
  return Object.freeze({
    mission_id: mission.missionId,
    mission_status: mission.status,
    mission_type: mission.missionType,
    current_phase: mission.currentPhase,
    phases_entered: Object.freeze(mission.phases),
    wp_states: status.wp_states,
    anomalies: Object.freeze([...mission.anomalies, ...wpAnomalies]),
    event_count: unique.length,
    last_processed_event_id: (unique[unique.length - 1] as ReducibleEvent).event_id,
  });
}
