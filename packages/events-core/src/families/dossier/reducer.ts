import { schemaTest } from "../../model/field.js";
import { type ModelEntries, type ModelSchema, model, parseModel } from "../../model/model.js";
import { dedupEvents, inStatusOrder } from "../../ordering/sort.js";
import { pythonValueRepr } from "../../python/python-value.js";
import type { ReducibleEvent } from "../../reducers/pipeline.js";
import type { JsonObject } from "../../rules/json-object.js";
import { parseLaxInt } from "../../rules/number.js";
import { insertionOrderedMap } from "../../support/ordered-map.js";
import {
  DOSSIER_EVENT_TYPES,
  type DossierEventType,
  MISSION_DOSSIER_ARTIFACT_INDEXED,
  MISSION_DOSSIER_ARTIFACT_MISSING,
  MISSION_DOSSIER_PARITY_DRIFT_DETECTED,
  MISSION_DOSSIER_SNAPSHOT_COMPUTED,
} from "./constants.js";
import { NamespaceMixedStreamError } from "./errors.js";
import type {
  ActorKindT,
  AlgorithmT,
  ArtifactClassT,
  DriftKindT,
  ParityStatusT,
} from "./literals.js";
import type {
  AnomalyEntry,
  ArtifactEntry,
  DriftRecord,
  MissionDossierState,
  SnapshotSummary,
} from "./output.js";
import {
  type ArtifactIdentity,
  type ContentHashRef,
  DOSSIER_COUNT_BOUNDS,
  type LocalNamespaceTuple,
  LocalNamespaceTupleSchema,
  MissionDossierArtifactIndexedPayloadSchema,
  MissionDossierArtifactMissingPayloadSchema,
  MissionDossierParityDriftDetectedPayloadSchema,
  MissionDossierSnapshotComputedPayloadSchema,
  type ProvenanceRef,
} from "./payloads.js";

// ---------------------------------------------------------------------------------------------
// Steps 1-3: filter, sort, dedup
// ---------------------------------------------------------------------------------------------

/**
 * The events the dossier reducer folds: the dossier events only (filtered first, unlike
 * the audit and decision-point reducers), sorted by the status sort key, then the first of
 * each `event_id` (the copy with the lowest sort key wins).
 */
export function selectDossierEvents<TEvent extends ReducibleEvent>(
  events: readonly TEvent[],
): readonly TEvent[] {
  const dossier = events.filter((event) => DOSSIER_EVENT_TYPES.has(event.event_type));
  return dedupEvents(inStatusOrder(dossier));
}

// ---------------------------------------------------------------------------------------------
// Reading accepted inputs
// ---------------------------------------------------------------------------------------------

/**
 * The own value of `key` (`undefined` when absent: nothing is read from a prototype, as the
 * models read their input). Only a defined value needs the ownership check.
 */
function own(object: JsonObject, key: string): unknown {
  const value = object[key];
  return value !== undefined && Object.hasOwn(object, key) ? value : undefined;
}

/** A nullable text field of an accepted input: the text, or `null` when absent or `null`. */
function nullableText(object: JsonObject, key: string): string | null {
  const value = object[key];
  return value === undefined || value === null || !Object.hasOwn(object, key)
    ? null
    : (value as string);
}

/**
 * A count of an accepted input, coerced as its model does (`"3"` is 3, `true` is 1). An
 * accepted number is an integer within the bounds: it is the count itself (`-0` is 0).
 */
function acceptedCount(value: unknown): number {
  if (typeof value === "number") return value === 0 ? 0 : value;
  return (parseLaxInt(value, DOSSIER_COUNT_BOUNDS) as { readonly value: number }).value;
}

/**
 * The parsed form of an `ArtifactIdentity` its model accepted: text fields are kept as they
 * are by the model, so they are read as is; unknown keys are dropped. (The readers below
 * build frozen objects, as the model does.)
 */
function acceptedIdentity(input: unknown): ArtifactIdentity {
  const identity = input as JsonObject;
  return Object.freeze({
    mission_key: identity.mission_key as string,
    path: identity.path as string,
    artifact_class: identity.artifact_class as ArtifactClassT,
    run_id: nullableText(identity, "run_id"),
    wp_id: nullableText(identity, "wp_id"),
  });
}

/** The parsed form of an accepted `ContentHashRef` (`size_bytes` coerced). */
function acceptedContentRef(input: unknown): ContentHashRef {
  const ref = input as JsonObject;
  const size = own(ref, "size_bytes");
  return Object.freeze({
    hash: ref.hash as string,
    algorithm: ref.algorithm as AlgorithmT,
    size_bytes: size === undefined || size === null ? null : acceptedCount(size),
    encoding: nullableText(ref, "encoding"),
  });
}

/** The parsed form of an accepted, nullable `ProvenanceRef`. */
function acceptedProvenance(input: unknown): ProvenanceRef | null {
  if (input === undefined || input === null) return null;
  const ref = input as JsonObject;
  const ids = own(ref, "source_event_ids") as readonly string[] | null | undefined;
  return Object.freeze({
    source_event_ids: ids === undefined || ids === null ? null : Object.freeze([...ids]),
    git_sha: nullableText(ref, "git_sha"),
    git_ref: nullableText(ref, "git_ref"),
    actor_id: nullableText(ref, "actor_id"),
    actor_kind: nullableText(ref, "actor_kind") as ActorKindT | null,
    revised_at: nullableText(ref, "revised_at"),
  });
}

// ---------------------------------------------------------------------------------------------
// Steps 4-5: one namespace per stream
// ---------------------------------------------------------------------------------------------

/** Python's repr of a namespace model: `LocalNamespaceTuple(project_uuid='p', …, step_id=None)`. */
export function namespaceRepr(namespace: LocalNamespaceTuple): string {
  const fields = Object.keys(LocalNamespaceTupleSchema.entries).map(
    (key) => `${key}=${pythonValueRepr(namespace[key as keyof LocalNamespaceTuple])}`,
  );
  return `${LocalNamespaceTupleSchema.name}(${fields.join(", ")})`;
}

/** What the namespace check has seen so far in a stream. */
interface NamespaceTrack {
  /** The first valid namespace (input form). */
  canonical: JsonObject | undefined;
  /** The first non-null `step_id` seen. */
  firstStepId: string | undefined;
  /** True once a second distinct non-null `step_id` was seen. */
  manyStepIds: boolean;
}

/** The verdict of the namespace model's `step_id` field. */
const acceptsStepId = schemaTest(LocalNamespaceTupleSchema.entries.step_id);

/**
 * True when `namespace` has the five key fields of the canonical namespace (exact text), as
 * own properties.
 */
function hasCanonicalKeys(namespace: unknown, canonical: JsonObject): boolean {
  const candidate = namespace as JsonObject;
  return (
    candidate.project_uuid === canonical.project_uuid &&
    candidate.feature_slug === canonical.feature_slug &&
    candidate.target_branch === canonical.target_branch &&
    candidate.mission_key === canonical.mission_key &&
    candidate.manifest_version === canonical.manifest_version &&
    Object.hasOwn(candidate, "project_uuid") &&
    Object.hasOwn(candidate, "feature_slug") &&
    Object.hasOwn(candidate, "target_branch") &&
    Object.hasOwn(candidate, "mission_key") &&
    Object.hasOwn(candidate, "manifest_version")
  );
}

/**
 * Steps 4 and 5 for one event: reads `payload.namespace` alone (the rest of the payload may
 * be invalid) and says whether it is a valid `LocalNamespaceTuple` (absent and `null` are
 * not). The first valid one becomes the canonical namespace; a later valid one whose five key
 * fields differ (exact text) throws {@link NamespaceMixedStreamError}. Records the distinct
 * non-null step ids (`""` is one). A namespace with the canonical key fields has five valid
 * key fields, so its verdict is its `step_id`'s.
 */
function checkNamespace(track: NamespaceTrack, payload: JsonObject): boolean {
  const namespace = own(payload, "namespace");
  if (namespace === undefined || namespace === null) return false;
  const { canonical } = track;
  if (canonical !== undefined && hasCanonicalKeys(namespace, canonical)) {
    if (!acceptsStepId(own(namespace as JsonObject, "step_id"))) return false;
  } else {
    if (!LocalNamespaceTupleSchema.test(namespace)) return false;
    if (canonical !== undefined) {
      const expected = namespaceRepr(parseModel(LocalNamespaceTupleSchema, canonical));
      const got = namespaceRepr(parseModel(LocalNamespaceTupleSchema, namespace));
      throw new NamespaceMixedStreamError(
        `Namespace mismatch in dossier event stream. Expected: ${expected}. Got: ${got}.`,
      );
    }
    track.canonical = namespace as JsonObject;
  }
  const stepId = nullableText(namespace as JsonObject, "step_id");
  if (stepId !== null) {
    if (track.firstStepId === undefined) track.firstStepId = stepId;
    else if (stepId !== track.firstStepId) track.manyStepIds = true;
  }
  return true;
}

/**
 * Step 5: the stream's namespace, the first valid one with its `step_id` set to `null` when
 * the stream carries two or more distinct non-null step ids (otherwise it keeps its own,
 * even `null` when later ones carry one); `null` when no event had a valid namespace.
 */
function trackedNamespace(track: NamespaceTrack): LocalNamespaceTuple | null {
  if (track.canonical === undefined) return null;
  const namespace = parseModel(LocalNamespaceTupleSchema, track.canonical);
  return track.manyStepIds ? Object.freeze({ ...namespace, step_id: null }) : namespace;
}

// ---------------------------------------------------------------------------------------------
// Step 6: the fold
// ---------------------------------------------------------------------------------------------

/**
 * What the dossier fold accumulates (step 6). Artifacts and the snapshot are kept as the
 * accepted payloads they come from (the output entries are built from the last ones, at the
 * end); anomalies and drift records are built as they come.
 */
export interface DossierFold {
  /** The last accepted Indexed payload of each path, in first-indexed order. */
  readonly artifacts: Map<string, JsonObject>;
  /** The paths whose current entry a later Indexed event superseded. */
  readonly superseded: Set<string>;
  /** The missing-artifact anomalies. */
  readonly anomalies: AnomalyEntry[];
  /** The last accepted SnapshotComputed payload. */
  latestSnapshot: JsonObject | null;
  /** The drift records. */
  readonly driftHistory: DriftRecord[];
}

/** How the fold handles one event type. */
export interface DossierFoldStep {
  /**
   * The payload model's verdict on everything but `namespace` (checked before, by the
   * namespace step: a payload is valid when both are).
   */
  readonly accepts: (payload: JsonObject) => boolean;
  /** Applies an accepted payload. */
  readonly apply: (fold: DossierFold, payload: JsonObject) => void;
}

/** The verdict of a payload model on the payload's fields other than `namespace`. */
function acceptsBesidesNamespace<TEntries extends ModelEntries>(
  schema: ModelSchema<TEntries>,
): (payload: JsonObject) => boolean {
  const { namespace: _namespace, ...rest } = schema.entries;
  return model(schema.name, schema.description, rest).test;
}

/**
 * The fold step of each dossier event type; a payload its model refuses changes nothing
 * (no anomaly either). Stored values are the parsed (coerced) ones.
 * - Indexed: marks the entry at `supersedes.path` (if any) superseded, then upserts the
 *   entry at `artifact_id.path`, not superseded (an existing key keeps its position). Paths
 *   alone match.
 * - Missing: appends a `missing_artifact` anomaly (never cleared, never deduplicated).
 * - SnapshotComputed: replaces the latest snapshot.
 * - ParityDriftDetected: appends a drift record.
 */
export const DOSSIER_FOLD_STEPS: Readonly<Record<DossierEventType, DossierFoldStep>> =
  Object.freeze({
    [MISSION_DOSSIER_ARTIFACT_INDEXED]: {
      accepts: acceptsBesidesNamespace(MissionDossierArtifactIndexedPayloadSchema),
      apply({ artifacts, superseded }, payload) {
        const supersedes = own(payload, "supersedes") as JsonObject | null | undefined;
        if (supersedes && artifacts.has(supersedes.path as string)) {
          superseded.add(supersedes.path as string);
        }
        const path = (payload.artifact_id as JsonObject).path as string;
        artifacts.set(path, payload);
        superseded.delete(path);
      },
    },
    [MISSION_DOSSIER_ARTIFACT_MISSING]: {
      accepts: acceptsBesidesNamespace(MissionDossierArtifactMissingPayloadSchema),
      apply({ anomalies }, payload) {
        anomalies.push(
          Object.freeze({
            anomaly_type: "missing_artifact",
            expected_identity: acceptedIdentity(payload.expected_identity),
            manifest_step: payload.manifest_step as string,
            checked_at: payload.checked_at as string,
            remediation_hint: nullableText(payload, "remediation_hint"),
          }),
        );
      },
    },
    [MISSION_DOSSIER_SNAPSHOT_COMPUTED]: {
      accepts: acceptsBesidesNamespace(MissionDossierSnapshotComputedPayloadSchema),
      apply(fold, payload) {
        fold.latestSnapshot = payload;
      },
    },
    [MISSION_DOSSIER_PARITY_DRIFT_DETECTED]: {
      accepts: acceptsBesidesNamespace(MissionDossierParityDriftDetectedPayloadSchema),
      apply({ driftHistory }, payload) {
        driftHistory.push(
          Object.freeze({
            expected_hash: payload.expected_hash as string,
            actual_hash: payload.actual_hash as string,
            drift_kind: payload.drift_kind as DriftKindT,
            detected_at: payload.detected_at as string,
          }),
        );
      },
    },
  });

/** The output entry of an accepted Indexed payload (the payload's own `step_id`). */
function artifactEntry(payload: JsonObject, superseded: boolean): ArtifactEntry {
  return Object.freeze({
    identity: acceptedIdentity(payload.artifact_id),
    content_ref: acceptedContentRef(payload.content_ref),
    indexed_at: payload.indexed_at as string,
    provenance: acceptedProvenance(own(payload, "provenance")),
    superseded,
    step_id: nullableText(payload, "step_id"),
  });
}

/** The snapshot summary of an accepted SnapshotComputed payload (`algorithm`: `sha256` by default). */
function snapshotSummary(payload: JsonObject): SnapshotSummary {
  return Object.freeze({
    snapshot_hash: payload.snapshot_hash as string,
    artifact_count: acceptedCount(payload.artifact_count),
    anomaly_count: acceptedCount(payload.anomaly_count),
    computed_at: payload.computed_at as string,
    algorithm: (nullableText(payload, "algorithm") ?? "sha256") as AlgorithmT,
  });
}

/** Step 7: `drifted` after any drift (even `anomaly_resolved`), else `clean` after a snapshot. */
export function parityStatus(
  driftHistory: readonly DriftRecord[],
  latestSnapshot: SnapshotSummary | null,
): ParityStatusT {
  if (driftHistory.length > 0) return "drifted";
  return latestSnapshot === null ? "unknown" : "clean";
}

/**
 * Projects mission dossier events into one state (the reference's `reduce_mission_dossier`):
 * keep the dossier events, sort them, dedup by `event_id`; then in one pass over them, check
 * that a single namespace runs through the stream (the first mismatch throws
 * {@link NamespaceMixedStreamError}, the only error it throws) and fold each event whose
 * payload its model accepts (the others are skipped silently, but counted); then normalise
 * the namespace's `step_id` and derive the parity status. A payload without a valid namespace
 * is invalid, so an event the namespace check skips is not folded either.
 */
export function reduceMissionDossier(events: readonly ReducibleEvent[]): MissionDossierState {
  const dossierEvents = selectDossierEvents(events);
  const track: NamespaceTrack = {
    canonical: undefined,
    firstStepId: undefined,
    manyStepIds: false,
  };
  const fold: DossierFold = {
    artifacts: new Map(),
    superseded: new Set(),
    anomalies: [],
    latestSnapshot: null,
    driftHistory: [],
  };
  for (const event of dossierEvents) {
    const { payload } = event;
    // A payload without a valid namespace is invalid: nothing to fold.
    if (!checkNamespace(track, payload)) continue;
    const step = DOSSIER_FOLD_STEPS[event.event_type as DossierEventType];
    if (step.accepts(payload)) step.apply(fold, payload);
  }
  const artifacts: [string, ArtifactEntry][] = [];
  for (const [path, payload] of fold.artifacts) {
    artifacts.push([path, artifactEntry(payload, fold.superseded.has(path))]);
  }
  const latestSnapshot = fold.latestSnapshot === null ? null : snapshotSummary(fold.latestSnapshot);
  return Object.freeze({
    namespace: trackedNamespace(track),
    artifacts: insertionOrderedMap(artifacts),
    anomalies: Object.freeze(fold.anomalies),
    latest_snapshot: latestSnapshot,
    drift_history: Object.freeze(fold.driftHistory),
    parity_status: parityStatus(fold.driftHistory, latestSnapshot),
    event_count: dossierEvents.length,
  });
}
