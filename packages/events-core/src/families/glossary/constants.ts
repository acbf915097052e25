import { frozenSet } from "../../rules/frozen.js";

/** Event type: a glossary scope was activated for a mission. */
export const GLOSSARY_SCOPE_ACTIVATED = "GlossaryScopeActivated";
/** Event type: a mission step observed a candidate term. */
export const TERM_CANDIDATE_OBSERVED = "TermCandidateObserved";
/** Event type: a step-level semantic check was evaluated. */
export const SEMANTIC_CHECK_EVALUATED = "SemanticCheckEvaluated";
/** Event type: a clarification of a term was requested. */
export const GLOSSARY_CLARIFICATION_REQUESTED = "GlossaryClarificationRequested";
/** Event type: a clarification request was resolved. */
export const GLOSSARY_CLARIFICATION_RESOLVED = "GlossaryClarificationResolved";
/** Event type: the sense of a term was updated. */
export const GLOSSARY_SENSE_UPDATED = "GlossarySenseUpdated";
/** Event type: generation was blocked by a semantic conflict. */
export const GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT = "GenerationBlockedBySemanticConflict";
/** Event type: the mission-wide glossary strictness was set. */
export const GLOSSARY_STRICTNESS_SET = "GlossaryStrictnessSet";

/** An event type of the glossary family (a member of {@link GLOSSARY_EVENT_TYPES}). */
export type GlossaryEventType =
  | typeof GLOSSARY_SCOPE_ACTIVATED
  | typeof TERM_CANDIDATE_OBSERVED
  | typeof SEMANTIC_CHECK_EVALUATED
  | typeof GLOSSARY_CLARIFICATION_REQUESTED
  | typeof GLOSSARY_CLARIFICATION_RESOLVED
  | typeof GLOSSARY_SENSE_UPDATED
  | typeof GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT
  | typeof GLOSSARY_STRICTNESS_SET;

/** The eight glossary event types (immutable). */
export const GLOSSARY_EVENT_TYPES: ReadonlySet<GlossaryEventType> = frozenSet<GlossaryEventType>([
  GLOSSARY_SCOPE_ACTIVATED,
  TERM_CANDIDATE_OBSERVED,
  SEMANTIC_CHECK_EVALUATED,
  GLOSSARY_CLARIFICATION_REQUESTED,
  GLOSSARY_CLARIFICATION_RESOLVED,
  GLOSSARY_SENSE_UPDATED,
  GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT,
  GLOSSARY_STRICTNESS_SET,
]);
