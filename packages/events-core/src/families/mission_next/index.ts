export {
  COMPLETION_ALIAS,
  DECISION_INPUT_ANSWERED,
  DECISION_INPUT_REQUESTED,
  MISSION_NEXT_EVENT_TYPES,
  MISSION_NEXT_PAYLOAD_EVENT_TYPES,
  MISSION_RUN_COMPLETED,
  MISSION_RUN_STARTED,
  type MissionNextEventType,
  type MissionNextPayloadEventType,
  NEXT_STEP_AUTO_COMPLETED,
  NEXT_STEP_ISSUED,
  NEXT_STEP_PLANNED,
} from "./constants.js";
export { MissionRunStatus, MissionRunStatusSchema, TERMINAL_RUN_STATUSES } from "./enums.js";
export { MISSION_NEXT_FAMILY, summarizeMissionRunState } from "./family.js";
export type { MissionNextAnomaly, ReducedMissionRunState } from "./output.js";
export {
  type DecisionInputAnsweredPayload,
  DecisionInputAnsweredPayloadSchema,
  type DecisionInputRequestedPayload,
  DecisionInputRequestedPayloadSchema,
  MISSION_NEXT_PAYLOAD_MODELS,
  type MissionNextPayload,
  type MissionRunCompletedPayload,
  MissionRunCompletedPayloadSchema,
  type MissionRunStartedPayload,
  MissionRunStartedPayloadSchema,
  type NextStepAutoCompletedPayload,
  NextStepAutoCompletedPayloadSchema,
  type NextStepIssuedPayload,
  NextStepIssuedPayloadSchema,
  RUNTIME_ACTOR_TYPE_PATTERN,
  type RuntimeActorIdentity,
  RuntimeActorIdentitySchema,
} from "./payloads.js";
export {
  MissionNextMessages,
  missionNextEventsInOrder,
  reduceMissionNextEvents,
} from "./reducer.js";
