import { describe } from "../../model/describe.js";
import { type ModelOutput, model } from "../../model/model.js";
import { withModelRules } from "../../model/model-rules.js";
import { isPythonBlank } from "../../python/python-text.js";
import { withBefore } from "../../rules/before.js";
import { laxBoolField } from "../../rules/bool.js";
import { nullableField, withDefault, withFactoryDefault } from "../../rules/defaults.js";
import { listField } from "../../rules/list.js";
import { literalField } from "../../rules/literal.js";
import { nonEmptyStringField, stringField } from "../../rules/string.js";
import { ExecutionModeSchema, Lane, LaneSchema } from "./enums.js";
import { LANE_ALIASES } from "./lanes.js";

/** Model of {@link RepoEvidence}. */
export const RepoEvidenceSchema = model(
  "RepoEvidence",
  "Evidence of repository changes for a completed work-package.",
  {
    repo: describe(nonEmptyStringField(), "Repository identifier"),
    branch: describe(nonEmptyStringField(), "Branch name"),
    commit: describe(nonEmptyStringField(), "Commit SHA or reference"),
    files_touched: describe(nullableField(listField(stringField())), "List of files modified"),
  },
);

/** Evidence of repository changes for a completed work package. */
export type RepoEvidence = ModelOutput<typeof RepoEvidenceSchema.entries>;

/** Model of {@link VerificationEntry}. */
export const VerificationEntrySchema = model(
  "VerificationEntry",
  "A single verification step (e.g. test run, lint check).",
  {
    command: describe(nonEmptyStringField(), "Command that was executed"),
    result: describe(nonEmptyStringField(), "Outcome of the command"),
    summary: describe(nullableField(stringField()), "Human-readable summary"),
  },
);

/** One verification step (a test run, a lint check). */
export type VerificationEntry = ModelOutput<typeof VerificationEntrySchema.entries>;

/** Model of {@link ReviewVerdict}. */
export const ReviewVerdictSchema = model(
  "ReviewVerdict",
  "Verdict from a human or automated reviewer.",
  {
    reviewer: describe(nonEmptyStringField(), "Who reviewed"),
    verdict: describe(nonEmptyStringField(), "Verdict string"),
    reference: describe(nullableField(stringField()), "URL or reference for the review"),
  },
);

/** The verdict of a human or automated reviewer (`verdict` is free text). */
export type ReviewVerdict = ModelOutput<typeof ReviewVerdictSchema.entries>;

/** Model of {@link DoneEvidence}. */
export const DoneEvidenceSchema = model(
  "DoneEvidence",
  "Evidence bundle required when a WP transitions to DONE.",
  {
    repos: describe(
      listField(RepoEvidenceSchema, { minItems: 1 }),
      "At least one repo with changes",
    ),
    verification: describe(
      withFactoryDefault(listField(VerificationEntrySchema), () => []),
      "Verification steps executed",
    ),
    review: describe(ReviewVerdictSchema, "Review verdict"),
  },
);

/** The evidence bundle a transition to `done` requires (at least one repo, a review). */
export type DoneEvidence = ModelOutput<typeof DoneEvidenceSchema.entries>;

/** Model of {@link ForceMetadata} (not published as a schema, as in the reference). */
export const ForceMetadataSchema = model("ForceMetadata", "Metadata for a forced transition.", {
  force: withDefault(literalField([true]), true),
  actor: nonEmptyStringField(),
  reason: nonEmptyStringField(),
});

/**
 * Metadata of a forced transition: `force` is the literal `true` (the numbers 1 and 1.0 pass
 * too and become `true`), `actor` and `reason` non-empty. Exported; nothing else uses it.
 */
export type ForceMetadata = ModelOutput<typeof ForceMetadataSchema.entries>;

/**
 * The lane fields' "before" step: the alias `doing` becomes `in_progress`; every other input
 * (`null`, `DOING`, a number) goes to the enum unchanged.
 */
function laneAlias(input: unknown): unknown {
  return typeof input === "string" && Object.hasOwn(LANE_ALIASES, input)
    ? LANE_ALIASES[input]
    : input;
}

/** A lane field that reads the alias `doing` as `in_progress` (wire form: `$ref` to Lane). */
const aliasedLaneField = () => withBefore(LaneSchema, laneAlias);

/**
 * The fields of {@link StatusTransitionPayload}, in the reference's order, without the
 * business rules (the model {@link StatusTransitionPayloadSchema} adds them).
 */
export const StatusTransitionFieldsSchema = model(
  "StatusTransitionPayload",
  "Payload for a WPStatusChanged event describing a lane transition.",
  {
    feature_slug: describe(nonEmptyStringField(), "Feature identifier"),
    wp_id: describe(nonEmptyStringField(), "Work-package identifier"),
    from_lane: describe(
      nullableField(aliasedLaneField()),
      "Lane the WP is transitioning from (None for initial)",
    ),
    to_lane: describe(aliasedLaneField(), "Lane the WP is transitioning to"),
    actor: describe(nonEmptyStringField(), "Who initiated the transition"),
    force: describe(withDefault(laxBoolField(), false), "Whether this is a forced transition"),
    reason: describe(
      nullableField(stringField()),
      "Reason for the transition (required when force=True)",
    ),
    execution_mode: describe(ExecutionModeSchema, "How the work-package is being executed"),
    review_ref: describe(nullableField(stringField()), "Reference to an external review"),
    evidence: describe(
      nullableField(DoneEvidenceSchema),
      "Evidence bundle (required when to_lane=DONE)",
    ),
  },
);

/** The message of the rule "a forced transition needs a non-blank reason". */
export const FORCE_REQUIRES_REASON = "force=True requires a non-empty reason";

/** The message of the rule "a transition to done needs evidence". */
export const DONE_REQUIRES_EVIDENCE = "to_lane='done' requires evidence";

/**
 * Payload of a `WPStatusChanged` event: a work package's lane transition. The lanes are
 * canonical (`doing` was read as `in_progress`); `force` is a lax boolean.
 */
export type StatusTransitionPayload = ModelOutput<typeof StatusTransitionFieldsSchema.entries>;

/** The fields the business rules of a status transition read (`evidence`: only whether null). */
export type TransitionRuleFields = Pick<StatusTransitionPayload, "force" | "reason" | "to_lane"> & {
  readonly evidence: unknown;
};

/**
 * The business rules of a status transition, in order (the first failure wins): `force` needs
 * a reason that is not blank by Python's `str.strip()`; `to_lane` `done` needs `evidence`
 * (even when forced). Returns the failing rule's message, or `undefined`.
 */
export function transitionRuleFailure(fields: TransitionRuleFields): string | undefined {
  if (fields.force && isPythonBlank(fields.reason)) return FORCE_REQUIRES_REASON;
  if (fields.to_lane === Lane.DONE && fields.evidence === null) return DONE_REQUIRES_EVIDENCE;
  return undefined;
}

/**
 * Model of {@link StatusTransitionPayload}: the fields, then the business rules of
 * {@link transitionRuleFailure} (only when every field passed).
 */
export const StatusTransitionPayloadSchema = withModelRules(
  StatusTransitionFieldsSchema,
  transitionRuleFailure,
);
