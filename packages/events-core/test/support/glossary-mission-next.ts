/**
 * Builders for glossary and mission-next tests: valid example payloads (written from the
 * family sheet, sections 2.2 and 3.2) and envelopes parsed with `parseEvent`.
 */
import type { Event } from "../../src/envelope/event.js";
import { envelope, ulid } from "./connector-sync.js";

/** The mission of the glossary examples. */
export const MISSION = "mission-glossary-7";

/** A complete valid payload per glossary event type (every field, in the model's order). */
export const GLOSSARY_EXAMPLES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  GlossaryScopeActivated: {
    mission_id: MISSION,
    scope_id: "scope-core",
    scope_type: "spec_kitty_core",
    glossary_version_id: "v2.1.0",
  },
  TermCandidateObserved: {
    mission_id: MISSION,
    scope_id: "scope-core",
    step_id: "step-plan",
    term_surface: "work package",
    confidence: 0.8,
    actor: "agent-claude",
    step_metadata: { primitive: "plan" },
  },
  SemanticCheckEvaluated: {
    mission_id: MISSION,
    scope_id: "scope-core",
    step_id: "step-plan",
    conflicts: [
      { term: "lane", nature: "overloaded", severity: "medium", description: "two meanings" },
    ],
    severity: "medium",
    confidence: 0.6,
    recommended_action: "warn",
    effective_strictness: "medium",
    step_metadata: {},
  },
  GlossaryClarificationRequested: {
    mission_id: MISSION,
    scope_id: "scope-core",
    step_id: "step-plan",
    semantic_check_event_id: ulid(3),
    term: "lane",
    question: "Which lane is meant?",
    options: ["kanban lane", "swim lane"],
    urgency: "medium",
    actor: "agent-claude",
  },
  GlossaryClarificationResolved: {
    mission_id: MISSION,
    clarification_event_id: ulid(4),
    selected_meaning: "kanban lane",
    actor: "user-ada",
  },
  GlossarySenseUpdated: {
    mission_id: MISSION,
    scope_id: "scope-core",
    term_surface: "work package",
    before_sense: null,
    after_sense: "a unit of planned work",
    reason: "first definition",
    actor: "user-ada",
  },
  GenerationBlockedBySemanticConflict: {
    mission_id: MISSION,
    step_id: "step-implement",
    conflict_event_ids: [ulid(3)],
    blocking_strictness: "max",
    step_metadata: {},
  },
  GlossaryStrictnessSet: {
    mission_id: MISSION,
    new_strictness: "max",
    previous_strictness: "medium",
    actor: "user-ada",
  },
};

/** An actor as a producer writes it (every field). */
export const LLM_ACTOR = Object.freeze({
  actor_id: "agent-claude",
  actor_type: "llm",
  display_name: "Claude",
  provider: "anthropic",
  model: "claude-opus-4-6",
  tool: null,
});

/** The run of the mission-next examples. */
export const RUN = "run-0042";

/** A complete valid payload per mission-next payload type (every field, in the model's order). */
export const MISSION_NEXT_EXAMPLES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  MissionRunStarted: { run_id: RUN, mission_key: "software-dev", actor: LLM_ACTOR },
  NextStepIssued: { run_id: RUN, step_id: "step-a", agent_id: "agent-1", actor: LLM_ACTOR },
  NextStepAutoCompleted: {
    run_id: RUN,
    step_id: "step-a",
    agent_id: "agent-1",
    result: "success",
    actor: LLM_ACTOR,
  },
  DecisionInputRequested: {
    run_id: RUN,
    decision_id: "d1",
    step_id: "step-a",
    question: "Which database?",
    options: ["postgres", "sqlite"],
    input_key: null,
    actor: LLM_ACTOR,
  },
  DecisionInputAnswered: { run_id: RUN, decision_id: "d1", answer: "postgres", actor: LLM_ACTOR },
  MissionRunCompleted: { run_id: RUN, mission_key: "software-dev", actor: LLM_ACTOR },
};

/** Glossary envelope with the type's example payload, overridden by `fields`. */
export function glossaryEvent(
  type: string,
  clock: number,
  fields: Readonly<Record<string, unknown>> = {},
  id?: string,
): Event {
  return envelope({ type, clock, id, payload: { ...GLOSSARY_EXAMPLES[type], ...fields } });
}

/** Mission-next envelope with the type's example payload (if any), overridden by `fields`. */
export function missionEvent(
  type: string,
  clock: number,
  fields: Readonly<Record<string, unknown>> = {},
  id?: string,
): Event {
  return envelope({ type, clock, id, payload: { ...MISSION_NEXT_EXAMPLES[type], ...fields } });
}
