/**
 * The literal value sets of the dossier family. The reference declares them as `Literal`
 * type aliases (`ArtifactClassT`, ...), not enums: the schemas write them inline as
 * `enum` lists, and they have no schema of their own.
 */
import { literalField } from "../../rules/literal.js";

/** The artifact classes, in the reference's order (`ArtifactClassT`). */
export const ARTIFACT_CLASSES = Object.freeze([
  "input",
  "workflow",
  "output",
  "evidence",
  "policy",
  "runtime",
] as const);

/** An artifact class: the single source of the artifact taxonomy. */
export type ArtifactClassT = (typeof ARTIFACT_CLASSES)[number];

/** The kinds of parity drift, in the reference's order (`DriftKindT`). */
export const DRIFT_KINDS = Object.freeze([
  "artifact_added",
  "artifact_removed",
  "artifact_mutated",
  "anomaly_introduced",
  "anomaly_resolved",
  "manifest_version_changed",
] as const);

/** A kind of parity drift. */
export type DriftKindT = (typeof DRIFT_KINDS)[number];

/** The content-hash algorithms, in the reference's order (`AlgorithmT`). */
export const HASH_ALGORITHMS = Object.freeze(["sha256", "sha512", "md5"] as const);

/** A content-hash algorithm. */
export type AlgorithmT = (typeof HASH_ALGORITHMS)[number];

/** The parity states of a dossier projection, in the reference's order (`ParityStatusT`). */
export const PARITY_STATUSES = Object.freeze(["clean", "drifted", "unknown"] as const);

/** The parity state of a dossier projection. */
export type ParityStatusT = (typeof PARITY_STATUSES)[number];

/** The kinds of provenance actor, in the reference's order (`ActorKindT`). */
export const ACTOR_KINDS = Object.freeze(["human", "llm", "system"] as const);

/** A kind of provenance actor. */
export type ActorKindT = (typeof ACTOR_KINDS)[number];

/** Field schema of {@link ArtifactClassT} (`literal_error` for any other value). */
export const ArtifactClassSchema = literalField(ARTIFACT_CLASSES);

/** Field schema of {@link DriftKindT}. */
export const DriftKindSchema = literalField(DRIFT_KINDS);

/** Field schema of {@link AlgorithmT}. */
export const AlgorithmSchema = literalField(HASH_ALGORITHMS);

/** Field schema of {@link ActorKindT}. */
export const ActorKindSchema = literalField(ACTOR_KINDS);
