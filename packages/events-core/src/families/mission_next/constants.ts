import { frozenSet } from "../../rules/frozen.js";

/** Event type: a mission run started. */
export const MISSION_RUN_STARTED = "MissionRunStarted";
/**
 * Event type reserved for a planned step: it has no payload model and no schema, the
 * validator does not know it, and the reducer skips it (it still counts as processed).
 */
export const NEXT_STEP_PLANNED = "NextStepPlanned";
/** Event type: the runtime issued the next step to an agent. */
export const NEXT_STEP_ISSUED = "NextStepIssued";
/** Event type: a step was completed automatically. */
export const NEXT_STEP_AUTO_COMPLETED = "NextStepAutoCompleted";
/** Event type: the run asked for a decision input. */
export const DECISION_INPUT_REQUESTED = "DecisionInputRequested";
/** Event type: a decision input was answered. */
export const DECISION_INPUT_ANSWERED = "DecisionInputAnswered";
/** Event type: a mission run completed. */
export const MISSION_RUN_COMPLETED = "MissionRunCompleted";
/**
 * The completion alias (the reference's `_COMPLETION_ALIAS`): the reducer reads a
 * `MissionCompleted` event whose payload is a {@link MISSION_RUN_COMPLETED} payload as a run
 * completion. It is the lifecycle family's `MissionCompleted` type, which the validator checks
 * against the lifecycle payload, not against the run-completion payload.
 */
export const COMPLETION_ALIAS = "MissionCompleted";

/** An event type the mission-next reducer reads (the seven types and the completion alias). */
export type MissionNextEventType =
  | typeof MISSION_RUN_STARTED
  | typeof NEXT_STEP_PLANNED
  | typeof NEXT_STEP_ISSUED
  | typeof NEXT_STEP_AUTO_COMPLETED
  | typeof DECISION_INPUT_REQUESTED
  | typeof DECISION_INPUT_ANSWERED
  | typeof MISSION_RUN_COMPLETED
  | typeof COMPLETION_ALIAS;

/** The eight event types the mission-next reducer reads, the alias included (immutable). */
export const MISSION_NEXT_EVENT_TYPES: ReadonlySet<MissionNextEventType> =
  frozenSet<MissionNextEventType>([
    MISSION_RUN_STARTED,
    NEXT_STEP_PLANNED,
    NEXT_STEP_ISSUED,
    NEXT_STEP_AUTO_COMPLETED,
    DECISION_INPUT_REQUESTED,
    DECISION_INPUT_ANSWERED,
    MISSION_RUN_COMPLETED,
    COMPLETION_ALIAS,
  ]);

/** A mission-next event type with a payload model (registered for validation). */
export type MissionNextPayloadEventType = Exclude<
  MissionNextEventType,
  typeof NEXT_STEP_PLANNED | typeof COMPLETION_ALIAS
>;

/**
 * The six mission-next event types with a payload model, the ones `validateEvent` knows for
 * this family (immutable): {@link MISSION_NEXT_EVENT_TYPES} without `NextStepPlanned` and the
 * `MissionCompleted` alias.
 */
export const MISSION_NEXT_PAYLOAD_EVENT_TYPES: ReadonlySet<MissionNextPayloadEventType> =
  frozenSet<MissionNextPayloadEventType>([
    MISSION_RUN_STARTED,
    NEXT_STEP_ISSUED,
    NEXT_STEP_AUTO_COMPLETED,
    DECISION_INPUT_REQUESTED,
    DECISION_INPUT_ANSWERED,
    MISSION_RUN_COMPLETED,
  ]);
