import { frozenSet } from "../../support/frozen.js";

/** Schema version of the collaboration family. */
export const COLLABORATION_SCHEMA_VERSION = "2.7.0";

/** Event type: a participant was invited to a mission. */
export const PARTICIPANT_INVITED = "ParticipantInvited";
/** Event type: a participant joined a mission (becomes active). */
export const PARTICIPANT_JOINED = "ParticipantJoined";
/** Event type: a participant left a mission. */
export const PARTICIPANT_LEFT = "ParticipantLeft";
/** Event type: a participant's presence heartbeat. */
export const PRESENCE_HEARTBEAT = "PresenceHeartbeat";
/** Event type: a participant declared (or withdrew) the intent to drive. */
export const DRIVE_INTENT_SET = "DriveIntentSet";
/** Event type: a participant changed focus (work package, step or file). */
export const FOCUS_CHANGED = "FocusChanged";
/** Event type: a participant started executing a prompt step. */
export const PROMPT_STEP_EXECUTION_STARTED = "PromptStepExecutionStarted";
/** Event type: a participant completed a prompt step. */
export const PROMPT_STEP_EXECUTION_COMPLETED = "PromptStepExecutionCompleted";
/** Event type: several active drivers overlap on one focus target. */
export const CONCURRENT_DRIVER_WARNING = "ConcurrentDriverWarning";
/** Event type: several participants may execute the same step. */
export const POTENTIAL_STEP_COLLISION_DETECTED = "PotentialStepCollisionDetected";
/** Event type: a participant acknowledged a warning. */
export const WARNING_ACKNOWLEDGED = "WarningAcknowledged";
/** Event type: a participant posted a comment. */
export const COMMENT_POSTED = "CommentPosted";
/** Event type: a participant captured a decision. */
export const DECISION_CAPTURED = "DecisionCaptured";
/** Event type: a participant linked two sessions (CLI and SaaS). */
export const SESSION_LINKED = "SessionLinked";

/** An event type of the collaboration family. */
export type CollaborationEventType =
  | typeof PARTICIPANT_INVITED
  | typeof PARTICIPANT_JOINED
  | typeof PARTICIPANT_LEFT
  | typeof PRESENCE_HEARTBEAT
  | typeof DRIVE_INTENT_SET
  | typeof FOCUS_CHANGED
  | typeof PROMPT_STEP_EXECUTION_STARTED
  | typeof PROMPT_STEP_EXECUTION_COMPLETED
  | typeof CONCURRENT_DRIVER_WARNING
  | typeof POTENTIAL_STEP_COLLISION_DETECTED
  | typeof WARNING_ACKNOWLEDGED
  | typeof COMMENT_POSTED
  | typeof DECISION_CAPTURED
  | typeof SESSION_LINKED;

/** The fourteen collaboration event types (immutable). */
export const COLLABORATION_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([
  PARTICIPANT_INVITED,
  PARTICIPANT_JOINED,
  PARTICIPANT_LEFT,
  PRESENCE_HEARTBEAT,
  DRIVE_INTENT_SET,
  FOCUS_CHANGED,
  PROMPT_STEP_EXECUTION_STARTED,
  PROMPT_STEP_EXECUTION_COMPLETED,
  CONCURRENT_DRIVER_WARNING,
  POTENTIAL_STEP_COLLISION_DETECTED,
  WARNING_ACKNOWLEDGED,
  COMMENT_POSTED,
  DECISION_CAPTURED,
  SESSION_LINKED,
]);
