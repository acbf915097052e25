/**
 * Bench stream of the mission-next family: one long mission run (steps issued and completed,
 * decision inputs requested and answered, planned steps), with a few events of other runs
 * (run id mismatches), bad payloads, other families' events, exact re-deliveries, envelopes
 * spoiled beyond parsing, and the run's completion followed by late events.
 */
import { seededRandom } from "../synthetic.js";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function ulid(random: () => number): string {
  let out = "01";
  for (let i = 0; i < 24; i++) out += CROCKFORD[Math.floor(random() * CROCKFORD.length)];
  return out;
}

/** Actors as a producer writes them (every field), and one written with its required fields only. */
const ACTORS = [
  {
    actor_id: "claude-runtime",
    actor_type: "llm",
    display_name: "Claude",
    provider: "anthropic",
    model: "claude-opus",
    tool: null,
  },
  {
    actor_id: "user-robert",
    actor_type: "human",
    display_name: "Robert",
    provider: null,
    model: null,
    tool: null,
  },
  {
    actor_id: "svc-orchestrator",
    actor_type: "service",
    display_name: "",
    provider: null,
    model: null,
    tool: "spec-kitty-next",
  },
  { actor_id: "svc-legacy", actor_type: "service" },
];
const AGENTS = ["agent-claude", "agent-codex", "agent-gemini"];

/** `count` deterministic raw envelopes for the mission-next reducer's bench row. */
export function familyStream(count: number, seed: number): Record<string, unknown>[] {
  const random = seededRandom(seed);
  const runId = "run-bench-0001";
  const missionKey = "software-dev";
  const projectUuid = "6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9";
  const correlationId = ulid(random);
  const baseMs = Date.UTC(2026, 2, 1, 9, 0, 0);
  const out: Record<string, unknown>[] = [];
  const openDecisions: string[] = [];
  let clock = 0;
  let step = 0;
  let decision = 0;
  let issued: string | null = null;

  const emit = (eventType: string, payload: Record<string, unknown>) => {
    const envelope: Record<string, unknown> = {
      event_id: ulid(random),
      event_type: eventType,
      aggregate_id: runId,
      payload,
      timestamp: new Date(baseMs + clock * 500).toISOString(),
      node_id: pick(random, ["runtime-1", "runtime-2"]),
      lamport_clock: clock++,
      causation_id: null,
      project_uuid: projectUuid,
      project_slug: "acme-platform",
      correlation_id: correlationId,
      schema_version: "2.7.0",
      data_tier: 0,
    };
    out.push(envelope);
    return envelope;
  };

  emit("MissionRunStarted", { run_id: runId, mission_key: missionKey, actor: ACTORS[0] });
  const completeAt = Math.floor(count * 0.998);
  while (out.length < count) {
    if (out.length === completeAt) {
      emit("MissionRunCompleted", { run_id: runId, mission_key: missionKey, actor: ACTORS[2] });
      continue;
    }
    const roll = random();
    const actor = pick(random, ACTORS);
    if (roll < 0.02) {
      // Another family's event, filtered out by the reducer.
      emit("WPStatusChanged", { wp_id: `WP${Math.floor(random() * 40)}`, to_lane: "doing" });
    } else if (roll < 0.03 && out.length > 0) {
      // An exact re-delivery of the last event: dedup keeps the first.
      out.push(out[out.length - 1] as Record<string, unknown>);
    } else if (roll < 0.04) {
      // An envelope spoiled beyond parsing (dropped before the reducer).
      emit("NextStepIssued", { run_id: runId }).event_id = "not-an-id";
    } else if (roll < 0.05) {
      emit("NextStepPlanned", { run_id: runId, step_id: `step-${step + 1}` });
    } else if (roll < 0.06) {
      // Another run's event: a run id mismatch.
      emit("NextStepIssued", {
        run_id: "run-other",
        step_id: `step-${step}`,
        agent_id: pick(random, AGENTS),
        actor,
      });
    } else if (roll < 0.07) {
      // A bad payload (the actor type is not one of the three).
      emit("NextStepAutoCompleted", {
        run_id: runId,
        step_id: `step-${step}`,
        agent_id: pick(random, AGENTS),
        result: "success",
        actor: { actor_id: "bot", actor_type: "robot" },
      });
    } else if (roll < 0.4 || issued === null) {
      step++;
      issued = `step-${step}`;
      emit("NextStepIssued", {
        run_id: runId,
        step_id: issued,
        agent_id: pick(random, AGENTS),
        actor,
      });
    } else if (roll < 0.72) {
      emit("NextStepAutoCompleted", {
        run_id: runId,
        step_id: issued,
        agent_id: pick(random, AGENTS),
        result: random() < 0.9 ? "success" : "failed",
        actor,
      });
    } else if (roll < 0.86 || openDecisions.length === 0) {
      decision++;
      const decisionId = `decision-${decision}`;
      openDecisions.push(decisionId);
      emit("DecisionInputRequested", {
        run_id: runId,
        decision_id: decisionId,
        step_id: issued,
        question: "Which database should the service use?",
        options: ["postgres", "sqlite"],
        input_key: random() < 0.5 ? `input:${decisionId}` : null,
        actor,
      });
    } else {
      const decisionId = openDecisions.splice(
        Math.floor(random() * openDecisions.length),
        1,
      )[0] as string;
      emit("DecisionInputAnswered", {
        run_id: runId,
        decision_id: decisionId,
        answer: "postgres",
        actor: ACTORS[1],
      });
    }
  }
  return out.slice(0, count);
}
