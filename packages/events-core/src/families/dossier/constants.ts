import { frozenSet } from "../../support/frozen.js";

/**
 * Schema version of the mission dossier family: the contract version that introduced it.
 * The reference's `dossier` module has no such constant; the port names the version its
 * sibling families name (`AUDIT_SCHEMA_VERSION` is `2.5.0`, the version of their debut).
 */
export const DOSSIER_SCHEMA_VERSION = "2.4.0";

/** Event type: an artifact of the mission was indexed (hashed) for the dossier. */
export const MISSION_DOSSIER_ARTIFACT_INDEXED = "MissionDossierArtifactIndexed";
/** Event type: an artifact the manifest requires was not found. */
export const MISSION_DOSSIER_ARTIFACT_MISSING = "MissionDossierArtifactMissing";
/** Event type: a dossier snapshot (hash over the indexed artifacts) was computed. */
export const MISSION_DOSSIER_SNAPSHOT_COMPUTED = "MissionDossierSnapshotComputed";
/** Event type: the local dossier drifted from its parity baseline. */
export const MISSION_DOSSIER_PARITY_DRIFT_DETECTED = "MissionDossierParityDriftDetected";

/** An event type of the mission dossier family. */
export type DossierEventType =
  | typeof MISSION_DOSSIER_ARTIFACT_INDEXED
  | typeof MISSION_DOSSIER_ARTIFACT_MISSING
  | typeof MISSION_DOSSIER_SNAPSHOT_COMPUTED
  | typeof MISSION_DOSSIER_PARITY_DRIFT_DETECTED;

/** The four mission dossier event types (immutable). */
export const DOSSIER_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([
  MISSION_DOSSIER_ARTIFACT_INDEXED,
  MISSION_DOSSIER_ARTIFACT_MISSING,
  MISSION_DOSSIER_SNAPSHOT_COMPUTED,
  MISSION_DOSSIER_PARITY_DRIFT_DETECTED,
]);
