/**
 * Builders for the status, gates and lifecycle tests: valid example payloads (written from
 * `families/status-gates-lifecycle-core.md`) and the sheet's §9a harness (`ev`, `wp`, `EV`),
 * with envelopes parsed by `parseEvent`.
 */
import { type Event, parseEvent } from "../../src/envelope/event.js";

/** The done evidence of the sheet's harness (`EV`). */
export const EV = Object.freeze({
  repos: [{ repo: "r", branch: "b", commit: "c" }],
  review: { reviewer: "x", verdict: "ok" },
});

/** A complete valid payload per status, gates and lifecycle event type. */
export const STATUS_GATES_LIFECYCLE_EXAMPLES: Readonly<
  Record<string, Readonly<Record<string, unknown>>>
> = {
  WPStatusChanged: {
    feature_slug: "034-checkout",
    wp_id: "WP03",
    from_lane: "for_review",
    to_lane: "done",
    actor: "claude",
    force: false,
    reason: null,
    execution_mode: "worktree",
    review_ref: "PR-88",
    evidence: {
      repos: [
        {
          repo: "spec-kitty",
          branch: "034-checkout-WP03",
          commit: "9f2c1ab",
          files_touched: ["src/cart.ts"],
        },
      ],
      verification: [{ command: "pnpm test", result: "passed", summary: "412 tests" }],
      review: { reviewer: "robert", verdict: "approved", reference: "PR-88#r1" },
    },
  },
  GatePassed: {
    gate_name: "ci/build",
    gate_type: "ci",
    conclusion: "success",
    external_provider: "github",
    check_run_id: 4242,
    check_run_url: "https://github.com/acme/app/runs/4242",
    delivery_id: "72d3162e-cc78-11e3-81ab-4c9367dc0958",
    pr_number: 17,
  },
  GateFailed: {
    gate_name: "ci/lint",
    gate_type: "ci",
    conclusion: "timed_out",
    external_provider: "github",
    check_run_id: 4243,
    check_run_url: "https://github.com/acme/app/runs/4243",
    delivery_id: "72d3162e-cc78-11e3-81ab-4c9367dc0959",
    pr_number: null,
  },
  MissionStarted: {
    mission_id: "M-034",
    mission_type: "software-dev",
    initial_phase: "specify",
    actor: "claude",
  },
  MissionCompleted: {
    mission_id: "M-034",
    mission_type: "software-dev",
    final_phase: "accept",
    actor: "claude",
  },
  MissionCancelled: {
    mission_id: "M-034",
    reason: "superseded by M-035",
    actor: "robert",
    cancelled_wp_ids: ["WP04", "WP05"],
  },
  PhaseEntered: {
    mission_id: "M-034",
    phase_name: "plan",
    previous_phase: "specify",
    actor: "claude",
  },
  ReviewRollback: {
    mission_id: "M-034",
    review_ref: "PR-88#r2",
    target_phase: "implement",
    affected_wp_ids: ["WP03"],
    actor: "robert",
  },
};

/** `project_uuid` of the harness. */
export const PU = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";

/** The harness's event id number `i`: `01J` and 23 digits. */
export function eid(i: number): string {
  return `01J${String(i).padStart(23, "0")}`;
}

/** `2026-01-01T00:00:00Z` plus `seconds`, in the JSON form (`Z`). */
export function secondsAfterNewYear(seconds: number): string {
  return new Date(Date.UTC(2026, 0, 1) + seconds * 1000).toISOString().replace(".000Z", "Z");
}

/**
 * The harness's `ev(et, payload, lamport, i, ts)`: an envelope with id `eid(i)`, the given
 * clock and, unless given, the timestamp 2026-01-01T00:00:00Z plus `lamport` seconds.
 */
export function ev(
  eventType: string,
  payload: unknown,
  lamport: number,
  i: number,
  timestamp?: string,
): Event {
  return parseEvent(rawEv(eventType, payload, lamport, i, timestamp));
}

/** The raw envelope of {@link ev}. */
export function rawEv(
  eventType: string,
  payload: unknown,
  lamport: number,
  i: number,
  timestamp?: string,
): Record<string, unknown> {
  return {
    event_id: eid(i),
    event_type: eventType,
    aggregate_id: "agg",
    payload,
    timestamp: timestamp ?? secondsAfterNewYear(lamport),
    node_id: "n1",
    lamport_clock: lamport,
    project_uuid: PU,
    correlation_id: eid(999),
  };
}

/** The harness's `wp(frm, to, wp_id, **kw)`: a status transition payload. */
export function wp(
  from: string | null,
  to: string,
  extra: Readonly<Record<string, unknown>> = {},
  wpId = "WP01",
): Record<string, unknown> {
  return {
    feature_slug: "f",
    wp_id: wpId,
    from_lane: from,
    to_lane: to,
    actor: "a",
    execution_mode: "worktree",
    ...extra,
  };
}

/** A valid MissionStarted payload of mission `id`. */
export function started(id = "M1", initialPhase = "spec"): Record<string, unknown> {
  return { mission_id: id, mission_type: "t", initial_phase: initialPhase, actor: "a" };
}

/** A valid MissionCompleted payload. */
export function completed(id = "M1"): Record<string, unknown> {
  return { mission_id: id, mission_type: "t", final_phase: "f", actor: "a" };
}

/** A valid MissionCancelled payload. */
export function cancelled(id = "M1"): Record<string, unknown> {
  return { mission_id: id, reason: "r", actor: "a" };
}

/** A valid PhaseEntered payload. */
export function phase(name: string, id = "M1"): Record<string, unknown> {
  return { mission_id: id, phase_name: name, actor: "a" };
}

/** A valid ReviewRollback payload. */
export function rollback(target: string, id = "M1"): Record<string, unknown> {
  return { mission_id: id, review_ref: "PR-1", target_phase: target, actor: "a" };
}
