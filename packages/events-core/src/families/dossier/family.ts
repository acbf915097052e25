import { defineFamily, payload, type ReducerSummary } from "../../family.js";
import {
  listRow,
  summaryCount,
  summaryText,
  summaryValue,
  valueRow,
} from "../../summary/summary.js";
import {
  DOSSIER_EVENT_TYPES,
  DOSSIER_SCHEMA_VERSION,
  MISSION_DOSSIER_ARTIFACT_INDEXED,
  MISSION_DOSSIER_ARTIFACT_MISSING,
  MISSION_DOSSIER_PARITY_DRIFT_DETECTED,
  MISSION_DOSSIER_SNAPSHOT_COMPUTED,
} from "./constants.js";
import type { MissionDossierState } from "./output.js";
import {
  ArtifactIdentitySchema,
  ContentHashRefSchema,
  type LocalNamespaceTuple,
  LocalNamespaceTupleSchema,
  MissionDossierArtifactIndexedPayloadSchema,
  MissionDossierArtifactMissingPayloadSchema,
  MissionDossierParityDriftDetectedPayloadSchema,
  MissionDossierSnapshotComputedPayloadSchema,
  ProvenanceRefSchema,
} from "./payloads.js";
import { reduceMissionDossier } from "./reducer.js";

/** A namespace on one line: `project / feature @ branch, mission m, manifest v, step s`. */
function namespaceLine(namespace: LocalNamespaceTuple | null): string {
  if (namespace === null) return "(none)";
  const { project_uuid, feature_slug, target_branch, mission_key, manifest_version, step_id } =
    namespace;
  return summaryText(
    `${project_uuid} / ${feature_slug} @ ${target_branch}, mission ${mission_key}, ` +
      `manifest ${manifest_version}, step ${step_id ?? "(none)"}`,
    200,
  );
}

/** The readable summary of a dossier projection. */
export function summarizeMissionDossierState(state: MissionDossierState): ReducerSummary {
  const snapshot = state.latest_snapshot;
  return {
    title: "dossier projection",
    rows: [
      valueRow("events", `${summaryCount(state.event_count)} (after dedup, dossier events only)`),
      valueRow("namespace", namespaceLine(state.namespace)),
      valueRow("parity", state.parity_status),
      valueRow(
        "latest snapshot",
        snapshot === null
          ? "(none)"
          : `${summaryText(snapshot.snapshot_hash, 80)} (${snapshot.algorithm}, ` +
              `artifact_count ${summaryCount(snapshot.artifact_count)}, ` +
              `anomaly_count ${summaryCount(snapshot.anomaly_count)}, ` +
              `computed_at ${summaryValue(snapshot.computed_at)})`,
      ),
      listRow(
        "artifacts",
        [...state.artifacts.values()],
        (entry) =>
          `${summaryText(entry.identity.path, 120)}  ${entry.identity.artifact_class}  ` +
          `${entry.content_ref.algorithm}:${summaryText(entry.content_ref.hash, 80)}` +
          (entry.superseded ? "  (superseded)" : ""),
      ),
      listRow(
        "missing artifacts",
        state.anomalies,
        (anomaly) =>
          `${summaryText(anomaly.expected_identity.path, 120)}  ` +
          `step ${summaryText(anomaly.manifest_step, 80)}, checked ${summaryText(anomaly.checked_at, 80)}`,
      ),
      listRow(
        "drift history",
        state.drift_history,
        (drift, index) =>
          `${index + 1}. ${drift.drift_kind}  expected ${summaryText(drift.expected_hash, 80)}, ` +
          `actual ${summaryText(drift.actual_hash, 80)}`,
      ),
    ],
  };
}

/**
 * The mission dossier family (since 2.4.0): artifact indexing, missing artifacts, snapshots
 * and parity drift of a mission's dossier; its value objects, payloads and reducer.
 */
export const DOSSIER_FAMILY = defineFamily({
  name: "dossier",
  title: "mission dossier parity",
  schemaVersion: DOSSIER_SCHEMA_VERSION,
  since: "2.4.0",
  fixtureCategories: ["dossier"],
  eventTypes: DOSSIER_EVENT_TYPES,
  payloads: [
    payload(
      MISSION_DOSSIER_ARTIFACT_INDEXED,
      "mission_dossier_artifact_indexed_payload",
      MissionDossierArtifactIndexedPayloadSchema,
    ),
    payload(
      MISSION_DOSSIER_ARTIFACT_MISSING,
      "mission_dossier_artifact_missing_payload",
      MissionDossierArtifactMissingPayloadSchema,
    ),
    payload(
      MISSION_DOSSIER_SNAPSHOT_COMPUTED,
      "mission_dossier_snapshot_computed_payload",
      MissionDossierSnapshotComputedPayloadSchema,
    ),
    payload(
      MISSION_DOSSIER_PARITY_DRIFT_DETECTED,
      "mission_dossier_parity_drift_detected_payload",
      MissionDossierParityDriftDetectedPayloadSchema,
    ),
  ],
  models: [
    { schemaName: "artifact_identity", model: ArtifactIdentitySchema },
    { schemaName: "content_hash_ref", model: ContentHashRefSchema },
    { schemaName: "provenance_ref", model: ProvenanceRefSchema },
    { schemaName: "local_namespace_tuple", model: LocalNamespaceTupleSchema },
  ],
  reducer: {
    outputModel: "MissionDossierState",
    modes: [],
    reduce: (events) => reduceMissionDossier(events),
    summarize: summarizeMissionDossierState,
  },
});
