/**
 * Bench stream of the lifecycle family: one mission's stream (MissionStarted, phases, review
 * rollbacks, MissionCompleted at the end) interleaved with the work-package transitions of the
 * status bench stream and CI gate events (which the reducer counts but does not fold).
 */
import { seededRandom } from "../synthetic.js";
import { familyStream as statusStream } from "./status.js";

const PHASES = ["specify", "plan", "tasks", "implement", "review", "accept"];

/** `count` deterministic raw envelopes for the lifecycle reducer's bench row. */
export function familyStream(count: number, seed: number): Record<string, unknown>[] {
  const random = seededRandom(seed + 1);
  const envelopes = statusStream(count, seed);
  const mission = (index: number, eventType: string, payload: Record<string, unknown>) => {
    const envelope = envelopes[index] as Record<string, unknown>;
    envelopes[index] = { ...envelope, event_type: eventType, aggregate_id: "M-034", payload };
  };
  mission(0, "MissionStarted", {
    mission_id: "M-034",
    mission_type: "software-dev",
    initial_phase: PHASES[0],
    actor: "claude",
  });
  let phase = 0;
  for (let i = 1; i < count - 1; i++) {
    const r = random();
    if (r < 0.002) {
      phase = Math.min(phase + 1, PHASES.length - 1);
      mission(i, "PhaseEntered", {
        mission_id: "M-034",
        phase_name: PHASES[phase],
        previous_phase: PHASES[phase - 1] ?? null,
        actor: "claude",
      });
    } else if (r < 0.0025) {
      mission(i, "ReviewRollback", {
        mission_id: "M-034",
        review_ref: "PR-88#r2",
        target_phase: "implement",
        affected_wp_ids: ["WP0001"],
        actor: "robert",
      });
    } else if (r < 0.1) {
      const passed = random() < 0.8;
      mission(i, passed ? "GatePassed" : "GateFailed", {
        gate_name: "ci/build",
        gate_type: "ci",
        conclusion: passed ? "success" : "failure",
        external_provider: "github",
        check_run_id: 21874560000 + i,
        check_run_url: `https://github.com/acme/checkout-service/runs/${21874560000 + i}`,
        delivery_id: `delivery-${i}`,
        pr_number: 88,
      });
    }
  }
  if (count > 1) {
    mission(count - 1, "MissionCompleted", {
      mission_id: "M-034",
      mission_type: "software-dev",
      final_phase: PHASES[phase],
      actor: "robert",
    });
  }
  return envelopes;
}
