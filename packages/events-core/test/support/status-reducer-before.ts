/**
 * The status reducer as it was before its fold was restructured (one pass over clock runs,
 * cursors updated in place): a plain copy, kept as the oracle of the property test that
 * compares the two (`status-fold-oracle.property.test.ts`). Not used by the package.
 */

import { WP_STATUS_CHANGED } from "../../src/families/status/constants.js";
import { Lane } from "../../src/families/status/enums.js";
import { isLane, LANE_ALIASES } from "../../src/families/status/lanes.js";
import type {
  ReducedStatus,
  TransitionAnomaly,
  WPState,
} from "../../src/families/status/output.js";
import {
  type DoneEvidence,
  DoneEvidenceSchema,
  StatusTransitionFieldsSchema,
  StatusTransitionPayloadSchema,
  transitionRuleFailure,
} from "../../src/families/status/payloads.js";
import {
  type TransitionFields,
  validateTransition,
} from "../../src/families/status/transitions.js";
import { model, safeParseModel } from "../../src/model/model.js";
import { dedupEvents, inStatusOrder } from "../../src/ordering/sort.js";
import { pythonEnumRepr } from "../../src/python/python-text.js";
import { formatPydanticValidationError } from "../../src/python/validation-error.js";
import type { ReducibleEvent } from "../../src/reducers/pipeline.js";
import { parseLaxBool } from "../../src/rules/bool.js";
import type { JsonObject } from "../../src/rules/json-object.js";
import { insertionOrderedMap } from "../../src/support/ordered-map.js";

const { evidence: _evidence, ...FIELDS_BUT_EVIDENCE } = StatusTransitionFieldsSchema.entries;

/**
 * The fields of a status transition but `evidence`: with {@link DoneEvidenceSchema} on the
 * evidence (when not null), the same verdict as the fields' model, and the evidence parsed in
 * the same step.
 */
const FieldsButEvidenceSchema = model(
  StatusTransitionFieldsSchema.name,
  StatusTransitionFieldsSchema.description,
  FIELDS_BUT_EVIDENCE,
);

/** The `wp_id` of an anomaly whose payload has no usable `wp_id`. */
const UNKNOWN_WP_ID = "<unknown>";

/** The prefix of the reason of a payload that failed validation. */
const PAYLOAD_VALIDATION_FAILED = "payload validation failed: ";

/**
 * A `WPStatusChanged` event whose payload the model accepted, with the fields the fold reads
 * (the lanes canonical, `force` read as a lax boolean, absent optional fields as `null`,
 * `evidence` parsed).
 */
interface ParsedTransition extends TransitionFields {
  readonly event: ReducibleEvent;
  readonly wp_id: string;
  readonly evidence: DoneEvidence | null;
}

/**
 * Where a work package stands during the fold: the lane and the event of its last applied
 * transition, and its evidence when it went to `done`. One per work package, updated in place.
 */
interface WorkPackageCursor {
  lane: Lane;
  event: ReducibleEvent;
  evidence: DoneEvidence | null;
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

/** The raw value of a payload key (own keys only). */
function rawField(payload: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(payload, key) ? payload[key] : undefined;
}

/** An optional field's value as the model reads it: an absent field is its default, `null`. */
function orNull(value: unknown): unknown {
  return value === undefined ? null : value;
}

/**
 * The transition of an event whose payload {@link StatusTransitionPayloadSchema} accepts,
 * read from the payload, or `undefined` when the model refuses it. The fields' verdict is
 * the model's own (its test, the evidence parsed with its model); the values are those the
 * model gives (the string fields' input, the lane alias applied, `force` as a lax boolean, an
 * absent optional field `null`), and the business rules are the model's
 * ({@link transitionRuleFailure}).
 */
function acceptedTransition(event: ReducibleEvent): ParsedTransition | undefined {
  const payload: JsonObject = event.payload;
  if (!FieldsButEvidenceSchema.test(payload)) return undefined;
  const rawEvidence = orNull(rawField(payload, "evidence"));
  let evidence: DoneEvidence | null = null;
  if (rawEvidence !== null) {
    const parsed = safeParseModel(DoneEvidenceSchema, rawEvidence);
    if (!parsed.success) return undefined;
    evidence = parsed.output;
  }
  const force = rawField(payload, "force");
  const transition: ParsedTransition = {
    event,
    wp_id: rawField(payload, "wp_id") as string,
    from_lane: lenientLane(rawField(payload, "from_lane")),
    to_lane: lenientLane(rawField(payload, "to_lane")) as Lane,
    force: force === undefined ? false : (parseLaxBool(force) as { value: boolean }).value,
    reason: orNull(rawField(payload, "reason")) as string | null,
    review_ref: orNull(rawField(payload, "review_ref")) as string | null,
    evidence,
  };
  return transitionRuleFailure(transition) === undefined ? transition : undefined;
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
  const wpId = rawField(payload, "wp_id");
  return anomaly(
    event.event_id,
    typeof wpId === "string" && wpId.length > 0 ? wpId : UNKNOWN_WP_ID,
    lenientLane(rawField(payload, "from_lane")),
    lenientLane(rawField(payload, "to_lane")),
    PAYLOAD_VALIDATION_FAILED +
      formatPydanticValidationError(StatusTransitionPayloadSchema.name, issues, payload),
  );
}

/** True for a `WPStatusChanged` event. */
function isStatusEvent(event: ReducibleEvent): boolean {
  return event.event_type === WP_STATUS_CHANGED;
}

/** Step 1-3: the `WPStatusChanged` events, sorted by the status sort key, first of each id. */
function uniqueStatusEvents<TEvent extends ReducibleEvent>(
  events: readonly TEvent[],
): readonly TEvent[] {
  return dedupEvents(inStatusOrder(events.filter(isStatusEvent)));
}

/** A review rollback: `for_review -> in_progress` with a `review_ref` (even `""`). */
function isRollback(transition: ParsedTransition): boolean {
  return (
    transition.from_lane === Lane.FOR_REVIEW &&
    transition.to_lane === Lane.IN_PROGRESS &&
    transition.review_ref !== null
  );
}

/**
 * The groups of one clock's transitions: by `wp_id` (exact), in the order each work package
 * first appears; inside a group, non-rollbacks first, then rollbacks (each in order).
 * `byWp` is an empty map to group in (left empty).
 */
function clockGroups(
  run: readonly ParsedTransition[],
  byWp: Map<string, ParsedTransition[]>,
): ParsedTransition[][] {
  for (const transition of run) {
    const group = byWp.get(transition.wp_id);
    if (group === undefined) byWp.set(transition.wp_id, [transition]);
    else group.push(transition);
  }
  const groups: ParsedTransition[][] = [];
  for (const group of byWp.values()) {
    if (group.length === 1 || !group.some(isRollback)) groups.push(group);
    else groups.push([...group.filter((t) => !isRollback(t)), ...group.filter(isRollback)]);
  }
  byWp.clear();
  return groups;
}

/**
 * Steps 7-8: the fold of the parsed transitions, given in order, one (wp_id, lamport_clock)
 * group at a time: the transitions of one clock are collected, then each group is checked
 * against the work package's lane at the group's start: a transition's `from_lane` must match
 * it (force does not bypass this), then {@link validateTransition}; a passing transition
 * becomes the work package's last applied one (the last one applied wins). `cursors` holds
 * where each work package stands, in first-applied order; `anomalies` the refused
 * transitions, in applied order.
 */
class TransitionFold {
  readonly cursors = new Map<string, WorkPackageCursor>();
  readonly anomalies: TransitionAnomaly[] = [];
  /** The transitions of the current clock, not applied yet. */
  private readonly clockRun: ParsedTransition[] = [];
  /** Where the transitions of one clock are grouped by work package (empty between uses). */
  private readonly byWp = new Map<string, ParsedTransition[]>();

  /** Takes the next transition (in status order). */
  add(transition: ParsedTransition): void {
    const first = this.clockRun[0];
    if (first !== undefined && first.event.lamport_clock !== transition.event.lamport_clock) {
      this.flush();
    }
    this.clockRun.push(transition);
  }

  /** Applies the transitions of the current clock. */
  flush(): void {
    const run = this.clockRun;
    if (run.length === 1) {
      const only = run[0] as ParsedTransition;
      const cursor = this.cursors.get(only.wp_id);
      this.apply(only, cursor?.lane ?? null, cursor);
    } else if (run.length > 1) {
      for (const group of clockGroups(run, this.byWp)) {
        let cursor = this.cursors.get((group[0] as ParsedTransition).wp_id);
        const snapshot = cursor?.lane ?? null;
        for (const transition of group) cursor = this.apply(transition, snapshot, cursor);
      }
    }
    run.length = 0;
  }

  /**
   * Applies one transition against the `expected` lane; `cursor` is its work package's, if it
   * has one. Returns the work package's cursor afterwards.
   */
  private apply(
    transition: ParsedTransition,
    expected: Lane | null,
    cursor: WorkPackageCursor | undefined,
  ): WorkPackageCursor | undefined {
    const { event, wp_id: wpId, from_lane: fromLane, to_lane: toLane } = transition;
    if (fromLane !== expected) {
      this.anomalies.push(
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
    const result = validateTransition(transition);
    if (!result.valid) {
      this.anomalies.push(
        anomaly(event.event_id, wpId, fromLane, toLane, result.violations.join("; ")),
      );
      return cursor;
    }
    const evidence = toLane === Lane.DONE ? transition.evidence : null;
    if (cursor === undefined) {
      const created: WorkPackageCursor = { lane: toLane, event, evidence };
      this.cursors.set(wpId, created);
      return created;
    }
    cursor.lane = toLane;
    cursor.event = event;
    cursor.evidence = evidence;
    return cursor;
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
 * that holds only `WPStatusChanged` events): parse every payload (failures become
 * anomalies, listed first) and apply the transitions one (wp_id, lamport_clock) group at a
 * time, in one pass. The lifecycle reducer hands its work-package events here.
 */
export function foldUniqueStatusEventsBefore(unique: readonly ReducibleEvent[]): ReducedStatus {
  const last = unique[unique.length - 1];
  if (last === undefined) return EMPTY_STATUS;
  const parseAnomalies: TransitionAnomaly[] = [];
  const fold = new TransitionFold();
  for (const event of unique) {
    const transition = acceptedTransition(event);
    if (transition !== undefined) fold.add(transition);
    else parseAnomalies.push(payloadAnomaly(event));
  }
  fold.flush();
  const states: [string, WPState][] = [];
  for (const [wpId, cursor] of fold.cursors) states.push([wpId, wpState(wpId, cursor)]);
  return Object.freeze({
    wp_states: insertionOrderedMap(states),
    anomalies: Object.freeze(
      parseAnomalies.length === 0 ? fold.anomalies : [...parseAnomalies, ...fold.anomalies],
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
export function reduceStatusEventsBefore(events: readonly ReducibleEvent[]): ReducedStatus {
  return foldUniqueStatusEventsBefore(uniqueStatusEvents(events));
}
