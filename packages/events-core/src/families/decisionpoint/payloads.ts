import { type ModelOutput, type ModelSchema, model } from "../../model/model.js";
import { laxBoolField } from "../../rules/bool.js";
import { datetimeField } from "../../rules/datetime.js";
import { tupleField } from "../../rules/list.js";
import { nonEmptyStringField, patternStringField, stringField } from "../../rules/string.js";
import {
  DECISION_POINT_DISCUSSING,
  DECISION_POINT_OPENED,
  DECISION_POINT_OVERRIDDEN,
  DECISION_POINT_RESOLVED,
  type DecisionPointEventType,
} from "./constants.js";
import { DecisionAuthorityRoleSchema } from "./enums.js";

/**
 * The fields of every DecisionPoint payload, in the reference's order. The four payload
 * models share this shape; none has a default, and none has a model-level rule (the
 * authority and LLM policies are checked by the reducer).
 */
const DECISION_POINT_ENTRIES = {
  decision_point_id: nonEmptyStringField(),
  mission_id: nonEmptyStringField(),
  run_id: nonEmptyStringField(),
  feature_slug: nonEmptyStringField(),
  phase: nonEmptyStringField(),
  actor_id: nonEmptyStringField(),
  actor_type: patternStringField("^(human|llm|service)$", /^(human|llm|service)$/),
  authority_role: DecisionAuthorityRoleSchema,
  mission_owner_authority_flag: laxBoolField(),
  mission_owner_authority_path: stringField(),
  rationale: nonEmptyStringField(),
  alternatives_considered: tupleField(stringField(), { minItems: 1 }),
  evidence_refs: tupleField(stringField(), { minItems: 1 }),
  state_entered_at: datetimeField(),
  recorded_at: datetimeField(),
};

/** The entries of a DecisionPoint payload model (the same for the four event types). */
export type DecisionPointPayloadEntries = typeof DECISION_POINT_ENTRIES;

/** Model of {@link DecisionPointOpenedPayload}. */
export const DecisionPointOpenedPayloadSchema = model(
  "DecisionPointOpenedPayload",
  "Payload for DecisionPointOpened events.",
  DECISION_POINT_ENTRIES,
);

/** Payload of a `DecisionPointOpened` event. */
export type DecisionPointOpenedPayload = ModelOutput<DecisionPointPayloadEntries>;

/** Model of {@link DecisionPointDiscussingPayload}. */
export const DecisionPointDiscussingPayloadSchema = model(
  "DecisionPointDiscussingPayload",
  "Payload for DecisionPointDiscussing events.",
  DECISION_POINT_ENTRIES,
);

/** Payload of a `DecisionPointDiscussing` event. */
export type DecisionPointDiscussingPayload = ModelOutput<DecisionPointPayloadEntries>;

/** Model of {@link DecisionPointResolvedPayload}. */
export const DecisionPointResolvedPayloadSchema = model(
  "DecisionPointResolvedPayload",
  "Payload for DecisionPointResolved events.",
  DECISION_POINT_ENTRIES,
);

/** Payload of a `DecisionPointResolved` event. */
export type DecisionPointResolvedPayload = ModelOutput<DecisionPointPayloadEntries>;

/** Model of {@link DecisionPointOverriddenPayload}. */
export const DecisionPointOverriddenPayloadSchema = model(
  "DecisionPointOverriddenPayload",
  "Payload for DecisionPointOverridden events.",
  DECISION_POINT_ENTRIES,
);

/** Payload of a `DecisionPointOverridden` event. */
export type DecisionPointOverriddenPayload = ModelOutput<DecisionPointPayloadEntries>;

/** Any DecisionPoint payload (the reference's `DecisionPointPayload` union). */
export type DecisionPointPayload =
  | DecisionPointOpenedPayload
  | DecisionPointDiscussingPayload
  | DecisionPointResolvedPayload
  | DecisionPointOverriddenPayload;

/** The payload model of each DecisionPoint event type (immutable). */
export const DECISION_POINT_PAYLOAD_MODELS: Readonly<
  Record<DecisionPointEventType, ModelSchema<DecisionPointPayloadEntries>>
> = Object.freeze({
  [DECISION_POINT_OPENED]: DecisionPointOpenedPayloadSchema,
  [DECISION_POINT_DISCUSSING]: DecisionPointDiscussingPayloadSchema,
  [DECISION_POINT_RESOLVED]: DecisionPointResolvedPayloadSchema,
  [DECISION_POINT_OVERRIDDEN]: DecisionPointOverriddenPayloadSchema,
});
