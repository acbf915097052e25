export {
  DECISION_POINT_DISCUSSING,
  DECISION_POINT_EVENT_TYPES,
  DECISION_POINT_OPENED,
  DECISION_POINT_OVERRIDDEN,
  DECISION_POINT_RESOLVED,
  DECISIONPOINT_SCHEMA_VERSION,
  type DecisionPointEventType,
} from "./constants.js";
export {
  DecisionAuthorityRole,
  DecisionAuthorityRoleSchema,
  DecisionPointState,
  DecisionPointStateSchema,
} from "./enums.js";
export { DECISION_POINT_FAMILY, summarizeDecisionPointState } from "./family.js";
export type {
  DecisionPointAnomaly,
  DecisionPointAnomalyKind,
  ReducedDecisionPointState,
} from "./output.js";
export {
  DECISION_POINT_PAYLOAD_MODELS,
  type DecisionPointDiscussingPayload,
  DecisionPointDiscussingPayloadSchema,
  type DecisionPointOpenedPayload,
  DecisionPointOpenedPayloadSchema,
  type DecisionPointOverriddenPayload,
  DecisionPointOverriddenPayloadSchema,
  type DecisionPointPayload,
  type DecisionPointPayloadEntries,
  type DecisionPointResolvedPayload,
  DecisionPointResolvedPayloadSchema,
} from "./payloads.js";
export {
  DECISION_POINT_AUTHORITY_STATES,
  DECISION_POINT_FOLD_STEPS,
  DECISION_POINT_POLICIES,
  DECISION_POINT_TARGET_STATES,
  DECISION_POINT_TRANSITIONS,
  type DecisionPointFoldStep,
  type DecisionPointPolicy,
  type DecisionPointPolicyFields,
  judgeDecisionPointEvent,
  LLM_ALLOWED_AUTHORITY_ROLES,
  reduceDecisionPointEvents,
} from "./reducer.js";
