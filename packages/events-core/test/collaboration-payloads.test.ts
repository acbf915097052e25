import { describe, expect, it } from "vitest";
import {
  COLLABORATION_EVENT_TYPES,
  COLLABORATION_SCHEMA_VERSION,
  COMMENT_POSTED,
  CONCURRENT_DRIVER_WARNING,
  DECISION_CAPTURED,
  DRIVE_INTENT_SET,
  FOCUS_CHANGED,
  PARTICIPANT_INVITED,
  PARTICIPANT_JOINED,
  PARTICIPANT_LEFT,
  POTENTIAL_STEP_COLLISION_DETECTED,
  PRESENCE_HEARTBEAT,
  PROMPT_STEP_EXECUTION_COMPLETED,
  PROMPT_STEP_EXECUTION_STARTED,
  SESSION_LINKED,
  WARNING_ACKNOWLEDGED,
} from "../src/families/collaboration/constants.js";
import { COLLABORATION_FAMILY } from "../src/families/collaboration/family.js";
import {
  AuthPrincipalBindingSchema,
  COLLABORATION_PAYLOAD_MODELS,
  FocusTargetSchema,
  ParticipantIdentitySchema,
} from "../src/families/collaboration/payloads.js";
import { type ModelEntries, type ModelSchema, safeParseModel } from "../src/model/model.js";
import { EVENT_TYPE_REGISTRY, PUBLISHED_SCHEMAS } from "../src/registry.js";
import { COLLABORATION_EXAMPLES } from "./support/collaboration.js";

/** Field order of each payload model (sheet §1.3). */
const FIELDS: Readonly<Record<string, readonly string[]>> = {
  ParticipantInvited: ["participant_id", "participant_identity", "invited_by", "mission_id"],
  ParticipantJoined: ["participant_id", "participant_identity", "mission_id", "auth_principal_id"],
  ParticipantLeft: ["participant_id", "mission_id", "reason"],
  PresenceHeartbeat: ["participant_id", "mission_id", "session_id"],
  DriveIntentSet: ["participant_id", "mission_id", "intent"],
  FocusChanged: ["participant_id", "mission_id", "focus_target", "previous_focus_target"],
  PromptStepExecutionStarted: [
    "participant_id",
    "mission_id",
    "step_id",
    "wp_id",
    "step_description",
  ],
  PromptStepExecutionCompleted: ["participant_id", "mission_id", "step_id", "wp_id", "outcome"],
  ConcurrentDriverWarning: [
    "warning_id",
    "mission_id",
    "participant_ids",
    "focus_target",
    "severity",
  ],
  PotentialStepCollisionDetected: [
    "warning_id",
    "mission_id",
    "participant_ids",
    "step_id",
    "wp_id",
    "severity",
  ],
  WarningAcknowledged: ["participant_id", "mission_id", "warning_id", "acknowledgement"],
  CommentPosted: ["participant_id", "mission_id", "comment_id", "content", "reply_to"],
  DecisionCaptured: [
    "participant_id",
    "mission_id",
    "decision_id",
    "topic",
    "chosen_option",
    "rationale",
    "referenced_warning_id",
  ],
  SessionLinked: [
    "participant_id",
    "mission_id",
    "primary_session_id",
    "linked_session_id",
    "link_type",
  ],
};

/** Optional fields (default `null`) of each payload model. */
const OPTIONAL: Readonly<Record<string, readonly string[]>> = {
  ParticipantJoined: ["auth_principal_id"],
  ParticipantLeft: ["reason"],
  PresenceHeartbeat: ["session_id"],
  FocusChanged: ["previous_focus_target"],
  PromptStepExecutionStarted: ["wp_id", "step_description"],
  PromptStepExecutionCompleted: ["wp_id"],
  PotentialStepCollisionDetected: ["wp_id"],
  CommentPosted: ["reply_to"],
  DecisionCaptured: ["rationale", "referenced_warning_id"],
};

function issuesOf(model: ModelSchema<ModelEntries>, input: unknown): [string, string][] {
  const parsed = safeParseModel(model, input);
  return (parsed.issues ?? []).map((issue) => [issue.field, issue.violationType]);
}

describe("collaboration constants", () => {
  it("has the schema version and the 14 event types, immutable", () => {
    expect(COLLABORATION_SCHEMA_VERSION).toBe("2.7.0");
    expect([...COLLABORATION_EVENT_TYPES]).toEqual([
      "ParticipantInvited",
      "ParticipantJoined",
      "ParticipantLeft",
      "PresenceHeartbeat",
      "DriveIntentSet",
      "FocusChanged",
      "PromptStepExecutionStarted",
      "PromptStepExecutionCompleted",
      "ConcurrentDriverWarning",
      "PotentialStepCollisionDetected",
      "WarningAcknowledged",
      "CommentPosted",
      "DecisionCaptured",
      "SessionLinked",
    ]);
    expect([
      PARTICIPANT_INVITED,
      PARTICIPANT_JOINED,
      PARTICIPANT_LEFT,
      PRESENCE_HEARTBEAT,
      DRIVE_INTENT_SET,
      FOCUS_CHANGED,
      PROMPT_STEP_EXECUTION_STARTED,
      PROMPT_STEP_EXECUTION_COMPLETED,
      CONCURRENT_DRIVER_WARNING,
      POTENTIAL_STEP_COLLISION_DETECTED,
      WARNING_ACKNOWLEDGED,
      COMMENT_POSTED,
      DECISION_CAPTURED,
      SESSION_LINKED,
    ]).toEqual([...COLLABORATION_EVENT_TYPES]);
    expect(() => (COLLABORATION_EVENT_TYPES as Set<string>).add("Foo")).toThrow(TypeError);
    expect(COLLABORATION_EVENT_TYPES.has("participantjoined")).toBe(false);
  });

  it("registers each type with its schema name, and publishes the three nested models", () => {
    for (const type of COLLABORATION_EVENT_TYPES) {
      const registration = EVENT_TYPE_REGISTRY.get(type);
      const snake = `${type.replace(/(?<!^)([A-Z])/g, "_$1").toLowerCase()}_payload`;
      expect(registration?.schemaName, type).toBe(snake);
      expect(registration?.model).toBe(
        COLLABORATION_PAYLOAD_MODELS[type as keyof typeof COLLABORATION_PAYLOAD_MODELS],
      );
    }
    expect(PUBLISHED_SCHEMAS.get("participant_identity")).toEqual({
      kind: "model",
      schemaName: "participant_identity",
      model: ParticipantIdentitySchema,
    });
    expect(PUBLISHED_SCHEMAS.get("auth_principal_binding")).toEqual({
      kind: "model",
      schemaName: "auth_principal_binding",
      model: AuthPrincipalBindingSchema,
    });
    expect(PUBLISHED_SCHEMAS.get("focus_target")).toEqual({
      kind: "model",
      schemaName: "focus_target",
      model: FocusTargetSchema,
    });
    expect(COLLABORATION_FAMILY.since).toBe("2.1.0");
    expect(COLLABORATION_FAMILY.reducer?.modes).toEqual(["strict", "permissive"]);
    expect(COLLABORATION_FAMILY.reducer?.outputModel).toBe("ReducedCollaborationState");
  });
});

describe("ParticipantIdentity", () => {
  it("fills the optional fields with null and keeps the field order; extra keys are dropped", () => {
    const parsed = safeParseModel(ParticipantIdentitySchema, {
      extra: 1,
      participant_type: "llm_context",
      participant_id: " ",
    });
    expect(JSON.stringify(parsed.output)).toBe(
      '{"participant_id":" ","participant_type":"llm_context","display_name":null,"session_id":null}',
    );
  });

  it.each([
    [{ participant_type: "human" }, [["participant_id", "missing"]]],
    [{ participant_id: "", participant_type: "human" }, [["participant_id", "string_too_short"]]],
    [{ participant_id: 7, participant_type: "human" }, [["participant_id", "string_type"]]],
    [{ participant_id: "p", participant_type: "Human" }, [["participant_type", "literal_error"]]],
    [{ participant_id: "p", participant_type: "bot" }, [["participant_type", "literal_error"]]],
    [
      { participant_id: "p", participant_type: "human", display_name: 3 },
      [["display_name", "string_type"]],
    ],
    [
      { participant_id: "p", participant_type: "human", session_id: [] },
      [["session_id", "string_type"]],
    ],
    [null, [["", "model_type"]]],
    [["p"], [["", "model_type"]]],
  ])("rejects %j", (input, expected) => {
    expect(issuesOf(ParticipantIdentitySchema, input)).toEqual(expected);
  });

  it("accepts an empty display name and session id (no minimum)", () => {
    expect(
      ParticipantIdentitySchema.test({
        participant_id: "p",
        participant_type: "human",
        display_name: "",
        session_id: "",
      }),
    ).toBe(true);
  });
});

describe("FocusTarget", () => {
  it.each([
    [{ target_type: "wp", target_id: "WP01" }, []],
    [{ target_type: "step", target_id: " " }, []],
    [{ target_type: "file", target_id: "a.py", extra: true }, []],
    [{ target_type: "WP", target_id: "WP01" }, [["target_type", "literal_error"]]],
    [{ target_type: "wp", target_id: "" }, [["target_id", "string_too_short"]]],
    [{ target_id: "x" }, [["target_type", "missing"]]],
    [
      {},
      [
        ["target_type", "missing"],
        ["target_id", "missing"],
      ],
    ],
    ["wp:WP01", [["", "model_type"]]],
  ])("%j gives %j", (input, expected) => {
    expect(issuesOf(FocusTargetSchema, input)).toEqual(expected);
  });

  it("writes the literal choices as the reference does", () => {
    const parsed = safeParseModel(FocusTargetSchema, { target_type: "repo", target_id: "x" });
    expect(parsed.issues?.[0]?.message).toBe("Input should be 'wp', 'step' or 'file'");
  });
});

describe("AuthPrincipalBinding", () => {
  it("parses bound_at with the datetime rules and writes its JSON form", () => {
    const parsed = safeParseModel(AuthPrincipalBindingSchema, {
      auth_principal_id: "auth0|1",
      participant_id: "p1",
      bound_at: "2026-03-02 09:00:00.500+00:00",
    });
    expect(JSON.stringify(parsed.output)).toBe(
      '{"auth_principal_id":"auth0|1","participant_id":"p1","bound_at":"2026-03-02T09:00:00.500000Z"}',
    );
  });

  it.each([
    [
      { participant_id: "p1", bound_at: "2026-03-02T09:00:00Z" },
      [["auth_principal_id", "missing"]],
    ],
    [
      { auth_principal_id: "", participant_id: "p1", bound_at: "2026-03-02T09:00:00Z" },
      [["auth_principal_id", "string_too_short"]],
    ],
    [
      { auth_principal_id: "a", participant_id: "p1", bound_at: "yesterday" },
      [["bound_at", "datetime_from_date_parsing"]],
    ],
    [
      { auth_principal_id: "a", participant_id: "p1", bound_at: true },
      [["bound_at", "datetime_type"]],
    ],
  ])("rejects %j", (input, expected) => {
    expect(issuesOf(AuthPrincipalBindingSchema, input)).toEqual(expected);
  });
});

describe("collaboration payload models", () => {
  for (const [type, fields] of Object.entries(FIELDS)) {
    const model = COLLABORATION_PAYLOAD_MODELS[type as keyof typeof COLLABORATION_PAYLOAD_MODELS];
    const example = COLLABORATION_EXAMPLES[type] ?? {};

    it(`${type}: accepts the example and dumps its fields in the reference's order`, () => {
      const parsed = safeParseModel(model, { unknown_key: "dropped", ...example });
      expect(parsed.success).toBe(true);
      expect(Object.keys(parsed.output ?? {})).toEqual(fields);
      expect(model.name).toBe(`${type}Payload`);
      expect(model.description).toBe(`Typed payload for ${type} events.`);
    });

    it(`${type}: every field but the optional ones is required; optional ones default to null`, () => {
      const optional = OPTIONAL[type] ?? [];
      for (const field of fields) {
        const { [field]: _removed, ...rest } = example;
        const issues = issuesOf(model, rest);
        if (optional.includes(field)) {
          expect(issues, field).toEqual([]);
          expect((safeParseModel(model, rest).output as Record<string, unknown>)[field]).toBe(null);
        } else {
          expect(issues, field).toEqual([[field, "missing"]]);
        }
      }
    });

    it(`${type}: required strings refuse "" and non-strings; " " is accepted`, () => {
      const optional = OPTIONAL[type] ?? [];
      const texts = fields.filter(
        (field) => typeof example[field] === "string" && !optional.includes(field),
      );
      const literals = new Set(["intent", "outcome", "severity", "acknowledgement", "link_type"]);
      for (const field of texts.filter((f) => !literals.has(f))) {
        expect(issuesOf(model, { ...example, [field]: "" }), field).toEqual([
          [field, "string_too_short"],
        ]);
        expect(issuesOf(model, { ...example, [field]: 5 }), field).toEqual([
          [field, "string_type"],
        ]);
        expect(issuesOf(model, { ...example, [field]: " " }), field).toEqual([]);
      }
      for (const field of optional) {
        expect(issuesOf(model, { ...example, [field]: null }), field).toEqual([]);
      }
    });
  }

  it.each([
    ["DriveIntentSet", "intent", ["active", "inactive"], "Active"],
    ["PromptStepExecutionCompleted", "outcome", ["success", "failure", "skipped"], "done"],
    ["ConcurrentDriverWarning", "severity", ["info", "warning"], "error"],
    ["PotentialStepCollisionDetected", "severity", ["info", "warning"], "critical"],
    ["WarningAcknowledged", "acknowledgement", ["continue", "hold", "reassign", "defer"], "ok"],
    ["SessionLinked", "link_type", ["cli_to_saas", "saas_to_cli"], "cli_to_cli"],
  ])("%s.%s accepts exactly %j", (type, field, values, wrong) => {
    const model = COLLABORATION_PAYLOAD_MODELS[type as keyof typeof COLLABORATION_PAYLOAD_MODELS];
    const example = COLLABORATION_EXAMPLES[type] ?? {};
    for (const value of values) expect(issuesOf(model, { ...example, [field]: value })).toEqual([]);
    expect(issuesOf(model, { ...example, [field]: wrong })).toEqual([[field, "literal_error"]]);
    expect(issuesOf(model, { ...example, [field]: null })).toEqual([[field, "literal_error"]]);
  });

  it.each([
    [["p1"], [["participant_ids", "too_short"]]],
    [[], [["participant_ids", "too_short"]]],
    [["p1", "p1"], []],
    [["", ""], []],
    [["p1", 5], [["participant_ids.1", "string_type"]]],
    ["p1,p2", [["participant_ids", "list_type"]]],
    [null, [["participant_ids", "list_type"]]],
  ])("participant_ids %j gives %j (both warning payloads)", (ids, expected) => {
    for (const type of ["ConcurrentDriverWarning", "PotentialStepCollisionDetected"] as const) {
      const model = COLLABORATION_PAYLOAD_MODELS[type];
      expect(
        issuesOf(model, { ...COLLABORATION_EXAMPLES[type], participant_ids: ids }),
        type,
      ).toEqual(expected);
    }
  });

  it("reports nested identity and target problems at their dotted paths", () => {
    expect(
      issuesOf(COLLABORATION_PAYLOAD_MODELS.ParticipantJoined, {
        ...COLLABORATION_EXAMPLES.ParticipantJoined,
        participant_identity: { participant_id: "", participant_type: "robot" },
      }),
    ).toEqual([
      ["participant_identity.participant_id", "string_too_short"],
      ["participant_identity.participant_type", "literal_error"],
    ]);
    expect(
      issuesOf(COLLABORATION_PAYLOAD_MODELS.FocusChanged, {
        ...COLLABORATION_EXAMPLES.FocusChanged,
        focus_target: null,
        previous_focus_target: { target_type: "wp" },
      }),
    ).toEqual([
      ["focus_target", "model_type"],
      ["previous_focus_target.target_id", "missing"],
    ]);
  });

  it("has no cross-field rule: the outer participant_id need not match the identity's", () => {
    expect(
      issuesOf(COLLABORATION_PAYLOAD_MODELS.ParticipantJoined, {
        participant_id: "p1",
        participant_identity: { participant_id: "OTHER", participant_type: "human" },
        mission_id: "m",
      }),
    ).toEqual([]);
  });

  it("reply_to and the other optional strings accept any string, even empty", () => {
    expect(
      issuesOf(COLLABORATION_PAYLOAD_MODELS.CommentPosted, {
        ...COLLABORATION_EXAMPLES.CommentPosted,
        reply_to: "",
      }),
    ).toEqual([]);
    expect(
      issuesOf(COLLABORATION_PAYLOAD_MODELS.CommentPosted, {
        ...COLLABORATION_EXAMPLES.CommentPosted,
        reply_to: 3,
      }),
    ).toEqual([["reply_to", "string_type"]]);
  });
});
