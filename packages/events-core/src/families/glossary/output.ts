import type {
  GenerationBlockedBySemanticConflictPayload,
  GlossaryScopeActivatedPayload,
  GlossarySenseUpdatedPayload,
  GlossaryStrictness,
  GlossaryStrictnessSetPayload,
  SemanticCheckEvaluatedPayload,
  TermCandidateObservedPayload,
} from "./payloads.js";

/**
 * An event the glossary reducer (permissive mode) recorded instead of refusing the stream.
 * JSON keys in this order: `event_id`, `event_type`, `reason`.
 */
export interface GlossaryAnomaly {
  /** `event_id` of the event. */
  readonly event_id: string;
  /** `event_type` of the event. */
  readonly event_type: string;
  /** The reference's reason text (see the message catalogue). */
  readonly reason: string;
}

/** A clarification request and whether it was resolved. JSON keys in this order. */
export interface ClarificationRecord {
  /** `event_id` of the `GlossaryClarificationRequested` event. */
  readonly request_event_id: string;
  /** The semantic check the request refers to (as written in its payload). */
  readonly semantic_check_event_id: string;
  /** The term to clarify. */
  readonly term: string;
  /** True once a resolution referred to the request. */
  readonly resolved: boolean;
  /** `event_id` of the last resolution, or `null`. */
  readonly resolution_event_id: string | null;
}

/**
 * A map keyed by `(scope_id, term_surface)` in the shape of its JSON form, a map of maps
 * (`{scope_id: {term_surface: value}}` once serialised): outer and inner keys in code-point
 * order, as the reference writes the pairs.
 */
export type ScopedTermMap<V> = ReadonlyMap<string, ReadonlyMap<string, V>>;

/**
 * The projection of a glossary event stream (deeply immutable). `JSON.stringify` gives the
 * reference's JSON form, keys in this order; its maps (`insertionOrderedMap`) are written as
 * objects with their keys in order.
 */
export interface ReducedGlossaryState {
  /** `mission_id` of the first glossary event's payload, or `""` when there is none. */
  readonly mission_id: string;
  /** Activated scopes by `scope_id`, in first-activation order (a re-activation replaces the payload). */
  readonly active_scopes: ReadonlyMap<string, GlossaryScopeActivatedPayload>;
  /** The latest strictness set, `medium` by default. */
  readonly current_strictness: GlossaryStrictness;
  /** Every strictness change, in order. */
  readonly strictness_history: readonly GlossaryStrictnessSetPayload[];
  /** Observed candidates by scope and term surface (JSON form, code-point order). */
  readonly term_candidates: ScopedTermMap<readonly TermCandidateObservedPayload[]>;
  /** The latest sense of each term by scope and term surface (JSON form, code-point order). */
  readonly term_senses: ScopedTermMap<GlossarySenseUpdatedPayload>;
  /** Recorded clarification requests, in order. */
  readonly clarifications: readonly ClarificationRecord[];
  /** Every semantic check, in order. */
  readonly semantic_checks: readonly SemanticCheckEvaluatedPayload[];
  /** Every generation block, in order. */
  readonly generation_blocks: readonly GenerationBlockedBySemanticConflictPayload[];
  /** Problems recorded in permissive mode, in order. */
  readonly anomalies: readonly GlossaryAnomaly[];
  /** Number of glossary events after dedup. */
  readonly event_count: number;
  /** `event_id` of the last glossary event folded, or `null` when there is none. */
  readonly last_processed_event_id: string | null;
}
