// The dossier family through the conformance package: its fixtures under validateEvent (both
// layers), its replay streams and goldens, and `spec-kitty-events replay --reducer dossier`
// run as the built command.
import {
  type Event,
  MissionDossierArtifactIndexedPayloadSchema,
  parseEvent,
  reduceMissionDossier,
  summarizeMissionDossierState,
} from "@spec-kitty/events-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  FIXTURE_CATEGORIES,
  loadFixtures,
  loadManifest,
  loadReducerOutput,
  loadReplayStream,
  validateEvent,
} from "../src/index.js";
import { reduceForOutput } from "../src/replay.js";
import { jsonl, linesOf, requireBuiltCli, runCli, STACK_LINE, tempDir } from "./cli-support.js";

vi.setConfig({ testTimeout: 60_000 });

function pairs(result: ReturnType<typeof validateEvent>) {
  return {
    model: result.modelViolations.map((v) => [v.field, v.violationType]),
    schema: result.schemaViolations.map((v) => [v.jsonPath, v.validator]),
  };
}

describe("the dossier fixtures", () => {
  const fixtures = loadFixtures("dossier");

  it("is a fixture category with 13 valid and 6 invalid payload cases, introduced by 2.4.0", () => {
    expect(FIXTURE_CATEGORIES).toContain("dossier");
    expect(fixtures.filter((f) => f.expectedValid)).toHaveLength(13);
    expect(fixtures.filter((f) => !f.expectedValid)).toHaveLength(6);
    for (const fixture of fixtures) expect(fixture.minVersion, fixture.id).toBe("2.4.0");
    const types = new Set(fixtures.map((f) => f.eventType));
    expect([...types].sort()).toEqual([
      "MissionDossierArtifactIndexed",
      "MissionDossierArtifactMissing",
      "MissionDossierParityDriftDetected",
      "MissionDossierSnapshotComputed",
    ]);
  });

  it("passes both layers for every valid case", () => {
    for (const fixture of fixtures.filter((f) => f.expectedValid)) {
      expect(pairs(validateEvent(fixture.payload, fixture.eventType)), fixture.id).toEqual({
        model: [],
        schema: [],
      });
    }
  });

  // The violations of each invalid case, in both layers.
  const INVALID: Record<string, { model: string[][]; schema: string[][] }> = {
    "dossier-parity-drift-namespace-incomplete": {
      model: [
        ["namespace.target_branch", "missing"],
        ["namespace.mission_key", "missing"],
        ["namespace.manifest_version", "missing"],
      ],
      schema: [
        ["$.namespace", "required"],
        ["$.namespace", "required"],
        ["$.namespace", "required"],
      ],
    },
    "dossier-artifact-indexed-missing-path": {
      model: [["artifact_id.path", "missing"]],
      schema: [["$.artifact_id", "required"]],
    },
    "dossier-artifact-indexed-invalid-class": {
      model: [["artifact_id.artifact_class", "literal_error"]],
      schema: [["$.artifact_id.artifact_class", "enum"]],
    },
    "dossier-snapshot-negative-count": {
      model: [["artifact_count", "greater_than_equal"]],
      schema: [["$.artifact_count", "minimum"]],
    },
    // Q-F2: the lax model layer accepts "3", the strict schema layer does not.
    "dossier-snapshot-count-as-text": {
      model: [],
      schema: [["$.artifact_count", "type"]],
    },
    "dossier-content-ref-bad-algorithm": {
      model: [
        ["content_ref.hash", "string_too_short"],
        ["content_ref.algorithm", "literal_error"],
        ["content_ref.size_bytes", "int_from_float"],
        ["provenance.source_event_ids", "tuple_type"],
        ["provenance.actor_kind", "literal_error"],
      ],
      schema: [
        ["$.content_ref.algorithm", "enum"],
        ["$.content_ref.hash", "minLength"],
        ["$.content_ref.size_bytes", "anyOf"],
        ["$.provenance", "anyOf"],
      ],
    },
  };

  it.each(Object.entries(INVALID))("%s fails with its violations", (id, expected) => {
    const fixture = fixtures.find((f) => f.id === id);
    if (fixture === undefined) throw new Error(`no fixture ${id}`);
    expect(fixture.expectedValid).toBe(false);
    const result = validateEvent(fixture.payload, fixture.eventType);
    expect(result.valid).toBe(false);
    expect(pairs(result)).toEqual(expected);
  });

  it('Q-F2: the model layer is lax while the schema layer is strict (artifact_count "3")', () => {
    const payload = {
      namespace: {
        project_uuid: "p",
        feature_slug: "f",
        target_branch: "b",
        mission_key: "m",
        manifest_version: "1",
      },
      snapshot_hash: "s",
      artifact_count: "3",
      anomaly_count: 0,
      computed_at: "c",
    };
    const result = validateEvent(payload, "MissionDossierSnapshotComputed");
    expect(result.valid).toBe(false);
    expect(result.modelViolations).toEqual([]);
    expect(pairs(result).schema).toEqual([["$.artifact_count", "type"]]);
    expect(result.schemaCheckSkipped).toBe(false);
  });
});

function parsed(lines: readonly unknown[]): Event[] {
  return lines.map((line) => parseEvent(line));
}

describe("the dossier replay streams", () => {
  it("has the happy path (6 events), the drift scenario (5) and the quirks stream (11)", () => {
    expect(loadReplayStream("dossier-happy-path")).toHaveLength(6);
    expect(loadReplayStream("dossier-drift-scenario")).toHaveLength(5);
    expect(loadReplayStream("dossier-quirks")).toHaveLength(11);
    const outputs = loadManifest().fixtures.filter(
      (e) => e.fixtureType === "reducer_output" && e.path.startsWith("dossier/"),
    );
    expect(outputs.map((e) => [e.id, e.eventType])).toEqual([
      ["dossier-happy-path_output", "MissionDossierState"],
      ["dossier-drift-scenario_output", "MissionDossierState"],
      ["dossier-quirks_output", "MissionDossierState"],
    ]);
  });

  it("happy path: 3 artifacts spec, plan, tasks; spec.md re-indexed and not superseded; clean", () => {
    const state = reduceMissionDossier(parsed(loadReplayStream("dossier-happy-path")));
    expect([...state.artifacts.keys()].map((p) => p.split("/").pop())).toEqual([
      "spec.md",
      "plan.md",
      "tasks.md",
    ]);
    const spec = [...state.artifacts.values()][0];
    expect([spec?.content_ref.hash, spec?.superseded]).toEqual(["abc222def222", false]);
    expect(state.namespace?.step_id).toBeNull();
    expect(state.anomalies).toEqual([]);
    expect(state.latest_snapshot?.snapshot_hash).toBe("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb2");
    expect(state.parity_status).toBe("clean");
    expect(state.event_count).toBe(6);
  });

  it("drift scenario: drifted, 2 artifacts, 1 anomaly, event_count 5", () => {
    const state = reduceMissionDossier(parsed(loadReplayStream("dossier-drift-scenario")));
    expect(state.parity_status).toBe("drifted");
    expect(state.artifacts.size).toBe(2);
    expect(state.anomalies).toHaveLength(1);
    expect(state.drift_history.map((d) => d.drift_kind)).toEqual(["anomaly_introduced"]);
    expect(state.event_count).toBe(5);
  });

  it("quirks stream: the documented quirks in one projection", () => {
    const state = reduceMissionDossier(parsed(loadReplayStream("dossier-quirks")));
    expect([...state.artifacts.keys()].map((p) => p.split("/").pop())).toEqual([
      "__proto__",
      "7",
      "tasks.md",
      "late.md",
    ]);
    expect(state.artifacts.get("7")?.identity.mission_key).toBe("OTHER-MISSION");
    expect(state.artifacts.get("late.md")?.content_ref.hash).toBe("early-copy-kept");
    expect(state.namespace?.step_id).toBeNull();
    expect(state.anomalies).toHaveLength(1);
    expect(state.parity_status).toBe("drifted");
    expect(state.event_count).toBe(8);
  });

  it.each(["dossier-happy-path", "dossier-drift-scenario", "dossier-quirks"])(
    "%s reduces to its golden",
    (stream) => {
      const events = parsed(loadReplayStream(stream));
      expect(reduceForOutput("MissionDossierState", events)).toEqual(
        loadReducerOutput(`${stream}_output`),
      );
    },
  );
});

describe("spec-kitty-events replay --reducer dossier", () => {
  const dir = tempDir();
  beforeAll(requireBuiltCli);
  afterAll(() => dir.cleanup());

  it("prints exactly JSON.stringify of reduceMissionDossier, keys in insertion order", () => {
    const stream = loadReplayStream("dossier-quirks");
    const file = dir.file("quirks.jsonl", jsonl(stream));
    const run = runCli(["replay", file, "--reducer", "dossier", "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`${JSON.stringify(reduceMissionDossier(parsed(stream)))}\n`);
    expect(run.stdout.indexOf('"__proto__":{')).toBeLessThan(run.stdout.indexOf('"7":{'));
  });

  it("prints the readable summary", () => {
    const file = dir.file("happy.jsonl", jsonl(loadReplayStream("dossier-happy-path")));
    const run = runCli(["replay", file, "--reducer", "dossier"]);
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)).toEqual([
      "dossier projection",
      "  events:             6 (after dedup, dossier events only)",
      "  namespace:          5f0c8a3e-9b1d-4c6e-8f2a-7d4b3c1e9a60 / 042-mission-dossier-parity @ main, mission software-dev, manifest 1.4.0, step (none)",
      "  parity:             clean",
      "  latest snapshot:    bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb2 (sha256, artifact_count 3, anomaly_count 0, computed_at 2026-03-02T10:35:00Z)",
      "  artifacts:          3",
      "    kitty-specs/042-mission-dossier-parity/spec.md  input  sha256:abc222def222",
      "    kitty-specs/042-mission-dossier-parity/plan.md  workflow  sha256:abc222bcd222",
      "    kitty-specs/042-mission-dossier-parity/tasks.md  workflow  sha256:abc333cde333",
      "  missing artifacts:  0",
      "  drift history:      0",
    ]);
  });

  it("refuses a stream that mixes namespaces: NamespaceMixedStreamError on stderr, exit 1", () => {
    const stream = loadReplayStream("dossier-happy-path") as Record<string, unknown>[];
    const last = stream.at(-1) as Record<string, unknown>;
    const payload = last.payload as Record<string, unknown>;
    const other = {
      ...last,
      event_id: "01KJQ5A7M3D0SS1ERHAPPY9999",
      lamport_clock: 7,
      payload: {
        ...payload,
        namespace: { ...(payload.namespace as object), feature_slug: "009-another-feature" },
      },
    };
    const file = dir.file("mixed.jsonl", jsonl([...stream, other]));
    const run = runCli(["replay", file, "--reducer", "dossier", "--json"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toMatch(STACK_LINE);
    // The command shows the reducer's message on one line, cut to its length limit.
    expect(linesOf(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(
      new RegExp(
        "^replay: the dossier reducer refused the stream: NamespaceMixedStreamError: " +
          "Namespace mismatch in dossier event stream\\. Expected: LocalNamespaceTuple\\(" +
          "project_uuid='5f0c8a3e-9b1d-4c6e-8f2a-7d4b3c1e9a60', feature_slug='042-mission-dossier-parity', " +
          "target_branch='main', mission_key='software-dev', manifest_version='1\\.4\\.0', step_id=None\\)\\. " +
          "Got: LocalNamespaceTuple\\(",
      ),
    );
  });

  it("validate knows the dossier types", () => {
    const fixture = loadFixtures("dossier").find(
      (f) => f.id === "dossier-artifact-indexed-minimal",
    );
    const envelope = {
      ...(loadReplayStream("dossier-happy-path")[0] as object),
      payload: fixture?.payload,
    };
    const file = dir.file("one.jsonl", jsonl([envelope]));
    const run = runCli(["validate", file]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });
});

describe("the dossier exports used by consumers", () => {
  it("summarizes a projection and exposes the payload model", () => {
    const summary = summarizeMissionDossierState(reduceMissionDossier([]));
    expect(summary.title).toBe("dossier projection");
    expect(summary.rows.map((row) => [row.label, row.value])).toEqual([
      ["events", "0 (after dedup, dossier events only)"],
      ["namespace", "(none)"],
      ["parity", "unknown"],
      ["latest snapshot", "(none)"],
      ["artifacts", "0"],
      ["missing artifacts", "0"],
      ["drift history", "0"],
    ]);
    expect(MissionDossierArtifactIndexedPayloadSchema.name).toBe(
      "MissionDossierArtifactIndexedPayload",
    );
  });
});
