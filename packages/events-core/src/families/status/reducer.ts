import { modelOutputOf } from "../../internal/index.js";
import { safeParseModel } from "../../model/model.js";
import { dedupEvents, inStatusOrder } from "../../ordering/sort.js";
import { pythonEnumRepr } from "../../python/python-text.js";
import { formatPydanticValidationError } from "../../python/validation-error.js";
import type { ReducibleEvent } from "../../reducers/pipeline.js";
import { ownValue } from "../../rules/json-object.js";
import { insertionOrderedMap } from "../../support/ordered-map.js";
import { WP_STATUS_CHANGED } from "./constants.js";
import { Lane } from "./enums.js";
import { isLane, LANE_ALIASES } from "./lanes.js";
import type { ReducedStatus, TransitionAnomaly, WPState } from "./output.js";
import {
  type DoneEvidence,
  StatusTransitionFieldsSchema,
  type StatusTransitionPayload,
  StatusTransitionPayloadSchema,
  transitionRuleFailure,
} from "./payloads.js";
import { validateTransition } from "./transitions.js";

/**
 * The fields of a payload parsed with {@link StatusTransitionFieldsSchema} (`undefined` when
 * refused); a payload a producer wrote as its model dumps it is kept as it is, with no copy.
 */
const transitionFieldsOf = modelOutputOf(StatusTransitionFieldsSchema);

/** The `wp_id` of an anomaly whose payload has no usable `wp_id`. */
export const UNKNOWN_WP_ID = "<unknown>";

/** The prefix of the reason of a payload that failed validation. */
export const PAYLOAD_VALIDATION_FAILED = "payload validation failed: ";

/** A `WPStatusChanged` event whose payload the model accepted, with that payload parsed. */
interface Transition {
  readonly event: ReducibleEvent;
  readonly fields: StatusTransitionPayload;
}

const EMPTY_STATUS: ReducedStatus = Object.freeze({
  wp_states: insertionOrderedMap<WPState>([]),
  anomalies: Object.freeze([]),
  event_count: 0,
  last_processed_event_id: null,
});

/** A raw lane value read leniently: a lane or the alias `doing`, else `null`. */
function lenientLane(raw: unknown): Lane | null {
  if (isLane(raw)) return raw;
  return typeof raw === "string" && Object.hasOwn(LANE_ALIASES, raw)
    ? (LANE_ALIASES[raw] as Lane)
    : null;
}

/**
 * The payload of an event as {@link StatusTransitionPayloadSchema} parses it (the lanes
 * canonical, `force` a boolean, absent optional fields filled in), or `undefined` when the
 * model refuses it: the fields' parse, then the business rules
 * ({@link transitionRuleFailure}).
 */
function acceptedFields(event: ReducibleEvent): StatusTransitionPayload | undefined {
  const fields = transitionFieldsOf(event.payload);
  return fields === undefined || transitionRuleFailure(fields) !== undefined ? undefined : fields;
}

/** A frozen {@link TransitionAnomaly}. */
function anomaly(
  eventId: string,
  wpId: string,
  fromLane: Lane | null,
  toLane: Lane | null,
  reason: string,
): TransitionAnomaly {
  return Object.freeze({
    event_id: eventId,
    wp_id: wpId,
    from_lane: fromLane,
    to_lane: toLane,
    reason,
  });
}

/**
 * The anomaly of an event whose payload failed validation: the raw `wp_id` when it is a
 * non-empty string (else `<unknown>`), the raw lanes read leniently, and
 * `payload validation failed: ` followed by the pydantic-style error text.
 */
function payloadAnomaly(event: ReducibleEvent): TransitionAnomaly {
  const { payload } = event;
  const issues = safeParseModel(StatusTransitionPayloadSchema, payload).issues ?? [];
  const wpId = ownValue(payload, "wp_id");
  return anomaly(
    event.event_id,
    typeof wpId === "string" && wpId.length > 0 ? wpId : UNKNOWN_WP_ID,
    lenientLane(ownValue(payload, "from_lane")),
    lenientLane(ownValue(payload, "to_lane")),
    PAYLOAD_VALIDATION_FAILED +
      formatPydanticValidationError(StatusTransitionPayloadSchema.name, issues, payload),
  );
}

/** True for a `WPStatusChanged` event. */
function isStatusEvent(event: ReducibleEvent): boolean {
  return event.event_type === WP_STATUS_CHANGED;
}

/** Step 1-3: the `WPStatusChanged` events, sorted by the status sort key, first of each id. */
export function uniqueStatusEvents<TEvent extends ReducibleEvent>(
  events: readonly TEvent[],
): readonly TEvent[] {
  const statusEvents = events.every(isStatusEvent) ? events : events.filter(isStatusEvent);
  return dedupEvents(inStatusOrder(statusEvents));
}

/** A review rollback: `for_review -> in_progress` with a `review_ref` (even `""`). */
function isRollback({ fields }: Transition): boolean {
  return (
    fields.from_lane === Lane.FOR_REVIEW &&
    fields.to_lane === Lane.IN_PROGRESS &&
    fields.review_ref !== null
  );
}

/** A group's transitions in the order they apply: non-rollbacks first, then rollbacks. */
function inApplyOrder(group: Transition[]): Transition[] {
  if (group.length === 1 || !group.some(isRollback)) return group;
  return [...group.filter((t) => !isRollback(t)), ...group.filter(isRollback)];
}

/**
 * Where a work package stands: the lane and the event of its last applied transition, and its
 * evidence when it went to `done`. One per work package, updated in place.
 */
interface WorkPackageCursor {
  lane: Lane;
  event: ReducibleEvent;
  evidence: DoneEvidence | null;
}

/**
 * The fold of steps 5-8: `cursors` holds where each work package stands, in first-applied
 * order; the anomalies are kept in two lists, payload failures and refused transitions, each
 * in the order found.
 */
interface StatusFold {
  readonly cursors: Map<string, WorkPackageCursor>;
  readonly payloadAnomalies: TransitionAnomaly[];
  readonly transitionAnomalies: TransitionAnomaly[];
}

/**
 * Applies the transition of `event` (its payload parsed: `fields`) against the `expected` lane
 * (the work package's lane at the start of its group): its `from_lane` must match it (force
 * does not bypass this), then {@link validateTransition}; a passing transition becomes the
 * work package's last applied one, a refused one an anomaly. `cursor` is the work package's,
 * if it has one; returns the work package's cursor afterwards.
 */
function apply(
  fold: StatusFold,
  cursor: WorkPackageCursor | undefined,
  event: ReducibleEvent,
  fields: StatusTransitionPayload,
  expected: Lane | null,
): WorkPackageCursor | undefined {
  const { wp_id: wpId, from_lane: fromLane, to_lane: toLane } = fields;
  if (fromLane !== expected) {
    fold.transitionAnomalies.push(
      anomaly(
        event.event_id,
        wpId,
        fromLane,
        toLane,
        `from_lane mismatch: expected ${pythonEnumRepr("Lane", expected)}, got ${pythonEnumRepr("Lane", fromLane)}`,
      ),
    );
    return cursor;
  }
  const result = validateTransition(fields);
  if (!result.valid) {
    fold.transitionAnomalies.push(
      anomaly(event.event_id, wpId, fromLane, toLane, result.violations.join("; ")),
    );
    return cursor;
  }
  const evidence = toLane === Lane.DONE ? fields.evidence : null;
  if (cursor === undefined) {
    const created: WorkPackageCursor = { lane: toLane, event, evidence };
    fold.cursors.set(wpId, created);
    return created;
  }
  cursor.lane = toLane;
  cursor.event = event;
  cursor.evidence = evidence;
  return cursor;
}

/**
 * Folds the events of one lamport clock, `unique[start, end)`: parses each payload (a failure
 * becomes an anomaly), groups the accepted transitions by `wp_id` (exact), in the order each
 * work package first appears, and applies each group, in {@link inApplyOrder}, against its
 * work package's lane at the group's start (so the last one applied wins).
 */
function foldClock(
  fold: StatusFold,
  unique: readonly ReducibleEvent[],
  start: number,
  end: number,
): void {
  if (end - start === 1) {
    // One event: one group of one (the common case, with no grouping).
    const event = unique[start] as ReducibleEvent;
    const fields = acceptedFields(event);
    if (fields === undefined) fold.payloadAnomalies.push(payloadAnomaly(event));
    else {
      const cursor = fold.cursors.get(fields.wp_id);
      apply(fold, cursor, event, fields, cursor === undefined ? null : cursor.lane);
    }
    return;
  }
  const byWp = new Map<string, Transition[]>();
  for (let i = start; i < end; i++) {
    const event = unique[i] as ReducibleEvent;
    const fields = acceptedFields(event);
    if (fields === undefined) {
      fold.payloadAnomalies.push(payloadAnomaly(event));
      continue;
    }
    const transition: Transition = { event, fields };
    const group = byWp.get(fields.wp_id);
    if (group === undefined) byWp.set(fields.wp_id, [transition]);
    else group.push(transition);
  }
  for (const [wpId, group] of byWp) {
    let cursor = fold.cursors.get(wpId);
    const snapshot = cursor === undefined ? null : cursor.lane;
    for (const { event, fields } of inApplyOrder(group)) {
      cursor = apply(fold, cursor, event, fields, snapshot);
    }
  }
}

/** The state a work package's last applied transition leaves. */
function wpState(wpId: string, cursor: WorkPackageCursor): WPState {
  return Object.freeze({
    wp_id: wpId,
    current_lane: cursor.lane,
    last_event_id: cursor.event.event_id,
    last_transition_at: cursor.event.timestamp,
    evidence: cursor.evidence,
  });
}

/**
 * Steps 4-9 of the status reducer on its events already kept, sorted and deduplicated (the
 * result of {@link uniqueStatusEvents}, or any subsequence of a sorted, deduplicated stream
 * that holds only `WPStatusChanged` events): in one pass, one lamport clock at a time,
 * parse every payload (failures become anomalies, listed first) and apply the transitions one
 * (wp_id, lamport_clock) group at a time. The lifecycle reducer hands its work-package events
 * here.
 */
export function foldUniqueStatusEvents(unique: readonly ReducibleEvent[]): ReducedStatus {
  const last = unique[unique.length - 1];
  if (last === undefined) return EMPTY_STATUS;
  const fold: StatusFold = {
    cursors: new Map(),
    payloadAnomalies: [],
    transitionAnomalies: [],
  };
  for (let start = 0; start < unique.length; ) {
    const clock = (unique[start] as ReducibleEvent).lamport_clock;
    let end = start + 1;
    while (end < unique.length && (unique[end] as ReducibleEvent).lamport_clock === clock) end++;
    foldClock(fold, unique, start, end);
    start = end;
  }
  const states: [string, WPState][] = [];
  for (const [wpId, cursor] of fold.cursors) states.push([wpId, wpState(wpId, cursor)]);
  const { payloadAnomalies, transitionAnomalies } = fold;
  return Object.freeze({
    wp_states: insertionOrderedMap(states),
    anomalies: Object.freeze(
      payloadAnomalies.length === 0
        ? transitionAnomalies
        : payloadAnomalies.concat(transitionAnomalies),
    ),
    event_count: unique.length,
    last_processed_event_id: last.event_id,
  });
}

/**
 * Projects the `WPStatusChanged` events of a stream into per-work-package states (§1.8 of the
 * status sheet): keep the family's events, sort by the status sort key, dedup by `event_id`
 * ({@link uniqueStatusEvents}); parse every payload (failures become anomalies, listed
 * first); apply the transitions one (wp_id, lamport_clock) group at a time. Never throws on
 * event content.
 */
export function reduceStatusEvents(events: readonly ReducibleEvent[]): ReducedStatus {
  return foldUniqueStatusEvents(uniqueStatusEvents(events));
}
