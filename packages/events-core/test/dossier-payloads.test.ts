import { describe, expect, it } from "vitest";
import {
  DOSSIER_EVENT_TYPES,
  DOSSIER_SCHEMA_VERSION,
  MISSION_DOSSIER_ARTIFACT_INDEXED,
  MISSION_DOSSIER_ARTIFACT_MISSING,
  MISSION_DOSSIER_PARITY_DRIFT_DETECTED,
  MISSION_DOSSIER_SNAPSHOT_COMPUTED,
} from "../src/families/dossier/constants.js";
import {
  ACTOR_KINDS,
  ARTIFACT_CLASSES,
  DRIFT_KINDS,
  HASH_ALGORITHMS,
  PARITY_STATUSES,
} from "../src/families/dossier/literals.js";
import {
  ArtifactIdentitySchema,
  ContentHashRefSchema,
  DOSSIER_PAYLOAD_MODELS,
  LocalNamespaceTupleSchema,
  MissionDossierArtifactIndexedPayloadSchema,
  MissionDossierArtifactIndexedSchema,
  MissionDossierArtifactMissingPayloadSchema,
  MissionDossierArtifactMissingSchema,
  MissionDossierParityDriftDetectedPayloadSchema,
  MissionDossierParityDriftDetectedSchema,
  MissionDossierSnapshotComputedPayloadSchema,
  MissionDossierSnapshotComputedSchema,
  ProvenanceRefSchema,
} from "../src/families/dossier/payloads.js";
import { type ModelEntries, type ModelSchema, safeParseModel } from "../src/model/model.js";
import {
  DOSSIER_EXAMPLES,
  drift,
  identity,
  indexed,
  missing,
  NS,
  snapshot,
} from "./support/dossier.js";

type AnyModel = ModelSchema<ModelEntries>;

/** The `[field, violation type]` pairs of a model's verdict (empty when accepted). */
function violations(schema: AnyModel, input: unknown): [string, string][] {
  const result = safeParseModel(schema, input);
  return result.success ? [] : result.issues.map((i) => [i.field, i.violationType]);
}

/** The parsed output, or a failure naming the issues. */
function parsed(schema: AnyModel, input: unknown): Record<string, unknown> {
  const result = safeParseModel(schema, input);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.output as Record<string, unknown>;
}

describe("dossier constants", () => {
  it("names the four event types", () => {
    expect([
      MISSION_DOSSIER_ARTIFACT_INDEXED,
      MISSION_DOSSIER_ARTIFACT_MISSING,
      MISSION_DOSSIER_SNAPSHOT_COMPUTED,
      MISSION_DOSSIER_PARITY_DRIFT_DETECTED,
    ]).toEqual([
      "MissionDossierArtifactIndexed",
      "MissionDossierArtifactMissing",
      "MissionDossierSnapshotComputed",
      "MissionDossierParityDriftDetected",
    ]);
  });

  it("DOSSIER_EVENT_TYPES holds exactly the four types and cannot change", () => {
    expect([...DOSSIER_EVENT_TYPES].sort()).toEqual([
      "MissionDossierArtifactIndexed",
      "MissionDossierArtifactMissing",
      "MissionDossierParityDriftDetected",
      "MissionDossierSnapshotComputed",
    ]);
    const set = DOSSIER_EVENT_TYPES as Set<string>;
    expect(() => set.add("Other")).toThrow(TypeError);
    expect(() => set.delete(MISSION_DOSSIER_ARTIFACT_INDEXED)).toThrow(TypeError);
    expect(() => set.clear()).toThrow(TypeError);
    expect(DOSSIER_EVENT_TYPES.size).toBe(4);
  });

  it("has the schema version of the contract that introduced it (2.4.0)", () => {
    expect(DOSSIER_SCHEMA_VERSION).toBe("2.4.0");
  });

  it("lists the literal sets in the reference's order, frozen", () => {
    expect(ARTIFACT_CLASSES).toEqual([
      "input",
      "workflow",
      "output",
      "evidence",
      "policy",
      "runtime",
    ]);
    expect(DRIFT_KINDS).toEqual([
      "artifact_added",
      "artifact_removed",
      "artifact_mutated",
      "anomaly_introduced",
      "anomaly_resolved",
      "manifest_version_changed",
    ]);
    expect(HASH_ALGORITHMS).toEqual(["sha256", "sha512", "md5"]);
    expect(PARITY_STATUSES).toEqual(["clean", "drifted", "unknown"]);
    expect(ACTOR_KINDS).toEqual(["human", "llm", "system"]);
    for (const list of [
      ARTIFACT_CLASSES,
      DRIFT_KINDS,
      HASH_ALGORITHMS,
      PARITY_STATUSES,
      ACTOR_KINDS,
    ]) {
      expect(Object.isFrozen(list)).toBe(true);
    }
  });

  it("maps each event type to its payload model; the reference's aliases are the same models", () => {
    expect(DOSSIER_PAYLOAD_MODELS).toEqual({
      MissionDossierArtifactIndexed: MissionDossierArtifactIndexedPayloadSchema,
      MissionDossierArtifactMissing: MissionDossierArtifactMissingPayloadSchema,
      MissionDossierSnapshotComputed: MissionDossierSnapshotComputedPayloadSchema,
      MissionDossierParityDriftDetected: MissionDossierParityDriftDetectedPayloadSchema,
    });
    expect(Object.isFrozen(DOSSIER_PAYLOAD_MODELS)).toBe(true);
    expect(MissionDossierArtifactIndexedSchema).toBe(MissionDossierArtifactIndexedPayloadSchema);
    expect(MissionDossierArtifactMissingSchema).toBe(MissionDossierArtifactMissingPayloadSchema);
    expect(MissionDossierSnapshotComputedSchema).toBe(MissionDossierSnapshotComputedPayloadSchema);
    expect(MissionDossierParityDriftDetectedSchema).toBe(
      MissionDossierParityDriftDetectedPayloadSchema,
    );
  });
});

// Each model's name and fields in the reference's declaration order (§2.2, §2.3).
const FIELDS: readonly [AnyModel, string, readonly string[]][] = [
  [
    LocalNamespaceTupleSchema,
    "LocalNamespaceTuple",
    ["project_uuid", "feature_slug", "target_branch", "mission_key", "manifest_version", "step_id"],
  ],
  [
    ArtifactIdentitySchema,
    "ArtifactIdentity",
    ["mission_key", "path", "artifact_class", "run_id", "wp_id"],
  ],
  [ContentHashRefSchema, "ContentHashRef", ["hash", "algorithm", "size_bytes", "encoding"]],
  [
    ProvenanceRefSchema,
    "ProvenanceRef",
    ["source_event_ids", "git_sha", "git_ref", "actor_id", "actor_kind", "revised_at"],
  ],
  [
    MissionDossierArtifactIndexedPayloadSchema,
    "MissionDossierArtifactIndexedPayload",
    [
      "namespace",
      "artifact_id",
      "content_ref",
      "indexed_at",
      "provenance",
      "step_id",
      "supersedes",
      "context_diagnostics",
    ],
  ],
  [
    MissionDossierArtifactMissingPayloadSchema,
    "MissionDossierArtifactMissingPayload",
    [
      "namespace",
      "expected_identity",
      "manifest_step",
      "checked_at",
      "last_known_ref",
      "remediation_hint",
      "context_diagnostics",
    ],
  ],
  [
    MissionDossierSnapshotComputedPayloadSchema,
    "MissionDossierSnapshotComputedPayload",
    [
      "namespace",
      "snapshot_hash",
      "artifact_count",
      "anomaly_count",
      "computed_at",
      "algorithm",
      "context_diagnostics",
    ],
  ],
  [
    MissionDossierParityDriftDetectedPayloadSchema,
    "MissionDossierParityDriftDetectedPayload",
    [
      "namespace",
      "expected_hash",
      "actual_hash",
      "drift_kind",
      "detected_at",
      "artifact_ids_changed",
      "rebuild_hint",
      "context_diagnostics",
    ],
  ],
];

describe.each(FIELDS)("model %#", (schema, name, fields) => {
  it(`is ${name} with its fields in the reference's order`, () => {
    expect(schema.name).toBe(name);
    expect(Object.keys(schema.entries)).toEqual(fields);
  });
});

describe("the payload examples", () => {
  it.each(Object.entries(DOSSIER_EXAMPLES))(
    "%s: accepted, output keys in declaration order, frozen",
    (type, example) => {
      const schema = DOSSIER_PAYLOAD_MODELS[
        type as keyof typeof DOSSIER_PAYLOAD_MODELS
      ] as AnyModel;
      const output = parsed(schema, example);
      expect(Object.keys(output)).toEqual(Object.keys(schema.entries));
      expect(Object.isFrozen(output)).toBe(true);
      expect(Object.keys(output.namespace as object)).toEqual(
        Object.keys(LocalNamespaceTupleSchema.entries),
      );
    },
  );
});

describe("LocalNamespaceTuple", () => {
  it("gives every field, step_id null by default, and drops unknown keys", () => {
    expect(parsed(LocalNamespaceTupleSchema, { ...NS, bogus: 1 })).toEqual({
      ...NS,
      step_id: null,
    });
    expect(Object.keys(parsed(LocalNamespaceTupleSchema, { bogus: 1, ...NS }))).not.toContain(
      "bogus",
    );
  });

  const cases: readonly [string, Record<string, unknown>, [string, string][]][] = [
    ["any non-empty project_uuid (not a UUID check)", { project_uuid: "not-a-uuid" }, []],
    ["whitespace-only text counts (no stripping)", { feature_slug: " " }, []],
    ["an empty step_id is a value", { step_id: "" }, []],
    ["step_id null", { step_id: null }, []],
    ["empty project_uuid", { project_uuid: "" }, [["project_uuid", "string_too_short"]]],
    ["numeric manifest_version", { manifest_version: 1 }, [["manifest_version", "string_type"]]],
    ["non-string step_id", { step_id: 5 }, [["step_id", "string_type"]]],
    ["null target_branch", { target_branch: null }, [["target_branch", "string_type"]]],
  ];
  it.each(cases)("%s", (_label, change, expected) => {
    expect(violations(LocalNamespaceTupleSchema, { ...NS, ...change })).toEqual(expected);
  });

  it("reports each missing field as missing, in declaration order", () => {
    expect(violations(LocalNamespaceTupleSchema, {})).toEqual([
      ["project_uuid", "missing"],
      ["feature_slug", "missing"],
      ["target_branch", "missing"],
      ["mission_key", "missing"],
      ["manifest_version", "missing"],
    ]);
  });

  it("refuses a non-object as model_type with the reference's message", () => {
    for (const input of [null, "ns", 1, [NS]]) {
      const result = safeParseModel(LocalNamespaceTupleSchema, input);
      expect(result.success).toBe(false);
      expect(result.issues?.[0]).toMatchObject({
        field: "",
        violationType: "model_type",
        message: "Input should be a valid dictionary or instance of LocalNamespaceTuple",
      });
    }
  });
});

describe("ArtifactIdentity", () => {
  it.each(ARTIFACT_CLASSES)("accepts artifact_class %s", (artifactClass) => {
    expect(
      violations(ArtifactIdentitySchema, identity("p", { artifact_class: artifactClass })),
    ).toEqual([]);
  });

  it("refuses another class with literal_error and the reference's list of values", () => {
    const result = safeParseModel(
      ArtifactIdentitySchema,
      identity("p", { artifact_class: "INPUT" }),
    );
    expect(result.issues).toEqual([
      {
        field: "artifact_class",
        violationType: "literal_error",
        message: "Input should be 'input', 'workflow', 'output', 'evidence', 'policy' or 'runtime'",
        inputValue: "INPUT",
      },
    ]);
  });

  const cases: readonly [string, Record<string, unknown>, [string, string][]][] = [
    ["run_id and wp_id set", { run_id: "r", wp_id: "WP01" }, []],
    ["run_id and wp_id null", { run_id: null, wp_id: null }, []],
    ["empty path", { path: "" }, [["path", "string_too_short"]]],
    ["numeric run_id", { run_id: 1 }, [["run_id", "string_type"]]],
    ["empty mission_key", { mission_key: "" }, [["mission_key", "string_too_short"]]],
  ];
  it.each(cases)("%s", (_label, change, expected) => {
    expect(violations(ArtifactIdentitySchema, { ...identity("p"), ...change })).toEqual(expected);
  });

  it("reports a missing path as missing", () => {
    expect(
      violations(ArtifactIdentitySchema, { mission_key: "m", artifact_class: "input" }),
    ).toEqual([["path", "missing"]]);
  });
});

describe("ContentHashRef", () => {
  const base = { hash: "h", algorithm: "sha256" };
  it.each(HASH_ALGORITHMS)("accepts algorithm %s", (algorithm) => {
    expect(violations(ContentHashRefSchema, { ...base, algorithm })).toEqual([]);
  });

  // size_bytes: int >= 0 or null, lax (§1.4).
  const sizes: readonly [unknown, number | null][] = [
    [0, 0],
    [4812, 4812],
    [3.0, 3],
    [-0, 0],
    [true, 1],
    [false, 0],
    ["12", 12],
    [" 7\n", 7],
    ["\u00857\u3000", 7],
    ["1_000", 1000],
    ["007", 7],
    ["3.000", 3],
    ["-0", 0],
    ["+0.0", 0],
    [null, null],
  ];
  it.each(sizes)("size_bytes %j is accepted as %j", (input, expected) => {
    expect(parsed(ContentHashRefSchema, { ...base, size_bytes: input }).size_bytes).toBe(expected);
  });

  const badSizes: readonly [unknown, string][] = [
    [-1, "greater_than_equal"],
    ["-1", "greater_than_equal"],
    ["-1.0", "greater_than_equal"],
    [1.5, "int_from_float"],
    [-0.5, "int_from_float"],
    ["1e3", "int_parsing"],
    ["0x10", "int_parsing"],
    ["3.", "int_parsing"],
    [".5", "int_parsing"],
    ["3.10", "int_parsing"],
    ["1__0", "int_parsing"],
    ["\ufeff7", "int_parsing"],
    ["\u200b7", "int_parsing"],
    ["\u0665", "int_parsing"],
    [[], "int_type"],
    [{}, "int_type"],
  ];
  it.each(badSizes)("size_bytes %j is refused as %s", (input, type) => {
    expect(violations(ContentHashRefSchema, { ...base, size_bytes: input })).toEqual([
      ["size_bytes", type],
    ]);
  });

  const cases: readonly [string, Record<string, unknown>, [string, string][]][] = [
    ["encoding set", { encoding: "utf-8" }, []],
    ["an empty hash", { hash: "" }, [["hash", "string_too_short"]]],
    ["an upper-case algorithm", { algorithm: "SHA256" }, [["algorithm", "literal_error"]]],
    ["a numeric encoding", { encoding: 8 }, [["encoding", "string_type"]]],
  ];
  it.each(cases)("%s", (_label, change, expected) => {
    expect(violations(ContentHashRefSchema, { ...base, ...change })).toEqual(expected);
  });
});

describe("ProvenanceRef", () => {
  it("accepts {} with every field null", () => {
    expect(parsed(ProvenanceRefSchema, {})).toEqual({
      source_event_ids: null,
      git_sha: null,
      git_ref: null,
      actor_id: null,
      actor_kind: null,
      revised_at: null,
    });
  });

  const cases: readonly [string, Record<string, unknown>, [string, string][]][] = [
    ["an empty source_event_ids tuple (no minimum)", { source_event_ids: [] }, []],
    ["duplicate source_event_ids", { source_event_ids: ["a", "a"] }, []],
    ["revised_at as free text (not a date)", { revised_at: "last tuesday" }, []],
    [
      "source_event_ids as a string",
      { source_event_ids: "a" },
      [["source_event_ids", "tuple_type"]],
    ],
    ["a non-string id", { source_event_ids: ["a", 1] }, [["source_event_ids.1", "string_type"]]],
    ["actor_kind agent", { actor_kind: "agent" }, [["actor_kind", "literal_error"]]],
    ["a numeric git_sha", { git_sha: 1 }, [["git_sha", "string_type"]]],
  ];
  it.each(cases)("%s", (_label, change, expected) => {
    expect(violations(ProvenanceRefSchema, change)).toEqual(expected);
  });

  it.each(ACTOR_KINDS)("accepts actor_kind %s", (actorKind) => {
    expect(violations(ProvenanceRefSchema, { actor_kind: actorKind })).toEqual([]);
  });

  it("gives source_event_ids as a frozen array", () => {
    const ids = parsed(ProvenanceRefSchema, { source_event_ids: ["x", "y"] }).source_event_ids;
    expect(ids).toEqual(["x", "y"]);
    expect(Object.isFrozen(ids)).toBe(true);
  });
});

describe("MissionDossierArtifactIndexedPayload", () => {
  const schema = MissionDossierArtifactIndexedPayloadSchema;
  const cases: readonly [string, Record<string, unknown>, [string, string][]][] = [
    ["an empty indexed_at (no length bound)", { indexed_at: "" }, []],
    ["provenance {}", { provenance: {} }, []],
    ["an empty payload step_id", { step_id: "" }, []],
    ["context_diagnostics with an empty key", { context_diagnostics: { "": "v" } }, []],
    ["context_diagnostics {}", { context_diagnostics: {} }, []],
    ["namespace null", { namespace: null }, [["namespace", "model_type"]]],
    ["namespace a string", { namespace: "p/f" }, [["namespace", "model_type"]]],
    [
      "an empty namespace feature_slug",
      { namespace: { ...NS, feature_slug: "" } },
      [["namespace.feature_slug", "string_too_short"]],
    ],
    [
      "artifact_id without path",
      { artifact_id: { mission_key: "m", artifact_class: "input" } },
      [["artifact_id.path", "missing"]],
    ],
    [
      "artifact_class INVALID_CLASS",
      { artifact_id: identity("p", { artifact_class: "INVALID_CLASS" }) },
      [["artifact_id.artifact_class", "literal_error"]],
    ],
    ["content_ref null", { content_ref: null }, [["content_ref", "model_type"]]],
    ["a numeric indexed_at", { indexed_at: 1 }, [["indexed_at", "string_type"]]],
    ["provenance a list", { provenance: [] }, [["provenance", "model_type"]]],
    [
      "a non-string diagnostics value",
      { context_diagnostics: { a: 1 } },
      [["context_diagnostics.a", "string_type"]],
    ],
    ["diagnostics as a list", { context_diagnostics: [] }, [["context_diagnostics", "dict_type"]]],
    [
      "supersedes without class",
      { supersedes: { mission_key: "m", path: "p" } },
      [["supersedes.artifact_class", "missing"]],
    ],
    [
      "several nested problems at once",
      {
        content_ref: { hash: "", algorithm: "SHA256", size_bytes: 1.5 },
        provenance: { source_event_ids: "x", actor_kind: "agent" },
      },
      [
        ["content_ref.hash", "string_too_short"],
        ["content_ref.algorithm", "literal_error"],
        ["content_ref.size_bytes", "int_from_float"],
        ["provenance.source_event_ids", "tuple_type"],
        ["provenance.actor_kind", "literal_error"],
      ],
    ],
  ];
  it.each(cases)("%s", (_label, change, expected) => {
    expect(violations(schema, indexed("p", change))).toEqual(expected);
  });

  it("reports the missing required fields in declaration order", () => {
    expect(violations(schema, {})).toEqual([
      ["namespace", "missing"],
      ["artifact_id", "missing"],
      ["content_ref", "missing"],
      ["indexed_at", "missing"],
    ]);
  });

  it("gives the defaults and drops unknown keys at every level", () => {
    const output = parsed(schema, {
      ...indexed("p"),
      extra: 1,
      artifact_id: { ...identity("p"), bogus: true },
    });
    expect(JSON.stringify(output)).toBe(
      '{"namespace":{"project_uuid":"p","feature_slug":"f","target_branch":"b","mission_key":"m","manifest_version":"1","step_id":null},' +
        '"artifact_id":{"mission_key":"m","path":"p","artifact_class":"input","run_id":null,"wp_id":null},' +
        '"content_ref":{"hash":"h","algorithm":"sha256","size_bytes":null,"encoding":null},' +
        '"indexed_at":"t","provenance":null,"step_id":null,"supersedes":null,"context_diagnostics":null}',
    );
  });
});

describe("MissionDossierArtifactMissingPayload", () => {
  const schema = MissionDossierArtifactMissingPayloadSchema;
  const cases: readonly [string, Record<string, unknown>, [string, string][]][] = [
    ["manifest_step a step id (not only required_always)", { manifest_step: "plan" }, []],
    ["last_known_ref {}", { last_known_ref: {} }, []],
    ["remediation_hint set", { remediation_hint: "run it" }, []],
    ["an empty manifest_step", { manifest_step: "" }, [["manifest_step", "string_too_short"]]],
    ["expected_identity null", { expected_identity: null }, [["expected_identity", "model_type"]]],
    ["a numeric checked_at", { checked_at: 0 }, [["checked_at", "string_type"]]],
    ["a numeric remediation_hint", { remediation_hint: 1 }, [["remediation_hint", "string_type"]]],
  ];
  it.each(cases)("%s", (_label, change, expected) => {
    expect(violations(schema, missing("p", change))).toEqual(expected);
  });
});

describe("MissionDossierSnapshotComputedPayload", () => {
  const schema = MissionDossierSnapshotComputedPayloadSchema;
  it('coerces counts as the lax model layer does: "3" is 3, true is 1', () => {
    const output = parsed(schema, snapshot({ artifact_count: "3", anomaly_count: true }));
    expect([output.artifact_count, output.anomaly_count]).toEqual([3, 1]);
  });

  const cases: readonly [string, Record<string, unknown>, [string, string][]][] = [
    ["algorithm null", { algorithm: null }, []],
    ["algorithm md5", { algorithm: "md5" }, []],
    ["a one-space snapshot_hash", { snapshot_hash: " " }, []],
    ["an empty snapshot_hash", { snapshot_hash: "" }, [["snapshot_hash", "string_too_short"]]],
    [
      "a negative artifact_count",
      { artifact_count: -1 },
      [["artifact_count", "greater_than_equal"]],
    ],
    ["a fractional anomaly_count", { anomaly_count: 0.5 }, [["anomaly_count", "int_from_float"]]],
    ["anomaly_count null", { anomaly_count: null }, [["anomaly_count", "int_type"]]],
    ["algorithm sha1", { algorithm: "sha1" }, [["algorithm", "literal_error"]]],
  ];
  it.each(cases)("%s", (_label, change, expected) => {
    expect(violations(schema, snapshot(change))).toEqual(expected);
  });
});

describe("MissionDossierParityDriftDetectedPayload", () => {
  const schema = MissionDossierParityDriftDetectedPayloadSchema;
  it.each(DRIFT_KINDS)("accepts drift_kind %s", (kind) => {
    expect(violations(schema, drift({ drift_kind: kind }))).toEqual([]);
  });

  const cases: readonly [string, Record<string, unknown>, [string, string][]][] = [
    ["artifact_ids_changed [] (no minimum)", { artifact_ids_changed: [] }, []],
    ["rebuild_hint set", { rebuild_hint: "r" }, []],
    [
      "drift_kind artifact_renamed",
      { drift_kind: "artifact_renamed" },
      [["drift_kind", "literal_error"]],
    ],
    ["an empty actual_hash", { actual_hash: "" }, [["actual_hash", "string_too_short"]]],
    [
      "artifact_ids_changed a string",
      { artifact_ids_changed: "p" },
      [["artifact_ids_changed", "tuple_type"]],
    ],
    [
      "an empty identity in artifact_ids_changed",
      { artifact_ids_changed: [identity("p"), {}] },
      [
        ["artifact_ids_changed.1.mission_key", "missing"],
        ["artifact_ids_changed.1.path", "missing"],
        ["artifact_ids_changed.1.artifact_class", "missing"],
      ],
    ],
    [
      "an identity that is not an object",
      { artifact_ids_changed: ["p"] },
      [["artifact_ids_changed.0", "model_type"]],
    ],
  ];
  it.each(cases)("%s", (_label, change, expected) => {
    expect(violations(schema, drift(change))).toEqual(expected);
  });

  it("reports a namespace missing three fields as three missing violations (the invalid fixture)", () => {
    const namespace = { project_uuid: "p", feature_slug: "f" };
    expect(violations(schema, drift({ namespace }))).toEqual([
      ["namespace.target_branch", "missing"],
      ["namespace.mission_key", "missing"],
      ["namespace.manifest_version", "missing"],
    ]);
  });
});
