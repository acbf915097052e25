/**
 * Builders for collaboration tests: a valid example payload per event type (written from
 * `collaboration-glossary-mission-next.md` §1.3) and envelopes parsed with `parseEvent`.
 */
import { type Event, parseEvent } from "../../src/envelope/event.js";

/** The mission every example belongs to. */
export const MISSION = "mission-047";

/** A valid identity of participant `pid`. */
export function identity(
  pid: string,
  type: "human" | "llm_context" = "human",
): Record<string, unknown> {
  return { participant_id: pid, participant_type: type };
}

/** A complete valid payload per collaboration event type. */
export const COLLABORATION_EXAMPLES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  ParticipantInvited: {
    participant_id: "p1",
    participant_identity: identity("p1"),
    invited_by: "p0",
    mission_id: MISSION,
  },
  ParticipantJoined: {
    participant_id: "p1",
    participant_identity: identity("p1"),
    mission_id: MISSION,
    auth_principal_id: "auth|1",
  },
  ParticipantLeft: { participant_id: "p1", mission_id: MISSION, reason: "explicit" },
  PresenceHeartbeat: { participant_id: "p1", mission_id: MISSION, session_id: "s-1" },
  DriveIntentSet: { participant_id: "p1", mission_id: MISSION, intent: "active" },
  FocusChanged: {
    participant_id: "p1",
    mission_id: MISSION,
    focus_target: { target_type: "wp", target_id: "WP03" },
    previous_focus_target: null,
  },
  PromptStepExecutionStarted: {
    participant_id: "p1",
    mission_id: MISSION,
    step_id: "s1",
    wp_id: "WP03",
    step_description: "Implement",
  },
  PromptStepExecutionCompleted: {
    participant_id: "p1",
    mission_id: MISSION,
    step_id: "s1",
    wp_id: null,
    outcome: "success",
  },
  ConcurrentDriverWarning: {
    warning_id: "w1",
    mission_id: MISSION,
    participant_ids: ["p1", "p2"],
    focus_target: { target_type: "wp", target_id: "WP03" },
    severity: "warning",
  },
  PotentialStepCollisionDetected: {
    warning_id: "w2",
    mission_id: MISSION,
    participant_ids: ["p1", "p2"],
    step_id: "s1",
    wp_id: "WP03",
    severity: "info",
  },
  WarningAcknowledged: {
    participant_id: "p1",
    mission_id: MISSION,
    warning_id: "w1",
    acknowledgement: "continue",
  },
  CommentPosted: {
    participant_id: "p1",
    mission_id: MISSION,
    comment_id: "c1",
    content: "hello",
    reply_to: null,
  },
  DecisionCaptured: {
    participant_id: "p1",
    mission_id: MISSION,
    decision_id: "d1",
    topic: "Who drives?",
    chosen_option: "p1",
    rationale: null,
    referenced_warning_id: "w1",
  },
  SessionLinked: {
    participant_id: "p1",
    mission_id: MISSION,
    primary_session_id: "s-saas",
    linked_session_id: "s-cli",
    link_type: "cli_to_saas",
  },
};

/** A 26-char ULID made from a number (digits are Crockford base32). */
export function collabId(n: number): string {
  return `01JC${String(n).padStart(22, "0")}`;
}

/** Parses one collaboration envelope; `clock` is the lamport clock and, by default, the id. */
export function collabEvent(
  type: string,
  clock: number,
  payload: Readonly<Record<string, unknown>>,
  options: { readonly id?: string; readonly timestamp?: string } = {},
): Event {
  return parseEvent({
    event_id: options.id ?? collabId(clock),
    event_type: type,
    aggregate_id: MISSION,
    payload,
    timestamp: options.timestamp ?? "2026-03-02T09:00:00Z",
    node_id: "saas-1",
    lamport_clock: clock,
    project_uuid: "0f8fad5b-d9cb-469f-a165-70867728950e",
    correlation_id: collabId(999_999),
  });
}

/** A step in a test stream: event type and payload (the mission id is added when absent). */
export type Step = readonly [type: string, payload: Readonly<Record<string, unknown>>];

/** Envelopes of the steps with clocks 1, 2, 3, ... in order. */
export function stream(steps: readonly Step[]): Event[] {
  return steps.map(([type, payload], i) =>
    collabEvent(type, i + 1, { mission_id: MISSION, ...payload }),
  );
}

/** Step builders for the common events of the reducer tests. */
export const on = {
  join: (pid: unknown, extra: Record<string, unknown> = {}): Step => [
    "ParticipantJoined",
    {
      participant_id: pid,
      participant_identity: identity(typeof pid === "string" && pid !== "" ? pid : "x"),
      ...extra,
    },
  ],
  invite: (pid: unknown, extra: Record<string, unknown> = {}): Step => [
    "ParticipantInvited",
    {
      participant_id: pid,
      participant_identity: identity(typeof pid === "string" && pid !== "" ? pid : "x"),
      invited_by: "owner",
      ...extra,
    },
  ],
  leave: (pid: unknown): Step => ["ParticipantLeft", { participant_id: pid }],
  heartbeat: (pid: unknown): Step => ["PresenceHeartbeat", { participant_id: pid }],
  drive: (pid: unknown, intent: unknown): Step => [
    "DriveIntentSet",
    { participant_id: pid, intent },
  ],
  focus: (pid: unknown, targetType: string, targetId: string): Step => [
    "FocusChanged",
    { participant_id: pid, focus_target: { target_type: targetType, target_id: targetId } },
  ],
  start: (pid: unknown, step: unknown): Step => [
    "PromptStepExecutionStarted",
    { participant_id: pid, step_id: step },
  ],
  complete: (pid: unknown, step: unknown): Step => [
    "PromptStepExecutionCompleted",
    { participant_id: pid, step_id: step, outcome: "success" },
  ],
  driverWarning: (wid: unknown, pids: unknown): Step => [
    "ConcurrentDriverWarning",
    {
      warning_id: wid,
      participant_ids: pids,
      focus_target: { target_type: "wp", target_id: "WP1" },
      severity: "warning",
    },
  ],
  collision: (wid: unknown, pids: unknown): Step => [
    "PotentialStepCollisionDetected",
    { warning_id: wid, participant_ids: pids, step_id: "s1", severity: "info" },
  ],
  ack: (pid: unknown, wid: unknown, acknowledgement: unknown = "hold"): Step => [
    "WarningAcknowledged",
    { participant_id: pid, warning_id: wid, acknowledgement },
  ],
  comment: (pid: unknown, fields: Record<string, unknown> = {}): Step => [
    "CommentPosted",
    { participant_id: pid, comment_id: "c1", content: "hi", ...fields },
  ],
  decision: (pid: unknown, fields: Record<string, unknown> = {}): Step => [
    "DecisionCaptured",
    { participant_id: pid, decision_id: "d1", topic: "t", chosen_option: "o", ...fields },
  ],
  link: (pid: unknown, linked: unknown): Step => [
    "SessionLinked",
    {
      participant_id: pid,
      primary_session_id: "s-saas",
      linked_session_id: linked,
      link_type: "cli_to_saas",
    },
  ],
};
