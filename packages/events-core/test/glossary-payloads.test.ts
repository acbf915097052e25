/**
 * Glossary constants and models (family sheet, sections 2.1 and 2.2): names, field order,
 * defaults, and what each model accepts and refuses, with the reference's violation types
 * and paths.
 */
import { describe, expect, it } from "vitest";
import {
  GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT,
  GLOSSARY_CLARIFICATION_REQUESTED,
  GLOSSARY_CLARIFICATION_RESOLVED,
  GLOSSARY_EVENT_TYPES,
  GLOSSARY_SCOPE_ACTIVATED,
  GLOSSARY_SENSE_UPDATED,
  GLOSSARY_STRICTNESS_SET,
  SEMANTIC_CHECK_EVALUATED,
  TERM_CANDIDATE_OBSERVED,
} from "../src/families/glossary/constants.js";
import {
  GenerationBlockedBySemanticConflictPayloadSchema,
  GLOSSARY_PAYLOAD_MODELS,
  GlossaryClarificationRequestedPayloadSchema,
  GlossaryClarificationResolvedPayloadSchema,
  GlossaryScopeActivatedPayloadSchema,
  GlossarySenseUpdatedPayloadSchema,
  GlossaryStrictnessSetPayloadSchema,
  SemanticCheckEvaluatedPayloadSchema,
  SemanticConflictEntrySchema,
  TermCandidateObservedPayloadSchema,
} from "../src/families/glossary/payloads.js";
import { type ModelEntries, type ModelSchema, safeParseModel } from "../src/rules/model.js";
import { GLOSSARY_EXAMPLES } from "./support/glossary-mission-next.js";

/** `[field, violationType]` of each issue of a refused input, `[]` for an accepted one. */
function issuesOf(schema: ModelSchema<ModelEntries>, input: unknown): [string, string][] {
  const parsed = safeParseModel(schema, input);
  // The model's fast verdict agrees with its parse on every input of these tables.
  expect(schema.test(input)).toBe(parsed.success);
  return (parsed.issues ?? []).map((issue) => [issue.field, issue.violationType]);
}

/** The parsed output of an accepted input, as JSON. */
function outputOf(schema: ModelSchema<ModelEntries>, input: unknown): unknown {
  const parsed = safeParseModel(schema, input);
  expect(parsed.success).toBe(true);
  return JSON.parse(JSON.stringify(parsed.output));
}

const CONFLICT = { term: "lane", nature: "drift", severity: "low", description: "" };

describe("glossary constants", () => {
  it("names the eight event types", () => {
    expect([
      GLOSSARY_SCOPE_ACTIVATED,
      TERM_CANDIDATE_OBSERVED,
      SEMANTIC_CHECK_EVALUATED,
      GLOSSARY_CLARIFICATION_REQUESTED,
      GLOSSARY_CLARIFICATION_RESOLVED,
      GLOSSARY_SENSE_UPDATED,
      GENERATION_BLOCKED_BY_SEMANTIC_CONFLICT,
      GLOSSARY_STRICTNESS_SET,
    ]).toEqual([
      "GlossaryScopeActivated",
      "TermCandidateObserved",
      "SemanticCheckEvaluated",
      "GlossaryClarificationRequested",
      "GlossaryClarificationResolved",
      "GlossarySenseUpdated",
      "GenerationBlockedBySemanticConflict",
      "GlossaryStrictnessSet",
    ]);
  });

  it("GLOSSARY_EVENT_TYPES holds exactly the eight types and refuses changes", () => {
    expect([...GLOSSARY_EVENT_TYPES].sort()).toEqual(Object.keys(GLOSSARY_PAYLOAD_MODELS).sort());
    expect(GLOSSARY_EVENT_TYPES.size).toBe(8);
    expect(() => (GLOSSARY_EVENT_TYPES as Set<string>).add("GlossaryX")).toThrow(TypeError);
    expect((GLOSSARY_EVENT_TYPES as ReadonlySet<string>).has("glossaryscopeactivated")).toBe(false);
  });
});

describe("glossary models: names and fields in the reference's order", () => {
  it.each<[ModelSchema<ModelEntries>, string, string[]]>([
    [
      SemanticConflictEntrySchema,
      "SemanticConflictEntry",
      ["term", "nature", "severity", "description"],
    ],
    [
      GlossaryScopeActivatedPayloadSchema,
      "GlossaryScopeActivatedPayload",
      ["mission_id", "scope_id", "scope_type", "glossary_version_id"],
    ],
    [
      TermCandidateObservedPayloadSchema,
      "TermCandidateObservedPayload",
      ["mission_id", "scope_id", "step_id", "term_surface", "confidence", "actor", "step_metadata"],
    ],
    [
      GlossarySenseUpdatedPayloadSchema,
      "GlossarySenseUpdatedPayload",
      ["mission_id", "scope_id", "term_surface", "before_sense", "after_sense", "reason", "actor"],
    ],
    [
      GlossaryStrictnessSetPayloadSchema,
      "GlossaryStrictnessSetPayload",
      ["mission_id", "new_strictness", "previous_strictness", "actor"],
    ],
    [
      SemanticCheckEvaluatedPayloadSchema,
      "SemanticCheckEvaluatedPayload",
      [
        "mission_id",
        "scope_id",
        "step_id",
        "conflicts",
        "severity",
        "confidence",
        "recommended_action",
        "effective_strictness",
        "step_metadata",
      ],
    ],
    [
      GlossaryClarificationRequestedPayloadSchema,
      "GlossaryClarificationRequestedPayload",
      [
        "mission_id",
        "scope_id",
        "step_id",
        "semantic_check_event_id",
        "term",
        "question",
        "options",
        "urgency",
        "actor",
      ],
    ],
    [
      GlossaryClarificationResolvedPayloadSchema,
      "GlossaryClarificationResolvedPayload",
      ["mission_id", "clarification_event_id", "selected_meaning", "actor"],
    ],
    [
      GenerationBlockedBySemanticConflictPayloadSchema,
      "GenerationBlockedBySemanticConflictPayload",
      ["mission_id", "step_id", "conflict_event_ids", "blocking_strictness", "step_metadata"],
    ],
  ])("%#: %s", (schema, name, fields) => {
    expect(schema.name).toBe(name);
    expect(Object.keys(schema.entries)).toEqual(fields);
  });

  it("gives each event type its payload model", () => {
    for (const [type, schema] of Object.entries(GLOSSARY_PAYLOAD_MODELS)) {
      expect(schema.name).toBe(`${type}Payload`);
    }
  });

  it("dumps every field in order, with the defaults filled in and unknown keys dropped", () => {
    expect(
      JSON.stringify(
        safeParseModel(TermCandidateObservedPayloadSchema, {
          actor: "a",
          extra: true,
          confidence: 1,
          term_surface: "t",
          step_id: "s",
          scope_id: "c",
          mission_id: "m",
        }).output,
      ),
    ).toBe(
      '{"mission_id":"m","scope_id":"c","step_id":"s","term_surface":"t","confidence":1,"actor":"a","step_metadata":{}}',
    );
    expect(
      outputOf(GlossarySenseUpdatedPayloadSchema, {
        ...GLOSSARY_EXAMPLES.GlossarySenseUpdated,
        before_sense: undefined,
      }),
    ).toMatchObject({ before_sense: null });
    expect(
      outputOf(GlossaryStrictnessSetPayloadSchema, {
        mission_id: "m",
        new_strictness: "off",
        actor: "a",
      }),
    ).toEqual({ mission_id: "m", new_strictness: "off", previous_strictness: null, actor: "a" });
  });
});

describe("SemanticConflictEntry", () => {
  it.each<[string, unknown, [string, string][]]>([
    ["a complete entry", CONFLICT, []],
    ["an empty description (any text)", { ...CONFLICT, description: "" }, []],
    ["a blank term (no trimming)", { ...CONFLICT, term: " " }, []],
    ["an empty term", { ...CONFLICT, term: "" }, [["term", "string_too_short"]]],
    ["an unknown nature", { ...CONFLICT, nature: "conflict" }, [["nature", "literal_error"]]],
    ["a capitalised severity", { ...CONFLICT, severity: "HIGH" }, [["severity", "literal_error"]]],
    [
      "a missing description",
      { term: "t", nature: "drift", severity: "low" },
      [["description", "missing"]],
    ],
    ["a null description", { ...CONFLICT, description: null }, [["description", "string_type"]]],
    ["a list", [CONFLICT], [["", "model_type"]]],
  ])("%s", (_label, input, expected) => {
    expect(issuesOf(SemanticConflictEntrySchema, input)).toEqual(expected);
  });
});

describe("glossary payload models accept and refuse as the reference", () => {
  const E = GLOSSARY_EXAMPLES;
  it.each<[string, ModelSchema<ModelEntries>, unknown, [string, string][]]>([
    // Scope activation.
    ["scope example", GlossaryScopeActivatedPayloadSchema, E.GlossaryScopeActivated, []],
    [
      "scope_type not a literal",
      GlossaryScopeActivatedPayloadSchema,
      { ...E.GlossaryScopeActivated, scope_type: "invalid_scope" },
      [["scope_type", "literal_error"]],
    ],
    [
      "scope each literal value",
      GlossaryScopeActivatedPayloadSchema,
      { ...E.GlossaryScopeActivated, scope_type: "audience_domain" },
      [],
    ],
    [
      "mission_id empty",
      GlossaryScopeActivatedPayloadSchema,
      { ...E.GlossaryScopeActivated, mission_id: "" },
      [["mission_id", "string_too_short"]],
    ],
    ["payload not an object", GlossaryScopeActivatedPayloadSchema, "scope", [["", "model_type"]]],
    // Term candidates: the bounded float and the dict.
    [
      "confidence as integer",
      TermCandidateObservedPayloadSchema,
      { ...E.TermCandidateObserved, confidence: 1 },
      [],
    ],
    [
      "confidence as text",
      TermCandidateObservedPayloadSchema,
      { ...E.TermCandidateObserved, confidence: "0.5" },
      [],
    ],
    [
      "confidence as true",
      TermCandidateObservedPayloadSchema,
      { ...E.TermCandidateObserved, confidence: true },
      [],
    ],
    [
      "confidence -0.0",
      TermCandidateObservedPayloadSchema,
      { ...E.TermCandidateObserved, confidence: -0 },
      [],
    ],
    [
      "confidence above 1",
      TermCandidateObservedPayloadSchema,
      { ...E.TermCandidateObserved, confidence: 1.01 },
      [["confidence", "less_than_equal"]],
    ],
    [
      "confidence below 0",
      TermCandidateObservedPayloadSchema,
      { ...E.TermCandidateObserved, confidence: -0.1 },
      [["confidence", "greater_than_equal"]],
    ],
    [
      "confidence 'nan' fails the upper bound",
      TermCandidateObservedPayloadSchema,
      { ...E.TermCandidateObserved, confidence: "nan" },
      [["confidence", "less_than_equal"]],
    ],
    [
      "confidence null",
      TermCandidateObservedPayloadSchema,
      { ...E.TermCandidateObserved, confidence: null },
      [["confidence", "float_type"]],
    ],
    [
      "confidence not a number",
      TermCandidateObservedPayloadSchema,
      { ...E.TermCandidateObserved, confidence: "high" },
      [["confidence", "float_parsing"]],
    ],
    [
      "step_metadata with a number value",
      TermCandidateObservedPayloadSchema,
      { ...E.TermCandidateObserved, step_metadata: { primitive: "plan", round: 2 } },
      [["step_metadata.round", "string_type"]],
    ],
    [
      "step_metadata null",
      TermCandidateObservedPayloadSchema,
      { ...E.TermCandidateObserved, step_metadata: null },
      [["step_metadata", "dict_type"]],
    ],
    [
      "step_metadata absent",
      TermCandidateObservedPayloadSchema,
      { ...E.TermCandidateObserved, step_metadata: undefined },
      [],
    ],
    // Sense updates: `reason` is any text, `before_sense` nullable.
    [
      "sense reason empty",
      GlossarySenseUpdatedPayloadSchema,
      { ...E.GlossarySenseUpdated, reason: "" },
      [],
    ],
    [
      "sense reason missing",
      GlossarySenseUpdatedPayloadSchema,
      { ...E.GlossarySenseUpdated, reason: undefined },
      [["reason", "missing"]],
    ],
    [
      "sense after_sense empty",
      GlossarySenseUpdatedPayloadSchema,
      { ...E.GlossarySenseUpdated, after_sense: "" },
      [["after_sense", "string_too_short"]],
    ],
    [
      "sense before_sense empty text",
      GlossarySenseUpdatedPayloadSchema,
      { ...E.GlossarySenseUpdated, before_sense: "" },
      [],
    ],
    [
      "sense before_sense a number",
      GlossarySenseUpdatedPayloadSchema,
      { ...E.GlossarySenseUpdated, before_sense: 3 },
      [["before_sense", "string_type"]],
    ],
    // Strictness.
    [
      "strictness 'extreme'",
      GlossaryStrictnessSetPayloadSchema,
      { ...E.GlossaryStrictnessSet, new_strictness: "extreme" },
      [["new_strictness", "literal_error"]],
    ],
    [
      "strictness previous null",
      GlossaryStrictnessSetPayloadSchema,
      { ...E.GlossaryStrictnessSet, previous_strictness: null },
      [],
    ],
    [
      "strictness previous not a literal",
      GlossaryStrictnessSetPayloadSchema,
      { ...E.GlossaryStrictnessSet, previous_strictness: "none" },
      [["previous_strictness", "literal_error"]],
    ],
    // Semantic checks: nested entries, no cross-field rule.
    [
      "check without conflicts, severity high, action pass",
      SemanticCheckEvaluatedPayloadSchema,
      { ...E.SemanticCheckEvaluated, conflicts: [], severity: "high", recommended_action: "pass" },
      [],
    ],
    [
      "check missing step_id",
      SemanticCheckEvaluatedPayloadSchema,
      { ...E.SemanticCheckEvaluated, step_id: undefined },
      [["step_id", "missing"]],
    ],
    [
      "check conflicts missing",
      SemanticCheckEvaluatedPayloadSchema,
      { ...E.SemanticCheckEvaluated, conflicts: undefined },
      [["conflicts", "missing"]],
    ],
    [
      "check conflicts not a list",
      SemanticCheckEvaluatedPayloadSchema,
      { ...E.SemanticCheckEvaluated, conflicts: CONFLICT },
      [["conflicts", "list_type"]],
    ],
    [
      "check nested entry with a bad nature and an empty term",
      SemanticCheckEvaluatedPayloadSchema,
      {
        ...E.SemanticCheckEvaluated,
        conflicts: [CONFLICT, { ...CONFLICT, term: "", nature: "x" }],
      },
      [
        ["conflicts.1.term", "string_too_short"],
        ["conflicts.1.nature", "literal_error"],
      ],
    ],
    [
      "check nested entry with extra keys",
      SemanticCheckEvaluatedPayloadSchema,
      { ...E.SemanticCheckEvaluated, conflicts: [{ ...CONFLICT, note: "x" }] },
      [],
    ],
    [
      "check effective_strictness not a literal",
      SemanticCheckEvaluatedPayloadSchema,
      { ...E.SemanticCheckEvaluated, effective_strictness: "strict" },
      [["effective_strictness", "literal_error"]],
    ],
    // Clarifications.
    [
      "request without semantic_check_event_id",
      GlossaryClarificationRequestedPayloadSchema,
      { ...E.GlossaryClarificationRequested, semantic_check_event_id: undefined },
      [["semantic_check_event_id", "missing"]],
    ],
    [
      "request with no options and an empty question",
      GlossaryClarificationRequestedPayloadSchema,
      { ...E.GlossaryClarificationRequested, options: [], question: "" },
      [],
    ],
    [
      "request options missing",
      GlossaryClarificationRequestedPayloadSchema,
      { ...E.GlossaryClarificationRequested, options: undefined },
      [["options", "missing"]],
    ],
    [
      "request options with a number",
      GlossaryClarificationRequestedPayloadSchema,
      { ...E.GlossaryClarificationRequested, options: ["a", 2] },
      [["options.1", "string_type"]],
    ],
    [
      "request urgency not a literal",
      GlossaryClarificationRequestedPayloadSchema,
      { ...E.GlossaryClarificationRequested, urgency: "urgent" },
      [["urgency", "literal_error"]],
    ],
    [
      "resolution selected_meaning empty",
      GlossaryClarificationResolvedPayloadSchema,
      { ...E.GlossaryClarificationResolved, selected_meaning: "" },
      [["selected_meaning", "string_too_short"]],
    ],
    // Generation blocks.
    [
      "block with an empty conflict id",
      GenerationBlockedBySemanticConflictPayloadSchema,
      { ...E.GenerationBlockedBySemanticConflict, conflict_event_ids: [""] },
      [],
    ],
    [
      "block without conflict ids",
      GenerationBlockedBySemanticConflictPayloadSchema,
      { ...E.GenerationBlockedBySemanticConflict, conflict_event_ids: [] },
      [["conflict_event_ids", "too_short"]],
    ],
    [
      "block with a null conflict id (list: no too_short)",
      GenerationBlockedBySemanticConflictPayloadSchema,
      { ...E.GenerationBlockedBySemanticConflict, conflict_event_ids: [null] },
      [["conflict_event_ids.0", "string_type"]],
    ],
    [
      "block strictness off",
      GenerationBlockedBySemanticConflictPayloadSchema,
      { ...E.GenerationBlockedBySemanticConflict, blocking_strictness: "off" },
      [["blocking_strictness", "literal_error"]],
    ],
  ])("%s", (_label, schema, input, expected) => {
    expect(issuesOf(schema, input)).toEqual(expected);
  });

  it("keeps lax inputs as their coerced values: '0.5' -> 0.5, true -> 1, -0.0 kept", () => {
    const parse = (confidence: unknown) =>
      safeParseModel(TermCandidateObservedPayloadSchema, {
        ...GLOSSARY_EXAMPLES.TermCandidateObserved,
        confidence,
      }).output?.confidence;
    expect(parse("0.5")).toBe(0.5);
    expect(parse(true)).toBe(1);
    expect(Object.is(parse(-0), -0)).toBe(true);
  });

  it("accepts every example payload, extra keys anywhere included", () => {
    for (const [type, example] of Object.entries(GLOSSARY_EXAMPLES)) {
      const schema = GLOSSARY_PAYLOAD_MODELS[type as keyof typeof GLOSSARY_PAYLOAD_MODELS];
      expect(issuesOf(schema, { ...example, unknown_key: [1] })).toEqual([]);
      expect(outputOf(schema, { ...example, unknown_key: [1] })).toEqual(example);
    }
  });
});
