/**
 * Bench stream of the glossary family: one mission's glossary activity (scope activations,
 * term observations, sense updates, semantic checks, clarification requests within the burst
 * cap and their resolutions, generation blocks, strictness changes), with a share of other
 * families' events, exact re-deliveries and envelopes spoiled beyond parsing; payloads as a
 * producer writes its models (every field, in order), a tenth of them without the optional
 * `step_metadata`, and a few with a confidence written as text. Every glossary
 * payload is valid and every reference resolves: the reducer's default (strict) mode throws
 * on a bad payload or a dangling reference, so such events would end the run, not measure it.
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

const SCOPE_TYPES = ["spec_kitty_core", "team_domain", "audience_domain", "mission_local"];
const STRICTNESS = ["off", "medium", "max"] as const;
const LEVELS = ["low", "medium", "high"] as const;
const NATURES = ["overloaded", "drift", "ambiguous"] as const;
const STEPS = ["specify", "plan", "tasks", "implement", "review"];
const ACTORS = ["claude-opus", "gpt-5", "robert", "svc-glossary"];
/** Distinct term surfaces of the mission (a glossary of a few hundred terms). */
const VOCABULARY = 400;

/** `count` deterministic raw envelopes for the glossary reducer's bench row. */
export function familyStream(count: number, seed: number): Record<string, unknown>[] {
  const random = seededRandom(seed);
  const missionId = "mission-glossary-bench";
  const projectUuid = "6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9";
  const correlationId = ulid(random);
  const baseMs = Date.UTC(2026, 2, 1, 9, 0, 0);
  const scopes = Array.from({ length: 8 }, (_, i) => `scope-${i}`);
  const observed: [string, string][] = [];
  const checks: { id: string; open: number }[] = [];
  const openRequests: { id: string; check: { open: number } }[] = [];
  let strictness: (typeof STRICTNESS)[number] | null = null;
  const out: Record<string, unknown>[] = [];
  let clock = 0;

  const emit = (eventType: string, payload: Record<string, unknown>, id = ulid(random)) => {
    const envelope: Record<string, unknown> = {
      event_id: id,
      event_type: eventType,
      aggregate_id: missionId,
      payload,
      timestamp: new Date(baseMs + clock * 250).toISOString(),
      node_id: pick(random, ["cli-1", "cli-2", "saas-ingest"]),
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

  const activate = (scopeId: string) =>
    emit("GlossaryScopeActivated", {
      mission_id: missionId,
      scope_id: scopeId,
      scope_type: pick(random, SCOPE_TYPES),
      glossary_version_id: `v${1 + Math.floor(random() * 4)}.0.0`,
    });

  for (const scopeId of scopes) activate(scopeId);

  while (out.length < count) {
    const roll = random();
    const scopeId = pick(random, scopes);
    const stepId = pick(random, STEPS);
    if (roll < 0.04) {
      // Another family's event, filtered out by the reducer.
      emit("WPStatusChanged", { wp_id: `WP${Math.floor(random() * 40)}`, to_lane: "doing" });
    } else if (roll < 0.05 && out.length > 0) {
      // An exact re-delivery of the last event: dedup keeps the first.
      out.push(out[out.length - 1] as Record<string, unknown>);
    } else if (roll < 0.06) {
      // An envelope spoiled beyond parsing (dropped before the reducer).
      const envelope = emit("TermCandidateObserved", { mission_id: missionId });
      envelope.lamport_clock = -1;
    } else if (roll < 0.52) {
      const term = `term-${Math.floor(random() * VOCABULARY)}`;
      observed.push([scopeId, term]);
      emit("TermCandidateObserved", {
        mission_id: missionId,
        scope_id: scopeId,
        step_id: stepId,
        term_surface: term,
        confidence: random() < 0.02 ? "0.5" : Math.round(random() * 100) / 100,
        actor: pick(random, ACTORS),
        step_metadata: { primitive: stepId, agent: pick(random, ACTORS) },
      });
    } else if (roll < 0.6 && observed.length > 0) {
      const [scope, term] = pick(random, observed);
      emit("GlossarySenseUpdated", {
        mission_id: missionId,
        scope_id: scope,
        term_surface: term,
        before_sense: random() < 0.5 ? null : `earlier sense of ${term}`,
        after_sense: `the ${term} of the ${scope} domain`,
        reason: "clarified by reviewer",
        actor: pick(random, ACTORS),
      });
    } else if (roll < 0.75 || checks.length === 0) {
      const conflicts = Array.from({ length: Math.floor(random() * 3) }, () => ({
        term: `term-${Math.floor(random() * VOCABULARY)}`,
        nature: pick(random, NATURES),
        severity: pick(random, LEVELS),
        description: "the term means different things in two scopes",
      }));
      const envelope = emit("SemanticCheckEvaluated", {
        mission_id: missionId,
        scope_id: scopeId,
        step_id: stepId,
        conflicts,
        severity: pick(random, LEVELS),
        confidence: Math.round(random() * 100) / 100,
        recommended_action: pick(random, ["block", "warn", "pass"]),
        effective_strictness: strictness ?? "medium",
        // Most producers write the default; some leave it out.
        ...(random() < 0.9 ? { step_metadata: { primitive: stepId } } : {}),
      });
      checks.push({ id: envelope.event_id as string, open: 0 });
      if (checks.length > 64) checks.shift();
    } else if (roll < 0.84) {
      const check = pick(random, checks);
      if (check.open >= 3) continue;
      check.open++;
      const envelope = emit("GlossaryClarificationRequested", {
        mission_id: missionId,
        scope_id: scopeId,
        step_id: stepId,
        semantic_check_event_id: check.id,
        term: `term-${Math.floor(random() * VOCABULARY)}`,
        question: "Which meaning applies here?",
        options: ["the domain meaning", "the everyday meaning"],
        urgency: pick(random, LEVELS),
        actor: pick(random, ACTORS),
      });
      openRequests.push({ id: envelope.event_id as string, check });
    } else if (roll < 0.92 && openRequests.length > 0) {
      const index = Math.floor(random() * openRequests.length);
      const request = openRequests[index] as { id: string; check: { open: number } };
      openRequests.splice(index, 1);
      request.check.open--;
      emit("GlossaryClarificationResolved", {
        mission_id: missionId,
        clarification_event_id: request.id,
        selected_meaning: "the domain meaning",
        actor: pick(random, ACTORS),
      });
    } else if (roll < 0.97) {
      emit("GenerationBlockedBySemanticConflict", {
        mission_id: missionId,
        step_id: stepId,
        conflict_event_ids: [pick(random, checks).id],
        blocking_strictness: pick(random, ["medium", "max"]),
        ...(random() < 0.9 ? { step_metadata: {} } : {}),
      });
    } else if (roll < 0.99) {
      const next = pick(random, STRICTNESS);
      emit("GlossaryStrictnessSet", {
        mission_id: missionId,
        new_strictness: next,
        previous_strictness: strictness,
        actor: pick(random, ACTORS),
      });
      strictness = next;
    } else {
      activate(scopeId);
    }
  }
  return out.slice(0, count);
}
