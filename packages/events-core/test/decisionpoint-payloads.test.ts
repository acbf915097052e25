import { describe, expect, it } from "vitest";
import {
  DECISION_POINT_DISCUSSING,
  DECISION_POINT_EVENT_TYPES,
  DECISION_POINT_OPENED,
  DECISION_POINT_OVERRIDDEN,
  DECISION_POINT_RESOLVED,
  DECISIONPOINT_SCHEMA_VERSION,
} from "../src/families/decisionpoint/constants.js";
import {
  DecisionAuthorityRole,
  DecisionAuthorityRoleSchema,
  DecisionPointState,
  DecisionPointStateSchema,
} from "../src/families/decisionpoint/enums.js";
import { DECISION_POINT_FAMILY } from "../src/families/decisionpoint/family.js";
import {
  DECISION_POINT_PAYLOAD_MODELS,
  DecisionPointDiscussingPayloadSchema,
  DecisionPointOpenedPayloadSchema,
  DecisionPointOverriddenPayloadSchema,
  DecisionPointResolvedPayloadSchema,
} from "../src/families/decisionpoint/payloads.js";
import { type ModelEntries, type ModelSchema, safeParseModel } from "../src/model/model.js";
import { DECISION_POINT_BASE, dpPayload } from "./support/audit-decisionpoint.js";

// The fields of every DecisionPoint payload in the reference's order (sheet §4.3).
const FIELDS = [
  "decision_point_id",
  "mission_id",
  "run_id",
  "feature_slug",
  "phase",
  "actor_id",
  "actor_type",
  "authority_role",
  "mission_owner_authority_flag",
  "mission_owner_authority_path",
  "rationale",
  "alternatives_considered",
  "evidence_refs",
  "state_entered_at",
  "recorded_at",
];

const MODELS: readonly (readonly [ModelSchema<ModelEntries>, string, string])[] = [
  [DecisionPointOpenedPayloadSchema, "DecisionPointOpened", "DecisionPointOpenedPayload"],
  [
    DecisionPointDiscussingPayloadSchema,
    "DecisionPointDiscussing",
    "DecisionPointDiscussingPayload",
  ],
  [DecisionPointResolvedPayloadSchema, "DecisionPointResolved", "DecisionPointResolvedPayload"],
  [
    DecisionPointOverriddenPayloadSchema,
    "DecisionPointOverridden",
    "DecisionPointOverriddenPayload",
  ],
];

function violations(schema: ModelSchema<ModelEntries>, input: unknown): string[][] {
  const result = safeParseModel(schema, input);
  return result.success ? [] : result.issues.map((issue) => [issue.field, issue.violationType]);
}

describe("DecisionPoint constants and enums", () => {
  it("has schema version 2.6.0 and four event types in an immutable set", () => {
    expect(DECISIONPOINT_SCHEMA_VERSION).toBe("2.6.0");
    expect([
      DECISION_POINT_OPENED,
      DECISION_POINT_DISCUSSING,
      DECISION_POINT_RESOLVED,
      DECISION_POINT_OVERRIDDEN,
    ]).toEqual([
      "DecisionPointOpened",
      "DecisionPointDiscussing",
      "DecisionPointResolved",
      "DecisionPointOverridden",
    ]);
    expect([...DECISION_POINT_EVENT_TYPES].sort()).toEqual([
      "DecisionPointDiscussing",
      "DecisionPointOpened",
      "DecisionPointOverridden",
      "DecisionPointResolved",
    ]);
    expect(() => (DECISION_POINT_EVENT_TYPES as Set<string>).add("X")).toThrow(TypeError);
  });

  it("has the enum values of the reference, frozen", () => {
    expect(DecisionPointState).toEqual({
      OPEN: "open",
      DISCUSSING: "discussing",
      RESOLVED: "resolved",
      OVERRIDDEN: "overridden",
    });
    expect(DecisionAuthorityRole).toEqual({
      MISSION_OWNER: "mission_owner",
      ADVISORY: "advisory",
      INFORMED: "informed",
    });
    expect(Object.isFrozen(DecisionPointState) && Object.isFrozen(DecisionAuthorityRole)).toBe(
      true,
    );
    expect(DecisionPointStateSchema.options).toEqual([
      "open",
      "discussing",
      "resolved",
      "overridden",
    ]);
    expect(DecisionAuthorityRoleSchema.name).toBe("DecisionAuthorityRole");
  });
});

describe.each(MODELS)("%o", (schema, eventType, name) => {
  it(`is ${name}, the model of ${eventType}, with the 15 fields in the reference's order`, () => {
    expect(schema.name).toBe(name);
    expect(schema.description).toBe(`Payload for ${eventType} events.`);
    expect(Object.keys(schema.entries)).toEqual(FIELDS);
    expect(
      DECISION_POINT_PAYLOAD_MODELS[eventType as keyof typeof DECISION_POINT_PAYLOAD_MODELS],
    ).toBe(schema);
    const registration = DECISION_POINT_FAMILY.payloads.find((p) => p.eventType === eventType);
    expect(registration?.schemaName).toBe(
      `decision_point_${eventType.slice("DecisionPoint".length).toLowerCase()}_payload`,
    );
  });

  it("requires every field (no defaults)", () => {
    for (const key of FIELDS) {
      const { [key]: _removed, ...rest } = DECISION_POINT_BASE as Record<string, unknown>;
      expect(violations(schema, rest), key).toEqual([[key, "missing"]]);
    }
  });
});

// [field, value, expected violations (path, type); [] = accepted]
const CASES: readonly (readonly [string, unknown, readonly (readonly [string, string])[]])[] = [
  ["decision_point_id", "", [["decision_point_id", "string_too_short"]]],
  ["decision_point_id", 7, [["decision_point_id", "string_type"]]],
  ["decision_point_id", " ", []],
  ["mission_id", null, [["mission_id", "string_type"]]],
  ["run_id", "", [["run_id", "string_too_short"]]],
  ["feature_slug", ["f"], [["feature_slug", "string_type"]]],
  ["phase", "", [["phase", "string_too_short"]]],
  ["phase", "p0", []],
  ["actor_id", "", [["actor_id", "string_too_short"]]],
  ["actor_type", "llm", []],
  ["actor_type", "service", []],
  ["actor_type", "bot", [["actor_type", "string_pattern_mismatch"]]],
  ["actor_type", "Human", [["actor_type", "string_pattern_mismatch"]]],
  ["actor_type", "llm\n", [["actor_type", "string_pattern_mismatch"]]],
  ["actor_type", " human", [["actor_type", "string_pattern_mismatch"]]],
  ["actor_type", 1, [["actor_type", "string_type"]]],
  ["authority_role", "advisory", []],
  ["authority_role", "informed", []],
  ["authority_role", "admin", [["authority_role", "enum"]]],
  ["authority_role", "MISSION_OWNER", [["authority_role", "enum"]]],
  ["authority_role", null, [["authority_role", "enum"]]],
  ["mission_owner_authority_flag", false, []],
  ["mission_owner_authority_flag", "no", []],
  ["mission_owner_authority_flag", "YES", []],
  ["mission_owner_authority_flag", 1, []],
  ["mission_owner_authority_flag", 0, []],
  ["mission_owner_authority_flag", 2, [["mission_owner_authority_flag", "bool_parsing"]]],
  ["mission_owner_authority_flag", " true", [["mission_owner_authority_flag", "bool_parsing"]]],
  ["mission_owner_authority_flag", "1.0", [["mission_owner_authority_flag", "bool_parsing"]]],
  ["mission_owner_authority_flag", 0.5, [["mission_owner_authority_flag", "bool_type"]]],
  ["mission_owner_authority_flag", null, [["mission_owner_authority_flag", "bool_type"]]],
  ["mission_owner_authority_path", "", []],
  ["mission_owner_authority_path", 3, [["mission_owner_authority_path", "string_type"]]],
  ["rationale", "", [["rationale", "string_too_short"]]],
  ["alternatives_considered", [""], []],
  ["alternatives_considered", ["a", "a"], []],
  ["alternatives_considered", [], [["alternatives_considered", "too_short"]]],
  ["alternatives_considered", "A", [["alternatives_considered", "tuple_type"]]],
  ["alternatives_considered", null, [["alternatives_considered", "tuple_type"]]],
  [
    "alternatives_considered",
    [null],
    [
      ["alternatives_considered.0", "string_type"],
      ["alternatives_considered", "too_short"],
    ],
  ],
  ["alternatives_considered", ["x", null], [["alternatives_considered.1", "string_type"]]],
  ["evidence_refs", [], [["evidence_refs", "too_short"]]],
  [
    "evidence_refs",
    [1, 2],
    [
      ["evidence_refs.0", "string_type"],
      ["evidence_refs.1", "string_type"],
      ["evidence_refs", "too_short"],
    ],
  ],
  ["evidence_refs", { a: "b" }, [["evidence_refs", "tuple_type"]]],
  ["state_entered_at", "2026-03-01", []],
  ["state_entered_at", "2026-03-01T10:00:00.5+05:30", []],
  ["state_entered_at", 1700000000, []],
  ["state_entered_at", "1700000000", []],
  ["state_entered_at", "nope", [["state_entered_at", "datetime_from_date_parsing"]]],
  ["state_entered_at", true, [["state_entered_at", "datetime_type"]]],
  ["state_entered_at", null, [["state_entered_at", "datetime_type"]]],
  ["recorded_at", "2026-02-30T00:00:00Z", [["recorded_at", "datetime_from_date_parsing"]]],
  ["recorded_at", [], [["recorded_at", "datetime_type"]]],
];

describe("DecisionPoint payload fields (sheet §4.3, §1.4)", () => {
  it.each(CASES)("%s = %j gives %j", (key, value, expected) => {
    for (const [schema] of MODELS) {
      expect(violations(schema, dpPayload({ [key]: value }))).toEqual(expected);
      expect(schema.test(dpPayload({ [key]: value }))).toBe(expected.length === 0);
    }
  });

  it("keeps coerced values: a flag given as text or number becomes a boolean", () => {
    const parse = (flag: unknown) =>
      safeParseModel(
        DecisionPointOpenedPayloadSchema,
        dpPayload({ mission_owner_authority_flag: flag }),
      ).output?.mission_owner_authority_flag;
    expect([parse("no"), parse("Yes"), parse(1), parse(0), parse("f")]).toEqual([
      false,
      true,
      true,
      false,
      false,
    ]);
  });

  it("ignores and drops unknown keys, and refuses a non-object", () => {
    const parsed = safeParseModel(
      DecisionPointOpenedPayloadSchema,
      dpPayload({ bogus: 1, ["__proto__" as string]: { polluted: true } }),
    );
    expect(parsed.success).toBe(true);
    expect(Object.keys(parsed.output ?? {})).toEqual(FIELDS);
    expect(violations(DecisionPointOpenedPayloadSchema, [])).toEqual([["", "model_type"]]);
    expect(violations(DecisionPointOpenedPayloadSchema, null)).toEqual([["", "model_type"]]);
  });

  it("reports every bad field, in declaration order, with pydantic's messages", () => {
    const result = safeParseModel(
      DecisionPointResolvedPayloadSchema,
      dpPayload({ actor_type: "bot", authority_role: "admin", rationale: "", evidence_refs: [] }),
    );
    expect(result.issues?.map((issue) => [issue.field, issue.message])).toEqual([
      ["actor_type", "String should match pattern '^(human|llm|service)$'"],
      ["authority_role", "Input should be 'mission_owner', 'advisory' or 'informed'"],
      ["rationale", "String should have at least 1 character"],
      ["evidence_refs", "Tuple should have at least 1 item after validation, not 0"],
    ]);
  });
});
