import {
  defineFamily,
  payload,
  type ReducerSummary,
  type ReducerSummaryRow,
} from "../../family.js";
import { listRow, summaryCount, summaryText, valueRow } from "../../summary/summary.js";
import {
  GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT,
  GLOSSARY_CLARIFICATION_REQUESTED,
  GLOSSARY_CLARIFICATION_RESOLVED,
  GLOSSARY_EVENT_TYPES,
  GLOSSARY_SCOPE_ACTIVATED,
  GLOSSARY_SENSE_UPDATED,
  GLOSSARY_STRICTNESS_SET,
  SEMANTIC_CHECK_EVALUATED,
  TERM_CANDIDATE_OBSERVED,
} from "./constants.js";
import type { GlossaryAnomaly, ReducedGlossaryState, ScopedTermMap } from "./output.js";
import {
  GenerationBlockedBySemanticConflictPayloadSchema,
  GlossaryClarificationRequestedPayloadSchema,
  GlossaryClarificationResolvedPayloadSchema,
  GlossaryScopeActivatedPayloadSchema,
  GlossarySenseUpdatedPayloadSchema,
  GlossaryStrictnessSetPayloadSchema,
  SemanticCheckEvaluatedPayloadSchema,
  SemanticConflictEntrySchema,
  TermCandidateObservedPayloadSchema,
} from "./payloads.js";
import { GLOSSARY_REDUCER_MODES, reduceGlossaryEvents } from "./reducer.js";

/** Number of `(scope_id, term_surface)` keys of a scoped term map. */
function scopedTermCount(map: ScopedTermMap<unknown>): number {
  let count = 0;
  for (const terms of map.values()) count += terms.size;
  return count;
}

/** The `anomalies` row of an `{event_id, event_type, reason}` anomaly list. */
function glossaryAnomalyRow(anomalies: readonly GlossaryAnomaly[]): ReducerSummaryRow {
  return listRow(
    "anomalies",
    anomalies,
    (anomaly) =>
      `${summaryText(anomaly.event_id, 80)}  ${summaryText(anomaly.event_type, 80)}: ${summaryText(anomaly.reason)}`,
  );
}

/** The readable summary of a glossary projection. */
export function summarizeGlossaryState(state: ReducedGlossaryState): ReducerSummary {
  const resolved = state.clarifications.filter((record) => record.resolved).length;
  return {
    title: "glossary projection",
    rows: [
      valueRow("events", `${summaryCount(state.event_count)} (glossary events after dedup)`),
      valueRow("mission", summaryText(state.mission_id, 200)),
      valueRow(
        "strictness",
        `${state.current_strictness} (${summaryCount(state.strictness_history.length)} changes)`,
      ),
      listRow(
        "active scopes",
        [...state.active_scopes.values()],
        (scope) =>
          `${summaryText(scope.scope_id, 80)}  ${scope.scope_type}  ${summaryText(scope.glossary_version_id, 80)}`,
      ),
      valueRow("observed terms", summaryCount(scopedTermCount(state.term_candidates))),
      valueRow("term senses", summaryCount(scopedTermCount(state.term_senses))),
      listRow(
        "clarifications",
        state.clarifications,
        (record) =>
          `${summaryText(record.request_event_id, 80)}  '${summaryText(record.term, 80)}'  ${record.resolved ? "resolved" : "open"}`,
        ` (${summaryCount(resolved)} resolved)`,
      ),
      valueRow("semantic checks", summaryCount(state.semantic_checks.length)),
      valueRow("generation blocks", summaryCount(state.generation_blocks.length)),
      glossaryAnomalyRow(state.anomalies),
    ],
  };
}

/** The glossary family (since 2.2.0): its event types, models and reducer. */
export const GLOSSARY_FAMILY = defineFamily({
  name: "glossary",
  title: "glossary semantics",
  schemaVersion: "2.7.0",
  since: "2.2.0",
  fixtureCategories: ["glossary"],
  eventTypes: GLOSSARY_EVENT_TYPES,
  payloads: [
    payload(
      GLOSSARY_SCOPE_ACTIVATED,
      "glossary_scope_activated_payload",
      GlossaryScopeActivatedPayloadSchema,
    ),
    payload(
      TERM_CANDIDATE_OBSERVED,
      "term_candidate_observed_payload",
      TermCandidateObservedPayloadSchema,
    ),
    payload(
      SEMANTIC_CHECK_EVALUATED,
      "semantic_check_evaluated_payload",
      SemanticCheckEvaluatedPayloadSchema,
    ),
    payload(
      GLOSSARY_CLARIFICATION_REQUESTED,
      "glossary_clarification_requested_payload",
      GlossaryClarificationRequestedPayloadSchema,
    ),
    payload(
      GLOSSARY_CLARIFICATION_RESOLVED,
      "glossary_clarification_resolved_payload",
      GlossaryClarificationResolvedPayloadSchema,
    ),
    payload(
      GLOSSARY_SENSE_UPDATED,
      "glossary_sense_updated_payload",
      GlossarySenseUpdatedPayloadSchema,
    ),
    payload(
      GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT,
      "generation_blocked_by_semantic_conflict_payload",
      GenerationBlockedBySemanticConflictPayloadSchema,
    ),
    payload(
      GLOSSARY_STRICTNESS_SET,
      "glossary_strictness_set_payload",
      GlossaryStrictnessSetPayloadSchema,
    ),
  ],
  models: [{ schemaName: "semantic_conflict_entry", model: SemanticConflictEntrySchema }],
  reducer: {
    outputModel: "ReducedGlossaryState",
    modes: GLOSSARY_REDUCER_MODES,
    reduce: (events, options) => reduceGlossaryEvents(events, options),
    summarize: summarizeGlossaryState,
  },
});
