// The collaboration category: payload cases through validateEvent (both layers), the replay
// streams and their goldens per mode, and the built command on those streams.
import { readFileSync } from "node:fs";
import {
  COLLABORATION_EVENT_TYPES,
  type Event,
  parseEvent,
  reduceCollaborationEvents,
} from "@spec-kitty/events-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  FIXTURE_CATEGORIES,
  fixturePath,
  loadFixtures,
  loadManifest,
  loadReducerOutput,
  loadReplayStream,
} from "../src/fixtures.js";
import { goldenMode, reduceForOutput } from "../src/replay.js";
import { validateEvent } from "../src/validate.js";
import { jsonl, linesOf, requireBuiltCli, runCli, tempDir } from "./cli-support.js";

vi.setConfig({ testTimeout: 60_000 });

const STREAM = "collab-mission-session";
const ANOMALIES = "collab-permissive-anomalies";

function parsedStream(id: string): Event[] {
  return loadReplayStream(id).map((line) => parseEvent(line));
}

describe("collaboration payload cases", () => {
  it("is a fixture category with at least 5 valid and 2 invalid cases", () => {
    expect(FIXTURE_CATEGORIES).toContain("collaboration");
    const fixtures = loadFixtures("collaboration");
    expect(fixtures.filter((f) => f.expectedValid).length).toBeGreaterThanOrEqual(5);
    expect(fixtures.filter((f) => !f.expectedValid).length).toBeGreaterThanOrEqual(2);
    expect(new Set(fixtures.filter((f) => f.expectedValid).map((f) => f.eventType))).toEqual(
      new Set(COLLABORATION_EVENT_TYPES),
    );
    for (const fixture of fixtures) expect(fixture.minVersion, fixture.id).toBe("2.1.0");
  });

  it.each(
    loadFixtures("collaboration")
      .filter((f) => f.expectedValid)
      .map((f) => [f.id, f] as const),
  )("%s passes both layers", (_id, fixture) => {
    const result = validateEvent(fixture.payload, fixture.eventType);
    expect(result.modelViolations).toEqual([]);
    expect(result.schemaViolations).toEqual([]);
    expect(result.valid).toBe(true);
  });

  // The one violation of each layer, written from the sheet (not read back from the validator).
  const INVALID: Record<
    string,
    readonly [field: string, type: string, path: string, keyword: string]
  > = {
    "collab-participant-joined-missing-participant-id": [
      "participant_id",
      "missing",
      "$",
      "required",
    ],
    "collab-concurrent-driver-warning-single-participant": [
      "participant_ids",
      "too_short",
      "$.participant_ids",
      "minItems",
    ],
    "collab-drive-intent-set-unknown-intent": ["intent", "literal_error", "$.intent", "enum"],
    "collab-focus-changed-unknown-target-type": [
      "focus_target.target_type",
      "literal_error",
      "$.focus_target.target_type",
      "enum",
    ],
    "collab-participant-invited-empty-identity-id": [
      "participant_identity.participant_id",
      "string_too_short",
      "$.participant_identity.participant_id",
      "minLength",
    ],
  };

  it("has an expectation for every invalid case", () => {
    const invalid = loadFixtures("collaboration").filter((f) => !f.expectedValid);
    expect(invalid.map((f) => f.id).sort()).toEqual(Object.keys(INVALID).sort());
  });

  it.each(Object.entries(INVALID))("%s fails both layers at the expected field", (id, expected) => {
    const fixture = loadFixtures("collaboration").find((f) => f.id === id);
    if (fixture === undefined) throw new Error(`no fixture ${id}`);
    const result = validateEvent(fixture.payload, fixture.eventType);
    expect(result.valid).toBe(false);
    expect(result.modelViolations.map((v) => [v.field, v.violationType])).toEqual([
      [expected[0], expected[1]],
    ]);
    expect(result.schemaViolations.map((v) => [v.jsonPath, v.validator])).toEqual([
      [expected[2], expected[3]],
    ]);
  });

  it("agrees with the sheet's layer table (§4) on the collaboration rows", () => {
    const warning = {
      warning_id: "w1",
      mission_id: "m",
      participant_ids: ["a", "a"],
      focus_target: { target_type: "wp", target_id: "WP1", extra: 1 },
      severity: "info",
      extra: { nested: true },
    };
    expect(validateEvent(warning, "ConcurrentDriverWarning").valid).toBe(true);
    const join = {
      participant_id: "p1",
      participant_identity: { participant_id: "OTHER", participant_type: "human" },
      mission_id: "m",
    };
    expect(validateEvent(join, "ParticipantJoined").valid).toBe(true);
    const nullName = validateEvent(
      { ...join, participant_identity: { ...join.participant_identity, display_name: null } },
      "ParticipantJoined",
    );
    expect(nullName.valid).toBe(true);
  });
});

describe("collaboration replay streams and goldens", () => {
  it("lists the streams and a golden per mode (no strict golden for the stream strict mode refuses)", () => {
    const entries = loadManifest().fixtures.filter((e) =>
      e.path.startsWith("collaboration/replay/"),
    );
    expect(entries.map((e) => [e.id, e.fixtureType, e.eventType])).toEqual([
      [STREAM, "replay_stream", "mixed"],
      [`${STREAM}_output`, "reducer_output", "ReducedCollaborationState"],
      [`${STREAM}_permissive_output`, "reducer_output", "ReducedCollaborationState"],
      [ANOMALIES, "replay_stream", "mixed"],
      [`${ANOMALIES}_permissive_output`, "reducer_output", "ReducedCollaborationState"],
    ]);
  });

  it("reads the mode of a golden from its file name", () => {
    const model = "ReducedCollaborationState";
    expect(goldenMode(model, `collaboration/replay/${STREAM}_output.json`)).toBeUndefined();
    expect(goldenMode(model, `collaboration/replay/${STREAM}_permissive_output.json`)).toBe(
      "permissive",
    );
    expect(goldenMode(model, "x/y_strict_output.json")).toBe("strict");
    expect(goldenMode(model, "x/y_bogus_output.json")).toBeUndefined();
    expect(goldenMode("ReducedConnectorState", "x/y_permissive_output.json")).toBeUndefined();
  });

  it.each([
    [`${STREAM}_output`, STREAM, "strict"],
    [`${STREAM}_permissive_output`, STREAM, "permissive"],
    [`${ANOMALIES}_permissive_output`, ANOMALIES, "permissive"],
  ])("%s is the reducer output of %s in %s mode", (goldenId, streamId, mode) => {
    const output = reduceCollaborationEvents(parsedStream(streamId), { mode });
    expect(JSON.parse(JSON.stringify(output))).toEqual(loadReducerOutput(goldenId));
    expect(reduceForOutput("ReducedCollaborationState", parsedStream(streamId), mode)).toEqual(
      loadReducerOutput(goldenId),
    );
  });

  it("strict mode refuses the anomalies stream at its third event", () => {
    const events = parsedStream(ANOMALIES);
    expect(() => reduceCollaborationEvents(events)).toThrow(
      `Unknown participant 'p-yusuf' in event ${events[2]?.event_id} (type=DriveIntentSet). Not in mission roster.`,
    );
  });

  // Facts each stream was designed to show, checked on the goldens and the stream text.
  it("mission session: both modes agree, dedup and the filter-first rule as designed", () => {
    const lines = loadReplayStream(STREAM) as { event_id: string; event_type: string }[];
    expect(lines).toHaveLength(35);
    const strict = readFileSync(fixturePath(`collaboration/replay/${STREAM}_output.json`), "utf8");
    const permissive = readFileSync(
      fixturePath(`collaboration/replay/${STREAM}_permissive_output.json`),
      "utf8",
    );
    expect(permissive).toBe(strict);
    const golden = loadReducerOutput(`${STREAM}_output`) as Record<string, unknown>;
    const collab = lines.filter((l) => COLLABORATION_EVENT_TYPES.has(l.event_type));
    expect(new Set(collab.map((l) => l.event_id)).size).toBe(golden.event_count);
    expect(golden.event_count).toBe(33);
    // The SyncIngestAccepted line shares its event id with a join that is still applied.
    const sync = lines.find((l) => l.event_type === "SyncIngestAccepted");
    expect(collab.some((l) => l.event_id === sync?.event_id)).toBe(true);
    expect(Object.keys(golden.participants as object).sort()).toEqual(["42", "p-7c1e-alice"]);
    expect(Object.keys(golden.departed_participants as object)).toEqual(["p-b0b"]);
    expect((golden.anomalies as { reason: string }[]).map((a) => a.reason)).toEqual([
      "Participant '42' already invited or active (duplicate invite)",
      "Participant 'p-b0b' not in roster (duplicate leave or unknown)",
      "Participant 'p-b0b' already invited or active (duplicate invite)",
    ]);
  });

  it("mission session: maps keep the reference's insertion order in the JSON text", () => {
    const text = JSON.stringify(reduceCollaborationEvents(parsedStream(STREAM)));
    const participants = text.slice(
      text.indexOf('"participants":'),
      text.indexOf('"departed_participants":'),
    );
    expect(participants.indexOf('"p-7c1e-alice":')).toBeLessThan(participants.indexOf('"42":'));
    expect(text).toContain(
      '"participants_by_focus":{"step:implement":["42"],"wp:WP03":["p-7c1e-alice"]}',
    );
    expect(text).toContain('"acknowledgements":{"42":"reassign","p-7c1e-alice":"continue"}');
  });

  it("anomalies stream: every anomaly in fold order, the placeholder and a departed presence", () => {
    const golden = loadReducerOutput(`${ANOMALIES}_permissive_output`) as Record<string, unknown>;
    expect(
      (golden.anomalies as { event_type: string; reason: string }[]).map((a) => [
        a.event_type,
        a.reason,
      ]),
    ).toEqual([
      ["DriveIntentSet", "Unknown participant 'p-yusuf'"],
      ["ParticipantJoined", "Duplicate join for participant 'p-yusuf'"],
      [
        "PromptStepExecutionCompleted",
        "No matching PromptStepExecutionStarted for step 'deploy' by participant 'p-yusuf'",
      ],
      ["PresenceHeartbeat", "Participant 'p-ines' has departed"],
      ["CommentPosted", "Participant 'p-ines' has departed"],
      ["PotentialStepCollisionDetected", "Participant 'p-ines' has departed"],
      ["PotentialStepCollisionDetected", `Unknown participant "o'brien"`],
      ["WarningAcknowledged", "Warning 'warn-0000' not found"],
      ["WarningAcknowledged", "Participant 'p-ines' has departed"],
    ]);
    const warnings = golden.warnings as {
      warning_id: string;
      warning_type: string;
      participant_ids: string[];
    }[];
    expect(warnings.map((w) => [w.warning_id, w.warning_type, w.participant_ids])).toEqual([
      ["warn-0009", "PotentialStepCollisionDetected", ["p-yusuf", "p-ines", "o'brien"]],
      ["warn-0000", "UnknownWarning", ["p-yusuf"]],
    ]);
    expect(Object.keys(golden.presence as object)).toEqual(["p-ines"]);
    expect(golden.active_executions).toEqual({ "p-yusuf": ["deploy"] });
    expect(
      (golden.participants as Record<string, { participant_id: string }>)["llm-9"]?.participant_id,
    ).toBe("OTHER");
  });
});

describe("spec-kitty-events replay --reducer collaboration", () => {
  const dir = tempDir();
  beforeAll(requireBuiltCli);
  afterAll(() => dir.cleanup());
  const path = (id: string) => fixturePath(`collaboration/replay/${id}.jsonl`);

  it("--json prints exactly JSON.stringify of the strict and the permissive projection", () => {
    const events = parsedStream(STREAM);
    const strict = runCli(["replay", path(STREAM), "--reducer", "collaboration", "--json"]);
    expect(strict.code).toBe(0);
    expect(strict.stderr).toBe("");
    expect(strict.stdout).toBe(`${JSON.stringify(reduceCollaborationEvents(events))}\n`);
    const anomalies = parsedStream(ANOMALIES);
    const permissive = runCli([
      "replay",
      path(ANOMALIES),
      "--reducer",
      "collaboration",
      "--mode",
      "permissive",
      "--json",
    ]);
    expect(permissive.code).toBe(0);
    expect(permissive.stdout).toBe(
      `${JSON.stringify(reduceCollaborationEvents(anomalies, { mode: "permissive" }))}\n`,
    );
  });

  it("reports the strict refusal with the error class and message; exit 1, nothing on stdout", () => {
    const run = runCli([
      "replay",
      path(ANOMALIES),
      "--reducer",
      "collaboration",
      "--mode",
      "strict",
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const events = parsedStream(ANOMALIES);
    expect(linesOf(run.stderr)).toEqual([
      `replay: the collaboration reducer refused the stream: UnknownParticipantError: Unknown participant 'p-yusuf' in event ${events[2]?.event_id} (type=DriveIntentSet). Not in mission roster.`,
    ]);
  });

  it("prints the readable summary", () => {
    const run = runCli([
      "replay",
      path(ANOMALIES),
      "--reducer",
      "collaboration",
      "--mode",
      "permissive",
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("collaboration projection");
    expect(run.stdout).toMatch(/participants:\s+3\n/);
    expect(run.stdout).toMatch(/anomalies:\s+9\n/);
    expect(run.stdout).toContain(`Unknown participant "o'brien"`);
    expect(run.stdout).toMatch(/warn-0000\s+UnknownWarning \[p-yusuf\]/);
  });

  it("refuses a mode the reducer does not have", () => {
    const run = runCli(["replay", path(STREAM), "--reducer", "collaboration", "--mode", "lenient"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("valid modes: strict, permissive");
  });

  it("validate knows every collaboration type: the valid stream passes, a bad payload is reported", () => {
    const ok = runCli(["validate", path(STREAM), "--strict"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe("summary: events 35, valid 35, invalid 0, unknown types 0\n");
    const [first] = loadReplayStream(STREAM) as Record<string, unknown>[];
    const bad = {
      ...first,
      payload: {
        ...(first?.payload as object),
        participant_identity: { participant_id: "x", participant_type: "bot" },
      },
    };
    const run = runCli(["validate", dir.file("bad.jsonl", jsonl([bad]))]);
    expect(run.code).toBe(1);
    expect(linesOf(run.stdout)).toContainEqual(
      expect.stringMatching(
        /payload\.participant_identity\.participant_type: .+ \[model literal_error\]$/,
      ),
    );
    expect(linesOf(run.stdout)).toContainEqual(
      expect.stringMatching(
        /\$\.payload\.participant_identity\.participant_type: .+ \[schema enum\]$/,
      ),
    );
  });
});
