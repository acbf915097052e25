/**
 * Bench stream of the collaboration family: one mission with a few hundred participants who
 * join, beat, drive, focus, run steps, warn, acknowledge, comment, decide, link sessions, leave
 * and rejoin. Every action is by an active participant, every completion matches a start and
 * every acknowledgement names a known warning, so strict mode (the default) projects it; about
 * 2% of the events are bad payloads that the reducer records as anomalies (an invalid identity
 * or focus target, a duplicate join, a repeated leave, an unknown intent).
 */
import { seededRandom } from "../synthetic.js";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const MISSION = "mission-bench-collab";
const PROJECT_UUID = "5f0c8a3e-9b1d-4c6e-8f2a-7d4b3c1e9a60";
const BASE_MS = Date.UTC(2026, 2, 2, 9, 0, 0);
const PARTICIPANTS = 300;
const STEPS = ["plan", "implement", "write-tests", "review", "merge"];
const TARGETS = [
  { target_type: "wp", target_id: "WP01" },
  { target_type: "wp", target_id: "WP02" },
  { target_type: "wp", target_id: "WP03" },
  { target_type: "step", target_id: "implement" },
  { target_type: "file", target_id: "src/ingest/retry.py" },
] as const;
const ACKS = ["continue", "hold", "reassign", "defer"];

/** A ULID for event `n` at `ms`: the time part, then the number in base 32. */
function eventId(n: number, ms: number): string {
  let time = "";
  for (let i = 9, t = ms; i >= 0; i--, t = Math.floor(t / 32)) time = CROCKFORD[t % 32] + time;
  let rest = "";
  for (let i = 0, v = n; i < 16; i++, v = Math.floor(v / 32)) rest = CROCKFORD[v % 32] + rest;
  return time + rest;
}

/** `count` deterministic raw envelopes for the collaboration reducer's bench row. */
export function familyStream(count: number, seed: number): Record<string, unknown>[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const pids = Array.from({ length: PARTICIPANTS }, (_, i) =>
    i % 10 === 0 ? String(1000 + i) : `p-${i.toString(36)}`,
  );
  const active: string[] = [];
  const isActive = new Set<string>();
  const departed = new Set<string>();
  const running = new Map<string, string[]>();
  const warnings: string[] = [];
  const out: Record<string, unknown>[] = [];

  const emit = (type: string, payload: Record<string, unknown>): void => {
    const n = out.length + 1;
    const ms = BASE_MS + n * 250;
    out.push({
      event_id: eventId(n, ms),
      event_type: type,
      aggregate_id: MISSION,
      payload: { mission_id: MISSION, ...payload },
      timestamp: new Date(ms).toISOString(),
      node_id: "saas-collab-eu-1",
      lamport_clock: n,
      causation_id: null,
      project_uuid: PROJECT_UUID,
      correlation_id: eventId(0, BASE_MS),
      schema_version: "2.7.0",
      data_tier: 0,
    });
  };
  const identity = (pid: string) => ({
    participant_id: pid,
    participant_type: pid.startsWith("p-") ? "human" : "llm_context",
    display_name: `Participant ${pid}`,
  });
  const join = (pid: string): void => {
    emit("ParticipantJoined", { participant_id: pid, participant_identity: identity(pid) });
    active.push(pid);
    isActive.add(pid);
    departed.delete(pid);
  };
  const leave = (index: number): void => {
    const pid = active[index] as string;
    active.splice(index, 1);
    isActive.delete(pid);
    running.delete(pid);
    departed.add(pid);
    emit("ParticipantLeft", { participant_id: pid, reason: "disconnect" });
  };

  for (const pid of pids.slice(0, 40)) {
    if (out.length >= count) break;
    join(pid);
  }
  while (out.length < count) {
    const roll = random();
    if (roll < 0.02) {
      // A bad payload that strict mode records as an anomaly.
      const pid = pick(active);
      const bad = Math.floor(random() * 5);
      if (bad === 0) {
        emit("ParticipantJoined", {
          participant_id: pick(pids),
          participant_identity: { participant_id: "x", participant_type: "bot" },
        });
      } else if (bad === 1) {
        emit("FocusChanged", { participant_id: pid, focus_target: { target_type: "repo" } });
      } else if (bad === 2) {
        emit("ParticipantJoined", { participant_id: pid, participant_identity: identity(pid) });
      } else if (bad === 3) {
        emit("ParticipantLeft", {
          participant_id: departed.size > 0 ? pick([...departed]) : "ghost",
        });
      } else {
        emit("DriveIntentSet", { participant_id: pid, intent: "paused" });
      }
      continue;
    }
    if (roll < 0.06 || active.length < 4) {
      const waiting = pids.filter((pid) => !isActive.has(pid));
      if (waiting.length > 0) {
        const pid = pick(waiting);
        if (random() < 0.5) {
          emit("ParticipantInvited", {
            participant_id: pid,
            participant_identity: identity(pid),
            invited_by: pick(active),
          });
        }
        if (out.length < count) join(pid);
        continue;
      }
    }
    if (roll < 0.08 && active.length > 8) {
      leave(Math.floor(random() * active.length));
      continue;
    }
    const pid = pick(active);
    const action = random();
    if (action < 0.25) {
      emit("PresenceHeartbeat", { participant_id: pid, session_id: `sess-${pid}` });
    } else if (action < 0.35) {
      emit("DriveIntentSet", {
        participant_id: pid,
        intent: random() < 0.6 ? "active" : "inactive",
      });
    } else if (action < 0.47) {
      emit("FocusChanged", { participant_id: pid, focus_target: pick(TARGETS) });
    } else if (action < 0.59) {
      const step = pick(STEPS);
      const steps = running.get(pid) ?? [];
      steps.push(step);
      running.set(pid, steps);
      emit("PromptStepExecutionStarted", { participant_id: pid, step_id: step, wp_id: "WP03" });
    } else if (action < 0.69) {
      const steps = running.get(pid);
      if (steps === undefined || steps.length === 0) continue;
      const step = steps.shift() as string;
      emit("PromptStepExecutionCompleted", {
        participant_id: pid,
        step_id: step,
        outcome: pick(["success", "failure", "skipped"]),
      });
    } else if (action < 0.74) {
      const warningId = `warn-${warnings.length}`;
      warnings.push(warningId);
      const other = pick(active);
      emit(random() < 0.5 ? "ConcurrentDriverWarning" : "PotentialStepCollisionDetected", {
        warning_id: warningId,
        participant_ids: [pid, other],
        focus_target: pick(TARGETS),
        step_id: pick(STEPS),
        severity: random() < 0.5 ? "info" : "warning",
      });
    } else if (action < 0.82) {
      if (warnings.length === 0) continue;
      emit("WarningAcknowledged", {
        participant_id: pid,
        warning_id: pick(warnings),
        acknowledgement: pick(ACKS),
      });
    } else if (action < 0.92) {
      emit("CommentPosted", {
        participant_id: pid,
        comment_id: `cmt-${out.length}`,
        content: "Looks good; one question on the retry backoff.",
        reply_to: random() < 0.3 ? `cmt-${Math.floor(random() * out.length)}` : null,
      });
    } else if (action < 0.96) {
      emit("DecisionCaptured", {
        participant_id: pid,
        decision_id: `dec-${out.length}`,
        topic: "Who drives WP03?",
        chosen_option: pick(active),
        referenced_warning_id: warnings.length > 0 ? pick(warnings) : null,
      });
    } else {
      emit("SessionLinked", {
        participant_id: pid,
        primary_session_id: `sess-${pid}`,
        linked_session_id: `cli-${out.length}`,
        link_type: "cli_to_saas",
      });
    }
  }
  return out;
}
