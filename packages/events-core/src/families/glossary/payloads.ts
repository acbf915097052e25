import type { AnyModel } from "../../family.js";
import { nullableField, withFactoryDefault } from "../../rules/defaults.js";
import { describe } from "../../rules/describe.js";
import { dictField } from "../../rules/dict.js";
import { listField } from "../../rules/list.js";
import { literalField } from "../../rules/literal.js";
import { type ModelOutput, model } from "../../rules/model.js";
import { laxFloatField } from "../../rules/number.js";
import { nonEmptyStringField, stringField } from "../../rules/string.js";
import {
  GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT,
  GLOSSARY_CLARIFICATION_REQUESTED,
  GLOSSARY_CLARIFICATION_RESOLVED,
  GLOSSARY_SCOPE_ACTIVATED,
  GLOSSARY_SENSE_UPDATED,
  GLOSSARY_STRICTNESS_SET,
  type GlossaryEventType,
  SEMANTIC_CHECK_EVALUATED,
  TERM_CANDIDATE_OBSERVED,
} from "./constants.js";

/** The categories of a glossary scope, in the reference's order. */
export const GLOSSARY_SCOPE_TYPES = Object.freeze([
  "spec_kitty_core",
  "team_domain",
  "audience_domain",
  "mission_local",
] as const);

/** A glossary scope category. */
export type GlossaryScopeType = (typeof GLOSSARY_SCOPE_TYPES)[number];

/** The glossary strictness modes, in the reference's order. */
export const GLOSSARY_STRICTNESS_MODES = Object.freeze(["off", "medium", "max"] as const);

/** A glossary strictness mode. */
export type GlossaryStrictness = (typeof GLOSSARY_STRICTNESS_MODES)[number];

/** The strictness modes that can block generation (never `off`). */
export const BLOCKING_STRICTNESS_MODES = Object.freeze(["medium", "max"] as const);

/** A strictness mode that blocked generation. */
export type BlockingStrictness = (typeof BLOCKING_STRICTNESS_MODES)[number];

/** The kinds of semantic conflict, in the reference's order. */
export const CONFLICT_NATURES = Object.freeze(["overloaded", "drift", "ambiguous"] as const);

/** A kind of semantic conflict. */
export type ConflictNature = (typeof CONFLICT_NATURES)[number];

/** The severity levels of conflicts and checks (also the urgency levels of clarifications). */
export const GLOSSARY_SEVERITY_LEVELS = Object.freeze(["low", "medium", "high"] as const);

/** A severity (or urgency) level. */
export type GlossarySeverity = (typeof GLOSSARY_SEVERITY_LEVELS)[number];

/** The actions a semantic check recommends, in the reference's order. */
export const RECOMMENDED_ACTIONS = Object.freeze(["block", "warn", "pass"] as const);

/** An action a semantic check recommends. */
export type RecommendedAction = (typeof RECOMMENDED_ACTIONS)[number];

const MISSION_CONTEXT = "Mission context";

/** Model of {@link SemanticConflictEntry} (published as `semantic_conflict_entry`). */
export const SemanticConflictEntrySchema = model(
  "SemanticConflictEntry",
  "Single conflict finding within a semantic check evaluation.",
  {
    term: describe(nonEmptyStringField(), "The conflicting term surface text"),
    nature: describe(literalField(CONFLICT_NATURES), "Classification of the conflict"),
    severity: describe(literalField(GLOSSARY_SEVERITY_LEVELS), "Severity level of this conflict"),
    description: describe(stringField(), "Human-readable explanation of the conflict"),
  },
);

/** One conflict found by a semantic check (`description` may be empty). */
export type SemanticConflictEntry = ModelOutput<typeof SemanticConflictEntrySchema.entries>;

/** Model of {@link GlossaryScopeActivatedPayload}. */
export const GlossaryScopeActivatedPayloadSchema = model(
  "GlossaryScopeActivatedPayload",
  "Payload for GlossaryScopeActivated event.",
  {
    mission_id: describe(nonEmptyStringField(), MISSION_CONTEXT),
    scope_id: describe(nonEmptyStringField(), "Unique scope identifier"),
    scope_type: describe(literalField(GLOSSARY_SCOPE_TYPES), "Scope category"),
    glossary_version_id: describe(nonEmptyStringField(), "Version of the glossary being activated"),
  },
);

/** Payload of a `GlossaryScopeActivated` event. */
export type GlossaryScopeActivatedPayload = ModelOutput<
  typeof GlossaryScopeActivatedPayloadSchema.entries
>;

/** Model of {@link TermCandidateObservedPayload}. */
export const TermCandidateObservedPayloadSchema = model(
  "TermCandidateObservedPayload",
  "Payload for TermCandidateObserved event.",
  {
    mission_id: describe(nonEmptyStringField(), MISSION_CONTEXT),
    scope_id: describe(nonEmptyStringField(), "Scope the term was observed in"),
    step_id: describe(nonEmptyStringField(), "Mission step that produced the term"),
    term_surface: describe(nonEmptyStringField(), "Raw text form of the observed term"),
    confidence: describe(laxFloatField({ ge: 0, le: 1 }), "Confidence score (0.0\u20131.0)"),
    actor: describe(nonEmptyStringField(), "Identity of the observing actor"),
    step_metadata: describe(
      withFactoryDefault(dictField(stringField()), () => ({})),
      "Mission primitive metadata for the step (no hardcoded step names)",
    ),
  },
);

/** Payload of a `TermCandidateObserved` event. */
export type TermCandidateObservedPayload = ModelOutput<
  typeof TermCandidateObservedPayloadSchema.entries
>;

/** Model of {@link GlossarySenseUpdatedPayload}. */
export const GlossarySenseUpdatedPayloadSchema = model(
  "GlossarySenseUpdatedPayload",
  "Payload for GlossarySenseUpdated event.",
  {
    mission_id: describe(nonEmptyStringField(), MISSION_CONTEXT),
    scope_id: describe(nonEmptyStringField(), "Scope of the term"),
    term_surface: describe(nonEmptyStringField(), "Term being updated"),
    before_sense: describe(
      nullableField(stringField()),
      "Previous sense value (None if first definition)",
    ),
    after_sense: describe(nonEmptyStringField(), "New sense value"),
    reason: describe(stringField(), "Why the sense was changed"),
    actor: describe(nonEmptyStringField(), "Actor who made the change"),
  },
);

/** Payload of a `GlossarySenseUpdated` event. */
export type GlossarySenseUpdatedPayload = ModelOutput<
  typeof GlossarySenseUpdatedPayloadSchema.entries
>;

/** Model of {@link GlossaryStrictnessSetPayload}. */
export const GlossaryStrictnessSetPayloadSchema = model(
  "GlossaryStrictnessSetPayload",
  "Payload for GlossaryStrictnessSet event (mission-wide policy change).",
  {
    mission_id: describe(nonEmptyStringField(), MISSION_CONTEXT),
    new_strictness: describe(literalField(GLOSSARY_STRICTNESS_MODES), "The new strictness mode"),
    previous_strictness: describe(
      nullableField(literalField(GLOSSARY_STRICTNESS_MODES)),
      "Previous mode (None if initial setting)",
    ),
    actor: describe(nonEmptyStringField(), "Actor who changed the setting"),
  },
);

/** Payload of a `GlossaryStrictnessSet` event. */
export type GlossaryStrictnessSetPayload = ModelOutput<
  typeof GlossaryStrictnessSetPayloadSchema.entries
>;

/** Model of {@link SemanticCheckEvaluatedPayload}. */
export const SemanticCheckEvaluatedPayloadSchema = model(
  "SemanticCheckEvaluatedPayload",
  "Payload for SemanticCheckEvaluated event (step-level semantic check).",
  {
    mission_id: describe(nonEmptyStringField(), MISSION_CONTEXT),
    scope_id: describe(nonEmptyStringField(), "Scope checked against"),
    step_id: describe(nonEmptyStringField(), "Step being evaluated"),
    conflicts: describe(listField(SemanticConflictEntrySchema), "List of detected conflicts"),
    severity: describe(
      literalField(GLOSSARY_SEVERITY_LEVELS),
      "Overall check severity (max of conflicts)",
    ),
    confidence: describe(laxFloatField({ ge: 0, le: 1 }), "Overall confidence score"),
    recommended_action: describe(
      literalField(RECOMMENDED_ACTIONS),
      "Action recommendation based on severity and strictness",
    ),
    effective_strictness: describe(
      literalField(GLOSSARY_STRICTNESS_MODES),
      "Strictness mode used for this evaluation",
    ),
    step_metadata: describe(
      withFactoryDefault(dictField(stringField()), () => ({})),
      "Mission primitive metadata (no hardcoded step names)",
    ),
  },
);

/** Payload of a `SemanticCheckEvaluated` event. */
export type SemanticCheckEvaluatedPayload = ModelOutput<
  typeof SemanticCheckEvaluatedPayloadSchema.entries
>;

/** Model of {@link GlossaryClarificationRequestedPayload}. */
export const GlossaryClarificationRequestedPayloadSchema = model(
  "GlossaryClarificationRequestedPayload",
  "Payload for GlossaryClarificationRequested event.",
  {
    mission_id: describe(nonEmptyStringField(), MISSION_CONTEXT),
    scope_id: describe(nonEmptyStringField(), "Scope context"),
    step_id: describe(nonEmptyStringField(), "Step that triggered clarification"),
    semantic_check_event_id: describe(
      nonEmptyStringField(),
      "Event ID of triggering SemanticCheckEvaluated (burst-window key)",
    ),
    term: describe(nonEmptyStringField(), "The ambiguous term"),
    question: describe(stringField(), "Clarification question text"),
    options: describe(listField(stringField()), "Available answer options"),
    urgency: describe(literalField(GLOSSARY_SEVERITY_LEVELS), "Urgency level"),
    actor: describe(nonEmptyStringField(), "Actor who triggered the request"),
  },
);

/** Payload of a `GlossaryClarificationRequested` event. */
export type GlossaryClarificationRequestedPayload = ModelOutput<
  typeof GlossaryClarificationRequestedPayloadSchema.entries
>;

/** Model of {@link GlossaryClarificationResolvedPayload}. */
export const GlossaryClarificationResolvedPayloadSchema = model(
  "GlossaryClarificationResolvedPayload",
  "Payload for GlossaryClarificationResolved event.",
  {
    mission_id: describe(nonEmptyStringField(), MISSION_CONTEXT),
    clarification_event_id: describe(
      nonEmptyStringField(),
      "Event ID of the originating clarification request",
    ),
    selected_meaning: describe(nonEmptyStringField(), "The chosen or entered meaning"),
    actor: describe(nonEmptyStringField(), "Identity of the resolving actor"),
  },
);

/** Payload of a `GlossaryClarificationResolved` event. */
export type GlossaryClarificationResolvedPayload = ModelOutput<
  typeof GlossaryClarificationResolvedPayloadSchema.entries
>;

/** Model of {@link GenerationBlockedBySemanticConflictPayload}. */
export const GenerationBlockedBySemanticConflictPayloadSchema = model(
  "GenerationBlockedBySemanticConflictPayload",
  "Payload for GenerationBlockedBySemanticConflict event.",
  {
    mission_id: describe(nonEmptyStringField(), MISSION_CONTEXT),
    step_id: describe(nonEmptyStringField(), "Step that was blocked"),
    conflict_event_ids: describe(
      listField(stringField(), { minItems: 1 }),
      "Event IDs of unresolved SemanticCheckEvaluated events",
    ),
    blocking_strictness: describe(
      literalField(BLOCKING_STRICTNESS_MODES),
      "Policy mode that triggered the block (never 'off')",
    ),
    step_metadata: describe(
      withFactoryDefault(dictField(stringField()), () => ({})),
      "Mission primitive metadata",
    ),
  },
);

/** Payload of a `GenerationBlockedBySemanticConflict` event. */
export type GenerationBlockedBySemanticConflictPayload = ModelOutput<
  typeof GenerationBlockedBySemanticConflictPayloadSchema.entries
>;

/** Any glossary payload. */
export type GlossaryPayload =
  | GlossaryScopeActivatedPayload
  | TermCandidateObservedPayload
  | GlossarySenseUpdatedPayload
  | GlossaryStrictnessSetPayload
  | SemanticCheckEvaluatedPayload
  | GlossaryClarificationRequestedPayload
  | GlossaryClarificationResolvedPayload
  | GenerationBlockedBySemanticConflictPayload;

/** The payload model of each glossary event type (immutable). */
export const GLOSSARY_PAYLOAD_MODELS = Object.freeze({
  [GLOSSARY_SCOPE_ACTIVATED]: GlossaryScopeActivatedPayloadSchema,
  [TERM_CANDIDATE_OBSERVED]: TermCandidateObservedPayloadSchema,
  [SEMANTIC_CHECK_EVALUATED]: SemanticCheckEvaluatedPayloadSchema,
  [GLOSSARY_CLARIFICATION_REQUESTED]: GlossaryClarificationRequestedPayloadSchema,
  [GLOSSARY_CLARIFICATION_RESOLVED]: GlossaryClarificationResolvedPayloadSchema,
  [GLOSSARY_SENSE_UPDATED]: GlossarySenseUpdatedPayloadSchema,
  [GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT]: GenerationBlockedBySemanticConflictPayloadSchema,
  [GLOSSARY_STRICTNESS_SET]: GlossaryStrictnessSetPayloadSchema,
} as const) satisfies Readonly<Record<GlossaryEventType, AnyModel>>;
