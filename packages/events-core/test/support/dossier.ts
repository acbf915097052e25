/**
 * Builders for the dossier tests: a namespace, valid example payloads of the four dossier
 * event types (written from the family sheet, §2), and envelopes parsed with `parseEvent`.
 */
import { type Event, parseEvent } from "../../src/envelope/event.js";

/** A valid namespace (no step id). */
export const NS: Readonly<Record<string, unknown>> = Object.freeze({
  project_uuid: "p",
  feature_slug: "f",
  target_branch: "b",
  mission_key: "m",
  manifest_version: "1",
});

/** An artifact identity of mission `m` and class `input`. */
export function identity(path: string, fields: Record<string, unknown> = {}) {
  return { mission_key: "m", path, artifact_class: "input", ...fields };
}

/** A valid Indexed payload for `path` (the sheet's `IDX`). */
export function indexed(path: string, fields: Record<string, unknown> = {}) {
  return {
    namespace: NS,
    artifact_id: identity(path),
    content_ref: { hash: "h", algorithm: "sha256" },
    indexed_at: "t",
    ...fields,
  };
}

/** A valid Missing payload for `path`. */
export function missing(path: string, fields: Record<string, unknown> = {}) {
  return {
    namespace: NS,
    expected_identity: identity(path),
    manifest_step: "required_always",
    checked_at: "c",
    ...fields,
  };
}

/** A valid SnapshotComputed payload. */
export function snapshot(fields: Record<string, unknown> = {}) {
  return {
    namespace: NS,
    snapshot_hash: "s",
    artifact_count: 0,
    anomaly_count: 0,
    computed_at: "c",
    ...fields,
  };
}

/** A valid ParityDriftDetected payload. */
export function drift(fields: Record<string, unknown> = {}) {
  return {
    namespace: NS,
    expected_hash: "e",
    actual_hash: "a",
    drift_kind: "artifact_added",
    detected_at: "d",
    ...fields,
  };
}

/** A complete valid payload per dossier event type, optional fields set. */
export const DOSSIER_EXAMPLES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  MissionDossierArtifactIndexed: indexed("spec.md", {
    provenance: {
      source_event_ids: ["01J00000000000000000000001"],
      git_sha: "abc",
      git_ref: "main",
      actor_id: "a",
      actor_kind: "llm",
      revised_at: "r",
    },
    step_id: "specify",
    supersedes: identity("spec.md"),
    context_diagnostics: { k: "v" },
    content_ref: { hash: "h", algorithm: "sha512", size_bytes: 12, encoding: "utf-8" },
  }),
  MissionDossierArtifactMissing: missing("plan.md", {
    last_known_ref: { git_sha: "abc" },
    remediation_hint: "hint",
    context_diagnostics: {},
  }),
  MissionDossierSnapshotComputed: snapshot({
    artifact_count: 3,
    algorithm: "md5",
    context_diagnostics: null,
  }),
  MissionDossierParityDriftDetected: drift({
    artifact_ids_changed: [identity("spec.md", { run_id: "r", wp_id: "WP01" })],
    rebuild_hint: "rebuild",
  }),
};

let counter = 0;

/** A 26-char ULID for number `n`. */
export function eid(n: number): string {
  return `01J0000000000000000000${String(n).padStart(4, "0")}`;
}

/**
 * Parses one envelope (the sheet's `E(type, payload, lc, ts, eid)`): a fresh id unless one is
 * given, timestamp `2026-01-01T00:00:00Z` by default.
 */
export function E(
  type: string,
  payload: unknown,
  lamport = 1,
  timestamp = "2026-01-01T00:00:00Z",
  id?: string,
): Event {
  counter += 1;
  return parseEvent({
    event_id: id ?? eid(counter),
    event_type: type,
    aggregate_id: "a",
    payload,
    timestamp,
    node_id: "n",
    lamport_clock: lamport,
    project_uuid: "00000000-0000-0000-0000-000000000001",
    correlation_id: "01J00000000000000000000000",
  });
}

/** Event type names, short. */
export const IDX = "MissionDossierArtifactIndexed";
export const MIS = "MissionDossierArtifactMissing";
export const SNAP = "MissionDossierSnapshotComputed";
export const DRIFT = "MissionDossierParityDriftDetected";
