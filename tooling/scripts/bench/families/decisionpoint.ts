/**
 * Bench stream of the DecisionPoint family: one long decision in its own mission run. Opened,
 * a long discussion (human advisors and mission owners, LLM agents in phase P0), then Resolved
 * and Overridden at the end. About 2% of the discussion events break a rule: an empty
 * rationale or evidence list (malformed_payload), an LLM outside phase P0 (llm_policy_violation)
 * or a repeated Opened (invalid_transition).
 */
import { seededRandom } from "../synthetic.js";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const BASE_MS = Date.parse("2026-03-02T09:00:00Z");

function ulid(random: () => number, ms: number): string {
  let time = "";
  for (let t = ms, i = 0; i < 10; i++, t = Math.floor(t / 32)) time = CROCKFORD[t % 32] + time;
  let rest = "";
  for (let i = 0; i < 16; i++) rest += CROCKFORD[Math.floor(random() * 32)];
  return time + rest;
}

const ACTORS = [
  {
    actor_id: "user:lena.okafor",
    actor_type: "human",
    authority_role: "mission_owner",
    flag: true,
  },
  { actor_id: "user:raj.mehta", actor_type: "human", authority_role: "advisory", flag: false },
  { actor_id: "svc:release-train", actor_type: "service", authority_role: "informed", flag: false },
  { actor_id: "agent:planner-7", actor_type: "llm", authority_role: "advisory", flag: false },
] as const;

const BREACHES: readonly Record<string, unknown>[] = [
  { rationale: "" },
  { evidence_refs: [] },
  { actor_id: "agent:planner-7", actor_type: "llm", authority_role: "advisory", phase: "P2" },
];

/** `count` deterministic raw envelopes for the DecisionPoint reducer's bench row. */
export function familyStream(count: number, seed: number): Record<string, unknown>[] {
  const random = seededRandom(seed);
  const correlation = ulid(random, BASE_MS);
  const envelopes: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const ms = BASE_MS + i * 1000;
    const at = new Date(ms).toISOString();
    const type =
      i === 0
        ? "DecisionPointOpened"
        : i === count - 1 && count > 2
          ? "DecisionPointOverridden"
          : i === count - 2 && count > 2
            ? "DecisionPointResolved"
            : random() < 0.005
              ? "DecisionPointOpened"
              : "DecisionPointDiscussing";
    const owner = type === "DecisionPointResolved" || type === "DecisionPointOverridden";
    const actor = owner ? ACTORS[0] : ACTORS[Math.floor(random() * ACTORS.length)];
    const payload: Record<string, unknown> = {
      decision_point_id: "dp-schema-freeze-041",
      mission_id: "041-schema-freeze",
      run_id: "run-041-2026-03-02",
      feature_slug: "041-schema-freeze",
      phase: actor?.actor_type === "llm" ? "P0" : "P1",
      actor_id: actor?.actor_id,
      actor_type: actor?.actor_type,
      authority_role: actor?.authority_role,
      mission_owner_authority_flag: actor?.flag,
      mission_owner_authority_path: "missions/041/charter.md#owner",
      rationale: `Point ${i}: keep the schema frozen until the beta feedback is in.`,
      alternatives_considered: ["freeze now", "freeze after beta"],
      evidence_refs: [`chat/thread-${5000 + (i % 97)}`],
      state_entered_at: at,
      recorded_at: new Date(ms + 250).toISOString(),
    };
    if (!owner && i > 0 && random() < 0.015) {
      Object.assign(payload, BREACHES[Math.floor(random() * BREACHES.length)]);
    }
    envelopes.push({
      event_id: ulid(random, ms),
      event_type: type,
      aggregate_id: "dp-schema-freeze-041",
      payload,
      timestamp: at,
      node_id: "tracker-node-eu-2",
      lamport_clock: i + 1,
      causation_id: null,
      project_uuid: "7c2d9e41-5a3b-4f8c-9d1e-2b6a8f0c4e73",
      project_slug: "release-train",
      correlation_id: correlation,
      schema_version: "2.6.0",
      data_tier: 0,
    });
  }
  return envelopes;
}
