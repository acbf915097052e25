// The glossary and mission-next families in the conformance package: the validator's
// registrations and layer disagreements (family sheet, section 4), golden modes, and the
// built command on the families' replay streams.
import {
  type Event,
  parseEvent,
  reduceGlossaryEvents,
  reduceMissionNextEvents,
} from "@spec-kitty/events-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { installedFixtures, loadReducerOutput, loadReplayStream } from "../src/fixtures.js";
import { goldenMode, reduceForOutput } from "../src/replay.js";
import { registeredEventTypes, UnknownEventTypeError, validateEvent } from "../src/validate.js";
import { linesOf, requireBuiltCli, runCli, tempDir } from "./cli-support.js";

vi.setConfig({ testTimeout: 60_000 });

const ACTOR = { actor_id: "runtime-claude", actor_type: "llm" };
const CANDIDATE = {
  mission_id: "mission-checkout-v2",
  scope_id: "scope-payments",
  step_id: "step-plan",
  term_surface: "settlement",
  confidence: 0.7,
  actor: "agent-claude",
};
const CHECK = {
  mission_id: "mission-checkout-v2",
  scope_id: "scope-payments",
  step_id: "step-plan",
  conflicts: [{ term: "settlement", nature: "drift", severity: "low", description: "", note: 1 }],
  severity: "low",
  confidence: 0.2,
  recommended_action: "pass",
  effective_strictness: "medium",
  extra: true,
};
const REQUEST = {
  run_id: "run-1",
  decision_id: "d1",
  step_id: "step-a",
  question: "Which database?",
  actor: ACTOR,
};

/** `[layer verdicts, model violations, schema violations]` of a payload. */
function verdict(payload: unknown, eventType: string) {
  const result = validateEvent(payload, eventType);
  return {
    valid: result.valid,
    model: result.modelViolations.map((v) => [v.field, v.violationType]),
    schema: result.schemaViolations.map((v) => [v.jsonPath, v.validator]),
  };
}

describe("validateEvent on the glossary and mission-next types (family sheet, section 4)", () => {
  it("registers the 8 glossary and 6 mission-next payload types, not NextStepPlanned", () => {
    const types = registeredEventTypes();
    for (const type of [
      "GlossaryScopeActivated",
      "TermCandidateObserved",
      "SemanticCheckEvaluated",
      "GlossaryClarificationRequested",
      "GlossaryClarificationResolved",
      "GlossarySenseUpdated",
      "GenerationBlockedBySemanticConflict",
      "GlossaryStrictnessSet",
      "MissionRunStarted",
      "NextStepIssued",
      "NextStepAutoCompleted",
      "DecisionInputRequested",
      "DecisionInputAnswered",
      "MissionRunCompleted",
    ]) {
      expect(types).toContain(type);
    }
    expect(types).not.toContain("NextStepPlanned");
  });

  it("refuses NextStepPlanned as an unknown event type", () => {
    // A run-time string: as a literal, an unregistered name is a type error.
    const planned: string = "NextStepPlanned";
    expect(() => validateEvent({}, planned)).toThrow(UnknownEventTypeError);
    expect(() => validateEvent({}, planned)).toThrow(
      /^Unknown event type: 'NextStepPlanned'\. Known types: \['[A-Z]/,
    );
  });

  it("quirk M3: a run completion under MissionCompleted is not valid for the validator (the lifecycle type)", () => {
    const completion = { run_id: "run-1", mission_key: "software-dev", actor: ACTOR };
    const alias: string = "MissionCompleted";
    if (registeredEventTypes().includes("MissionCompleted")) {
      expect(validateEvent(completion, alias).valid).toBe(false);
    } else {
      expect(() => validateEvent(completion, alias)).toThrow(UnknownEventTypeError);
    }
    expect(validateEvent(completion, "MissionRunCompleted").valid).toBe(true);
  });

  it.each<[string, unknown, string, ReturnType<typeof verdict>]>([
    [
      "confidence as text: model coerces, schema refuses the type",
      { ...CANDIDATE, confidence: "0.5" },
      "TermCandidateObserved",
      { valid: false, model: [], schema: [["$.confidence", "type"]] },
    ],
    [
      "confidence true: model coerces, schema refuses the type",
      { ...CANDIDATE, confidence: true },
      "TermCandidateObserved",
      { valid: false, model: [], schema: [["$.confidence", "type"]] },
    ],
    [
      "confidence 1",
      { ...CANDIDATE, confidence: 1 },
      "TermCandidateObserved",
      { valid: true, model: [], schema: [] },
    ],
    [
      "confidence -0.0",
      { ...CANDIDATE, confidence: -0 },
      "TermCandidateObserved",
      { valid: true, model: [], schema: [] },
    ],
    [
      "actor_type 'llm\\n': the model layer only",
      { ...REQUEST, actor: { ...ACTOR, actor_type: "llm\n" } },
      "DecisionInputRequested",
      { valid: false, model: [["actor.actor_type", "string_pattern_mismatch"]], schema: [] },
    ],
    [
      "display_name null: both layers",
      { ...REQUEST, actor: { ...ACTOR, display_name: null } },
      "DecisionInputRequested",
      {
        valid: false,
        model: [["actor.display_name", "string_type"]],
        schema: [["$.actor.display_name", "type"]],
      },
    ],
    [
      "options null: both layers",
      { ...REQUEST, options: null },
      "DecisionInputRequested",
      { valid: false, model: [["options", "tuple_type"]], schema: [["$.options", "type"]] },
    ],
    [
      "extra keys anywhere, nested conflict entries included",
      CHECK,
      "SemanticCheckEvaluated",
      { valid: true, model: [], schema: [] },
    ],
    [
      "a nested conflict entry with a bad nature: both layers, at the entry",
      { ...CHECK, conflicts: [{ ...CHECK.conflicts[0], nature: "clash" }] },
      "SemanticCheckEvaluated",
      {
        valid: false,
        model: [["conflicts.0.nature", "literal_error"]],
        schema: [["$.conflicts[0].nature", "enum"]],
      },
    ],
  ])("%s", (_label, payload, eventType, expected) => {
    expect(verdict(payload, eventType)).toEqual(expected);
  });
});

describe("golden modes", () => {
  it("reads the mode of a golden from its file name, for a reducer that has it", () => {
    expect(goldenMode("ReducedGlossaryState", "g/replay/s_permissive_output.json")).toBe(
      "permissive",
    );
    expect(goldenMode("ReducedGlossaryState", "g/replay/s_strict_output.json")).toBe("strict");
    expect(goldenMode("ReducedGlossaryState", "g/replay/s-flow_output.json")).toBeUndefined();
    expect(
      goldenMode("ReducedMissionRunState", "m/replay/s_permissive_output.json"),
    ).toBeUndefined();
    expect(
      goldenMode("ReducedConnectorState", "replay/mixed_connector_output.json"),
    ).toBeUndefined();
  });

  it("reduces a permissive golden's stream in permissive mode; the default mode refuses it", () => {
    const store = installedFixtures();
    const events = loadReplayStream("glossary-permissive-anomalies").map((line) =>
      parseEvent(line),
    );
    expect(reduceForOutput("ReducedGlossaryState", events, "permissive")).toEqual(
      store.loadReducerOutput("glossary-permissive-anomalies_permissive_output"),
    );
    expect(() => reduceForOutput("ReducedGlossaryState", events)).toThrow(
      /references unactivated scope '2'/,
    );
  });
});

describe("spec-kitty-events replay on the glossary and mission-next streams", () => {
  const dir = tempDir();
  beforeAll(requireBuiltCli);
  afterAll(() => dir.cleanup());

  const streamFile = (id: string): string =>
    dir.file(
      `${id}.jsonl`,
      loadReplayStream(id)
        .map((line) => `${JSON.stringify(line)}\n`)
        .join(""),
    );
  const parsed = (id: string): Event[] => loadReplayStream(id).map((line) => parseEvent(line));

  it("--reducer glossary --json prints JSON.stringify of the strict projection, equal to the golden", () => {
    const run = runCli([
      "replay",
      streamFile("glossary-mission-flow"),
      "--reducer",
      "glossary",
      "--json",
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(
      `${JSON.stringify(reduceGlossaryEvents(parsed("glossary-mission-flow")))}\n`,
    );
    expect(JSON.parse(run.stdout)).toEqual(loadReducerOutput("glossary-mission-flow_output"));
    // The nested term maps in code-point order: U+FF5E before U+1F512.
    expect(run.stdout.indexOf("\u{FF5E}range")).toBeLessThan(run.stdout.indexOf("\u{1F512} lock"));
  });

  it("--mode permissive records the anomalies; the default (strict) mode refuses the stream, exit 1", () => {
    const file = streamFile("glossary-permissive-anomalies");
    const permissive = runCli([
      "replay",
      file,
      "--reducer",
      "glossary",
      "--mode",
      "permissive",
      "--json",
    ]);
    expect(permissive.code).toBe(0);
    expect(JSON.parse(permissive.stdout)).toEqual(
      loadReducerOutput("glossary-permissive-anomalies_permissive_output"),
    );
    const strict = runCli(["replay", file, "--reducer", "glossary"]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe("");
    expect(linesOf(strict.stderr)).toEqual([
      "replay: the glossary reducer refused the stream: SpecKittyEventsError: Event 01JQH000000000000000000002 references unactivated scope '2'",
    ]);
  });

  it("prints the readable glossary summary", () => {
    const run = runCli([
      "replay",
      streamFile("glossary-permissive-anomalies"),
      "--reducer",
      "glossary",
      "--mode",
      "permissive",
    ]);
    expect(run.code).toBe(0);
    const lines = linesOf(run.stdout);
    expect(lines[0]).toBe("glossary projection");
    expect(lines).toContain("  events:             17 (glossary events after dedup)");
    expect(lines).toContain("  strictness:         off (1 changes)");
    expect(lines).toContain("  clarifications:     4 (1 resolved)");
    expect(lines).toContain("  anomalies:          7");
    expect(lines).toContain(
      "    01JQH000000000000000000009  GlossaryClarificationRequested: Burst cap exceeded: >3 active clarifications for semantic check '01JQH000000000000000000005'",
    );
  });

  it("--reducer mission_next --json prints the projection, equal to the golden; it takes no --mode", () => {
    const id = "mission-next-replay-full-lifecycle";
    const run = runCli(["replay", streamFile(id), "--reducer", "mission_next", "--json"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${JSON.stringify(reduceMissionNextEvents(parsed(id)))}\n`);
    expect(JSON.parse(run.stdout)).toEqual(loadReducerOutput(`${id}_output`));
    const withMode = runCli([
      "replay",
      streamFile(id),
      "--reducer",
      "mission_next",
      "--mode",
      "strict",
    ]);
    expect(withMode.code).not.toBe(0);
    expect(withMode.stderr).toContain("the mission_next reducer takes no --mode");
  });

  it("prints the readable mission-next summary, decision maps in insertion order", () => {
    const run = runCli([
      "replay",
      streamFile("mission-next-anomalies"),
      "--reducer",
      "mission_next",
    ]);
    expect(run.code).toBe(0);
    const lines = linesOf(run.stdout);
    expect(lines.slice(0, 6)).toEqual([
      "mission-next run projection",
      "  events:             19 (mission-next events after dedup)",
      "  run:                run-7f3a",
      "  mission:            software-dev",
      "  status:             completed",
      "  current step:       step-b",
    ]);
    const answered = lines.indexOf("  answered decisions: 2");
    expect(lines.slice(answered + 1, answered + 3)).toEqual([
      "    2  -> yes",
      "    10  -> eu-west",
    ]);
    expect(lines).toContain(
      "    01JMXA00000000000000000018  NextStepIssued: Event after terminal state (MissionRunStatus.COMPLETED)",
    );
  });

  it("validate knows the families' types: every line of the streams passes", () => {
    for (const id of ["glossary-mission-flow", "mission-next-replay-full-lifecycle"]) {
      const run = runCli(["validate", streamFile(id)]);
      expect(run.code, run.stderr).toBe(0);
    }
  });
});
