import type { AnyModel } from "../../family.js";
import { nullableField, withDefault, withFactoryDefault } from "../../rules/defaults.js";
import { describe } from "../../rules/describe.js";
import { tupleField } from "../../rules/list.js";
import { type ModelOutput, model } from "../../rules/model.js";
import { nonEmptyStringField, patternStringField, stringField } from "../../rules/string.js";
import {
  DECISION_INPUT_ANSWERED,
  DECISION_INPUT_REQUESTED,
  MISSION_RUN_COMPLETED,
  MISSION_RUN_STARTED,
  NEXT_STEP_AUTO_COMPLETED,
  NEXT_STEP_ISSUED,
} from "./constants.js";

/** The pattern of `actor_type` (case-sensitive; `$` is the true end, so `"llm\n"` fails). */
export const RUNTIME_ACTOR_TYPE_PATTERN = "^(human|llm|service)$";

/** Model of {@link RuntimeActorIdentity} (published as `runtime_actor_identity`). */
export const RuntimeActorIdentitySchema = model(
  "RuntimeActorIdentity",
  "Identity of a runtime actor (human, LLM, or service).",
  {
    actor_id: describe(nonEmptyStringField(), "Unique actor identifier"),
    actor_type: describe(
      patternStringField(RUNTIME_ACTOR_TYPE_PATTERN, /^(?:human|llm|service)$/),
      "Actor category",
    ),
    display_name: describe(withDefault(stringField(), ""), "Human-readable display name"),
    provider: describe(nullableField(stringField()), "Provider (e.g., 'anthropic', 'openai')"),
    model: describe(nullableField(stringField()), "Model identifier (e.g., 'claude-opus-4-6')"),
    tool: describe(nullableField(stringField()), "Tool identifier"),
  },
);

/** The actor of a mission-next event (`display_name` defaults to `""` and is never `null`). */
export type RuntimeActorIdentity = ModelOutput<typeof RuntimeActorIdentitySchema.entries>;

/** Model of {@link MissionRunStartedPayload}. */
export const MissionRunStartedPayloadSchema = model(
  "MissionRunStartedPayload",
  "Payload for MissionRunStarted event.",
  {
    run_id: describe(nonEmptyStringField(), "Unique run identifier"),
    mission_key: describe(nonEmptyStringField(), "Mission key being executed"),
    actor: describe(RuntimeActorIdentitySchema, "Actor who started the run"),
  },
);

/** Payload of a `MissionRunStarted` event. */
export type MissionRunStartedPayload = ModelOutput<typeof MissionRunStartedPayloadSchema.entries>;

/** Model of {@link NextStepIssuedPayload}. */
export const NextStepIssuedPayloadSchema = model(
  "NextStepIssuedPayload",
  "Payload for NextStepIssued event.",
  {
    run_id: describe(nonEmptyStringField(), "Run identifier"),
    step_id: describe(nonEmptyStringField(), "Step being issued"),
    agent_id: describe(nonEmptyStringField(), "Agent handling the step"),
    actor: describe(RuntimeActorIdentitySchema, "Actor who issued the step"),
  },
);

/** Payload of a `NextStepIssued` event. */
export type NextStepIssuedPayload = ModelOutput<typeof NextStepIssuedPayloadSchema.entries>;

/** Model of {@link NextStepAutoCompletedPayload}. */
export const NextStepAutoCompletedPayloadSchema = model(
  "NextStepAutoCompletedPayload",
  "Payload for NextStepAutoCompleted event.",
  {
    run_id: describe(nonEmptyStringField(), "Run identifier"),
    step_id: describe(nonEmptyStringField(), "Step that completed"),
    agent_id: describe(nonEmptyStringField(), "Agent that completed the step"),
    result: describe(nonEmptyStringField(), "Step result (e.g., 'success', 'failed')"),
    actor: describe(RuntimeActorIdentitySchema, "Actor context for the completion"),
  },
);

/** Payload of a `NextStepAutoCompleted` event. */
export type NextStepAutoCompletedPayload = ModelOutput<
  typeof NextStepAutoCompletedPayloadSchema.entries
>;

/** Model of {@link DecisionInputRequestedPayload}. */
export const DecisionInputRequestedPayloadSchema = model(
  "DecisionInputRequestedPayload",
  "Payload for DecisionInputRequested event.",
  {
    run_id: describe(nonEmptyStringField(), "Run identifier"),
    decision_id: describe(nonEmptyStringField(), "Unique decision identifier"),
    step_id: describe(nonEmptyStringField(), "Step requiring the decision"),
    question: describe(nonEmptyStringField(), "Question posed to the decision maker"),
    options: describe(
      withFactoryDefault(tupleField(stringField()), () => []),
      "Suggested answer options",
    ),
    input_key: describe(nullableField(stringField()), "Input key for input-keyed decisions"),
    actor: describe(RuntimeActorIdentitySchema, "Actor who requested the decision"),
  },
);

/** Payload of a `DecisionInputRequested` event. */
export type DecisionInputRequestedPayload = ModelOutput<
  typeof DecisionInputRequestedPayloadSchema.entries
>;

/** Model of {@link DecisionInputAnsweredPayload}. */
export const DecisionInputAnsweredPayloadSchema = model(
  "DecisionInputAnsweredPayload",
  "Payload for DecisionInputAnswered event.",
  {
    run_id: describe(nonEmptyStringField(), "Run identifier"),
    decision_id: describe(nonEmptyStringField(), "Decision being answered"),
    answer: describe(nonEmptyStringField(), "The answer provided"),
    actor: describe(RuntimeActorIdentitySchema, "Actor who answered the decision"),
  },
);

/** Payload of a `DecisionInputAnswered` event. */
export type DecisionInputAnsweredPayload = ModelOutput<
  typeof DecisionInputAnsweredPayloadSchema.entries
>;

/** Model of {@link MissionRunCompletedPayload} (also read for the `MissionCompleted` alias). */
export const MissionRunCompletedPayloadSchema = model(
  "MissionRunCompletedPayload",
  "Payload for MissionRunCompleted event.",
  {
    run_id: describe(nonEmptyStringField(), "Run identifier"),
    mission_key: describe(nonEmptyStringField(), "Mission key that completed"),
    actor: describe(RuntimeActorIdentitySchema, "Actor context for the completion"),
  },
);

/** Payload of a `MissionRunCompleted` event. */
export type MissionRunCompletedPayload = ModelOutput<
  typeof MissionRunCompletedPayloadSchema.entries
>;

/** Any mission-next payload. */
export type MissionNextPayload =
  | MissionRunStartedPayload
  | NextStepIssuedPayload
  | NextStepAutoCompletedPayload
  | DecisionInputRequestedPayload
  | DecisionInputAnsweredPayload
  | MissionRunCompletedPayload;

/**
 * The payload model of each mission-next event type that has one (immutable).
 * `NextStepPlanned` has none; the `MissionCompleted` alias is read with the run-completion model.
 */
export const MISSION_NEXT_PAYLOAD_MODELS = Object.freeze({
  [MISSION_RUN_STARTED]: MissionRunStartedPayloadSchema,
  [NEXT_STEP_ISSUED]: NextStepIssuedPayloadSchema,
  [NEXT_STEP_AUTO_COMPLETED]: NextStepAutoCompletedPayloadSchema,
  [DECISION_INPUT_REQUESTED]: DecisionInputRequestedPayloadSchema,
  [DECISION_INPUT_ANSWERED]: DecisionInputAnsweredPayloadSchema,
  [MISSION_RUN_COMPLETED]: MissionRunCompletedPayloadSchema,
} as const) satisfies Readonly<Record<string, AnyModel>>;
