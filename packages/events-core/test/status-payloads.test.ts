import { describe, expect, it } from "vitest";
import { SpecKittyEventsError } from "../src/errors.js";
import {
  STATUS_EVENT_TYPES,
  STATUS_SCHEMA_VERSION,
  WP_STATUS_CHANGED,
} from "../src/families/status/constants.js";
import { ExecutionMode, ExecutionModeSchema } from "../src/families/status/enums.js";
import {
  DoneEvidenceSchema,
  ForceMetadataSchema,
  RepoEvidenceSchema,
  ReviewVerdictSchema,
  StatusTransitionPayloadSchema,
  VerificationEntrySchema,
} from "../src/families/status/payloads.js";
import {
  TransitionError,
  type TransitionFields,
  validateTransition,
} from "../src/families/status/transitions.js";
import {
  type ModelEntries,
  type ModelSchema,
  parseModel,
  safeParseModel,
} from "../src/model/model.js";
import { EV, STATUS_GATES_LIFECYCLE_EXAMPLES, wp } from "./support/status-gates-lifecycle.js";

const LANES = ["planned", "claimed", "in_progress", "for_review", "done", "blocked", "canceled"];
const LANE_ENUM_MESSAGE =
  "Input should be 'planned', 'claimed', 'in_progress', 'for_review', 'done', 'blocked' or 'canceled'";

/** The (field, violation type) pairs of a refused input, in report order. */
function violations(schema: ModelSchema<ModelEntries>, input: unknown): [string, string][] {
  const result = safeParseModel(schema, input);
  return result.success ? [] : result.issues.map((issue) => [issue.field, issue.violationType]);
}

describe("status constants and enums (§1.1, §1.2)", () => {
  it("WP_STATUS_CHANGED and the immutable event-type set", () => {
    expect(WP_STATUS_CHANGED).toBe("WPStatusChanged");
    expect([...STATUS_EVENT_TYPES]).toEqual(["WPStatusChanged"]);
    expect(() => (STATUS_EVENT_TYPES as Set<string>).add("X")).toThrow(TypeError);
    expect(STATUS_SCHEMA_VERSION).toBe("2.7.0");
  });

  it("ExecutionMode has worktree and direct_repo; its field takes exact values only", () => {
    expect(Object.values(ExecutionMode)).toEqual(["worktree", "direct_repo"]);
    expect(ExecutionModeSchema.rule("direct_repo")).toEqual({ ok: true, value: "direct_repo" });
    for (const input of ["Worktree", "", " worktree", 1, null, true]) {
      expect(ExecutionModeSchema.rule(input)).toEqual({
        ok: false,
        violation: "enum",
        message: "Input should be 'worktree' or 'direct_repo'",
      });
    }
  });
});

describe("evidence models (§1.4)", () => {
  it("have the reference's fields in order, with defaults filled", () => {
    expect(parseModel(RepoEvidenceSchema, { repo: "r", branch: "b", commit: "c" })).toEqual({
      repo: "r",
      branch: "b",
      commit: "c",
      files_touched: null,
    });
    expect(JSON.stringify(parseModel(DoneEvidenceSchema, EV))).toBe(
      '{"repos":[{"repo":"r","branch":"b","commit":"c","files_touched":null}],"verification":[],"review":{"reviewer":"x","verdict":"ok","reference":null}}',
    );
    expect(Object.keys(VerificationEntrySchema.entries)).toEqual(["command", "result", "summary"]);
    expect(Object.keys(ReviewVerdictSchema.entries)).toEqual(["reviewer", "verdict", "reference"]);
  });

  const CASES: readonly [string, ModelSchema<ModelEntries>, unknown, [string, string][]][] = [
    [
      "files_touched items may be empty",
      RepoEvidenceSchema,
      { repo: "r", branch: "b", commit: "c", files_touched: [""] },
      [],
    ],
    [
      "reference and summary may be empty",
      ReviewVerdictSchema,
      { reviewer: "x", verdict: "ok", reference: "" },
      [],
    ],
    [
      "summary may be empty",
      VerificationEntrySchema,
      { command: "c", result: "r", summary: "" },
      [],
    ],
    [
      "repo is required, non-empty",
      RepoEvidenceSchema,
      { repo: "", branch: "b" },
      [
        ["repo", "string_too_short"],
        ["commit", "missing"],
      ],
    ],
    [
      "files_touched is a list of strings or null",
      RepoEvidenceSchema,
      { repo: "r", branch: "b", commit: "c", files_touched: "a.ts" },
      [["files_touched", "list_type"]],
    ],
    [
      "files_touched items are strings",
      RepoEvidenceSchema,
      { repo: "r", branch: "b", commit: "c", files_touched: ["a", 1] },
      [["files_touched.1", "string_type"]],
    ],
    [
      "repos needs at least one item",
      DoneEvidenceSchema,
      { repos: [], review: EV.review },
      [["repos", "too_short"]],
    ],
    [
      "verification rejects an explicit null",
      DoneEvidenceSchema,
      { ...EV, verification: null },
      [["verification", "list_type"]],
    ],
    [
      "review must be an object",
      DoneEvidenceSchema,
      { repos: EV.repos, review: "ok" },
      [["review", "model_type"]],
    ],
    [
      "nested errors carry their path",
      DoneEvidenceSchema,
      { repos: [{ repo: "r", branch: "b", commit: "" }, 5], review: {} },
      [
        ["repos.0.commit", "string_too_short"],
        ["repos.1", "model_type"],
        ["review.reviewer", "missing"],
        ["review.verdict", "missing"],
      ],
    ],
    [
      "verdict is free text",
      ReviewVerdictSchema,
      { reviewer: "x", verdict: "changes requested" },
      [],
    ],
  ];

  it.each(CASES)("%s", (_title, schema, input, expected) => {
    expect(violations(schema, input)).toEqual(expected);
  });

  it("a nested model error names the nested model", () => {
    const result = safeParseModel(DoneEvidenceSchema, { repos: [7], review: EV.review });
    expect(result.issues?.[0]?.message).toBe(
      "Input should be a valid dictionary or instance of RepoEvidence",
    );
    expect(
      safeParseModel(DoneEvidenceSchema, { repos: [], review: EV.review }).issues?.[0]?.message,
    ).toBe("List should have at least 1 item after validation, not 0");
  });
});

describe("ForceMetadata (§1.4)", () => {
  it.each<[unknown, boolean]>([
    [true, true],
    [1, true],
    [1.0, true],
    [undefined, true],
  ])("force %j is accepted as true", (force, expected) => {
    const input =
      force === undefined ? { actor: "a", reason: "r" } : { actor: "a", reason: "r", force };
    expect(parseModel(ForceMetadataSchema, input).force).toBe(expected);
  });

  it.each<unknown>([false, 0, null, "true", "1", 2])("force %j is a literal_error", (force) => {
    const result = safeParseModel(ForceMetadataSchema, { actor: "a", reason: "r", force });
    expect(result.issues).toEqual([
      {
        field: "force",
        violationType: "literal_error",
        message: "Input should be True",
        inputValue: force,
      },
    ]);
  });

  it("actor and reason are required, non-empty", () => {
    expect(violations(ForceMetadataSchema, { reason: "" })).toEqual([
      ["actor", "missing"],
      ["reason", "string_too_short"],
    ]);
  });
});

describe("StatusTransitionPayload fields (§1.4)", () => {
  it("has the reference's ten fields in order, with defaults", () => {
    const parsed = parseModel(StatusTransitionPayloadSchema, wp(null, "planned"));
    expect(JSON.stringify(parsed)).toBe(
      '{"feature_slug":"f","wp_id":"WP01","from_lane":null,"to_lane":"planned","actor":"a","force":false,"reason":null,"execution_mode":"worktree","review_ref":null,"evidence":null}',
    );
    const { from_lane: _from, ...withoutFrom } = wp(null, "planned");
    expect(parseModel(StatusTransitionPayloadSchema, withoutFrom).from_lane).toBeNull();
  });

  it("accepts the example payload and drops unknown keys", () => {
    const example = STATUS_GATES_LIFECYCLE_EXAMPLES.WPStatusChanged;
    const input = JSON.parse(
      `{"__proto__": {"polluted": 1}, "extra": 1, ${JSON.stringify(example).slice(1)}`,
    );
    const parsed = parseModel(StatusTransitionPayloadSchema, input);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(parsed)).toEqual(Object.keys(StatusTransitionPayloadSchema.entries));
  });

  it("alias normalisation: doing becomes in_progress in both lane fields, before the enum", () => {
    const parsed = parseModel(StatusTransitionPayloadSchema, wp("doing", "doing"));
    expect([parsed.from_lane, parsed.to_lane]).toEqual(["in_progress", "in_progress"]);
  });

  it.each(["DOING", "in_review", "Doing", " doing", "", "PLANNED"])(
    "lane %j is not an alias and fails the enum",
    (lane) => {
      const result = safeParseModel(StatusTransitionPayloadSchema, wp(lane, lane));
      expect(result.issues).toEqual([
        { field: "from_lane", violationType: "enum", message: LANE_ENUM_MESSAGE, inputValue: lane },
        { field: "to_lane", violationType: "enum", message: LANE_ENUM_MESSAGE, inputValue: lane },
      ]);
    },
  );

  it("to_lane null fails with an enum error; from_lane null is the initial transition", () => {
    expect(violations(StatusTransitionPayloadSchema, wp(null, null as unknown as string))).toEqual([
      ["to_lane", "enum"],
    ]);
  });

  it.each<[unknown, boolean]>([
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ["yes", true],
    ["No", false],
    ["ON", true],
    ["off", false],
    ["t", true],
    ["F", false],
    ["1", true],
    ["0", false],
  ])("lax bool: force %j is %j", (force, expected) => {
    expect(
      parseModel(StatusTransitionPayloadSchema, wp("planned", "claimed", { force, reason: "x" }))
        .force,
    ).toBe(expected);
  });

  it.each<[unknown, string]>([
    ["", "bool_parsing"],
    [" true", "bool_parsing"],
    [2, "bool_parsing"],
    [1.5, "bool_type"],
    [null, "bool_type"],
  ])("lax bool: force %j is refused (%s)", (force, type) => {
    expect(violations(StatusTransitionPayloadSchema, wp("planned", "claimed", { force }))).toEqual([
      ["force", type],
    ]);
  });

  it("quirk 30: wp_id ' ' and review_ref '' are accepted by the model", () => {
    const parsed = parseModel(
      StatusTransitionPayloadSchema,
      wp("planned", "claimed", { review_ref: "" }, " "),
    );
    expect([parsed.wp_id, parsed.review_ref]).toEqual([" ", ""]);
  });

  it("evidence is allowed on any transition, and must be a DoneEvidence", () => {
    expect(
      parseModel(StatusTransitionPayloadSchema, wp("planned", "claimed", { evidence: EV }))
        .evidence,
    ).not.toBeNull();
    expect(
      violations(StatusTransitionPayloadSchema, wp("planned", "claimed", { evidence: [] })),
    ).toEqual([["evidence", "model_type"]]);
    expect(
      violations(
        StatusTransitionPayloadSchema,
        wp("for_review", "done", { evidence: { repos: [{}], review: EV.review } }),
      ),
    ).toEqual([
      ["evidence.repos.0.repo", "missing"],
      ["evidence.repos.0.branch", "missing"],
      ["evidence.repos.0.commit", "missing"],
    ]);
  });

  it("every field error is collected first, in field order", () => {
    expect(
      violations(StatusTransitionPayloadSchema, { wp_id: 3, to_lane: "x", force: "maybe" }),
    ).toEqual([
      ["feature_slug", "missing"],
      ["wp_id", "string_type"],
      ["to_lane", "enum"],
      ["actor", "missing"],
      ["force", "bool_parsing"],
      ["execution_mode", "missing"],
    ]);
    expect(violations(StatusTransitionPayloadSchema, "x")).toEqual([["", "model_type"]]);
  });
});

describe("StatusTransitionPayload business rules (§1.4)", () => {
  const rule = (text: string) => [
    { field: "", violationType: "value_error", message: `Value error, ${text}` },
  ];
  const issues = (input: unknown) =>
    safeParseModel(StatusTransitionPayloadSchema, input).issues?.map(
      ({ field, violationType, message }) => ({
        field,
        violationType,
        message,
      }),
    );

  it.each<unknown>([
    undefined,
    null,
    "",
    " ",
    "\t\n",
    "\x1c",
    "\x85",
    "\u00a0",
    "\u3000",
    "\u2028",
  ])("force=True with reason %j (blank by Python's str.strip) is refused", (reason) => {
    const extra = reason === undefined ? { force: true } : { force: true, reason };
    expect(issues(wp("planned", "claimed", extra))).toEqual(
      rule("force=True requires a non-empty reason"),
    );
  });

  it.each(["x", "\ufeff", "\u200b", " . "])(
    "force=True with reason %j is accepted (not blank for Python)",
    (reason) => {
      expect(
        safeParseModel(
          StatusTransitionPayloadSchema,
          wp("planned", "claimed", { force: true, reason }),
        ).success,
      ).toBe(true);
    },
  );

  it("to_lane done needs evidence, even when forced", () => {
    expect(issues(wp("for_review", "done"))).toEqual(rule("to_lane='done' requires evidence"));
    expect(issues(wp("planned", "done", { force: true, reason: "x" }))).toEqual(
      rule("to_lane='done' requires evidence"),
    );
    expect(issues(wp("doing", "done", { evidence: EV }))).toBeUndefined();
  });

  it("the force rule wins over the evidence rule (first failure only)", () => {
    expect(issues(wp("for_review", "done", { force: true }))).toEqual(
      rule("force=True requires a non-empty reason"),
    );
  });

  it("the rules run only when every field passed", () => {
    expect(issues({ ...wp("for_review", "done", { force: true }), actor: "" })).toEqual([
      {
        field: "actor",
        violationType: "string_too_short",
        message: "String should have at least 1 character",
      },
    ]);
  });
});

/** A parsed-like transition for validateTransition. */
function transition(
  from: string | null,
  to: string,
  extra: Partial<TransitionFields> = {},
): TransitionFields {
  return {
    from_lane: from,
    to_lane: to,
    force: false,
    reason: null,
    review_ref: null,
    ...extra,
  } as TransitionFields;
}

// The unforced matrix of §1.5 (Y = passes the matrix), written from the sheet.
const MATRIX: Record<string, readonly string[]> = {
  none: ["planned"],
  planned: ["claimed", "blocked", "canceled"],
  claimed: ["in_progress", "blocked", "canceled"],
  in_progress: ["planned", "for_review", "blocked", "canceled"],
  for_review: ["in_progress", "done", "blocked", "canceled"],
  done: [],
  blocked: ["in_progress", "blocked", "canceled"],
  canceled: [],
};

const enumRepr = (lane: string | null) => (lane === null ? "None" : `Lane.${lane.toUpperCase()}`);

describe("validate_transition (§1.5)", () => {
  const pairs = Object.keys(MATRIX).flatMap((from) =>
    LANES.map((to) => [from === "none" ? null : from, to] as const),
  );

  it.each(pairs)("unforced %j -> %j follows the matrix (guards satisfied)", (from, to) => {
    const allowed = MATRIX[from ?? "none"]?.includes(to) ?? false;
    const result = validateTransition(transition(from, to, { reason: "why", review_ref: "PR-1" }));
    const expected = [
      ...(from === "done" || from === "canceled"
        ? [`${from} is terminal; requires force=True to exit`]
        : []),
      ...(allowed ? [] : [`Transition ${enumRepr(from)} -> ${enumRepr(to)} is not allowed`]),
    ];
    expect(result).toEqual({ valid: expected.length === 0, violations: expected });
  });

  it.each(pairs)("forced %j -> %j passes the terminal and matrix checks", (from, to) => {
    expect(
      validateTransition(transition(from, to, { force: true, reason: "why", review_ref: "PR-1" })),
    ).toEqual({
      valid: true,
      violations: [],
    });
  });

  it("quirk 1: enum interpolation uses the Python 3.11 form", () => {
    expect(validateTransition(transition(null, "claimed")).violations).toEqual([
      "Transition None -> Lane.CLAIMED is not allowed",
    ]);
    expect(validateTransition(transition("done", "planned")).violations).toEqual([
      "done is terminal; requires force=True to exit",
      "Transition Lane.DONE -> Lane.PLANNED is not allowed",
    ]);
  });

  it("quirk 3: blocked -> blocked is allowed, planned -> planned is not, none -> blocked/canceled is not", () => {
    expect(
      [
        ["blocked", "blocked"],
        ["planned", "planned"],
        [null, "blocked"],
        [null, "canceled"],
      ].map(([from, to]) => validateTransition(transition(from ?? null, to as string)).valid),
    ).toEqual([true, false, false, false]);
  });

  it("quirk 4: force skips the matrix and the terminal check but not the guards", () => {
    expect(
      validateTransition(transition("for_review", "in_progress", { force: true, reason: "x" }))
        .violations,
    ).toEqual(["for_review -> in_progress requires review_ref"]);
  });

  it.each<unknown>([null, "", " ", "\x1f", "\u2029"])(
    "guards use Python's strip: review_ref %j is blank, reason %j is blank",
    (blank) => {
      expect(
        validateTransition(transition("for_review", "in_progress", { review_ref: blank as string }))
          .violations,
      ).toEqual(["for_review -> in_progress requires review_ref"]);
      expect(
        validateTransition(transition("in_progress", "planned", { reason: blank as string }))
          .violations,
      ).toEqual(["in_progress -> planned requires reason"]);
    },
  );

  it("guards accept text Python does not strip", () => {
    expect(
      validateTransition(transition("for_review", "in_progress", { review_ref: "\ufeff" })).valid,
    ).toBe(true);
    expect(
      validateTransition(transition("in_progress", "planned", { reason: "\u200b" })).valid,
    ).toBe(true);
  });

  it("validates a parsed payload and its result is frozen", () => {
    const result = validateTransition(
      parseModel(StatusTransitionPayloadSchema, wp("doing", "for_review")),
    );
    expect(result).toEqual({ valid: true, violations: [] });
    const invalid = validateTransition(
      parseModel(StatusTransitionPayloadSchema, wp("claimed", "done", { evidence: EV })),
    );
    expect(Object.isFrozen(invalid)).toBe(true);
    expect(Object.isFrozen(invalid.violations)).toBe(true);
  });
});

describe("TransitionError (§1.4)", () => {
  it("keeps the violations and joins them into its message", () => {
    const error = new TransitionError(["a", "b"]);
    expect(error).toBeInstanceOf(SpecKittyEventsError);
    expect(error.name).toBe("TransitionError");
    expect(error.message).toBe("Invalid transition: a; b");
    expect(error.violations).toEqual(["a", "b"]);
    expect(new TransitionError([]).message).toBe("Invalid transition: ");
  });
});
