/**
 * Bench stream of the dossier family: a mission's event log, in which half of the events are
 * its dossier events (one namespace: a few thousand artifacts indexed and re-indexed, some
 * superseding their earlier version, some with provenance; missing-artifact checks,
 * snapshots, parity drifts; exact redeliveries; 3% bad payloads, which the reducer skips) and
 * the other half the other families' events of the log (the connector and sync synthetic
 * stream), which the reducer filters out.
 */
import { seededRandom, syntheticStream } from "../synthetic.js";

/** Share of the log's events that are dossier events. */
const DOSSIER_SHARE = 0.5;

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const HEX = "0123456789abcdef";
const CLASSES = ["input", "workflow", "output", "evidence", "policy", "runtime"] as const;
const DRIFTS = ["artifact_added", "artifact_mutated", "anomaly_introduced"] as const;

function chars(random: () => number, alphabet: string, n: number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Spoils a payload the way a broken producer would; the envelope stays valid. */
function spoil(random: () => number, payload: Record<string, unknown>): Record<string, unknown> {
  switch (Math.floor(random() * 3)) {
    case 0: {
      const { namespace: _dropped, ...rest } = payload;
      return rest;
    }
    case 1:
      return {
        ...payload,
        artifact_id: { mission_key: "m", path: "x.md", artifact_class: "bogus" },
      };
    default:
      return { ...payload, artifact_count: -1 };
  }
}

/** `count` dossier envelopes of one mission (lamport clocks from 0). */
function dossierEvents(count: number, seed: number): Record<string, unknown>[] {
  const random = seededRandom(seed);
  const baseMs = Date.UTC(2026, 2, 1, 9, 0, 0);
  const namespace = {
    project_uuid: "5f0c8a3e-9b1d-4c6e-8f2a-7d4b3c1e9a60",
    feature_slug: "042-mission-dossier-parity",
    target_branch: "main",
    mission_key: "software-dev",
    manifest_version: "1.4.0",
    step_id: null,
  };
  const paths = Array.from({ length: 4000 }, (_, i) => `kitty-specs/042/artifacts/${i}.md`);
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(baseMs + i * 250).toISOString();
    const path = pick(random, paths);
    const identity = { mission_key: "software-dev", path, artifact_class: pick(random, CLASSES) };
    const roll = random();
    let eventType: string;
    let payload: Record<string, unknown>;
    if (roll < 0.8) {
      eventType = "MissionDossierArtifactIndexed";
      payload = {
        namespace,
        artifact_id: identity,
        content_ref: { hash: chars(random, HEX, 64), algorithm: "sha256", size_bytes: i % 9000 },
        indexed_at: at,
        provenance:
          random() < 0.3
            ? { git_sha: chars(random, HEX, 40), git_ref: "main", actor_kind: "llm" }
            : null,
        step_id: random() < 0.5 ? "implement" : null,
        supersedes: random() < 0.2 ? identity : null,
      };
    } else if (roll < 0.88) {
      eventType = "MissionDossierArtifactMissing";
      payload = {
        namespace,
        expected_identity: identity,
        manifest_step: random() < 0.5 ? "required_always" : "plan",
        checked_at: at,
        remediation_hint: "re-run the step",
      };
    } else if (roll < 0.96) {
      eventType = "MissionDossierSnapshotComputed";
      payload = {
        namespace,
        snapshot_hash: chars(random, HEX, 64),
        artifact_count: 1 + Math.floor(random() * 4000),
        anomaly_count: Math.floor(random() * 5),
        computed_at: at,
        algorithm: "sha256",
      };
    } else if (roll < 0.98) {
      eventType = "MissionDossierParityDriftDetected";
      payload = {
        namespace,
        expected_hash: chars(random, HEX, 64),
        actual_hash: chars(random, HEX, 64),
        drift_kind: pick(random, DRIFTS),
        detected_at: at,
        artifact_ids_changed: [identity],
      };
    } else {
      eventType = "MissionDossierArtifactIndexed";
      payload = { namespace, artifact_id: identity, indexed_at: at };
    }
    const envelope: Record<string, unknown> = {
      event_id: `01${chars(random, CROCKFORD, 24)}`,
      event_type: eventType,
      aggregate_id: "042-mission-dossier-parity",
      payload: random() < 0.03 ? spoil(random, payload) : payload,
      timestamp: at,
      node_id: "cli-1",
      lamport_clock: i,
      project_uuid: namespace.project_uuid,
      correlation_id: `01${chars(random, CROCKFORD, 24)}`,
    };
    out.push(envelope);
    // An exact redelivery now and then: dedup drops it.
    if (random() < 0.01 && out.length < count) out.push(envelope);
  }
  return out.slice(0, count);
}

/** `count` deterministic raw envelopes for the dossier reducer's bench row. */
export function familyStream(count: number, seed: number): Record<string, unknown>[] {
  const random = seededRandom(seed + 1);
  const dossier = dossierEvents(count, seed);
  const others = syntheticStream({ count, seed: seed + 2 });
  let nextDossier = 0;
  let nextOther = 0;
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const envelope =
      random() < DOSSIER_SHARE
        ? (dossier[nextDossier++] as Record<string, unknown>)
        : (others[nextOther++] as Record<string, unknown>);
    // One log, one clock (a spoiled clock stays spoiled).
    const clock = envelope.lamport_clock === -1 ? -1 : i;
    out.push({ ...envelope, lamport_clock: clock });
  }
  return out;
}
