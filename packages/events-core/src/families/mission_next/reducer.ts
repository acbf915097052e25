import { modelOutputOf } from "../../internal/index.js";
import type { ModelEntries, ModelOutput, ModelSchema } from "../../model/model.js";
import { pythonEnumRepr } from "../../python/python-text.js";
import {
  eventAnomaly,
  filterSortDedupEvents,
  type ReducibleEvent,
} from "../../reducers/pipeline.js";
import { insertionOrderedMap } from "../../support/ordered-map.js";
import {
  COMPLETION_ALIAS,
  DECISION_INPUT_ANSWERED,
  DECISION_INPUT_REQUESTED,
  MISSION_NEXT_EVENT_TYPES,
  MISSION_RUN_COMPLETED,
  MISSION_RUN_STARTED,
  NEXT_STEP_AUTO_COMPLETED,
  NEXT_STEP_ISSUED,
  NEXT_STEP_PLANNED,
} from "./constants.js";
import { MissionRunStatus, TERMINAL_RUN_STATUSES } from "./enums.js";
import type { MissionNextAnomaly, ReducedMissionRunState } from "./output.js";
import {
  type DecisionInputAnsweredPayload,
  type DecisionInputRequestedPayload,
  MISSION_NEXT_PAYLOAD_MODELS,
  MissionRunCompletedPayloadSchema,
  MissionRunStartedPayloadSchema,
} from "./payloads.js";

/** The reason texts of mission-next anomalies (exact). */
export const MissionNextMessages = Object.freeze({
  /** A `MissionCompleted` event whose payload is not a run completion's. */
  aliasIgnored:
    "MissionCompleted alias ignored: payload does not conform to MissionRunCompletedPayload (likely a lifecycle MissionCompleted event)",
  /** A completion after the run completed. */
  duplicateCompletion: "Duplicate completion (terminal idempotency)",
  /**
   * Any other event after the run completed. The status is written as Python 3.11+ writes a
   * string-enum member (`MissionRunStatus.COMPLETED`); Python 3.10 would write `completed`.
   */
  afterTerminal: (status: MissionRunStatus) =>
    `Event after terminal state (${pythonEnumRepr("MissionRunStatus", status)})`,
  /** A start after the run started (checked before the payload). */
  duplicateStart: "Duplicate MissionRunStarted (first one wins)",
  /** An event other than a start before any valid start. */
  beforeStart: "Event before MissionRunStarted",
  /** A payload its type's model refuses: `Invalid <event type> payload`. */
  invalidPayload: (eventType: string) => `Invalid ${eventType} payload`,
  /** A payload of another run (ids between single quotes, not escaped). */
  runIdMismatch: (expected: string, got: string) =>
    `run_id mismatch: expected '${expected}', got '${got}'`,
  /** A second request of a pending decision (the first one wins). */
  duplicateDecisionRequest: (decisionId: string) => `Duplicate decision request '${decisionId}'`,
});

/** The working state of one mission-next fold. */
interface MissionRunFold {
  runId: string | null;
  missionKey: string | null;
  runStatus: MissionRunStatus | null;
  currentStepId: string | null;
  readonly completedSteps: string[];
  readonly completed: Set<string>;
  readonly pending: Map<string, DecisionInputRequestedPayload>;
  readonly answered: Map<string, DecisionInputAnsweredPayload>;
  readonly anomalies: MissionNextAnomaly[];
}

/** The event types folded once the run has started, with their payload models. */
type RunScopedEventType =
  | typeof NEXT_STEP_ISSUED
  | typeof NEXT_STEP_AUTO_COMPLETED
  | typeof DECISION_INPUT_REQUESTED
  | typeof DECISION_INPUT_ANSWERED
  | typeof MISSION_RUN_COMPLETED;

/** The parsed payload of a run-scoped event type. */
type RunScopedPayloadOf<T extends RunScopedEventType> = ModelOutput<
  (typeof MISSION_NEXT_PAYLOAD_MODELS)[T]["entries"]
>;

/** How a run-scoped event changes the fold once its payload parsed and its `run_id` matched. */
type RunScopedHandler<P> = (fold: MissionRunFold, event: ReducibleEvent, payload: P) => void;

/** The handler of each run-scoped event type (family sheet, section 3.4 step 6). */
const RUN_SCOPED_HANDLERS: {
  readonly [T in RunScopedEventType]: RunScopedHandler<RunScopedPayloadOf<T>>;
} = {
  [NEXT_STEP_ISSUED]: (fold, _event, payload) => {
    fold.currentStepId = payload.step_id;
  },
  [NEXT_STEP_AUTO_COMPLETED]: (fold, _event, payload) => {
    if (!fold.completed.has(payload.step_id)) {
      fold.completed.add(payload.step_id);
      fold.completedSteps.push(payload.step_id);
    }
    if (fold.currentStepId === payload.step_id) fold.currentStepId = null;
  },
  [DECISION_INPUT_REQUESTED]: (fold, event, payload) => {
    if (fold.pending.has(payload.decision_id)) {
      anomaly(fold, event, MissionNextMessages.duplicateDecisionRequest(payload.decision_id));
      return;
    }
    fold.pending.set(payload.decision_id, payload);
  },
  [DECISION_INPUT_ANSWERED]: (fold, _event, payload) => {
    fold.answered.set(payload.decision_id, payload);
    fold.pending.delete(payload.decision_id);
  },
  [MISSION_RUN_COMPLETED]: (fold) => {
    fold.runStatus = MissionRunStatus.COMPLETED;
  },
};

/** Records an anomaly for `event` (with the envelope's own event type). */
function anomaly(fold: MissionRunFold, event: ReducibleEvent, reason: string): void {
  fold.anomalies.push(eventAnomaly(event, reason));
}

/**
 * How the fold reads the payloads of one model: the model, its parse as a function, and
 * whether the fold keeps such payloads in its output.
 */
interface PayloadReader<TEntries extends ModelEntries> {
  readonly model: ModelSchema<TEntries>;
  readonly outputOf: (input: unknown) => ModelOutput<TEntries> | undefined;
  readonly kept: boolean;
}

function reader<TEntries extends ModelEntries>(
  model: ModelSchema<TEntries>,
  kept: boolean,
): PayloadReader<TEntries> {
  return { model, outputOf: modelOutputOf(model), kept };
}

/**
 * The reader of each payload model (the alias reads the run-completion model). Only the
 * decision payloads are kept; the fold reads text fields of the others.
 */
const READERS = Object.freeze({
  [MISSION_RUN_STARTED]: reader(MissionRunStartedPayloadSchema, false),
  [NEXT_STEP_ISSUED]: reader(MISSION_NEXT_PAYLOAD_MODELS[NEXT_STEP_ISSUED], false),
  [NEXT_STEP_AUTO_COMPLETED]: reader(MISSION_NEXT_PAYLOAD_MODELS[NEXT_STEP_AUTO_COMPLETED], false),
  [DECISION_INPUT_REQUESTED]: reader(MISSION_NEXT_PAYLOAD_MODELS[DECISION_INPUT_REQUESTED], true),
  [DECISION_INPUT_ANSWERED]: reader(MISSION_NEXT_PAYLOAD_MODELS[DECISION_INPUT_ANSWERED], true),
  [MISSION_RUN_COMPLETED]: reader(MissionRunCompletedPayloadSchema, false),
});

/**
 * The payload of `event` as the fold reads it, or `undefined` when the model refuses it
 * (never throws). A payload the fold keeps is parsed (unknown keys dropped, defaults filled
 * in). Any other accepted payload is read as given: the fold reads only its non-empty text
 * fields, whose parsed value is the input itself.
 */
function readPayload<TEntries extends ModelEntries>(
  { model, outputOf, kept }: PayloadReader<TEntries>,
  event: ReducibleEvent,
): ModelOutput<TEntries> | undefined {
  const { payload } = event;
  if (kept) return outputOf(payload);
  return model.test(payload) ? (payload as ModelOutput<TEntries>) : undefined;
}

/** Folds one event (family sheet, section 3.4, steps 1 to 6 in this order). */
function foldEvent(fold: MissionRunFold, event: ReducibleEvent): void {
  let eventType = event.event_type;
  // 1. A planned step is skipped silently, even after the end.
  if (eventType === NEXT_STEP_PLANNED) return;
  // 2. The alias is read as a completion when its payload is one.
  let aliasPayload: unknown;
  if (eventType === COMPLETION_ALIAS) {
    aliasPayload = readPayload(READERS[MISSION_RUN_COMPLETED], event);
    if (aliasPayload === undefined) {
      anomaly(fold, event, MissionNextMessages.aliasIgnored);
      return;
    }
    eventType = MISSION_RUN_COMPLETED;
  }
  // 3. Terminal guard (no payload is read).
  if (fold.runStatus !== null && TERMINAL_RUN_STATUSES.has(fold.runStatus)) {
    anomaly(
      fold,
      event,
      eventType === MISSION_RUN_COMPLETED
        ? MissionNextMessages.duplicateCompletion
        : MissionNextMessages.afterTerminal(fold.runStatus),
    );
    return;
  }
  // 4. The start: a second one is refused before its payload is read.
  if (eventType === MISSION_RUN_STARTED) {
    if (fold.runId !== null) {
      anomaly(fold, event, MissionNextMessages.duplicateStart);
      return;
    }
    const start = readPayload(READERS[MISSION_RUN_STARTED], event);
    if (start === undefined) {
      anomaly(fold, event, MissionNextMessages.invalidPayload(MISSION_RUN_STARTED));
      return;
    }
    fold.runId = start.run_id;
    fold.missionKey = start.mission_key;
    fold.runStatus = MissionRunStatus.RUNNING;
    return;
  }
  // 5. Nothing else before the start (no payload is read).
  if (fold.runId === null) {
    anomaly(fold, event, MissionNextMessages.beforeStart);
    return;
  }
  // 6. The run-scoped types: payload, then run id, then the type's handler.
  const type = eventType as RunScopedEventType;
  const payload = aliasPayload ?? readPayload(READERS[type] as PayloadReader<ModelEntries>, event);
  if (payload === undefined) {
    anomaly(fold, event, MissionNextMessages.invalidPayload(type));
    return;
  }
  const runId = (payload as { readonly run_id: string }).run_id;
  if (runId !== fold.runId) {
    anomaly(fold, event, MissionNextMessages.runIdMismatch(fold.runId, runId));
    return;
  }
  (RUN_SCOPED_HANDLERS[type] as RunScopedHandler<unknown>)(fold, event, payload);
}

/**
 * The mission-next events a reducer folds, in order: the family's events only (the alias
 * included; filtered first), sorted by the status sort key, the first of each `event_id` kept.
 */
export function missionNextEventsInOrder<TEvent extends ReducibleEvent>(
  events: readonly TEvent[],
): readonly TEvent[] {
  return filterSortDedupEvents(events, MISSION_NEXT_EVENT_TYPES);
}

/**
 * Projects mission-next runtime events into one run state (family sheet, section 3.4): keep
 * the family's events (with the `MissionCompleted` alias), sort by the status sort key, dedup
 * by `event_id`, then fold each one. Never throws on event content: every refused event
 * becomes an anomaly.
 */
export function reduceMissionNextEvents(events: readonly ReducibleEvent[]): ReducedMissionRunState {
  const missionEvents = missionNextEventsInOrder(events);
  return missionRunState(foldMissionNextEvents(missionEvents), missionEvents);
}

/** Folds the mission-next events, in order, into a new working state. */
function foldMissionNextEvents(events: readonly ReducibleEvent[]): MissionRunFold {
  const fold: MissionRunFold = {
    runId: null,
    missionKey: null,
    runStatus: null,
    currentStepId: null,
    completedSteps: [],
    completed: new Set(),
    pending: new Map(),
    answered: new Map(),
    anomalies: [],
  };
  for (let i = 0; i < events.length; i++) foldEvent(fold, events[i] as ReducibleEvent);
  return fold;
}

/** The output of a fold over `events` (all of them counted), deeply frozen. */
function missionRunState(
  fold: MissionRunFold,
  events: readonly ReducibleEvent[],
): ReducedMissionRunState {
  // Every payload and anomaly is frozen already: only the containers are left.
  return Object.freeze({
    run_id: fold.runId,
    mission_key: fold.missionKey,
    run_status: fold.runStatus,
    current_step_id: fold.currentStepId,
    completed_steps: Object.freeze(fold.completedSteps),
    pending_decisions: insertionOrderedMap(fold.pending),
    answered_decisions: insertionOrderedMap(fold.answered),
    anomalies: Object.freeze(fold.anomalies),
    event_count: events.length,
    last_processed_event_id: events.at(-1)?.event_id ?? null,
  });
}
