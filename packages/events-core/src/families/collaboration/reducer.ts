import { PayloadValidationError, SpecKittyEventsError } from "../../errors.js";
import { type ModelEntries, type ModelSchema, safeParseModel } from "../../model/model.js";
import type { ModelIssue } from "../../model/violation.js";
import { compareCodePoints } from "../../ordering/code-point.js";
import { pythonDictKey, pythonIndexOf } from "../../python/python-equal.js";
import { assertPythonHashable } from "../../python/python-errors.js";
import { pythonValueRepr } from "../../python/python-value.js";
import { formatPydanticValidationError } from "../../python/validation-error.js";
import {
  eventAnomaly,
  filterSortDedupEvents,
  type ReducibleEvent,
} from "../../reducers/pipeline.js";
import type { DateTimeValue } from "../../rules/datetime.js";
import { ownValue } from "../../rules/json-object.js";
import { insertionOrderedMap } from "../../support/ordered-map.js";
import {
  COLLABORATION_EVENT_TYPES,
  COMMENT_POSTED,
  CONCURRENT_DRIVER_WARNING,
  type CollaborationEventType,
  DECISION_CAPTURED,
  DRIVE_INTENT_SET,
  FOCUS_CHANGED,
  PARTICIPANT_INVITED,
  PARTICIPANT_JOINED,
  PARTICIPANT_LEFT,
  POTENTIAL_STEP_COLLISION_DETECTED,
  PRESENCE_HEARTBEAT,
  PROMPT_STEP_EXECUTION_COMPLETED,
  PROMPT_STEP_EXECUTION_STARTED,
  SESSION_LINKED,
  WARNING_ACKNOWLEDGED,
} from "./constants.js";
import { UnknownParticipantError } from "./errors.js";
import {
  type CollaborationAnomaly,
  type CommentEntry,
  CommentEntrySchema,
  type DecisionEntry,
  DecisionEntrySchema,
  type ReducedCollaborationState,
  type WarningEntry,
  WarningEntrySchema,
} from "./output.js";
import {
  type FocusTarget,
  FocusTargetSchema,
  type ParticipantIdentity,
  ParticipantIdentitySchema,
} from "./payloads.js";

/** The modes of the collaboration reducer, the default first. */
export const COLLABORATION_REDUCER_MODES = Object.freeze(["strict", "permissive"] as const);

/** Options of {@link reduceCollaborationEvents}. */
export interface CollaborationReducerOptions {
  /**
   * `"strict"` (the default) throws where the reference raises on a participant that is not
   * active, a completion without a start or an acknowledgement of an unknown warning; any
   * other value is permissive (records an anomaly instead), as in the reference.
   */
  readonly mode?: string;
  /**
   * Participants active before the first event, by participant id (a `Map` keeps any key
   * order; a plain object lists integer-like keys first). The identities are taken as they
   * are. Ignored when the stream holds no collaboration event.
   */
  readonly roster?:
    | ReadonlyMap<string, ParticipantIdentity>
    | Readonly<Record<string, ParticipantIdentity>>;
}

/** The anomaly reasons and error texts of the collaboration reducer (`r` is Python `repr`). */
export const CollaborationMessages = Object.freeze({
  missingParticipantId: "Missing participant_id in payload",
  invalidIdentity: "Invalid participant_identity in payload",
  invalidFocusTarget: "Invalid focus_target in payload",
  duplicateInvite: (pid: unknown) =>
    `Participant ${pythonValueRepr(pid)} already invited or active (duplicate invite)`,
  duplicateJoin: (pid: unknown) => `Duplicate join for participant ${pythonValueRepr(pid)}`,
  notInRoster: (pid: unknown) =>
    `Participant ${pythonValueRepr(pid)} not in roster (duplicate leave or unknown)`,
  departed: (pid: unknown) => `Participant ${pythonValueRepr(pid)} has departed`,
  unknownParticipant: (pid: unknown) => `Unknown participant ${pythonValueRepr(pid)}`,
  noMatchingStart: (step: unknown, pid: unknown) =>
    `No matching PromptStepExecutionStarted for step ${pythonValueRepr(step)} by participant ${pythonValueRepr(pid)}`,
  warningNotFound: (wid: unknown) => `Warning ${pythonValueRepr(wid)} not found`,
  /** A strict-mode error text: the anomaly reason with the event it concerns. */
  strict: (reason: string, event: { readonly event_id: string; readonly event_type: string }) =>
    `${reason} (event_id=${event.event_id}, event_type=${event.event_type})`,
});

/** `warning_type` of the placeholder a permissive acknowledgement of an unknown warning adds. */
export const UNKNOWN_WARNING_TYPE = "UnknownWarning";

/** A warning while folding: its values as the events gave them (checked at assembly). */
interface WarningDraft {
  readonly warning_id: unknown;
  readonly event_id: string;
  readonly warning_type: string;
  readonly participant_ids: readonly unknown[];
  readonly acknowledgements: Map<string, unknown>;
}

/** A participant's focus: the target and its key `<target_type>:<target_id>`. */
interface FocusEntry {
  readonly target: FocusTarget;
  readonly key: string;
}

/** The working state of the fold (the reference's local variables). */
interface CollaborationFold {
  readonly strict: boolean;
  readonly participants: Map<string, ParticipantIdentity>;
  /** Invited, not yet joined (never output). */
  readonly invited: Map<string, ParticipantIdentity>;
  readonly departed: Map<string, ParticipantIdentity>;
  readonly presence: Map<string, DateTimeValue>;
  readonly activeDrivers: Set<string>;
  /** Each participant's focus target with its `participants_by_focus` key. */
  readonly focusByParticipant: Map<string, FocusEntry>;
  readonly participantsByFocus: Map<string, Set<string>>;
  /** Keyed as a Python dict keys the warning id (see `pythonDictKey`). */
  readonly warnings: Map<unknown, WarningDraft>;
  readonly decisions: DecisionEntry[];
  readonly comments: CommentEntry[];
  readonly activeExecutions: Map<string, unknown[]>;
  readonly linkedSessions: Map<string, unknown[]>;
  readonly anomalies: CollaborationAnomaly[];
}

/** The payload's `participant_id` when usable (a non-empty string), else `undefined`. */
function usableParticipantId(event: ReducibleEvent): string | undefined {
  const pid = ownValue(event.payload, "participant_id", "");
  return typeof pid === "string" && pid !== "" ? pid : undefined;
}

function recordAnomaly(fold: CollaborationFold, event: ReducibleEvent, reason: string): void {
  fold.anomalies.push(eventAnomaly(event, reason));
}

/**
 * The active check: `true` when `pid` is an active participant. A departed one throws
 * `SpecKittyEventsError` (strict) or records `Participant <r> has departed`; any other
 * value, non-strings included, throws {@link UnknownParticipantError} (strict) or records
 * `Unknown participant <r>`.
 */
function isActive(fold: CollaborationFold, pid: unknown, event: ReducibleEvent): boolean {
  if (typeof pid === "string" && fold.participants.has(pid)) return true;
  if (typeof pid === "string" && fold.departed.has(pid)) {
    departedParticipant(fold, pid, event);
    return false;
  }
  if (fold.strict) throw new UnknownParticipantError(pid, event.event_id, event.event_type);
  recordAnomaly(fold, event, CollaborationMessages.unknownParticipant(pid));
  return false;
}

/** A departed participant: throws (strict) or records the anomaly (permissive). */
function departedParticipant(fold: CollaborationFold, pid: string, event: ReducibleEvent): void {
  const reason = CollaborationMessages.departed(pid);
  if (fold.strict) throw new SpecKittyEventsError(CollaborationMessages.strict(reason, event));
  recordAnomaly(fold, event, reason);
}

/** A failed lookup that strict mode raises on and permissive mode records. */
function strictOrAnomaly(fold: CollaborationFold, event: ReducibleEvent, reason: string): void {
  if (fold.strict) throw new SpecKittyEventsError(CollaborationMessages.strict(reason, event));
  recordAnomaly(fold, event, reason);
}

/** Parses a nested model from a raw payload value, or `undefined` when it does not conform. */
function parseNested<TEntries extends ModelEntries>(schema: ModelSchema<TEntries>, value: unknown) {
  const parsed = safeParseModel(schema, value);
  return parsed.success ? parsed.output : undefined;
}

/** The pydantic `ValidationError` of a model that refuses a value the reducer builds. */
function entryValidationError(
  modelName: string,
  issues: readonly ModelIssue[],
  input: unknown,
): PayloadValidationError {
  return new PayloadValidationError(
    modelName,
    issues,
    formatPydanticValidationError(modelName, issues, input),
  );
}

/** A `str` value of an entry model. */
function isText(value: unknown): boolean {
  return typeof value === "string";
}

/** A `str | None` value of an entry model. */
function isOptionalText(value: unknown): boolean {
  return value === null || typeof value === "string";
}

/**
 * Builds an output entry as the reference builds its model: `valid` says whether the entry's
 * values have the model's types (checked by the caller field by field); a refused entry
 * throws the model's `ValidationError`.
 */
function buildEntry<TEntry extends object>(
  schema: ModelSchema<ModelEntries>,
  entry: Record<string, unknown>,
  valid: boolean,
): TEntry {
  if (valid) return Object.freeze(entry) as TEntry;
  const parsed = safeParseModel(schema, entry);
  throw entryValidationError(schema.name, parsed.issues ?? [], entry);
}

/** The `participants_by_focus` key of a target: `<target_type>:<target_id>`. */
function focusKey(target: FocusTarget): string {
  return `${target.target_type}:${target.target_id}`;
}

/** Removes `pid` from the member set of its current focus; an emptied key is deleted. */
function leaveCurrentFocus(fold: CollaborationFold, pid: string): void {
  const current = fold.focusByParticipant.get(pid);
  if (current === undefined) return;
  const members = fold.participantsByFocus.get(current.key);
  if (members === undefined) return;
  members.delete(pid);
  if (members.size === 0) fold.participantsByFocus.delete(current.key);
}

/** Appends a value to the list of `pid` in `lists` (the list is created at the end). */
function appendTo(lists: Map<string, unknown[]>, pid: string, value: unknown): void {
  const list = lists.get(pid);
  if (list === undefined) lists.set(pid, [value]);
  else list.push(value);
}

/** How the fold applies one event. */
type CollaborationHandler = (fold: CollaborationFold, event: ReducibleEvent) => void;

/**
 * The participant of an event of the types that skip an unusable `participant_id` silently,
 * when it passes the active check; else `undefined` (the event is skipped).
 */
function activeParticipant(fold: CollaborationFold, event: ReducibleEvent): string | undefined {
  const pid = usableParticipantId(event);
  return pid !== undefined && isActive(fold, pid, event) ? pid : undefined;
}

/** The identity of an invite or a join, or `undefined` after recording why there is none. */
function rosterIdentity(
  fold: CollaborationFold,
  event: ReducibleEvent,
): { readonly pid: string; readonly identity: ParticipantIdentity } | undefined {
  const pid = usableParticipantId(event);
  if (pid === undefined) {
    recordAnomaly(fold, event, CollaborationMessages.missingParticipantId);
    return undefined;
  }
  const identity = parseNested(
    ParticipantIdentitySchema,
    ownValue(event.payload, "participant_identity", {}),
  );
  if (identity === undefined) {
    recordAnomaly(fold, event, CollaborationMessages.invalidIdentity);
    return undefined;
  }
  return { pid, identity };
}

const invite: CollaborationHandler = (fold, event) => {
  const invited = rosterIdentity(fold, event);
  if (invited === undefined) return;
  const { pid, identity } = invited;
  if (fold.participants.has(pid) || fold.invited.has(pid)) {
    recordAnomaly(fold, event, CollaborationMessages.duplicateInvite(pid));
    return;
  }
  fold.invited.set(pid, identity);
};

const join: CollaborationHandler = (fold, event) => {
  const joined = rosterIdentity(fold, event);
  if (joined === undefined) return;
  const { pid, identity } = joined;
  if (fold.participants.has(pid)) {
    recordAnomaly(fold, event, CollaborationMessages.duplicateJoin(pid));
    return;
  }
  fold.departed.delete(pid);
  fold.invited.delete(pid);
  fold.participants.set(pid, identity);
};

const leave: CollaborationHandler = (fold, event) => {
  const pid = usableParticipantId(event);
  if (pid === undefined) {
    recordAnomaly(fold, event, CollaborationMessages.missingParticipantId);
    return;
  }
  const identity = fold.participants.get(pid);
  if (identity === undefined) {
    recordAnomaly(fold, event, CollaborationMessages.notInRoster(pid));
    return;
  }
  fold.participants.delete(pid);
  fold.departed.set(pid, identity);
  fold.activeDrivers.delete(pid);
  leaveCurrentFocus(fold, pid);
  fold.focusByParticipant.delete(pid);
  fold.presence.delete(pid);
  fold.activeExecutions.delete(pid);
};

const heartbeat: CollaborationHandler = (fold, event) => {
  const pid = usableParticipantId(event);
  if (pid === undefined) return;
  if (fold.departed.has(pid) && !fold.participants.has(pid)) {
    // Quirk C3: permissive mode records the anomaly and still stores the presence.
    departedParticipant(fold, pid, event);
    fold.presence.set(pid, event.timestamp);
    return;
  }
  if (!isActive(fold, pid, event)) return;
  fold.presence.set(pid, event.timestamp);
};

/** What each `intent` value does to the active drivers; other values do nothing. */
const DRIVE_INTENTS: ReadonlyMap<unknown, (drivers: Set<string>, pid: string) => void> = new Map<
  unknown,
  (drivers: Set<string>, pid: string) => void
>([
  ["active", (drivers, pid) => drivers.add(pid)],
  ["inactive", (drivers, pid) => drivers.delete(pid)],
]);

const driveIntent: CollaborationHandler = (fold, event) => {
  const pid = activeParticipant(fold, event);
  if (pid === undefined) return;
  DRIVE_INTENTS.get(ownValue(event.payload, "intent"))?.(fold.activeDrivers, pid);
};

/**
 * The focus target of a payload as its model parses it, or `undefined` when it does not
 * conform. An accepted target's two fields are strings taken as they are, so the model's
 * output is built directly.
 */
function focusTarget(value: unknown): FocusTarget | undefined {
  if (!FocusTargetSchema.test(value)) return undefined;
  const { target_type, target_id } = value as FocusTarget;
  return Object.freeze({ target_type, target_id });
}

const focus: CollaborationHandler = (fold, event) => {
  const pid = activeParticipant(fold, event);
  if (pid === undefined) return;
  const target = focusTarget(ownValue(event.payload, "focus_target", {}));
  if (target === undefined) {
    recordAnomaly(fold, event, CollaborationMessages.invalidFocusTarget);
    return;
  }
  leaveCurrentFocus(fold, pid);
  const key = focusKey(target);
  fold.focusByParticipant.set(pid, { target, key });
  const members = fold.participantsByFocus.get(key);
  if (members === undefined) fold.participantsByFocus.set(key, new Set([pid]));
  else members.add(pid);
};

const stepStarted: CollaborationHandler = (fold, event) => {
  const pid = activeParticipant(fold, event);
  if (pid === undefined) return;
  appendTo(fold.activeExecutions, pid, ownValue(event.payload, "step_id", ""));
};

const stepCompleted: CollaborationHandler = (fold, event) => {
  const pid = activeParticipant(fold, event);
  if (pid === undefined) return;
  const step = ownValue(event.payload, "step_id", "");
  const steps = fold.activeExecutions.get(pid);
  const index = steps === undefined ? -1 : pythonIndexOf(steps, step);
  if (steps === undefined || index < 0) {
    strictOrAnomaly(fold, event, CollaborationMessages.noMatchingStart(step, pid));
    return;
  }
  steps.splice(index, 1);
};

const warning: CollaborationHandler = (fold, event) => {
  const wid = ownValue(event.payload, "warning_id", "");
  const pids = ownValue(event.payload, "participant_ids", []);
  if (typeof wid !== "string" || wid === "" || !Array.isArray(pids)) return;
  // Quirk C4: every element is checked, and the warning is recorded whatever the result.
  for (const pid of pids as readonly unknown[]) {
    assertPythonHashable(pid);
    isActive(fold, pid, event);
  }
  const existing = fold.warnings.get(wid);
  fold.warnings.set(wid, {
    warning_id: wid,
    event_id: event.event_id,
    warning_type: event.event_type,
    participant_ids: pids,
    acknowledgements: existing?.acknowledgements ?? new Map(),
  });
};

const acknowledge: CollaborationHandler = (fold, event) => {
  const pid = activeParticipant(fold, event);
  if (pid === undefined) return;
  const wid = ownValue(event.payload, "warning_id", "");
  const acknowledgement = ownValue(event.payload, "acknowledgement", "");
  assertPythonHashable(wid);
  const key = pythonDictKey(wid);
  const entry = fold.warnings.get(key);
  if (entry !== undefined) {
    entry.acknowledgements.set(pid, acknowledgement);
    return;
  }
  strictOrAnomaly(fold, event, CollaborationMessages.warningNotFound(wid));
  // Quirk C8: the permissive placeholder.
  fold.warnings.set(key, {
    warning_id: wid,
    event_id: event.event_id,
    warning_type: UNKNOWN_WARNING_TYPE,
    participant_ids: Object.freeze([pid]),
    acknowledgements: new Map([[pid, acknowledgement]]),
  });
};

const comment: CollaborationHandler = (fold, event) => {
  const pid = activeParticipant(fold, event);
  if (pid === undefined) return;
  const { payload } = event;
  const commentId = ownValue(payload, "comment_id", "");
  const content = ownValue(payload, "content", "");
  const replyTo = ownValue(payload, "reply_to", null);
  const entry = {
    comment_id: commentId,
    event_id: event.event_id,
    participant_id: pid,
    content,
    reply_to: replyTo,
  };
  const valid = isText(commentId) && isText(content) && isOptionalText(replyTo);
  fold.comments.push(buildEntry<CommentEntry>(CommentEntrySchema, entry, valid));
};

const decision: CollaborationHandler = (fold, event) => {
  const pid = activeParticipant(fold, event);
  if (pid === undefined) return;
  const { payload } = event;
  const decisionId = ownValue(payload, "decision_id", "");
  const topic = ownValue(payload, "topic", "");
  const chosenOption = ownValue(payload, "chosen_option", "");
  const referencedWarningId = ownValue(payload, "referenced_warning_id", null);
  const entry = {
    decision_id: decisionId,
    event_id: event.event_id,
    participant_id: pid,
    topic,
    chosen_option: chosenOption,
    referenced_warning_id: referencedWarningId,
  };
  const valid =
    isText(decisionId) &&
    isText(topic) &&
    isText(chosenOption) &&
    isOptionalText(referencedWarningId);
  fold.decisions.push(buildEntry<DecisionEntry>(DecisionEntrySchema, entry, valid));
};

const sessionLinked: CollaborationHandler = (fold, event) => {
  const pid = activeParticipant(fold, event);
  if (pid === undefined) return;
  appendTo(fold.linkedSessions, pid, ownValue(event.payload, "linked_session_id", ""));
};

/** The handler of each collaboration event type. */
const COLLABORATION_HANDLERS: Readonly<Record<CollaborationEventType, CollaborationHandler>> =
  Object.freeze({
    [PARTICIPANT_INVITED]: invite,
    [PARTICIPANT_JOINED]: join,
    [PARTICIPANT_LEFT]: leave,
    [PRESENCE_HEARTBEAT]: heartbeat,
    [DRIVE_INTENT_SET]: driveIntent,
    [FOCUS_CHANGED]: focus,
    [PROMPT_STEP_EXECUTION_STARTED]: stepStarted,
    [PROMPT_STEP_EXECUTION_COMPLETED]: stepCompleted,
    [CONCURRENT_DRIVER_WARNING]: warning,
    [POTENTIAL_STEP_COLLISION_DETECTED]: warning,
    [WARNING_ACKNOWLEDGED]: acknowledge,
    [COMMENT_POSTED]: comment,
    [DECISION_CAPTURED]: decision,
    [SESSION_LINKED]: sessionLinked,
  });

/**
 * The roster's entries in order (a plain object's own keys, in JavaScript's key order). The
 * identities are taken as they are; one that is not frozen is copied into a frozen object
 * with the same keys, so the output stays immutable without freezing the caller's value.
 */
function rosterEntries(
  roster: CollaborationReducerOptions["roster"],
): [string, ParticipantIdentity][] {
  if (roster === undefined) return [];
  const entries =
    roster instanceof Map
      ? [...roster]
      : Object.entries(roster as Readonly<Record<string, ParticipantIdentity>>);
  return entries.map(([pid, identity]) => [
    pid,
    Object.isFrozen(identity) ? identity : Object.freeze({ ...identity }),
  ]);
}

function newFold(
  strict: boolean,
  roster: CollaborationReducerOptions["roster"],
): CollaborationFold {
  return {
    strict,
    participants: new Map(rosterEntries(roster)),
    invited: new Map(),
    departed: new Map(),
    presence: new Map(),
    activeDrivers: new Set(),
    focusByParticipant: new Map(),
    participantsByFocus: new Map(),
    warnings: new Map(),
    decisions: [],
    comments: [],
    activeExecutions: new Map(),
    linkedSessions: new Map(),
    anomalies: [],
  };
}

/** A string-typed issue at `field` (what pydantic reports for a non-string `str` value). */
function stringIssue(field: string, value: unknown): ModelIssue {
  return {
    field,
    violationType: "string_type",
    message: "Input should be a valid string",
    inputValue: value,
  };
}

function allStrings(values: Iterable<unknown>): boolean {
  for (const value of values) if (typeof value !== "string") return false;
  return true;
}

/** The acknowledgements of a warning that has none (one immutable empty map, shared). */
const NO_ACKNOWLEDGEMENTS: ReadonlyMap<string, string> = insertionOrderedMap([]);

/** Builds a warning entry as the reference's `WarningEntry` model: non-strings throw. */
function buildWarning(draft: WarningDraft): WarningEntry {
  const valid =
    typeof draft.warning_id === "string" &&
    allStrings(draft.participant_ids) &&
    allStrings(draft.acknowledgements.values());
  if (!valid) {
    const input = {
      ...draft,
      participant_ids: [...draft.participant_ids],
      acknowledgements: Object.fromEntries(draft.acknowledgements),
    };
    const parsed = safeParseModel(WarningEntrySchema, input);
    throw entryValidationError(WarningEntrySchema.name, parsed.issues ?? [], input);
  }
  // A parsed payload's list is a frozen copy already: it is kept as it is.
  const ids = draft.participant_ids as readonly string[];
  return Object.freeze({
    warning_id: draft.warning_id as string,
    event_id: draft.event_id,
    warning_type: draft.warning_type,
    participant_ids: Object.isFrozen(ids) ? ids : Object.freeze([...ids]),
    acknowledgements:
      draft.acknowledgements.size === 0
        ? NO_ACKNOWLEDGEMENTS
        : insertionOrderedMap(draft.acknowledgements as Map<string, string>),
  });
}

/** Each list of a map of lists, frozen; a non-string item throws the state's `ValidationError`. */
function stringLists(
  name: string,
  lists: ReadonlyMap<string, readonly unknown[]>,
  issues: ModelIssue[],
): ReadonlyMap<string, readonly string[]> {
  const frozen: [string, readonly string[]][] = [];
  for (const [pid, list] of lists) {
    list.forEach((item, index) => {
      if (typeof item !== "string") issues.push(stringIssue(`${name}.${pid}.${index}`, item));
    });
    frozen.push([pid, Object.freeze([...list]) as readonly string[]]);
  }
  return insertionOrderedMap(frozen);
}

/** A set written as an array sorted by code point (the reference's order is the hash order). */
function sortedSet(values: ReadonlySet<string>): readonly string[] {
  return Object.freeze([...values].sort(compareCodePoints));
}

/**
 * Builds the output from the fold: each warning entry (in map order), then the state; values
 * the fold stored unchecked are checked here, as the reference's models check them.
 */
function assemble(
  fold: CollaborationFold,
  missionId: string,
  events: readonly ReducibleEvent[],
): ReducedCollaborationState {
  const warnings = Object.freeze([...fold.warnings.values()].map(buildWarning));
  const issues: ModelIssue[] = [];
  const activeExecutions = stringLists("active_executions", fold.activeExecutions, issues);
  const linkedSessions = stringLists("linked_sessions", fold.linkedSessions, issues);
  if (issues.length > 0) throw entryValidationError("ReducedCollaborationState", issues, null);
  return Object.freeze({
    mission_id: missionId,
    participants: insertionOrderedMap(fold.participants),
    departed_participants: insertionOrderedMap(fold.departed),
    presence: insertionOrderedMap(fold.presence),
    active_drivers: sortedSet(fold.activeDrivers),
    focus_by_participant: insertionOrderedMap(
      [...fold.focusByParticipant].map(([pid, entry]) => [pid, entry.target] as const),
    ),
    participants_by_focus: insertionOrderedMap(
      [...fold.participantsByFocus].map(([key, members]) => [key, sortedSet(members)] as const),
    ),
    warnings,
    decisions: Object.freeze(fold.decisions),
    comments: Object.freeze(fold.comments),
    active_executions: activeExecutions,
    linked_sessions: linkedSessions,
    anomalies: Object.freeze(fold.anomalies),
    event_count: events.length,
    last_processed_event_id: events.at(-1)?.event_id ?? null,
  });
}

/** The projection of a stream with no collaboration event: every field at its default. */
function emptyCollaborationState(): ReducedCollaborationState {
  const none = insertionOrderedMap<never>([]);
  return Object.freeze({
    mission_id: "",
    participants: none,
    departed_participants: none,
    presence: none,
    active_drivers: Object.freeze([]),
    focus_by_participant: none,
    participants_by_focus: none,
    warnings: Object.freeze([]),
    decisions: Object.freeze([]),
    comments: Object.freeze([]),
    active_executions: none,
    linked_sessions: none,
    anomalies: Object.freeze([]),
    event_count: 0,
    last_processed_event_id: null,
  });
}

/**
 * Projects collaboration events into the mission's collaboration state
 * (`collaboration-glossary-mission-next.md` §1.5): keep the collaboration events, sort them by
 * the status sort key, keep the first of each `event_id`, seed the roster, then fold each
 * event with its type's handler and assemble the output.
 *
 * Strict mode (`mode: "strict"`, the default) throws where the reference raises:
 * {@link UnknownParticipantError} for a participant neither active nor departed,
 * `SpecKittyEventsError` for a departed participant, a completion without a matching start
 * or an acknowledgement of an unknown warning. Any other mode is permissive: those become
 * anomalies. In both modes, as in the reference, values of the wrong type can throw
 * `TypeError` (an array or object used as a key) or `ValidationError` (a non-string value in
 * an entry, while folding or when the output is assembled); the first event that throws
 * decides, and the assembly checks run only after the whole fold.
 */
export function reduceCollaborationEvents(
  events: readonly ReducibleEvent[],
  options: CollaborationReducerOptions = {},
): ReducedCollaborationState {
  const folded = filterSortDedupEvents(events, COLLABORATION_EVENT_TYPES);
  const first = folded[0];
  // Quirk C2: nothing to fold, the roster is ignored.
  if (first === undefined) return emptyCollaborationState();
  const mode = options.mode === undefined ? "strict" : options.mode;
  const fold = newFold(mode === "strict", options.roster);
  const missionId = ownValue(first.payload, "mission_id", "");
  for (const event of folded) {
    COLLABORATION_HANDLERS[event.event_type as CollaborationEventType](fold, event);
  }
  return assemble(fold, typeof missionId === "string" ? missionId : "", folded);
}
