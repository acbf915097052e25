import { dedupEvents, inStatusOrder } from "../../ordering/sort.js";
import type { ReducibleEvent } from "../../reducers/pipeline.js";
import { safeParseModel } from "../../rules/model.js";
import { insertionOrderedMap } from "../../rules/ordered-map.js";
import { pythonEnumRepr } from "../../rules/python-text.js";
import { formatPydanticValidationError } from "../../rules/validation-error.js";
import type { ModelIssue } from "../../rules/violation.js";
import { WP_STATUS_CHANGED } from "./constants.js";
import { Lane } from "./enums.js";
import { isLane, LANE_ALIASES } from "./lanes.js";
import type { ReducedStatus, TransitionAnomaly, WPState } from "./output.js";
import { type StatusTransitionPayload, StatusTransitionPayloadSchema } from "./payloads.js";
import { validateTransition } from "./transitions.js";

/** The `wp_id` of an anomaly whose payload has no usable `wp_id`. */
export const UNKNOWN_WP_ID = "<unknown>";

/** The prefix of the reason of a payload that failed validation. */
export const PAYLOAD_VALIDATION_FAILED = "payload validation failed: ";

/** A `WPStatusChanged` event whose payload the model accepted. */
interface ParsedTransition {
  readonly event: ReducibleEvent;
  readonly payload: StatusTransitionPayload;
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
function payloadAnomaly(event: ReducibleEvent, issues: readonly ModelIssue[]): TransitionAnomaly {
  const { payload } = event;
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

/** Step 1-3: the `WPStatusChanged` events, sorted by the status sort key, first of each id. */
export function uniqueStatusEvents<TEvent extends ReducibleEvent>(
  events: readonly TEvent[],
): readonly TEvent[] {
  const selected = events.filter((event) => event.event_type === WP_STATUS_CHANGED);
  return dedupEvents(inStatusOrder(selected));
}

/** A review rollback: `for_review -> in_progress` with a `review_ref` (even `""`). */
function isRollback(payload: StatusTransitionPayload): boolean {
  return (
    payload.from_lane === Lane.FOR_REVIEW &&
    payload.to_lane === Lane.IN_PROGRESS &&
    payload.review_ref !== null
  );
}

/**
 * The groups of one clock's transitions: by `wp_id` (exact), in the order each work package
 * first appears; inside a group, non-rollbacks first, then rollbacks (each in order).
 */
function clockGroups(run: readonly ParsedTransition[]): ParsedTransition[][] {
  const byWp = new Map<string, ParsedTransition[]>();
  for (const transition of run) {
    const group = byWp.get(transition.payload.wp_id);
    if (group === undefined) byWp.set(transition.payload.wp_id, [transition]);
    else group.push(transition);
  }
  const groups: ParsedTransition[][] = [];
  for (const group of byWp.values()) {
    if (group.length === 1 || !group.some((t) => isRollback(t.payload))) groups.push(group);
    else {
      groups.push([
        ...group.filter((t) => !isRollback(t.payload)),
        ...group.filter((t) => isRollback(t.payload)),
      ]);
    }
  }
  return groups;
}

/**
 * Steps 7-8: applies the parsed transitions, one (wp_id, lamport_clock) group at a time. Each
 * event of a group is checked against the work package's lane at the group's start: its
 * `from_lane` must match it (force does not bypass this), then {@link validateTransition};
 * a passing event replaces the state (the last one applied wins). Returns the states in
 * first-applied order and the anomalies in applied order.
 */
function foldTransitions(parsed: readonly ParsedTransition[]): {
  readonly states: Map<string, WPState>;
  readonly anomalies: TransitionAnomaly[];
} {
  const states = new Map<string, WPState>();
  const anomalies: TransitionAnomaly[] = [];
  const apply = (transition: ParsedTransition, expected: Lane | null): void => {
    const { event, payload } = transition;
    if (payload.from_lane !== expected) {
      anomalies.push(
        anomaly(
          event.event_id,
          payload.wp_id,
          payload.from_lane,
          payload.to_lane,
          `from_lane mismatch: expected ${pythonEnumRepr("Lane", expected)}, got ${pythonEnumRepr("Lane", payload.from_lane)}`,
        ),
      );
      return;
    }
    const result = validateTransition(payload);
    if (!result.valid) {
      anomalies.push(
        anomaly(
          event.event_id,
          payload.wp_id,
          payload.from_lane,
          payload.to_lane,
          result.violations.join("; "),
        ),
      );
      return;
    }
    states.set(
      payload.wp_id,
      Object.freeze({
        wp_id: payload.wp_id,
        current_lane: payload.to_lane,
        last_event_id: event.event_id,
        last_transition_at: event.timestamp,
        evidence: payload.to_lane === Lane.DONE ? payload.evidence : null,
      }),
    );
  };
  for (let start = 0; start < parsed.length; ) {
    const clock = (parsed[start] as ParsedTransition).event.lamport_clock;
    let end = start + 1;
    while (end < parsed.length && (parsed[end] as ParsedTransition).event.lamport_clock === clock) {
      end++;
    }
    if (end - start === 1) {
      const only = parsed[start] as ParsedTransition;
      apply(only, states.get(only.payload.wp_id)?.current_lane ?? null);
    } else {
      for (const group of clockGroups(parsed.slice(start, end))) {
        const wpId = (group[0] as ParsedTransition).payload.wp_id;
        const snapshot = states.get(wpId)?.current_lane ?? null;
        for (const transition of group) apply(transition, snapshot);
      }
    }
    start = end;
  }
  return { states, anomalies };
}

/**
 * Projects the `WPStatusChanged` events of a stream into per-work-package states (§1.8 of the
 * status sheet): keep the family's events, sort by the status sort key, dedup by `event_id`;
 * parse every payload (failures become anomalies); then apply the transitions one
 * (wp_id, lamport_clock) group at a time. Never throws on event content.
 */
export function reduceStatusEvents(events: readonly ReducibleEvent[]): ReducedStatus {
  const unique = uniqueStatusEvents(events);
  if (unique.length === 0) return EMPTY_STATUS;
  const parseAnomalies: TransitionAnomaly[] = [];
  const parsed: ParsedTransition[] = [];
  for (const event of unique) {
    const result = safeParseModel(StatusTransitionPayloadSchema, event.payload);
    if (result.success) parsed.push({ event, payload: result.output });
    else parseAnomalies.push(payloadAnomaly(event, result.issues));
  }
  const { states, anomalies } = foldTransitions(parsed);
  return Object.freeze({
    wp_states: insertionOrderedMap(states),
    anomalies: Object.freeze(
      parseAnomalies.length === 0 ? anomalies : [...parseAnomalies, ...anomalies],
    ),
    event_count: unique.length,
    last_processed_event_id: (unique[unique.length - 1] as ReducibleEvent).event_id,
  });
}
