/**
 * Bench stream of the lifecycle family: one mission's stream (MissionStarted first, phases,
 * review rollbacks, MissionCompleted last) with the work-package transitions of the status
 * bench stream and CI gate events (which the reducer counts but does not fold) between them.
 * The mission and gate events come in addition to the work-package transitions, each on the
 * next lamport clock, as a mission's log records them: every work package's path stays
 * whole, so the anomalies are those of the status stream (its few bad payloads and stale
 * from_lanes).
 */
import { seededRandom } from "../synthetic.js";
import { crockford, familyStream as statusStream, timestampAt } from "./status.js";

const PHASES = ["specify", "plan", "tasks", "implement", "review", "accept"];
const MISSION_ID = "M-034";

/** `count` deterministic raw envelopes for the lifecycle reducer's bench row. */
export function familyStream(count: number, seed: number): Record<string, unknown>[] {
  const random = seededRandom(seed + 1);
  // At most `count` work-package transitions are used: take them in order.
  const transitions = statusStream(count, seed);
  const envelopes: Record<string, unknown>[] = [];
  let nextTransition = 0;
  // Clocks taken by the mission and gate events so far: later transitions move up by as many.
  let shift = 0;
  let clock = 0;
  // Every envelope gets the id and timestamp of its position, so the stream is in order.
  const push = (envelope: Record<string, unknown>) => {
    const n = envelopes.length;
    envelopes.push({
      ...envelope,
      event_id: crockford(n),
      timestamp: timestampAt(n),
      correlation_id: crockford(n + 1_000_000_000),
    });
  };
  const other = (eventType: string, aggregateId: string, payload: Record<string, unknown>) => {
    clock++;
    shift++;
    push({
      event_type: eventType,
      aggregate_id: aggregateId,
      payload,
      node_id: "cli-laptop-robert",
      lamport_clock: clock,
      project_uuid: (transitions[0] as Record<string, unknown>).project_uuid,
    });
  };
  other("MissionStarted", MISSION_ID, {
    mission_id: MISSION_ID,
    mission_type: "software-dev",
    initial_phase: PHASES[0],
    actor: "claude",
  });
  let phase = 0;
  let gate = 0;
  while (envelopes.length < count - 1) {
    const r = random();
    if (r < 0.002) {
      phase = Math.min(phase + 1, PHASES.length - 1);
      other("PhaseEntered", MISSION_ID, {
        mission_id: MISSION_ID,
        phase_name: PHASES[phase],
        previous_phase: PHASES[phase - 1] ?? null,
        actor: "claude",
      });
    } else if (r < 0.0025) {
      other("ReviewRollback", MISSION_ID, {
        mission_id: MISSION_ID,
        review_ref: "PR-88#r2",
        target_phase: "implement",
        affected_wp_ids: ["WP0001"],
        actor: "robert",
      });
    } else if (r < 0.1) {
      const passed = random() < 0.8;
      const checkRunId = 21874560000 + gate++;
      other(passed ? "GatePassed" : "GateFailed", "acme/checkout-service#88", {
        gate_name: "ci/build",
        gate_type: "ci",
        conclusion: passed ? "success" : "failure",
        external_provider: "github",
        check_run_id: checkRunId,
        check_run_url: `https://github.com/acme/checkout-service/runs/${checkRunId}`,
        delivery_id: `delivery-${checkRunId}`,
        pr_number: 88,
      });
    } else {
      const transition = transitions[nextTransition++] as Record<string, unknown>;
      clock = (transition.lamport_clock as number) + shift;
      push({ ...transition, lamport_clock: clock });
    }
  }
  if (count > 1) {
    other("MissionCompleted", MISSION_ID, {
      mission_id: MISSION_ID,
      mission_type: "software-dev",
      final_phase: PHASES[phase],
      actor: "robert",
    });
  }
  return envelopes;
}
