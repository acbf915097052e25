import { describe } from "../../model/describe.js";
import { type ModelEntries, type ModelOutput, type ModelSchema, model } from "../../model/model.js";
import { datetimeField } from "../../rules/datetime.js";
import { nullableField } from "../../rules/defaults.js";
import { listField } from "../../rules/list.js";
import { literalField } from "../../rules/literal.js";
import { nonEmptyStringField, stringField } from "../../rules/string.js";
import {
  COMMENT_POSTED,
  CONCURRENT_DRIVER_WARNING,
  type CollaborationEventType,
  DECISION_CAPTURED,
  DRIVE_INTENT_SET,
  FOCUS_CHANGED,
  PARTICIPANT_INVITED,
  PARTICIPANT_JOINED,
  PARTICIPANT_LEFT,
  POTENTIAL_STEP_COLLISION_DETECTED,
  PRESENCE_HEARTBEAT,
  PROMPT_STEP_EXECUTION_COMPLETED,
  PROMPT_STEP_EXECUTION_STARTED,
  SESSION_LINKED,
  WARNING_ACKNOWLEDGED,
} from "./constants.js";

/** A required non-empty text field with its description. */
const text = (description: string) => describe(nonEmptyStringField(), description);

/** An optional text field (any string, or `null`; default `null`) with its description. */
const optionalText = (description: string) => describe(nullableField(stringField()), description);

/** `mission_id` with the description most payloads give it. */
const missionContext = () => text("Mission context");

// ---------------------------------------------------------------------------------------------
// Identity and target models
// ---------------------------------------------------------------------------------------------

/** Model of {@link ParticipantIdentity}. */
export const ParticipantIdentitySchema = model(
  "ParticipantIdentity",
  "SaaS-minted, mission-scoped participant identity.",
  {
    participant_id: text("SaaS-minted, mission-scoped unique identifier"),
    participant_type: describe(literalField(["human", "llm_context"]), "Participant category"),
    display_name: optionalText("Human-readable name for display"),
    session_id: optionalText("SaaS-issued session identifier"),
  },
);

/**
 * A participant's identity, minted by the SaaS and scoped to one mission: a human or an LLM
 * context, with an optional display name and session id.
 */
export type ParticipantIdentity = ModelOutput<typeof ParticipantIdentitySchema.entries>;

/** Model of {@link AuthPrincipalBinding}. */
export const AuthPrincipalBindingSchema = model(
  "AuthPrincipalBinding",
  "Roster-level auth principal to participant binding.",
  {
    auth_principal_id: text("Authenticated identity (opaque to this package)"),
    participant_id: text("Mission-scoped participant identifier"),
    bound_at: describe(datetimeField(), "Timestamp when binding was created"),
  },
);

/** Binds an authenticated principal to a mission participant (no reducer reads it). */
export type AuthPrincipalBinding = ModelOutput<typeof AuthPrincipalBindingSchema.entries>;

/** Model of {@link FocusTarget}. */
export const FocusTargetSchema = model(
  "FocusTarget",
  "Structured focus reference. Hashable for use as dict key.",
  {
    target_type: describe(literalField(["wp", "step", "file"]), "Category of focus target"),
    target_id: text("Identifier within the target type"),
  },
);

/** What a participant focuses on: a work package, a step or a file, by id. */
export type FocusTarget = ModelOutput<typeof FocusTargetSchema.entries>;

// ---------------------------------------------------------------------------------------------
// Payloads
// ---------------------------------------------------------------------------------------------

/** Model of {@link ParticipantInvitedPayload}. */
export const ParticipantInvitedPayloadSchema = model(
  "ParticipantInvitedPayload",
  "Typed payload for ParticipantInvited events.",
  {
    participant_id: text("Invited participant"),
    participant_identity: describe(ParticipantIdentitySchema, "Full structured identity"),
    invited_by: text("participant_id of inviter"),
    mission_id: text("Target mission"),
  },
);

/** Payload of a `ParticipantInvited` event. */
export type ParticipantInvitedPayload = ModelOutput<typeof ParticipantInvitedPayloadSchema.entries>;

/** Model of {@link ParticipantJoinedPayload}. */
export const ParticipantJoinedPayloadSchema = model(
  "ParticipantJoinedPayload",
  "Typed payload for ParticipantJoined events.",
  {
    participant_id: text("Joining participant"),
    participant_identity: describe(ParticipantIdentitySchema, "Full structured identity"),
    mission_id: text("Target mission"),
    auth_principal_id: optionalText("Auth principal bound at join time (present in live traffic)"),
  },
);

/** Payload of a `ParticipantJoined` event. */
export type ParticipantJoinedPayload = ModelOutput<typeof ParticipantJoinedPayloadSchema.entries>;

/** Model of {@link ParticipantLeftPayload}. */
export const ParticipantLeftPayloadSchema = model(
  "ParticipantLeftPayload",
  "Typed payload for ParticipantLeft events.",
  {
    participant_id: text("Departing participant"),
    mission_id: text("Mission being left"),
    reason: optionalText("Departure reason (e.g., 'disconnect', 'explicit')"),
  },
);

/** Payload of a `ParticipantLeft` event. */
export type ParticipantLeftPayload = ModelOutput<typeof ParticipantLeftPayloadSchema.entries>;

/** Model of {@link PresenceHeartbeatPayload}. */
export const PresenceHeartbeatPayloadSchema = model(
  "PresenceHeartbeatPayload",
  "Typed payload for PresenceHeartbeat events.",
  {
    participant_id: text("Heartbeat source"),
    mission_id: missionContext(),
    session_id: optionalText("Specific session sending heartbeat"),
  },
);

/** Payload of a `PresenceHeartbeat` event. */
export type PresenceHeartbeatPayload = ModelOutput<typeof PresenceHeartbeatPayloadSchema.entries>;

/** Model of {@link DriveIntentSetPayload}. */
export const DriveIntentSetPayloadSchema = model(
  "DriveIntentSetPayload",
  "Typed payload for DriveIntentSet events.",
  {
    participant_id: text("Participant declaring intent"),
    mission_id: missionContext(),
    intent: describe(literalField(["active", "inactive"]), "Drive intent state"),
  },
);

/** Payload of a `DriveIntentSet` event. */
export type DriveIntentSetPayload = ModelOutput<typeof DriveIntentSetPayloadSchema.entries>;

/** Model of {@link FocusChangedPayload}. */
export const FocusChangedPayloadSchema = model(
  "FocusChangedPayload",
  "Typed payload for FocusChanged events.",
  {
    participant_id: text("Participant changing focus"),
    mission_id: missionContext(),
    focus_target: describe(FocusTargetSchema, "New focus target"),
    previous_focus_target: describe(nullableField(FocusTargetSchema), "Previous focus (if any)"),
  },
);

/** Payload of a `FocusChanged` event. */
export type FocusChangedPayload = ModelOutput<typeof FocusChangedPayloadSchema.entries>;

/** Model of {@link PromptStepExecutionStartedPayload}. */
export const PromptStepExecutionStartedPayloadSchema = model(
  "PromptStepExecutionStartedPayload",
  "Typed payload for PromptStepExecutionStarted events.",
  {
    participant_id: text("Executing participant"),
    mission_id: missionContext(),
    step_id: text("Step identifier"),
    wp_id: optionalText("Work package being targeted"),
    step_description: optionalText("Human-readable step description"),
  },
);

/** Payload of a `PromptStepExecutionStarted` event. */
export type PromptStepExecutionStartedPayload = ModelOutput<
  typeof PromptStepExecutionStartedPayloadSchema.entries
>;

/** Model of {@link PromptStepExecutionCompletedPayload}. */
export const PromptStepExecutionCompletedPayloadSchema = model(
  "PromptStepExecutionCompletedPayload",
  "Typed payload for PromptStepExecutionCompleted events.",
  {
    participant_id: text("Completing participant"),
    mission_id: missionContext(),
    step_id: text("Step identifier"),
    wp_id: optionalText("Work package targeted"),
    outcome: describe(literalField(["success", "failure", "skipped"]), "Step outcome"),
  },
);

/** Payload of a `PromptStepExecutionCompleted` event. */
export type PromptStepExecutionCompletedPayload = ModelOutput<
  typeof PromptStepExecutionCompletedPayloadSchema.entries
>;

/** The severity of a collaboration warning. */
const severity = () => describe(literalField(["info", "warning"]), "Warning severity level");

/** Model of {@link ConcurrentDriverWarningPayload}. */
export const ConcurrentDriverWarningPayloadSchema = model(
  "ConcurrentDriverWarningPayload",
  "Typed payload for ConcurrentDriverWarning events.",
  {
    warning_id: text("Unique warning identifier"),
    mission_id: missionContext(),
    participant_ids: describe(
      listField(stringField(), { minItems: 2 }),
      "All concurrent active drivers on overlapping target",
    ),
    focus_target: describe(FocusTargetSchema, "Shared focus target triggering warning"),
    severity: severity(),
  },
);

/** Payload of a `ConcurrentDriverWarning` event. */
export type ConcurrentDriverWarningPayload = ModelOutput<
  typeof ConcurrentDriverWarningPayloadSchema.entries
>;

/** Model of {@link PotentialStepCollisionDetectedPayload}. */
export const PotentialStepCollisionDetectedPayloadSchema = model(
  "PotentialStepCollisionDetectedPayload",
  "Typed payload for PotentialStepCollisionDetected events.",
  {
    warning_id: text("Unique warning identifier"),
    mission_id: missionContext(),
    participant_ids: describe(listField(stringField(), { minItems: 2 }), "Colliding participants"),
    step_id: text("Colliding step"),
    wp_id: optionalText("Work package context"),
    severity: severity(),
  },
);

/** Payload of a `PotentialStepCollisionDetected` event. */
export type PotentialStepCollisionDetectedPayload = ModelOutput<
  typeof PotentialStepCollisionDetectedPayloadSchema.entries
>;

/** Model of {@link WarningAcknowledgedPayload}. */
export const WarningAcknowledgedPayloadSchema = model(
  "WarningAcknowledgedPayload",
  "Typed payload for WarningAcknowledged events.",
  {
    participant_id: text("Acknowledging participant"),
    mission_id: missionContext(),
    warning_id: text("Warning being acknowledged"),
    acknowledgement: describe(
      literalField(["continue", "hold", "reassign", "defer"]),
      "Response action",
    ),
  },
);

/** Payload of a `WarningAcknowledged` event. */
export type WarningAcknowledgedPayload = ModelOutput<
  typeof WarningAcknowledgedPayloadSchema.entries
>;

/** Model of {@link CommentPostedPayload}. */
export const CommentPostedPayloadSchema = model(
  "CommentPostedPayload",
  "Typed payload for CommentPosted events.",
  {
    participant_id: text("Comment author"),
    mission_id: missionContext(),
    comment_id: text("Unique comment identifier"),
    content: text("Comment text"),
    reply_to: optionalText("Parent comment_id for threading"),
  },
);

/** Payload of a `CommentPosted` event. */
export type CommentPostedPayload = ModelOutput<typeof CommentPostedPayloadSchema.entries>;

/** Model of {@link DecisionCapturedPayload}. */
export const DecisionCapturedPayloadSchema = model(
  "DecisionCapturedPayload",
  "Typed payload for DecisionCaptured events.",
  {
    participant_id: text("Decision author"),
    mission_id: missionContext(),
    decision_id: text("Unique decision identifier"),
    topic: text("Decision topic/question"),
    chosen_option: text("Selected option"),
    rationale: optionalText("Reasoning for the decision"),
    referenced_warning_id: optionalText("Warning that prompted this decision"),
  },
);

/** Payload of a `DecisionCaptured` event. */
export type DecisionCapturedPayload = ModelOutput<typeof DecisionCapturedPayloadSchema.entries>;

/** Model of {@link SessionLinkedPayload}. */
export const SessionLinkedPayloadSchema = model(
  "SessionLinkedPayload",
  "Typed payload for SessionLinked events.",
  {
    participant_id: text("Participant linking sessions"),
    mission_id: missionContext(),
    primary_session_id: text("Primary session"),
    linked_session_id: text("Session being linked"),
    link_type: describe(literalField(["cli_to_saas", "saas_to_cli"]), "Direction of link"),
  },
);

/** Payload of a `SessionLinked` event. */
export type SessionLinkedPayload = ModelOutput<typeof SessionLinkedPayloadSchema.entries>;

/** Any collaboration payload. */
export type CollaborationPayload =
  | ParticipantInvitedPayload
  | ParticipantJoinedPayload
  | ParticipantLeftPayload
  | PresenceHeartbeatPayload
  | DriveIntentSetPayload
  | FocusChangedPayload
  | PromptStepExecutionStartedPayload
  | PromptStepExecutionCompletedPayload
  | ConcurrentDriverWarningPayload
  | PotentialStepCollisionDetectedPayload
  | WarningAcknowledgedPayload
  | CommentPostedPayload
  | DecisionCapturedPayload
  | SessionLinkedPayload;

/** The payload model of each collaboration event type (immutable). */
export const COLLABORATION_PAYLOAD_MODELS: Readonly<
  Record<CollaborationEventType, ModelSchema<ModelEntries>>
> = Object.freeze({
  [PARTICIPANT_INVITED]: ParticipantInvitedPayloadSchema,
  [PARTICIPANT_JOINED]: ParticipantJoinedPayloadSchema,
  [PARTICIPANT_LEFT]: ParticipantLeftPayloadSchema,
  [PRESENCE_HEARTBEAT]: PresenceHeartbeatPayloadSchema,
  [DRIVE_INTENT_SET]: DriveIntentSetPayloadSchema,
  [FOCUS_CHANGED]: FocusChangedPayloadSchema,
  [PROMPT_STEP_EXECUTION_STARTED]: PromptStepExecutionStartedPayloadSchema,
  [PROMPT_STEP_EXECUTION_COMPLETED]: PromptStepExecutionCompletedPayloadSchema,
  [CONCURRENT_DRIVER_WARNING]: ConcurrentDriverWarningPayloadSchema,
  [POTENTIAL_STEP_COLLISION_DETECTED]: PotentialStepCollisionDetectedPayloadSchema,
  [WARNING_ACKNOWLEDGED]: WarningAcknowledgedPayloadSchema,
  [COMMENT_POSTED]: CommentPostedPayloadSchema,
  [DECISION_CAPTURED]: DecisionCapturedPayloadSchema,
  [SESSION_LINKED]: SessionLinkedPayloadSchema,
});
