/**
 * The glossary and mission_next fixture categories: the cases the family sheet asks for (at
 * least the reference's counts), each payload case's verdict on both layers, the replay
 * streams as designed, and the facts each golden output was designed to show (checked against
 * the goldens, independently of the reducers).
 */
import {
  fixtureCategory,
  loadFixtures,
  loadManifest,
  loadReducerOutput,
  loadReplayStream,
  validateEvent,
} from "@spec-kitty/events-conformance";
import {
  type Event,
  parseEvent,
  reduceGlossaryEvents,
  reduceMissionNextEvents,
} from "@spec-kitty/events-core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const entries = loadManifest().fixtures;

function ofCategory(category: string) {
  return entries.filter((entry) => fixtureCategory(entry) === category);
}

describe("fixture inventory of the glossary and mission_next categories", () => {
  it.each([
    ["glossary", 9, 3, "2.0.0"],
    ["mission_next", 6, 3, "2.3.0"],
  ] as const)(
    "%s holds at least %i valid and %i invalid cases (min_version %s)",
    (category, valid, invalid, version) => {
      const cases = loadFixtures(category);
      expect(cases.filter((c) => c.expectedValid).length).toBeGreaterThanOrEqual(valid);
      expect(cases.filter((c) => !c.expectedValid).length).toBeGreaterThanOrEqual(invalid);
      for (const fixture of cases) expect(fixture.minVersion).toBe(version);
    },
  );

  it("lists the replay streams and their goldens", () => {
    const streams = [...ofCategory("glossary"), ...ofCategory("mission_next")]
      .filter((e) => e.fixtureType !== null)
      .map((e) => [e.id, e.fixtureType, e.eventType]);
    expect(streams).toEqual([
      ["glossary-mission-flow", "replay_stream", "mixed"],
      ["glossary-mission-flow_output", "reducer_output", "ReducedGlossaryState"],
      ["glossary-mission-flow_permissive_output", "reducer_output", "ReducedGlossaryState"],
      ["glossary-permissive-anomalies", "replay_stream", "mixed"],
      ["glossary-permissive-anomalies_permissive_output", "reducer_output", "ReducedGlossaryState"],
      ["mission-next-replay-full-lifecycle", "replay_stream", "mixed"],
      ["mission-next-replay-full-lifecycle_output", "reducer_output", "ReducedMissionRunState"],
      ["mission-next-anomalies", "replay_stream", "mixed"],
      ["mission-next-anomalies_output", "reducer_output", "ReducedMissionRunState"],
    ]);
  });
});

describe("payload cases", () => {
  const valid = ["glossary", "mission_next"].flatMap((category) =>
    loadFixtures(category).filter((fixture) => fixture.expectedValid),
  );

  it.each(valid.map((fixture) => [fixture.id, fixture] as const))(
    "%s passes both layers",
    (_id, fixture) => {
      const result = validateEvent(fixture.payload, fixture.eventType);
      expect(result.modelViolations).toEqual([]);
      expect(result.schemaViolations).toEqual([]);
      expect(result.valid).toBe(true);
    },
  );

  // The one expected violation of each invalid case, per layer (written from the family sheet).
  const INVALID: Record<
    string,
    [field: string, type: string, jsonPath: string, validator: string]
  > = {
    "glossary-semantic-check-missing-step-id": ["step_id", "missing", "$", "required"],
    "glossary-scope-invalid-type": ["scope_type", "literal_error", "$.scope_type", "enum"],
    "glossary-clarification-missing-check-ref": [
      "semantic_check_event_id",
      "missing",
      "$",
      "required",
    ],
    "glossary-generation-blocked-no-conflict-ids": [
      "conflict_event_ids",
      "too_short",
      "$.conflict_event_ids",
      "minItems",
    ],
    "glossary-term-candidate-confidence-above-one": [
      "confidence",
      "less_than_equal",
      "$.confidence",
      "maximum",
    ],
    "mission-next-run-started-missing-run-id": ["run_id", "missing", "$", "required"],
    "mission-next-step-issued-missing-step-id": ["step_id", "missing", "$", "required"],
    "mission-next-decision-requested-missing-question": ["question", "missing", "$", "required"],
    "mission-next-decision-requested-null-options": ["options", "tuple_type", "$.options", "type"],
    "mission-next-actor-null-display-name": [
      "actor.display_name",
      "string_type",
      "$.actor.display_name",
      "type",
    ],
  };

  const invalid = ["glossary", "mission_next"].flatMap((category) =>
    loadFixtures(category).filter((fixture) => !fixture.expectedValid),
  );

  it("has an expectation for every invalid case", () => {
    expect(invalid.map((fixture) => fixture.id).sort()).toEqual(Object.keys(INVALID).sort());
  });

  it.each(invalid.map((fixture) => [fixture.id, fixture] as const))(
    "%s fails both layers at the expected field",
    (id, fixture) => {
      const [field, type, jsonPath, validator] = INVALID[id] ?? [];
      const result = validateEvent(fixture.payload, fixture.eventType);
      expect(result.valid).toBe(false);
      expect(result.modelViolations.map((v) => [v.field, v.violationType])).toEqual([
        [field, type],
      ]);
      expect(result.schemaViolations.map((v) => [v.jsonPath, v.validator])).toEqual([
        [jsonPath, validator],
      ]);
    },
  );
});

function parsedStream(id: string): Event[] {
  return loadReplayStream(id).map((line) => parseEvent(line));
}

describe("replay streams", () => {
  it.each([
    ["glossary-mission-flow", 16],
    ["glossary-permissive-anomalies", 17],
    ["mission-next-replay-full-lifecycle", 8],
    ["mission-next-anomalies", 21],
  ] as const)("%s has %i lines, each a valid envelope", (id, count) => {
    const lines = loadReplayStream(id);
    expect(lines).toHaveLength(count);
    lines.forEach((line, index) => {
      expect(validateEvent(line, "Event").valid, `${id} line ${index + 1}`).toBe(true);
    });
  });

  it("the full mission-next lifecycle is the stream of the family sheet (section 6)", () => {
    const events = parsedStream("mission-next-replay-full-lifecycle");
    expect(events.map((e) => e.event_type)).toEqual([
      "MissionRunStarted",
      "NextStepIssued",
      "NextStepAutoCompleted",
      "NextStepIssued",
      "DecisionInputRequested",
      "DecisionInputAnswered",
      "NextStepAutoCompleted",
      "MissionRunCompleted",
    ]);
    expect(events.map((e) => e.lamport_clock)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(events.map((e) => e.event_id)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((i) => `01JMRP0000000000000000EVT${i}`),
    );
    expect(events.map((e) => JSON.parse(JSON.stringify(e.timestamp)))).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7].map((m) => `2026-02-17T10:0${m}:00Z`),
    );
    expect(new Set(events.map((e) => e.correlation_id)).size).toBe(1);
    expect(events.map((e) => e.causation_id)).toEqual([
      null,
      ...events.slice(0, -1).map((e) => e.event_id),
    ]);
    expect(events[4]?.payload).toMatchObject({ decision_id: "input:db-password" });
    expect(events[5]?.payload).toMatchObject({ answer: "use-env-var" });
  });
});

describe("golden outputs: the facts each stream was designed to show", () => {
  it("full lifecycle: the reference test's assertions", () => {
    const golden = loadReducerOutput("mission-next-replay-full-lifecycle_output") as Record<
      string,
      unknown
    >;
    expect(golden).toMatchObject({
      run_id: "replay-run-001",
      mission_key: "replay-mission",
      run_status: "completed",
      current_step_id: null,
      completed_steps: ["step-setup-env", "step-configure-db"],
      pending_decisions: {},
      anomalies: [],
      event_count: 8,
      last_processed_event_id: "01JMRP0000000000000000EVT8",
    });
    expect(golden.answered_decisions).toEqual({
      "input:db-password": {
        run_id: "replay-run-001",
        decision_id: "input:db-password",
        answer: "use-env-var",
        actor: {
          actor_id: "user-robert",
          actor_type: "human",
          display_name: "Robert",
          provider: null,
          model: null,
          tool: null,
        },
      },
    });
  });

  it("mission-next anomalies: one anomaly per refusal, in stream order", () => {
    const golden = loadReducerOutput("mission-next-anomalies_output") as {
      anomalies: { event_type: string; reason: string }[];
      answered_decisions: Record<string, { actor: Record<string, unknown> }>;
      [key: string]: unknown;
    };
    expect(golden.anomalies.map((a) => [a.event_type, a.reason])).toEqual([
      ["NextStepIssued", "Event before MissionRunStarted"],
      ["DecisionInputAnswered", "Event before MissionRunStarted"],
      ["MissionRunStarted", "Duplicate MissionRunStarted (first one wins)"],
      ["NextStepIssued", "run_id mismatch: expected 'run-7f3a', got 'run-other'"],
      ["DecisionInputRequested", "Duplicate decision request '2'"],
      ["NextStepIssued", "Event after terminal state (MissionRunStatus.COMPLETED)"],
      ["MissionRunCompleted", "Duplicate completion (terminal idempotency)"],
      ["MissionRunStarted", "Event after terminal state (MissionRunStatus.COMPLETED)"],
    ]);
    expect(golden).toMatchObject({
      run_id: "run-7f3a",
      mission_key: "software-dev",
      run_status: "completed",
      current_step_id: "step-b",
      completed_steps: ["step-a", "step-x"],
      event_count: 19,
    });
    expect(Object.keys(golden.pending_decisions as object)).toEqual(["2"]);
    expect(Object.keys(golden.answered_decisions).sort()).toEqual(["10", "2"]);
    expect(golden.answered_decisions["10"]?.actor).toEqual({
      actor_id: "user-robert",
      actor_type: "human",
      display_name: "",
      provider: null,
      model: null,
      tool: null,
    });
  });

  it("glossary mission flow: no anomaly, the re-delivered request counted once, the extra key dropped", () => {
    const golden = loadReducerOutput("glossary-mission-flow_output") as Record<string, unknown>;
    expect(golden).toMatchObject({
      mission_id: "mission-checkout-v2",
      current_strictness: "max",
      anomalies: [],
      event_count: 14,
    });
    const candidates = golden.term_candidates as Record<
      string,
      Record<string, { confidence: number }[]>
    >;
    expect(candidates["scope-payments"]?.settlement?.map((c) => c.confidence)).toEqual([0.7, 0.9]);
    expect(JSON.stringify(candidates)).not.toContain("source_line");
    const clarifications = golden.clarifications as { resolved: boolean }[];
    expect(clarifications.map((c) => c.resolved)).toEqual([true, false]);
    expect(loadReducerOutput("glossary-mission-flow_permissive_output")).toEqual(golden);
  });

  it("glossary permissive anomalies: the catalogue texts and the quirks, in order", () => {
    const golden = loadReducerOutput("glossary-permissive-anomalies_permissive_output") as {
      anomalies: { reason: string }[];
      clarifications: { request_event_id: string; resolved: boolean }[];
      term_candidates: Record<string, unknown>;
    };
    expect(golden.anomalies.map((a) => a.reason)).toEqual([
      "References unactivated scope '2'",
      `Sense update for unobserved term 'it's "ledger"'`,
      "Burst cap exceeded: >3 active clarifications for semantic check '01JQH000000000000000000005'",
      "Resolution for unknown clarification '01JQH000000000000000000009'",
      "References unknown semantic check '01jqh000000000000000000005'",
      "References unactivated scope '2'",
      "References unknown semantic check 'chk-unknown'",
    ]);
    expect(golden.clarifications).toHaveLength(4);
    expect(Object.keys(golden.term_candidates).sort()).toEqual(["10", "2"]);
  });
});

describe("reducer properties on the replay streams", () => {
  const CASES = [
    [
      "glossary-mission-flow_output",
      "glossary-mission-flow",
      (e: Event[]) => reduceGlossaryEvents(e),
    ],
    [
      "glossary-permissive-anomalies_permissive_output",
      "glossary-permissive-anomalies",
      (e: Event[]) => reduceGlossaryEvents(e, { mode: "permissive" }),
    ],
    [
      "mission-next-replay-full-lifecycle_output",
      "mission-next-replay-full-lifecycle",
      (e: Event[]) => reduceMissionNextEvents(e),
    ],
    [
      "mission-next-anomalies_output",
      "mission-next-anomalies",
      (e: Event[]) => reduceMissionNextEvents(e),
    ],
  ] as const;

  it.each(CASES)(
    "%s: same output for any order of the events, with any events duplicated",
    (goldenId, streamId, reduce) => {
      const events = parsedStream(streamId);
      const expected = loadReducerOutput(goldenId);
      const reordered = fc
        .array(fc.nat({ max: events.length - 1 }), { maxLength: 6 })
        .chain((duplicates) => {
          const all = [...events, ...duplicates.map((i) => events[i] as Event)];
          return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
        });
      fc.assert(
        fc.property(reordered, (input) => {
          expect(JSON.parse(JSON.stringify(reduce(input)))).toEqual(expected);
        }),
        { numRuns: 100 },
      );
    },
  );
});
