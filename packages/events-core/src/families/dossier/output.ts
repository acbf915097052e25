import type { AlgorithmT, DriftKindT, ParityStatusT } from "./literals.js";
import type {
  ArtifactIdentity,
  ContentHashRef,
  LocalNamespaceTuple,
  ProvenanceRef,
} from "./payloads.js";

/**
 * One indexed artifact of a dossier projection (the reference's `ArtifactEntry`). JSON keys
 * in this order.
 */
export interface ArtifactEntry {
  /** The payload's `artifact_id`. */
  readonly identity: ArtifactIdentity;
  /** The payload's `content_ref`. */
  readonly content_ref: ContentHashRef;
  /** The payload's `indexed_at` (free text). */
  readonly indexed_at: string;
  /** The payload's `provenance`, or `null`. */
  readonly provenance: ProvenanceRef | null;
  /** `true` once a later Indexed event names this path in `supersedes`. */
  readonly superseded: boolean;
  /** The payload's own `step_id` (not the namespace's), or `null`. */
  readonly step_id: string | null;
}

/**
 * A missing artifact recorded by the projection (the reference's `AnomalyEntry`); never
 * cleared by a later Indexed event. JSON keys in this order.
 */
export interface AnomalyEntry {
  /** Always `missing_artifact`. */
  readonly anomaly_type: "missing_artifact";
  /** The payload's `expected_identity`. */
  readonly expected_identity: ArtifactIdentity;
  /** The payload's `manifest_step`. */
  readonly manifest_step: string;
  /** The payload's `checked_at` (free text). */
  readonly checked_at: string;
  /** The payload's `remediation_hint`, or `null`. */
  readonly remediation_hint: string | null;
}

/** The latest snapshot of a projection (the reference's `SnapshotSummary`). */
export interface SnapshotSummary {
  /** The payload's `snapshot_hash`. */
  readonly snapshot_hash: string;
  /** The payload's `artifact_count` (coerced: `"3"` is 3). */
  readonly artifact_count: number;
  /** The payload's `anomaly_count` (coerced: `true` is 1). */
  readonly anomaly_count: number;
  /** The payload's `computed_at` (free text). */
  readonly computed_at: string;
  /** The payload's `algorithm`, `sha256` when it has none. */
  readonly algorithm: AlgorithmT;
}

/** One detected parity drift (the reference's `DriftRecord`). */
export interface DriftRecord {
  /** The payload's `expected_hash`. */
  readonly expected_hash: string;
  /** The payload's `actual_hash`. */
  readonly actual_hash: string;
  /** The payload's `drift_kind`. */
  readonly drift_kind: DriftKindT;
  /** The payload's `detected_at` (free text). */
  readonly detected_at: string;
}

/**
 * The projection of a mission dossier event stream (the reference's `MissionDossierState`;
 * deeply immutable). `JSON.stringify` gives the reference's JSON form, keys in this order.
 */
export interface MissionDossierState {
  /**
   * The stream's namespace: the first valid one, its `step_id` set to `null` when the
   * stream carries two or more distinct step ids; `null` when no event had a valid one.
   */
  readonly namespace: LocalNamespaceTuple | null;
  /**
   * Artifacts by path, in first-indexed order; the JSON form is an object with the keys
   * in that order (paths such as `"7"` or `"__proto__"` are ordinary keys).
   */
  readonly artifacts: ReadonlyMap<string, ArtifactEntry>;
  /** Missing-artifact anomalies, in stream order. */
  readonly anomalies: readonly AnomalyEntry[];
  /** The last valid snapshot in stream order, or `null`. */
  readonly latest_snapshot: SnapshotSummary | null;
  /** Every drift record, in stream order. */
  readonly drift_history: readonly DriftRecord[];
  /** `drifted` after any drift, else `clean` after a snapshot, else `unknown`. */
  readonly parity_status: ParityStatusT;
  /** Dossier events after dedup (invalid payloads included, other families not). */
  readonly event_count: number;
}
