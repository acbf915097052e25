import { PayloadValidationError } from "../../errors.js";
import {
  type ModelEntries,
  type ModelOutput,
  type ModelSchema,
  safeParseModel,
} from "../../model/model.js";
import { pythonRepr } from "../../python/python-repr.js";
import { formatPydanticValidationError } from "../../python/validation-error.js";
import {
  type ReducibleEvent,
  reducerAnomaly,
  selectFamilyEvents,
} from "../../reducers/pipeline.js";
import type { JsonObject } from "../../rules/json-object.js";
import { deepFreeze } from "../../support/frozen.js";
import {
  MISSION_AUDIT_COMPLETED,
  MISSION_AUDIT_DECISION_REQUESTED,
  MISSION_AUDIT_EVENT_TYPES,
  MISSION_AUDIT_FAILED,
  MISSION_AUDIT_REQUESTED,
  MISSION_AUDIT_STARTED,
  type MissionAuditEventType,
} from "./constants.js";
import { AuditStatus } from "./enums.js";
import type {
  MissionAuditAnomaly,
  MissionAuditAnomalyKind,
  ReducedMissionAuditState,
} from "./output.js";
import {
  MissionAuditCompletedPayloadSchema,
  MissionAuditDecisionRequestedPayloadSchema,
  MissionAuditFailedPayloadSchema,
  MissionAuditRequestedPayloadSchema,
  MissionAuditStartedPayloadSchema,
  type PendingDecision,
} from "./payloads.js";

/** The fold's state: the output's fields, mutable, and whether Requested and a terminal came. */
export type MissionAuditFoldState = {
  -readonly [K in keyof ReducedMissionAuditState]: ReducedMissionAuditState[K];
} & {
  /**
   * The accepted payload of each pending decision (it has the decision's four fields); the
   * output's decisions are built from them once, at the end.
   */
  pending_decisions: PendingDecision[];
  /** The ids of `pending_decisions` (emptied with it). */
  pending_ids: Set<string>;
  anomalies: MissionAuditAnomaly[];
  requested_seen: boolean;
  terminal_seen: boolean;
};

/**
 * Parses an audit payload with its model, as the reference does: a payload the model refuses
 * raises pydantic's `ValidationError`, here a {@link PayloadValidationError} (`name`
 * `ValidationError`) whose message is pydantic's text of the error.
 */
export function parseMissionAuditPayload<TEntries extends ModelEntries>(
  model: ModelSchema<TEntries>,
  payload: JsonObject,
): ModelOutput<TEntries> {
  const parsed = safeParseModel(model, payload);
  if (parsed.success) return parsed.output;
  throw new PayloadValidationError(
    model.name,
    parsed.issues,
    formatPydanticValidationError(model.name, parsed.issues, payload),
  );
}

/** How the fold applies one audit event type: its payload model and the change it makes. */
export interface MissionAuditFoldStep {
  /** The payload model (a refused payload raises). */
  readonly model: ModelSchema<ModelEntries>;
  /** Parses the event's payload and applies it to the fold's state. */
  readonly apply: (state: MissionAuditFoldState, event: ReducibleEvent) => void;
}

/** A fold step that applies the payload as its model parses it (defaults filled, coerced). */
function parsedStep<TEntries extends ModelEntries>(
  model: ModelSchema<TEntries>,
  apply: (
    state: MissionAuditFoldState,
    payload: ModelOutput<TEntries>,
    event: ReducibleEvent,
  ) => void,
): MissionAuditFoldStep {
  return Object.freeze({
    model: model as unknown as ModelSchema<ModelEntries>,
    apply: (state: MissionAuditFoldState, event: ReducibleEvent) =>
      apply(state, parseMissionAuditPayload(model, event.payload), event),
  });
}

/**
 * A fold step that reads only text, enum and literal fields, whose parsed value is the input
 * itself: the payload is checked by its model's verdict and applied as it is (a refused one
 * is parsed for its issues and throws).
 */
function acceptedStep<TEntries extends ModelEntries>(
  model: ModelSchema<TEntries>,
  apply: (
    state: MissionAuditFoldState,
    payload: ModelOutput<TEntries>,
    event: ReducibleEvent,
  ) => void,
): MissionAuditFoldStep {
  return Object.freeze({
    model: model as unknown as ModelSchema<ModelEntries>,
    apply: (state: MissionAuditFoldState, event: ReducibleEvent) =>
      apply(
        state,
        model.test(event.payload)
          ? (event.payload as unknown as ModelOutput<TEntries>)
          : parseMissionAuditPayload(model, event.payload),
        event,
      ),
  });
}

function anomaly(
  state: MissionAuditFoldState,
  kind: MissionAuditAnomalyKind,
  event: ReducibleEvent,
  message: string,
): void {
  state.anomalies.push(reducerAnomaly(kind, event.event_id, message));
}

/**
 * The fold step of each audit event type (sheet §3.5 d). Requested overwrites the identity
 * and leaves the status alone; Started fills the identity only when none is set and moves to
 * `running` (also from `awaiting_decision`); DecisionRequested adds a pending decision unless
 * its id is pending already, and moves to `awaiting_decision` in both cases; Completed and
 * Failed end the audit and clear the pending decisions. Completed and Failed store their payload
 * as parsed (the count coerced, the report's defaults filled in); the others read text, enum
 * and literal fields only, which their model accepts as given.
 */
export const MISSION_AUDIT_FOLD_STEPS: Readonly<
  Record<MissionAuditEventType, MissionAuditFoldStep>
> = Object.freeze({
  [MISSION_AUDIT_REQUESTED]: acceptedStep(MissionAuditRequestedPayloadSchema, (state, payload) => {
    state.requested_seen = true;
    state.mission_id = payload.mission_id;
    state.run_id = payload.run_id;
    state.feature_slug = payload.feature_slug;
    state.trigger_mode = payload.trigger_mode;
    state.enforcement_mode = payload.enforcement_mode;
    state.audit_scope = Object.freeze([...payload.audit_scope]);
  }),
  [MISSION_AUDIT_STARTED]: acceptedStep(MissionAuditStartedPayloadSchema, (state, payload) => {
    state.audit_scope_hash = payload.audit_scope_hash;
    if (!state.mission_id) {
      state.mission_id = payload.mission_id;
      state.run_id = payload.run_id;
      state.feature_slug = payload.feature_slug;
    }
    state.audit_status = AuditStatus.RUNNING;
  }),
  [MISSION_AUDIT_DECISION_REQUESTED]: acceptedStep(
    MissionAuditDecisionRequestedPayloadSchema,
    (state, payload, event) => {
      const id = payload.decision_id;
      if (state.pending_ids.has(id)) {
        anomaly(state, "duplicate_decision_id", event, `Duplicate decision_id: ${pythonRepr(id)}`);
      } else {
        state.pending_ids.add(id);
        state.pending_decisions.push(payload);
      }
      state.audit_status = AuditStatus.AWAITING_DECISION;
    },
  ),
  [MISSION_AUDIT_COMPLETED]: parsedStep(MissionAuditCompletedPayloadSchema, (state, payload) => {
    state.verdict = payload.verdict;
    state.severity = payload.severity;
    state.findings_count = payload.findings_count;
    state.artifact_ref = payload.artifact_ref;
    state.summary = payload.summary;
    state.pending_decisions = [];
    state.pending_ids.clear();
    state.audit_status = AuditStatus.COMPLETED;
    state.terminal_seen = true;
  }),
  [MISSION_AUDIT_FAILED]: parsedStep(MissionAuditFailedPayloadSchema, (state, payload) => {
    state.error_code = payload.error_code;
    state.error_message = payload.error_message;
    state.partial_artifact_ref = payload.partial_artifact_ref;
    state.pending_decisions = [];
    state.pending_ids.clear();
    state.audit_status = AuditStatus.FAILED;
    state.terminal_seen = true;
  }),
});

/**
 * Folds one audit event into the state, in the reference's order: an unknown type is an
 * anomaly (never reached after the family filter); after a terminal event, an anomaly and
 * nothing else (the payload is not read); before any Requested, an anomaly, then the event
 * is applied anyway; then the payload is parsed (a refused one throws) and applied.
 */
function foldMissionAuditEvent(state: MissionAuditFoldState, event: ReducibleEvent): void {
  const eventType = event.event_type;
  const step = Object.hasOwn(MISSION_AUDIT_FOLD_STEPS, eventType)
    ? MISSION_AUDIT_FOLD_STEPS[eventType as MissionAuditEventType]
    : undefined;
  if (step === undefined) {
    anomaly(
      state,
      "unrecognized_event_type",
      event,
      `Unrecognized event type in audit family: ${pythonRepr(eventType)}`,
    );
    return;
  }
  if (state.terminal_seen) {
    anomaly(
      state,
      "event_after_terminal",
      event,
      `Event ${pythonRepr(eventType)} arrived after terminal state`,
    );
    return;
  }
  if (!state.requested_seen && eventType !== MISSION_AUDIT_REQUESTED) {
    anomaly(
      state,
      "event_before_requested",
      event,
      `Event ${pythonRepr(eventType)} arrived before MissionAuditRequested`,
    );
  }
  step.apply(state, event);
}

/** The output form of a pending decision: its four fields, in the reference's order. */
function pendingDecision(decision: PendingDecision): PendingDecision {
  return {
    decision_id: decision.decision_id,
    question: decision.question,
    context_summary: decision.context_summary,
    severity: decision.severity,
  };
}

/**
 * Projects mission audit events into one state (sheet §3.5): sort, dedup by `event_id`, count
 * (other families too), keep audit events, then fold each one
 * ({@link MISSION_AUDIT_FOLD_STEPS}). Events after a terminal event and events before the
 * first Requested are recorded as anomalies; nothing checks that events share a mission or run.
 *
 * @throws {PayloadValidationError} (`name` `ValidationError`) for the first event, in sorted
 *   order, whose payload is parsed and refused by its model, as the reference raises
 *   pydantic's `ValidationError`; events after a terminal event are never parsed.
 */
export function reduceMissionAuditEvents(
  events: readonly ReducibleEvent[],
): ReducedMissionAuditState {
  const family = selectFamilyEvents(events, MISSION_AUDIT_EVENT_TYPES);
  const state: MissionAuditFoldState = {
    audit_status: AuditStatus.PENDING,
    verdict: null,
    severity: null,
    findings_count: null,
    artifact_ref: null,
    partial_artifact_ref: null,
    summary: null,
    error_code: null,
    error_message: null,
    pending_decisions: [],
    pending_ids: new Set(),
    mission_id: null,
    run_id: null,
    feature_slug: null,
    trigger_mode: null,
    enforcement_mode: null,
    audit_scope: null,
    audit_scope_hash: null,
    anomalies: [],
    event_count: family.eventCount,
    requested_seen: false,
    terminal_seen: false,
  };
  for (const event of family.events) foldMissionAuditEvent(state, event);
  return deepFreeze({
    audit_status: state.audit_status,
    verdict: state.verdict,
    severity: state.severity,
    findings_count: state.findings_count,
    artifact_ref: state.artifact_ref,
    partial_artifact_ref: state.partial_artifact_ref,
    summary: state.summary,
    error_code: state.error_code,
    error_message: state.error_message,
    pending_decisions: state.pending_decisions.map(pendingDecision),
    mission_id: state.mission_id,
    run_id: state.run_id,
    feature_slug: state.feature_slug,
    trigger_mode: state.trigger_mode,
    enforcement_mode: state.enforcement_mode,
    audit_scope: state.audit_scope,
    audit_scope_hash: state.audit_scope_hash,
    anomalies: state.anomalies,
    event_count: state.event_count,
  });
}
