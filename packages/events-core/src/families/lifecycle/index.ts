export {
  LIFECYCLE_REDUCER_EVENT_TYPES,
  LIFECYCLE_SCHEMA_VERSION,
  MISSION_CANCELLED,
  MISSION_COMPLETED,
  MISSION_EVENT_TYPES,
  MISSION_STARTED,
  type MissionEventType,
  PHASE_ENTERED,
  REVIEW_ROLLBACK,
  TERMINAL_MISSION_STATUSES,
} from "./constants.js";
export { MissionStatus } from "./enums.js";
export { LIFECYCLE_FAMILY, summarizeMissionState } from "./family.js";
export type { LifecycleAnomaly, ReducedMissionState } from "./output.js";
export {
  MISSION_PAYLOAD_MODELS,
  type MissionCancelledPayload,
  MissionCancelledPayloadSchema,
  type MissionCompletedPayload,
  MissionCompletedPayloadSchema,
  type MissionPayload,
  type MissionStartedPayload,
  MissionStartedPayloadSchema,
  type PhaseEnteredPayload,
  PhaseEnteredPayloadSchema,
  type ReviewRollbackPayload,
  ReviewRollbackPayloadSchema,
} from "./payloads.js";
export { reduceLifecycleEvents } from "./reducer.js";
