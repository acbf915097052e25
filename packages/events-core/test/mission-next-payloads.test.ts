/**
 * Mission-next constants, enum and models (family sheet, sections 3.1 and 3.2): names,
 * field order, defaults, and what each model accepts and refuses, with the reference's
 * violation types and paths.
 */
import { describe, expect, it } from "vitest";
import {
  COMPLETION_ALIAS,
  DECISION_INPUT_ANSWERED,
  DECISION_INPUT_REQUESTED,
  MISSION_NEXT_EVENT_TYPES,
  MISSION_NEXT_PAYLOAD_EVENT_TYPES,
  MISSION_RUN_COMPLETED,
  MISSION_RUN_STARTED,
  NEXT_STEP_AUTO_COMPLETED,
  NEXT_STEP_ISSUED,
  NEXT_STEP_PLANNED,
} from "../src/families/mission_next/constants.js";
import {
  MissionRunStatus,
  MissionRunStatusSchema,
  TERMINAL_RUN_STATUSES,
} from "../src/families/mission_next/enums.js";
import {
  DecisionInputAnsweredPayloadSchema,
  DecisionInputRequestedPayloadSchema,
  MISSION_NEXT_PAYLOAD_MODELS,
  MissionRunCompletedPayloadSchema,
  MissionRunStartedPayloadSchema,
  NextStepAutoCompletedPayloadSchema,
  NextStepIssuedPayloadSchema,
  RuntimeActorIdentitySchema,
} from "../src/families/mission_next/payloads.js";
import { type ModelEntries, type ModelSchema, safeParseModel } from "../src/rules/model.js";
import { LLM_ACTOR, MISSION_NEXT_EXAMPLES } from "./support/glossary-mission-next.js";

/** `[field, violationType]` of each issue of a refused input, `[]` for an accepted one. */
function issuesOf(schema: ModelSchema<ModelEntries>, input: unknown): [string, string][] {
  const parsed = safeParseModel(schema, input);
  expect(schema.test(input)).toBe(parsed.success);
  return (parsed.issues ?? []).map((issue) => [issue.field, issue.violationType]);
}

const ACTOR = { actor_id: "user-ada", actor_type: "human" };

describe("mission-next constants and enum", () => {
  it("names the seven event types and the completion alias", () => {
    expect([
      MISSION_RUN_STARTED,
      NEXT_STEP_PLANNED,
      NEXT_STEP_ISSUED,
      NEXT_STEP_AUTO_COMPLETED,
      DECISION_INPUT_REQUESTED,
      DECISION_INPUT_ANSWERED,
      MISSION_RUN_COMPLETED,
      COMPLETION_ALIAS,
    ]).toEqual([
      "MissionRunStarted",
      "NextStepPlanned",
      "NextStepIssued",
      "NextStepAutoCompleted",
      "DecisionInputRequested",
      "DecisionInputAnswered",
      "MissionRunCompleted",
      "MissionCompleted",
    ]);
  });

  it("MISSION_NEXT_EVENT_TYPES holds the 8 strings (alias included) and refuses changes", () => {
    expect(MISSION_NEXT_EVENT_TYPES.size).toBe(8);
    expect(MISSION_NEXT_EVENT_TYPES.has("MissionCompleted")).toBe(true);
    expect(MISSION_NEXT_EVENT_TYPES.has("NextStepPlanned")).toBe(true);
    expect(() => (MISSION_NEXT_EVENT_TYPES as Set<string>).delete("NextStepIssued")).toThrow(
      TypeError,
    );
  });

  it("MissionRunStatus is running | completed; completed is the only terminal status", () => {
    expect(MissionRunStatus).toEqual({ RUNNING: "running", COMPLETED: "completed" });
    expect(Object.isFrozen(MissionRunStatus)).toBe(true);
    expect([...TERMINAL_RUN_STATUSES]).toEqual(["completed"]);
    expect(MissionRunStatusSchema.test("running")).toBe(true);
    expect(MissionRunStatusSchema.test("RUNNING")).toBe(false);
  });

  it("has a payload model for six types: NextStepPlanned and the alias have none of their own", () => {
    expect(Object.keys(MISSION_NEXT_PAYLOAD_MODELS)).toEqual([
      "MissionRunStarted",
      "NextStepIssued",
      "NextStepAutoCompleted",
      "DecisionInputRequested",
      "DecisionInputAnswered",
      "MissionRunCompleted",
    ]);
    for (const [type, schema] of Object.entries(MISSION_NEXT_PAYLOAD_MODELS)) {
      expect(schema.name).toBe(`${type}Payload`);
    }
    expect([...MISSION_NEXT_PAYLOAD_EVENT_TYPES]).toEqual(Object.keys(MISSION_NEXT_PAYLOAD_MODELS));
    expect(
      [...MISSION_NEXT_EVENT_TYPES].filter(
        (type) => !(MISSION_NEXT_PAYLOAD_EVENT_TYPES as ReadonlySet<string>).has(type),
      ),
    ).toEqual(["NextStepPlanned", "MissionCompleted"]);
  });
});

describe("mission-next models: names and fields in the reference's order", () => {
  it.each<[ModelSchema<ModelEntries>, string, string[]]>([
    [
      RuntimeActorIdentitySchema,
      "RuntimeActorIdentity",
      ["actor_id", "actor_type", "display_name", "provider", "model", "tool"],
    ],
    [
      MissionRunStartedPayloadSchema,
      "MissionRunStartedPayload",
      ["run_id", "mission_key", "actor"],
    ],
    [
      NextStepIssuedPayloadSchema,
      "NextStepIssuedPayload",
      ["run_id", "step_id", "agent_id", "actor"],
    ],
    [
      NextStepAutoCompletedPayloadSchema,
      "NextStepAutoCompletedPayload",
      ["run_id", "step_id", "agent_id", "result", "actor"],
    ],
    [
      DecisionInputRequestedPayloadSchema,
      "DecisionInputRequestedPayload",
      ["run_id", "decision_id", "step_id", "question", "options", "input_key", "actor"],
    ],
    [
      DecisionInputAnsweredPayloadSchema,
      "DecisionInputAnsweredPayload",
      ["run_id", "decision_id", "answer", "actor"],
    ],
    [
      MissionRunCompletedPayloadSchema,
      "MissionRunCompletedPayload",
      ["run_id", "mission_key", "actor"],
    ],
  ])("%#: %s", (schema, name, fields) => {
    expect(schema.name).toBe(name);
    expect(Object.keys(schema.entries)).toEqual(fields);
  });

  it("dumps nested payloads in full, defaults included", () => {
    const parsed = safeParseModel(DecisionInputRequestedPayloadSchema, {
      run_id: "r",
      decision_id: "d",
      step_id: "s",
      question: "q",
      actor: ACTOR,
      extra: 1,
    });
    expect(JSON.stringify(parsed.output)).toBe(
      '{"run_id":"r","decision_id":"d","step_id":"s","question":"q","options":[],"input_key":null,' +
        '"actor":{"actor_id":"user-ada","actor_type":"human","display_name":"","provider":null,"model":null,"tool":null}}',
    );
  });
});

describe("RuntimeActorIdentity", () => {
  it.each<[string, unknown, [string, string][]]>([
    ["required fields only", ACTOR, []],
    ["every field", LLM_ACTOR, []],
    ["actor_type service", { ...ACTOR, actor_type: "service" }, []],
    [
      "actor_type with a trailing newline ($ is the true end)",
      { ...ACTOR, actor_type: "llm\n" },
      [["actor_type", "string_pattern_mismatch"]],
    ],
    [
      "actor_type with a leading space",
      { ...ACTOR, actor_type: " llm" },
      [["actor_type", "string_pattern_mismatch"]],
    ],
    [
      "actor_type in capitals",
      { ...ACTOR, actor_type: "LLM" },
      [["actor_type", "string_pattern_mismatch"]],
    ],
    [
      "actor_type system (a connector actor type)",
      { ...ACTOR, actor_type: "system" },
      [["actor_type", "string_pattern_mismatch"]],
    ],
    ["actor_type a number", { ...ACTOR, actor_type: 1 }, [["actor_type", "string_type"]]],
    [
      "display_name null (not nullable)",
      { ...ACTOR, display_name: null },
      [["display_name", "string_type"]],
    ],
    ["display_name empty", { ...ACTOR, display_name: "" }, []],
    ["provider null", { ...ACTOR, provider: null }, []],
    ["model a number", { ...ACTOR, model: 4 }, [["model", "string_type"]]],
    ["actor_id empty", { ...ACTOR, actor_id: "" }, [["actor_id", "string_too_short"]]],
    ["actor_id missing", { actor_type: "llm" }, [["actor_id", "missing"]]],
  ])("%s", (_label, input, expected) => {
    expect(issuesOf(RuntimeActorIdentitySchema, input)).toEqual(expected);
  });

  it("defaults display_name to '' and provider, model, tool to null", () => {
    expect(safeParseModel(RuntimeActorIdentitySchema, ACTOR).output).toEqual({
      ...ACTOR,
      display_name: "",
      provider: null,
      model: null,
      tool: null,
    });
  });
});

describe("mission-next payload models accept and refuse as the reference", () => {
  const E = MISSION_NEXT_EXAMPLES;
  it.each<[string, ModelSchema<ModelEntries>, unknown, [string, string][]]>([
    ["start example", MissionRunStartedPayloadSchema, E.MissionRunStarted, []],
    [
      "start without run_id",
      MissionRunStartedPayloadSchema,
      { mission_key: "k", actor: ACTOR },
      [["run_id", "missing"]],
    ],
    [
      "start without actor",
      MissionRunStartedPayloadSchema,
      { run_id: "r", mission_key: "k" },
      [["actor", "missing"]],
    ],
    [
      "start with an actor that is text",
      MissionRunStartedPayloadSchema,
      { ...E.MissionRunStarted, actor: "agent" },
      [["actor", "model_type"]],
    ],
    [
      "start with a bad nested actor type",
      MissionRunStartedPayloadSchema,
      { ...E.MissionRunStarted, actor: { ...ACTOR, actor_type: "llm\n" } },
      [["actor.actor_type", "string_pattern_mismatch"]],
    ],
    [
      "issued without step_id",
      NextStepIssuedPayloadSchema,
      { run_id: "r", agent_id: "a", actor: ACTOR },
      [["step_id", "missing"]],
    ],
    [
      "auto-completed with a free-text result",
      NextStepAutoCompletedPayloadSchema,
      { ...E.NextStepAutoCompleted, result: "partially done" },
      [],
    ],
    [
      "auto-completed with an empty result",
      NextStepAutoCompletedPayloadSchema,
      { ...E.NextStepAutoCompleted, result: "" },
      [["result", "string_too_short"]],
    ],
    [
      "request without question",
      DecisionInputRequestedPayloadSchema,
      { run_id: "r", decision_id: "d", step_id: "s", actor: ACTOR },
      [["question", "missing"]],
    ],
    [
      "request with null options (tuple)",
      DecisionInputRequestedPayloadSchema,
      { ...E.DecisionInputRequested, options: null },
      [["options", "tuple_type"]],
    ],
    [
      "request with an option that is not text",
      DecisionInputRequestedPayloadSchema,
      { ...E.DecisionInputRequested, options: ["a", null] },
      [["options.1", "string_type"]],
    ],
    [
      "request with an input key",
      DecisionInputRequestedPayloadSchema,
      { ...E.DecisionInputRequested, input_key: "input:db-password" },
      [],
    ],
    [
      "answer with an empty answer",
      DecisionInputAnsweredPayloadSchema,
      { ...E.DecisionInputAnswered, answer: "" },
      [["answer", "string_too_short"]],
    ],
    [
      "completion as a lifecycle MissionCompleted payload",
      MissionRunCompletedPayloadSchema,
      { mission_id: "m", mission_type: "software-dev", final_phase: "done" },
      [
        ["run_id", "missing"],
        ["mission_key", "missing"],
        ["actor", "missing"],
      ],
    ],
  ])("%s", (_label, schema, input, expected) => {
    expect(issuesOf(schema, input)).toEqual(expected);
  });

  it("accepts every example payload, extra keys included", () => {
    for (const [type, example] of Object.entries(E)) {
      const schema = MISSION_NEXT_PAYLOAD_MODELS[type as keyof typeof MISSION_NEXT_PAYLOAD_MODELS];
      expect(issuesOf(schema, { ...example, unknown: true })).toEqual([]);
    }
  });
});
