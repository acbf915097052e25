import { describe } from "../../model/describe.js";
import { type ModelOutput, type ModelSchema, model } from "../../model/model.js";
import { nullableField } from "../../rules/defaults.js";
import { dictField } from "../../rules/dict.js";
import { tupleField } from "../../rules/list.js";
import { laxIntField, type NumberBounds } from "../../rules/number.js";
import { nonEmptyStringField, stringField } from "../../rules/string.js";
import {
  type DossierEventType,
  MISSION_DOSSIER_ARTIFACT_INDEXED,
  MISSION_DOSSIER_ARTIFACT_MISSING,
  MISSION_DOSSIER_PARITY_DRIFT_DETECTED,
  MISSION_DOSSIER_SNAPSHOT_COMPUTED,
} from "./constants.js";
import {
  ActorKindSchema,
  AlgorithmSchema,
  ArtifactClassSchema,
  DriftKindSchema,
} from "./literals.js";

/** Bounds of the dossier's integer fields (`size_bytes`, `artifact_count`, `anomaly_count`). */
export const DOSSIER_COUNT_BOUNDS: NumberBounds = Object.freeze({ ge: 0 });

// ---------------------------------------------------------------------------------------------
// Value objects (each published as a schema of its own)
// ---------------------------------------------------------------------------------------------

/**
 * Model of {@link LocalNamespaceTuple}: the five non-empty strings that scope a parity
 * baseline (`project_uuid` is any non-empty text, not checked as a UUID), and an optional
 * `step_id` (any string, `""` included).
 */
export const LocalNamespaceTupleSchema = model(
  "LocalNamespaceTuple",
  "Minimum collision-safe key for parity baseline scoping.\n\nmanifest_version is defined HERE ONLY \u2014 event payloads must NOT duplicate it.",
  {
    project_uuid: nonEmptyStringField(),
    feature_slug: nonEmptyStringField(),
    target_branch: nonEmptyStringField(),
    mission_key: nonEmptyStringField(),
    manifest_version: nonEmptyStringField(),
    step_id: nullableField(stringField()),
  },
);

/** The namespace of a dossier event stream (every dossier payload carries one). */
export type LocalNamespaceTuple = ModelOutput<typeof LocalNamespaceTupleSchema.entries>;

/** Model of {@link ArtifactIdentity}. */
export const ArtifactIdentitySchema = model(
  "ArtifactIdentity",
  "Canonical identity for one artifact instance.\n\nartifact_class is the SINGLE source of truth for artifact taxonomy.\nEvent payloads MUST NOT duplicate this field at the top level.",
  {
    mission_key: nonEmptyStringField(),
    path: describe(nonEmptyStringField(), "Repository-relative path"),
    artifact_class: ArtifactClassSchema,
    run_id: nullableField(stringField()),
    wp_id: nullableField(stringField()),
  },
);

/** The identity of one artifact: mission, repository-relative path and class. */
export type ArtifactIdentity = ModelOutput<typeof ArtifactIdentitySchema.entries>;

/** Model of {@link ContentHashRef}. */
export const ContentHashRefSchema = model(
  "ContentHashRef",
  "Content fingerprint with optional size and encoding metadata.",
  {
    hash: describe(nonEmptyStringField(), "Hex-encoded content hash"),
    algorithm: AlgorithmSchema,
    size_bytes: nullableField(laxIntField(DOSSIER_COUNT_BOUNDS)),
    encoding: nullableField(stringField()),
  },
);

/** A content fingerprint: hash, algorithm, optional size (≥ 0) and encoding. */
export type ContentHashRef = ModelOutput<typeof ContentHashRefSchema.entries>;

/** Model of {@link ProvenanceRef}: every field optional, `{}` is valid. */
export const ProvenanceRefSchema = model(
  "ProvenanceRef",
  "Source trace connecting an artifact or event to its authoritative origin.",
  {
    source_event_ids: nullableField(tupleField(stringField())),
    git_sha: nullableField(stringField()),
    git_ref: nullableField(stringField()),
    actor_id: nullableField(stringField()),
    actor_kind: nullableField(ActorKindSchema),
    revised_at: describe(nullableField(stringField()), "ISO 8601"),
  },
);

/** Where an artifact or event comes from (`revised_at` is free text, not parsed). */
export type ProvenanceRef = ModelOutput<typeof ProvenanceRefSchema.entries>;

/** `context_diagnostics` of every dossier payload: an optional string-to-string map. */
const contextDiagnostics = () => nullableField(dictField(stringField()));

// ---------------------------------------------------------------------------------------------
// Payloads
// ---------------------------------------------------------------------------------------------

/** Model of {@link MissionDossierArtifactIndexedPayload}. */
export const MissionDossierArtifactIndexedPayloadSchema = model(
  "MissionDossierArtifactIndexedPayload",
  "Payload for MissionDossierArtifactIndexed events.",
  {
    namespace: describe(
      LocalNamespaceTupleSchema,
      "Carries manifest_version \u2014 not duplicated in payload",
    ),
    artifact_id: describe(
      ArtifactIdentitySchema,
      "Carries artifact_class \u2014 not duplicated at top level",
    ),
    content_ref: ContentHashRefSchema,
    indexed_at: describe(stringField(), "ISO 8601"),
    provenance: nullableField(ProvenanceRefSchema),
    step_id: nullableField(stringField()),
    supersedes: nullableField(ArtifactIdentitySchema),
    context_diagnostics: contextDiagnostics(),
  },
);

/** Payload of a `MissionDossierArtifactIndexed` event. */
export type MissionDossierArtifactIndexedPayload = ModelOutput<
  typeof MissionDossierArtifactIndexedPayloadSchema.entries
>;

/** Model of {@link MissionDossierArtifactMissingPayload}. */
export const MissionDossierArtifactMissingPayloadSchema = model(
  "MissionDossierArtifactMissingPayload",
  "Payload for MissionDossierArtifactMissing events.",
  {
    namespace: LocalNamespaceTupleSchema,
    expected_identity: describe(
      ArtifactIdentitySchema,
      "Carries path and artifact_class of missing artifact",
    ),
    manifest_step: describe(nonEmptyStringField(), '"required_always" or step_id'),
    checked_at: describe(stringField(), "ISO 8601"),
    last_known_ref: nullableField(ProvenanceRefSchema),
    remediation_hint: nullableField(stringField()),
    context_diagnostics: contextDiagnostics(),
  },
);

/** Payload of a `MissionDossierArtifactMissing` event. */
export type MissionDossierArtifactMissingPayload = ModelOutput<
  typeof MissionDossierArtifactMissingPayloadSchema.entries
>;

/** Model of {@link MissionDossierSnapshotComputedPayload}. */
export const MissionDossierSnapshotComputedPayloadSchema = model(
  "MissionDossierSnapshotComputedPayload",
  "Payload for MissionDossierSnapshotComputed events.\n\nmanifest_version NOT duplicated here \u2014 use namespace.manifest_version.",
  {
    namespace: describe(LocalNamespaceTupleSchema, "manifest_version lives here only"),
    snapshot_hash: describe(nonEmptyStringField(), "Hex-encoded deterministic hash"),
    artifact_count: laxIntField(DOSSIER_COUNT_BOUNDS),
    anomaly_count: laxIntField(DOSSIER_COUNT_BOUNDS),
    computed_at: describe(stringField(), "ISO 8601"),
    algorithm: nullableField(AlgorithmSchema),
    context_diagnostics: contextDiagnostics(),
  },
);

/** Payload of a `MissionDossierSnapshotComputed` event. */
export type MissionDossierSnapshotComputedPayload = ModelOutput<
  typeof MissionDossierSnapshotComputedPayloadSchema.entries
>;

/** Model of {@link MissionDossierParityDriftDetectedPayload}. */
export const MissionDossierParityDriftDetectedPayloadSchema = model(
  "MissionDossierParityDriftDetectedPayload",
  "Payload for MissionDossierParityDriftDetected events.",
  {
    namespace: LocalNamespaceTupleSchema,
    expected_hash: nonEmptyStringField(),
    actual_hash: nonEmptyStringField(),
    drift_kind: DriftKindSchema,
    detected_at: describe(stringField(), "ISO 8601"),
    artifact_ids_changed: nullableField(tupleField(ArtifactIdentitySchema)),
    rebuild_hint: nullableField(stringField()),
    context_diagnostics: contextDiagnostics(),
  },
);

/** Payload of a `MissionDossierParityDriftDetected` event. */
export type MissionDossierParityDriftDetectedPayload = ModelOutput<
  typeof MissionDossierParityDriftDetectedPayloadSchema.entries
>;

/** Any mission dossier payload. */
export type DossierPayload =
  | MissionDossierArtifactIndexedPayload
  | MissionDossierArtifactMissingPayload
  | MissionDossierSnapshotComputedPayload
  | MissionDossierParityDriftDetectedPayload;

/** The payload model of each mission dossier event type (immutable). */
export const DOSSIER_PAYLOAD_MODELS: Readonly<
  Record<DossierEventType, ModelSchema<{ namespace: typeof LocalNamespaceTupleSchema }>>
> = Object.freeze({
  [MISSION_DOSSIER_ARTIFACT_INDEXED]: MissionDossierArtifactIndexedPayloadSchema,
  [MISSION_DOSSIER_ARTIFACT_MISSING]: MissionDossierArtifactMissingPayloadSchema,
  [MISSION_DOSSIER_SNAPSHOT_COMPUTED]: MissionDossierSnapshotComputedPayloadSchema,
  [MISSION_DOSSIER_PARITY_DRIFT_DETECTED]: MissionDossierParityDriftDetectedPayloadSchema,
});

// ---------------------------------------------------------------------------------------------
// The reference's backward-compatible names (the same models under the event type's name)
// ---------------------------------------------------------------------------------------------

/** The reference's alias `MissionDossierArtifactIndexed`: the same model as the payload's. */
export const MissionDossierArtifactIndexedSchema = MissionDossierArtifactIndexedPayloadSchema;
/** The reference's alias `MissionDossierArtifactIndexed` of the payload type. */
export type MissionDossierArtifactIndexed = MissionDossierArtifactIndexedPayload;
/** The reference's alias `MissionDossierArtifactMissing`: the same model as the payload's. */
export const MissionDossierArtifactMissingSchema = MissionDossierArtifactMissingPayloadSchema;
/** The reference's alias `MissionDossierArtifactMissing` of the payload type. */
export type MissionDossierArtifactMissing = MissionDossierArtifactMissingPayload;
/** The reference's alias `MissionDossierSnapshotComputed`: the same model as the payload's. */
export const MissionDossierSnapshotComputedSchema = MissionDossierSnapshotComputedPayloadSchema;
/** The reference's alias `MissionDossierSnapshotComputed` of the payload type. */
export type MissionDossierSnapshotComputed = MissionDossierSnapshotComputedPayload;
/** The reference's alias `MissionDossierParityDriftDetected`: the same model as the payload's. */
export const MissionDossierParityDriftDetectedSchema =
  MissionDossierParityDriftDetectedPayloadSchema;
/** The reference's alias `MissionDossierParityDriftDetected` of the payload type. */
export type MissionDossierParityDriftDetected = MissionDossierParityDriftDetectedPayload;
