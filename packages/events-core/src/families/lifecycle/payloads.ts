import { describe } from "../../model/describe.js";
import { type ModelEntries, type ModelOutput, type ModelSchema, model } from "../../model/model.js";
import { nullableField, withFactoryDefault } from "../../rules/defaults.js";
import { listField } from "../../rules/list.js";
import { nonEmptyStringField, stringField } from "../../rules/string.js";
import {
  MISSION_CANCELLED,
  MISSION_COMPLETED,
  MISSION_STARTED,
  type MissionEventType,
  PHASE_ENTERED,
  REVIEW_ROLLBACK,
} from "./constants.js";

const missionId = () => describe(nonEmptyStringField(), "Mission identifier");

/** Model of {@link MissionStartedPayload}. */
export const MissionStartedPayloadSchema = model(
  "MissionStartedPayload",
  "Typed payload for MissionStarted events.",
  {
    mission_id: missionId(),
    mission_type: describe(
      nonEmptyStringField(),
      "Mission type (e.g., 'software-dev', 'research', 'plan')",
    ),
    initial_phase: describe(nonEmptyStringField(), "First phase of the mission"),
    actor: describe(nonEmptyStringField(), "Actor who started the mission"),
  },
);

/** Payload of a `MissionStarted` event. */
export type MissionStartedPayload = ModelOutput<typeof MissionStartedPayloadSchema.entries>;

/** Model of {@link MissionCompletedPayload}. */
export const MissionCompletedPayloadSchema = model(
  "MissionCompletedPayload",
  "Typed payload for MissionCompleted events.",
  {
    mission_id: missionId(),
    mission_type: describe(nonEmptyStringField(), "Mission type"),
    final_phase: describe(nonEmptyStringField(), "Last phase before completion"),
    actor: describe(nonEmptyStringField(), "Actor who completed the mission"),
  },
);

/** Payload of a `MissionCompleted` event (the reducer does not use `final_phase`). */
export type MissionCompletedPayload = ModelOutput<typeof MissionCompletedPayloadSchema.entries>;

/** Model of {@link MissionCancelledPayload}. */
export const MissionCancelledPayloadSchema = model(
  "MissionCancelledPayload",
  "Typed payload for MissionCancelled events.",
  {
    mission_id: missionId(),
    reason: describe(nonEmptyStringField(), "Reason for cancellation (required)"),
    actor: describe(nonEmptyStringField(), "Actor who cancelled the mission"),
    cancelled_wp_ids: describe(
      withFactoryDefault(listField(stringField()), () => []),
      "WP IDs affected by cancellation",
    ),
  },
);

/**
 * Payload of a `MissionCancelled` event; `cancelled_wp_ids` defaults to `[]` (an explicit
 * `null` is refused, items may be `""`).
 */
export type MissionCancelledPayload = ModelOutput<typeof MissionCancelledPayloadSchema.entries>;

/** Model of {@link PhaseEnteredPayload}. */
export const PhaseEnteredPayloadSchema = model(
  "PhaseEnteredPayload",
  "Typed payload for PhaseEntered events.",
  {
    mission_id: missionId(),
    phase_name: describe(nonEmptyStringField(), "Phase being entered"),
    previous_phase: describe(
      nullableField(nonEmptyStringField()),
      "Phase being exited (None for initial)",
    ),
    actor: describe(nonEmptyStringField(), "Actor triggering phase transition"),
  },
);

/** Payload of a `PhaseEntered` event; `previous_phase` is `null` or non-empty text. */
export type PhaseEnteredPayload = ModelOutput<typeof PhaseEnteredPayloadSchema.entries>;

/** Model of {@link ReviewRollbackPayload}. */
export const ReviewRollbackPayloadSchema = model(
  "ReviewRollbackPayload",
  "Typed payload for ReviewRollback events.",
  {
    mission_id: missionId(),
    review_ref: describe(nonEmptyStringField(), "Reference to the review that triggered rollback"),
    target_phase: describe(nonEmptyStringField(), "Phase to roll back to"),
    affected_wp_ids: describe(
      withFactoryDefault(listField(stringField()), () => []),
      "WP IDs affected by rollback",
    ),
    actor: describe(nonEmptyStringField(), "Actor triggering rollback"),
  },
);

/** Payload of a `ReviewRollback` event; `affected_wp_ids` defaults to `[]`. */
export type ReviewRollbackPayload = ModelOutput<typeof ReviewRollbackPayloadSchema.entries>;

/** Any mission lifecycle payload. */
export type MissionPayload =
  | MissionStartedPayload
  | MissionCompletedPayload
  | MissionCancelledPayload
  | PhaseEnteredPayload
  | ReviewRollbackPayload;

/** The payload model of each mission lifecycle event type (immutable). */
export const MISSION_PAYLOAD_MODELS: Readonly<Record<MissionEventType, ModelSchema<ModelEntries>>> =
  Object.freeze({
    [MISSION_STARTED]: MissionStartedPayloadSchema,
    [MISSION_COMPLETED]: MissionCompletedPayloadSchema,
    [MISSION_CANCELLED]: MissionCancelledPayloadSchema,
    [PHASE_ENTERED]: PhaseEnteredPayloadSchema,
    [REVIEW_ROLLBACK]: ReviewRollbackPayloadSchema,
  });
