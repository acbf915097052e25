import { type ModelSchema, parseModel, safeParseModel } from "../../model/model.js";
import { pythonRepr } from "../../python/python-repr.js";
import { formatPydanticValidationError } from "../../python/validation-error.js";
import {
  type ReducibleEvent,
  reducerAnomaly,
  selectFamilyEvents,
  unknownEventTypeMessage,
} from "../../reducers/pipeline.js";
import { parseLaxBool } from "../../rules/bool.js";
import type { JsonObject } from "../../rules/json-object.js";
import { deepFreeze, frozenMap, frozenSet } from "../../support/frozen.js";
import {
  DECISION_POINT_DISCUSSING,
  DECISION_POINT_EVENT_TYPES,
  DECISION_POINT_OPENED,
  DECISION_POINT_OVERRIDDEN,
  DECISION_POINT_RESOLVED,
  type DecisionPointEventType,
} from "./constants.js";
import { DecisionAuthorityRole, DecisionPointState } from "./enums.js";
import type {
  DecisionPointAnomaly,
  DecisionPointAnomalyKind,
  ReducedDecisionPointState,
} from "./output.js";
import {
  DECISION_POINT_PAYLOAD_MODELS,
  DecisionPointOpenedPayloadSchema,
  type DecisionPointPayload,
  type DecisionPointPayloadEntries,
} from "./payloads.js";

const { OPEN, DISCUSSING, RESOLVED, OVERRIDDEN } = DecisionPointState;

/** The state each DecisionPoint event type moves to. */
export const DECISION_POINT_TARGET_STATES: Readonly<
  Record<DecisionPointEventType, DecisionPointState>
> = Object.freeze({
  [DECISION_POINT_OPENED]: OPEN,
  [DECISION_POINT_DISCUSSING]: DISCUSSING,
  [DECISION_POINT_RESOLVED]: RESOLVED,
  [DECISION_POINT_OVERRIDDEN]: OVERRIDDEN,
});

/** What the fold needs of one DecisionPoint event type: its target state and payload model. */
export interface DecisionPointFoldStep {
  /** The state an applied event moves to. */
  readonly target: DecisionPointState;
  /** The payload model (all four share one shape). */
  readonly model: ModelSchema<DecisionPointPayloadEntries>;
}

/** The fold step of each DecisionPoint event type, looked up once per event. */
export const DECISION_POINT_FOLD_STEPS: ReadonlyMap<string, DecisionPointFoldStep> = frozenMap(
  (Object.keys(DECISION_POINT_TARGET_STATES) as DecisionPointEventType[]).map((eventType) => [
    eventType,
    Object.freeze({
      target: DECISION_POINT_TARGET_STATES[eventType],
      model: DECISION_POINT_PAYLOAD_MODELS[eventType],
    }),
  ]),
);

/**
 * Allowed DecisionPoint transitions: from a state (`"null"` is the start, before any event)
 * to the states it may move to. `overridden` is terminal.
 */
export const DECISION_POINT_TRANSITIONS: Readonly<
  Record<DecisionPointState | "null", ReadonlySet<DecisionPointState>>
> = Object.freeze({
  null: frozenSet([OPEN]),
  [OPEN]: frozenSet([DISCUSSING, RESOLVED]),
  [DISCUSSING]: frozenSet([DISCUSSING, RESOLVED]),
  [RESOLVED]: frozenSet([OVERRIDDEN]),
  [OVERRIDDEN]: frozenSet<DecisionPointState>([]),
});

/** The states whose events need mission-owner authority (a human mission owner with the flag). */
export const DECISION_POINT_AUTHORITY_STATES: ReadonlySet<DecisionPointState> = frozenSet([
  RESOLVED,
  OVERRIDDEN,
]);

/** The authority roles an LLM actor may hold. */
export const LLM_ALLOWED_AUTHORITY_ROLES: ReadonlySet<DecisionAuthorityRole> = frozenSet([
  DecisionAuthorityRole.ADVISORY,
  DecisionAuthorityRole.INFORMED,
]);

/** Python's `True`/`False`. */
function pythonBool(value: boolean): string {
  return value ? "True" : "False";
}

/**
 * The fields of an accepted DecisionPoint payload that the policies read, with the values its
 * model gives them (the flag coerced: `"no"` is `false`).
 */
export interface DecisionPointPolicyFields {
  /** `human`, `llm` or `service`. */
  readonly actor_type: string;
  /** The actor's authority role. */
  readonly authority_role: DecisionAuthorityRole;
  /** The phase, free text (the LLM policy compares it with `P0`). */
  readonly phase: string;
  /** The coerced mission-owner authority flag. */
  readonly mission_owner_authority_flag: boolean;
}

/**
 * A policy a DecisionPoint payload must meet once its model accepted it: the anomaly kind it
 * records and its check, which returns the message when the payload breaks the policy for
 * the event's target state, else `undefined`.
 */
export interface DecisionPointPolicy {
  /** Kind of the anomaly recorded when the policy is broken. */
  readonly kind: Extract<
    DecisionPointAnomalyKind,
    "authority_policy_violation" | "llm_policy_violation"
  >;
  /** The message of a broken policy, or `undefined`. */
  readonly check: (
    payload: DecisionPointPolicyFields,
    target: DecisionPointState,
    eventType: string,
  ) => string | undefined;
}

/**
 * The payload policies, in the order the reference checks them; the first one broken skips
 * the event. An LLM resolving or overriding always breaks the authority policy first, so the
 * LLM policies only ever report `open` and `discussing` events.
 */
export const DECISION_POINT_POLICIES: readonly DecisionPointPolicy[] = Object.freeze([
  {
    kind: "authority_policy_violation",
    check: (payload, target, eventType) =>
      DECISION_POINT_AUTHORITY_STATES.has(target) &&
      !(
        payload.actor_type === "human" &&
        payload.authority_role === DecisionAuthorityRole.MISSION_OWNER &&
        payload.mission_owner_authority_flag
      )
        ? `${pythonRepr(eventType)} requires actor_type='human', authority_role='mission_owner', and mission_owner_authority_flag=True; got actor_type=${pythonRepr(payload.actor_type)}, authority_role=${pythonRepr(payload.authority_role)}, mission_owner_authority_flag=${pythonBool(payload.mission_owner_authority_flag)}`
        : undefined,
  },
  {
    kind: "llm_policy_violation",
    check: (payload) =>
      payload.actor_type === "llm" && payload.phase !== "P0"
        ? `LLM actor only allowed in phase='P0'; got phase=${pythonRepr(payload.phase)}`
        : undefined,
  },
  {
    kind: "llm_policy_violation",
    check: (payload) =>
      payload.actor_type === "llm" && !LLM_ALLOWED_AUTHORITY_ROLES.has(payload.authority_role)
        ? `LLM actor must have advisory or informed role; got authority_role=${pythonRepr(payload.authority_role)}`
        : undefined,
  },
  {
    kind: "llm_policy_violation",
    check: (payload) =>
      payload.actor_type === "llm" && payload.mission_owner_authority_flag
        ? "LLM actor must not carry mission-owner authority"
        : undefined,
  },
] satisfies DecisionPointPolicy[]);

function skip(
  kind: DecisionPointAnomalyKind,
  event: ReducibleEvent,
  message: string,
): DecisionPointAnomaly {
  return reducerAnomaly(kind, event.event_id, message);
}

/**
 * Judges one DecisionPoint event against the current state, checking in the reference's
 * order: known type, not after `overridden`, an allowed transition (before the payload is
 * read), the payload's model, then the payload policies. Returns the anomaly of the first
 * check that fails (the event is skipped), or `undefined` when the event applies: the state
 * moves to its type's target ({@link DECISION_POINT_FOLD_STEPS}).
 */
export function judgeDecisionPointEvent(
  current: DecisionPointState | null,
  event: ReducibleEvent,
): DecisionPointAnomaly | undefined {
  const eventType = event.event_type;
  const step = DECISION_POINT_FOLD_STEPS.get(eventType);
  if (step === undefined) {
    return skip(
      "malformed_payload",
      event,
      unknownEventTypeMessage("DecisionPoint", event.event_type),
    );
  }
  if (current === OVERRIDDEN) {
    return skip(
      "event_after_terminal",
      event,
      `Event ${pythonRepr(eventType)} arrived after terminal state ${pythonRepr(OVERRIDDEN)}`,
    );
  }
  const { target, model } = step;
  if (!DECISION_POINT_TRANSITIONS[current ?? "null"].has(target)) {
    return skip(
      "invalid_transition",
      event,
      `Invalid transition: ${current ?? "None"} -> ${target}`,
    );
  }
  const { payload } = event;
  if (!model.test(payload)) {
    const issues = safeParseModel(model, payload).issues ?? [];
    return skip(
      "malformed_payload",
      event,
      `Payload validation failed for ${pythonRepr(eventType)}: ${formatPydanticValidationError(model.name, issues, payload)}`,
    );
  }
  const fields = policyFields(payload);
  for (const policy of DECISION_POINT_POLICIES) {
    const message = policy.check(fields, target, eventType);
    if (message !== undefined) return skip(policy.kind, event, message);
  }
  return undefined;
}

/**
 * The policy fields of a payload its model accepted: the text fields are the input itself
 * (a string field's value is its input); so is a boolean flag, and a flag given otherwise
 * (`"no"`, `1`) is coerced as the model coerces it.
 */
function policyFields(payload: JsonObject): DecisionPointPolicyFields {
  const accepted = payload as unknown as DecisionPointPolicyFields;
  if (typeof payload.mission_owner_authority_flag === "boolean") return accepted;
  const flag = parseLaxBool(payload.mission_owner_authority_flag);
  return {
    actor_type: accepted.actor_type,
    authority_role: accepted.authority_role,
    phase: accepted.phase,
    mission_owner_authority_flag: flag.ok && flag.value,
  };
}

/**
 * Projects DecisionPoint lifecycle events into one state (sheet §4.6): sort, dedup by
 * `event_id`, count (other families too), keep DecisionPoint events, then fold: each event is
 * judged ({@link judgeDecisionPointEvent}); a skipped one becomes an anomaly, an applied one
 * moves the state and overwrites every output field from its payload (so the output fields
 * are those of the last applied payload, parsed by its model). Events of different
 * decision points fold together. Never throws on event content.
 */
export function reduceDecisionPointEvents(
  events: readonly ReducibleEvent[],
): ReducedDecisionPointState {
  const family = selectFamilyEvents(events, DECISION_POINT_EVENT_TYPES);
  let state: DecisionPointState | null = null;
  let lastApplied: JsonObject | null = null;
  const anomalies: DecisionPointAnomaly[] = [];
  for (const event of family.events) {
    const anomaly = judgeDecisionPointEvent(state, event);
    if (anomaly !== undefined) {
      anomalies.push(anomaly);
      continue;
    }
    state = (DECISION_POINT_FOLD_STEPS.get(event.event_type) as DecisionPointFoldStep).target;
    lastApplied = event.payload;
  }
  // Every output field comes from the last applied payload: only that one is built.
  const last: DecisionPointPayload | null =
    lastApplied === null ? null : parseModel(DecisionPointOpenedPayloadSchema, lastApplied);
  return deepFreeze({
    state,
    decision_point_id: last?.decision_point_id ?? null,
    mission_id: last?.mission_id ?? null,
    run_id: last?.run_id ?? null,
    feature_slug: last?.feature_slug ?? null,
    phase: last?.phase ?? null,
    last_actor_id: last?.actor_id ?? null,
    last_actor_type: last?.actor_type ?? null,
    last_authority_role: last?.authority_role ?? null,
    last_rationale: last?.rationale ?? null,
    last_alternatives_considered: last?.alternatives_considered ?? null,
    last_evidence_refs: last?.evidence_refs ?? null,
    last_state_entered_at: last?.state_entered_at ?? null,
    anomalies: Object.freeze(anomalies),
    event_count: family.eventCount,
  });
}
