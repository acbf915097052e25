export {
  STATUS_EVENT_TYPES,
  STATUS_SCHEMA_VERSION,
  type StatusEventType,
  WP_STATUS_CHANGED,
} from "./constants.js";
export {
  ExecutionMode,
  ExecutionModeSchema,
  Lane,
  LaneSchema,
  SyncLaneV1,
  SyncLaneV1Schema,
} from "./enums.js";
export { STATUS_FAMILY, summarizeStatus } from "./family.js";
export {
  CANONICAL_TO_SYNC_V1,
  canonicalToSyncV1,
  isLane,
  LANE_ALIASES,
  normalizeLane,
  TERMINAL_LANES,
  UnknownLaneError,
} from "./lanes.js";
export type { ReducedStatus, TransitionAnomaly, WPState } from "./output.js";
export {
  DONE_REQUIRES_EVIDENCE,
  type DoneEvidence,
  DoneEvidenceSchema,
  FORCE_REQUIRES_REASON,
  type ForceMetadata,
  ForceMetadataSchema,
  type RepoEvidence,
  RepoEvidenceSchema,
  type ReviewVerdict,
  ReviewVerdictSchema,
  StatusTransitionFieldsSchema,
  type StatusTransitionPayload,
  StatusTransitionPayloadSchema,
  type TransitionRuleFields,
  transitionRuleFailure,
  type VerificationEntry,
  VerificationEntrySchema,
} from "./payloads.js";
export {
  PAYLOAD_VALIDATION_FAILED,
  reduceStatusEvents,
  UNKNOWN_WP_ID,
  uniqueStatusEvents,
} from "./reducer.js";
export {
  TransitionError,
  type TransitionFields,
  type TransitionValidationResult,
  validateTransition,
} from "./transitions.js";
