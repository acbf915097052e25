import { PayloadValidationError, SpecKittyEventsError } from "../../errors.js";
import { modelOutputOf } from "../../internal/index.js";
import {
  type ModelEntries,
  type ModelOutput,
  type ModelSchema,
  safeParseModel,
} from "../../model/model.js";
import { compareCodePoints } from "../../ordering/code-point.js";
import { formatPydanticValidationError } from "../../python/validation-error.js";
import {
  eventAnomaly,
  filterSortDedupEvents,
  type ReducibleEvent,
} from "../../reducers/pipeline.js";
import { insertionOrderedMap } from "../../support/ordered-map.js";
import {
  GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT,
  GLOSSARY_CLARIFICATION_REQUESTED,
  GLOSSARY_CLARIFICATION_RESOLVED,
  GLOSSARY_EVENT_TYPES,
  GLOSSARY_SCOPE_ACTIVATED,
  GLOSSARY_SENSE_UPDATED,
  GLOSSARY_STRICTNESS_SET,
  type GlossaryEventType,
  SEMANTIC_CHECK_EVALUATED,
  TERM_CANDIDATE_OBSERVED,
} from "./constants.js";
import type {
  ClarificationRecord,
  GlossaryAnomaly,
  ReducedGlossaryState,
  ScopedTermMap,
} from "./output.js";
import {
  type GenerationBlockedBySemanticConflictPayload,
  GLOSSARY_PAYLOAD_MODELS,
  type GlossaryScopeActivatedPayload,
  type GlossarySenseUpdatedPayload,
  type GlossaryStrictness,
  type GlossaryStrictnessSetPayload,
  type SemanticCheckEvaluatedPayload,
  type TermCandidateObservedPayload,
} from "./payloads.js";

/** The glossary reducer's modes, the default first. Any other mode text behaves as `permissive`. */
export const GLOSSARY_REDUCER_MODES = Object.freeze(["strict", "permissive"] as const);

/** A glossary reducer mode. */
export type GlossaryReducerMode = (typeof GLOSSARY_REDUCER_MODES)[number];

/** Options of {@link reduceGlossaryEvents}. */
export interface GlossaryReducerOptions {
  /**
   * `strict` (the default) throws `SpecKittyEventsError` on the first reference problem;
   * any other value (`permissive`) records an anomaly instead. Only the exact text `strict`
   * is strict.
   */
  readonly mode?: string;
}

/** Strictness before any `GlossaryStrictnessSet` event. */
export const DEFAULT_GLOSSARY_STRICTNESS: GlossaryStrictness = "medium";

/**
 * Unresolved requests one semantic check may have: a request that finds this many already is
 * refused (the reference's text says `>3`, yet the fourth request is the refused one).
 */
export const CLARIFICATION_BURST_CAP = 3;

/** The reason texts of glossary anomalies and the messages of strict-mode errors (exact). */
export const GlossaryMessages = Object.freeze({
  /** Anomaly: a scope that no `GlossaryScopeActivated` event activated. */
  unactivatedScope: (scopeId: string) => `References unactivated scope '${scopeId}'`,
  /** Strict error: a scope that no `GlossaryScopeActivated` event activated. */
  unactivatedScopeError: (eventId: string, scopeId: string) =>
    `Event ${eventId} references unactivated scope '${scopeId}'`,
  /** Anomaly: a sense update for a term with no observed candidate. */
  unobservedTerm: (term: string) => `Sense update for unobserved term '${term}'`,
  /** Strict error: a sense update for a term with no observed candidate. */
  unobservedTermError: (eventId: string, term: string) =>
    `GlossarySenseUpdated for unobserved term '${term}' in event ${eventId}`,
  /** Anomaly: a clarification request for a semantic check not seen before. */
  unknownSemanticCheck: (checkId: string) => `References unknown semantic check '${checkId}'`,
  /** Strict error: a clarification request for a semantic check not seen before. */
  unknownSemanticCheckError: (eventId: string, checkId: string) =>
    `GlossaryClarificationRequested references unknown semantic check '${checkId}' in event ${eventId}`,
  /** Anomaly: a request refused because its check has three unresolved requests. */
  burstCapExceeded: (checkId: string) =>
    `Burst cap exceeded: >3 active clarifications for semantic check '${checkId}'`,
  /** Strict error: a request refused because its check has three unresolved requests. */
  burstCapExceededError: (eventId: string, checkId: string) =>
    `Clarification burst cap exceeded for semantic check '${checkId}' in event ${eventId}`,
  /** Anomaly: a resolution of a request that was never recorded. */
  unknownClarification: (clarificationId: string) =>
    `Resolution for unknown clarification '${clarificationId}'`,
  /** Strict error: a resolution of a request that was never recorded. */
  unknownClarificationError: (eventId: string, clarificationId: string) =>
    `GlossaryClarificationResolved references unknown clarification '${clarificationId}' in event ${eventId}`,
});

/** A clarification record while the fold may still resolve it. */
type OpenClarificationRecord = {
  -readonly [K in keyof ClarificationRecord]: ClarificationRecord[K];
};

/** The working state of one glossary fold. */
interface GlossaryFold {
  readonly strict: boolean;
  /** `mission_id` of the first event's payload. */
  missionId: string;
  readonly activeScopes: Map<string, GlossaryScopeActivatedPayload>;
  currentStrictness: GlossaryStrictness;
  readonly strictnessHistory: GlossaryStrictnessSetPayload[];
  /** `scope_id` -> `term_surface` -> candidates. */
  readonly termCandidates: Map<string, Map<string, TermCandidateObservedPayload[]>>;
  /** `scope_id` -> `term_surface` -> latest sense. */
  readonly termSenses: Map<string, Map<string, GlossarySenseUpdatedPayload>>;
  readonly semanticChecks: SemanticCheckEvaluatedPayload[];
  /** `event_id`s of the semantic checks folded so far. */
  readonly knownCheckIds: Set<string>;
  /** Recorded requests, in order (frozen when the output is built). */
  readonly clarifications: OpenClarificationRecord[];
  /** `request_event_id` -> its record. */
  readonly clarificationOf: Map<string, OpenClarificationRecord>;
  /** `semantic_check_event_id` -> number of its unresolved records. */
  readonly unresolvedByCheck: Map<string, number>;
  readonly generationBlocks: GenerationBlockedBySemanticConflictPayload[];
  readonly anomalies: GlossaryAnomaly[];
}

/**
 * A reference problem: strict mode throws `SpecKittyEventsError` with `error`, permissive mode
 * records an anomaly with `reason`.
 */
function refuse(fold: GlossaryFold, event: ReducibleEvent, error: string, reason: string): void {
  if (fold.strict) throw new SpecKittyEventsError(error);
  fold.anomalies.push(eventAnomaly(event, reason));
}

/** The scope check: an unactivated scope is refused; the event goes on in permissive mode. */
function checkScope(fold: GlossaryFold, event: ReducibleEvent, scopeId: string): void {
  if (fold.activeScopes.has(scopeId)) return;
  refuse(
    fold,
    event,
    GlossaryMessages.unactivatedScopeError(event.event_id, scopeId),
    GlossaryMessages.unactivatedScope(scopeId),
  );
}

/** The inner map of `outer` at `key`, created when absent. */
function innerMap<V>(outer: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let inner = outer.get(key);
  if (inner === undefined) {
    inner = new Map();
    outer.set(key, inner);
  }
  return inner;
}

/** How one glossary event type changes the fold, given its parsed payload. */
type GlossaryHandler<P> = (fold: GlossaryFold, event: ReducibleEvent, payload: P) => void;

/** The parsed payload of a glossary event type. */
export type GlossaryPayloadOf<T extends GlossaryEventType> = ModelOutput<
  (typeof GLOSSARY_PAYLOAD_MODELS)[T]["entries"]
>;

/** The handler of each glossary event type (section 2.4 of the family sheet). */
const GLOSSARY_HANDLERS: {
  readonly [T in GlossaryEventType]: GlossaryHandler<GlossaryPayloadOf<T>>;
} = {
  [GLOSSARY_SCOPE_ACTIVATED]: (fold, _event, payload) => {
    fold.activeScopes.set(payload.scope_id, payload);
  },

  [GLOSSARY_STRICTNESS_SET]: (fold, _event, payload) => {
    fold.currentStrictness = payload.new_strictness;
    fold.strictnessHistory.push(payload);
  },

  [TERM_CANDIDATE_OBSERVED]: (fold, event, payload) => {
    checkScope(fold, event, payload.scope_id);
    const terms = innerMap(fold.termCandidates, payload.scope_id);
    const candidates = terms.get(payload.term_surface);
    if (candidates === undefined) terms.set(payload.term_surface, [payload]);
    else candidates.push(payload);
  },

  [GLOSSARY_SENSE_UPDATED]: (fold, event, payload) => {
    checkScope(fold, event, payload.scope_id);
    if (fold.termCandidates.get(payload.scope_id)?.has(payload.term_surface) !== true) {
      refuse(
        fold,
        event,
        GlossaryMessages.unobservedTermError(event.event_id, payload.term_surface),
        GlossaryMessages.unobservedTerm(payload.term_surface),
      );
    }
    innerMap(fold.termSenses, payload.scope_id).set(payload.term_surface, payload);
  },

  [SEMANTIC_CHECK_EVALUATED]: (fold, event, payload) => {
    checkScope(fold, event, payload.scope_id);
    fold.semanticChecks.push(payload);
    fold.knownCheckIds.add(event.event_id);
  },

  [GLOSSARY_CLARIFICATION_REQUESTED]: (fold, event, payload) => {
    checkScope(fold, event, payload.scope_id);
    const checkId = payload.semantic_check_event_id;
    if (!fold.knownCheckIds.has(checkId)) {
      refuse(
        fold,
        event,
        GlossaryMessages.unknownSemanticCheckError(event.event_id, checkId),
        GlossaryMessages.unknownSemanticCheck(checkId),
      );
      return;
    }
    const unresolved = fold.unresolvedByCheck.get(checkId) ?? 0;
    if (unresolved >= CLARIFICATION_BURST_CAP) {
      refuse(
        fold,
        event,
        GlossaryMessages.burstCapExceededError(event.event_id, checkId),
        GlossaryMessages.burstCapExceeded(checkId),
      );
      return;
    }
    fold.unresolvedByCheck.set(checkId, unresolved + 1);
    const record: OpenClarificationRecord = {
      request_event_id: event.event_id,
      semantic_check_event_id: checkId,
      term: payload.term,
      resolved: false,
      resolution_event_id: null,
    };
    fold.clarificationOf.set(event.event_id, record);
    fold.clarifications.push(record);
  },

  [GLOSSARY_CLARIFICATION_RESOLVED]: (fold, event, payload) => {
    const requestId = payload.clarification_event_id;
    const record = fold.clarificationOf.get(requestId);
    if (record === undefined) {
      refuse(
        fold,
        event,
        GlossaryMessages.unknownClarificationError(event.event_id, requestId),
        GlossaryMessages.unknownClarification(requestId),
      );
      return;
    }
    if (!record.resolved) {
      const checkId = record.semantic_check_event_id;
      fold.unresolvedByCheck.set(checkId, (fold.unresolvedByCheck.get(checkId) ?? 1) - 1);
    }
    // An already-resolved record is overwritten silently: the last resolution wins.
    record.resolved = true;
    record.resolution_event_id = event.event_id;
  },

  [GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT]: (fold, _event, payload) => {
    fold.generationBlocks.push(payload);
  },
};

/** The parse of each glossary payload model, as a function (`safeParseModel(model, p).output`). */
const GLOSSARY_PAYLOAD_OUTPUTS: {
  readonly [T in GlossaryEventType]: (input: unknown) => GlossaryPayloadOf<T> | undefined;
} = {
  [GLOSSARY_SCOPE_ACTIVATED]: modelOutputOf(GLOSSARY_PAYLOAD_MODELS[GLOSSARY_SCOPE_ACTIVATED]),
  [TERM_CANDIDATE_OBSERVED]: modelOutputOf(GLOSSARY_PAYLOAD_MODELS[TERM_CANDIDATE_OBSERVED]),
  [SEMANTIC_CHECK_EVALUATED]: modelOutputOf(GLOSSARY_PAYLOAD_MODELS[SEMANTIC_CHECK_EVALUATED]),
  [GLOSSARY_CLARIFICATION_REQUESTED]: modelOutputOf(
    GLOSSARY_PAYLOAD_MODELS[GLOSSARY_CLARIFICATION_REQUESTED],
  ),
  [GLOSSARY_CLARIFICATION_RESOLVED]: modelOutputOf(
    GLOSSARY_PAYLOAD_MODELS[GLOSSARY_CLARIFICATION_RESOLVED],
  ),
  [GLOSSARY_SENSE_UPDATED]: modelOutputOf(GLOSSARY_PAYLOAD_MODELS[GLOSSARY_SENSE_UPDATED]),
  [GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT]: modelOutputOf(
    GLOSSARY_PAYLOAD_MODELS[GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT],
  ),
  [GLOSSARY_STRICTNESS_SET]: modelOutputOf(GLOSSARY_PAYLOAD_MODELS[GLOSSARY_STRICTNESS_SET]),
};

/**
 * Parses an event's payload with its type's model (lax rules; unknown keys dropped, defaults
 * filled in). A payload the model refuses aborts the reduction in both modes: pydantic's
 * `ValidationError` (a {@link PayloadValidationError}, message as pydantic writes it).
 */
export function parseGlossaryPayload<T extends GlossaryEventType>(
  event: ReducibleEvent & { readonly event_type: T },
): GlossaryPayloadOf<T> {
  const type: T = event.event_type;
  const { payload } = event;
  const output = (
    GLOSSARY_PAYLOAD_OUTPUTS[type] as (input: unknown) => GlossaryPayloadOf<T> | undefined
  )(payload);
  if (output !== undefined) return output;
  const model = GLOSSARY_PAYLOAD_MODELS[type] as unknown as ModelSchema<ModelEntries>;
  const issues = safeParseModel(model, payload).issues ?? [];
  throw new PayloadValidationError(
    model.name,
    issues,
    formatPydanticValidationError(model.name, issues, payload),
  );
}

/** A two-level map in the shape of its JSON form: outer and inner keys in code-point order. */
function scopedTermMap<V, W>(
  map: ReadonlyMap<string, ReadonlyMap<string, V>>,
  freeze: (value: V) => W,
): ScopedTermMap<W> {
  return insertionOrderedMap(
    [...map.keys()].sort(compareCodePoints).map((scopeId): [string, ReadonlyMap<string, W>] => {
      const terms = map.get(scopeId) as ReadonlyMap<string, V>;
      return [
        scopeId,
        insertionOrderedMap(
          [...terms.keys()]
            .sort(compareCodePoints)
            .map((term): [string, W] => [term, freeze(terms.get(term) as V)]),
        ),
      ];
    }),
  );
}

/**
 * The glossary events a reducer folds, in order: the family's events only (filtered first,
 * so another family's event never shadows one of them), sorted by the status sort key, the
 * first of each `event_id` kept.
 */
export function glossaryEventsInOrder<TEvent extends ReducibleEvent>(
  events: readonly TEvent[],
): readonly TEvent[] {
  return filterSortDedupEvents(events, GLOSSARY_EVENT_TYPES);
}

/**
 * Projects glossary events into one state (family sheet, section 2.4): keep the glossary
 * events, sort by the status sort key, dedup by `event_id`, then fold each one after parsing
 * its payload with its type's model.
 *
 * Throws, as the reference raises, at the first event that fails:
 * - in both modes, a {@link PayloadValidationError} (named `ValidationError`) for a payload
 *   its model refuses;
 * - in strict mode, a {@link SpecKittyEventsError} for an unactivated scope, a sense update of
 *   an unobserved term, a request for an unknown semantic check or past the burst cap, or a
 *   resolution of an unknown request. Permissive mode records these as anomalies.
 */
export function reduceGlossaryEvents(
  events: readonly ReducibleEvent[],
  options: GlossaryReducerOptions = {},
): ReducedGlossaryState {
  const glossaryEvents = glossaryEventsInOrder(events);
  const fold = foldGlossaryEvents(glossaryEvents, (options.mode ?? "strict") === "strict");
  return glossaryState(fold, glossaryEvents);
}

/** Folds the glossary events, in order, into a new working state. */
function foldGlossaryEvents(events: readonly ReducibleEvent[], strict: boolean): GlossaryFold {
  const fold: GlossaryFold = {
    strict,
    missionId: "",
    activeScopes: new Map(),
    currentStrictness: DEFAULT_GLOSSARY_STRICTNESS,
    strictnessHistory: [],
    termCandidates: new Map(),
    termSenses: new Map(),
    semanticChecks: [],
    knownCheckIds: new Set(),
    clarifications: [],
    clarificationOf: new Map(),
    unresolvedByCheck: new Map(),
    generationBlocks: [],
    anomalies: [],
  };
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as ReducibleEvent & { readonly event_type: GlossaryEventType };
    const payload = parseGlossaryPayload(event);
    // Every glossary payload has a non-empty `mission_id`: the first event's is the state's.
    if (i === 0) fold.missionId = payload.mission_id;
    (GLOSSARY_HANDLERS[event.event_type] as GlossaryHandler<unknown>)(fold, event, payload);
  }
  return fold;
}

/** The output of a fold over `events` (all of them counted), deeply frozen. */
function glossaryState(
  fold: GlossaryFold,
  events: readonly ReducibleEvent[],
): ReducedGlossaryState {
  for (const record of fold.clarifications) Object.freeze(record);
  // Every payload and anomaly is frozen already: only the containers are left.
  return Object.freeze({
    mission_id: fold.missionId,
    active_scopes: insertionOrderedMap(fold.activeScopes),
    current_strictness: fold.currentStrictness,
    strictness_history: Object.freeze(fold.strictnessHistory),
    term_candidates: scopedTermMap(fold.termCandidates, (candidates) => Object.freeze(candidates)),
    term_senses: scopedTermMap(fold.termSenses, (sense) => sense),
    clarifications: Object.freeze(fold.clarifications),
    semantic_checks: Object.freeze(fold.semanticChecks),
    generation_blocks: Object.freeze(fold.generationBlocks),
    anomalies: Object.freeze(fold.anomalies),
    event_count: events.length,
    last_processed_event_id: events.at(-1)?.event_id ?? null,
  });
}
