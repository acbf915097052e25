/**
 * The field kinds of the families' models, row by row from the family sheets: what the model
 * layer accepts (and gives), what it rejects, with the reference's violation types and paths.
 */
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { model, safeParseModel } from "../src/model/model.js";
import { withModelRules } from "../src/model/model-rules.js";
import type { ModelIssue, RuleResult } from "../src/model/violation.js";
import { isPythonBlank } from "../src/python/python-text.js";
import { withBefore } from "../src/rules/before.js";
import { laxBoolField, parseLaxBool } from "../src/rules/bool.js";
import { nullableField, withDefault, withFactoryDefault } from "../src/rules/defaults.js";
import { dictField } from "../src/rules/dict.js";
import { enumField } from "../src/rules/enum.js";
import { listField, tupleField } from "../src/rules/list.js";
import { literalField } from "../src/rules/literal.js";
import { laxFloatField, laxIntField } from "../src/rules/number.js";
import { parseStrictInt, strictIntField } from "../src/rules/strict-int.js";
import { nonEmptyStringField, patternStringField, stringField } from "../src/rules/string.js";

type Outcome = unknown | { violation: string };

function outcome<T>(result: RuleResult<T>): Outcome {
  return result.ok ? { value: result.value } : { violation: result.violation };
}

/** `[field, violationType]` of each issue, for compact expectations. */
function where(issues: readonly ModelIssue[] | undefined): [string, string][] {
  return (issues ?? []).map((issue) => [issue.field, issue.violationType]);
}

/** Parses `{ [key]: value }` (or `{}` for `undefined`) with a one-field model. */
function parseOne(schema: v.GenericSchema, value: unknown, key = "f") {
  const one = model("One", "One field.", { [key]: schema });
  const input = value === undefined ? {} : { [key]: value };
  const result = safeParseModel(one, input);
  // The fast verdict agrees with the parse on every row of these tables.
  expect(one.test(input)).toBe(result.success);
  return result;
}

describe("lax bool (status §0.1, dossier §1.4)", () => {
  it.each<[unknown, Outcome]>([
    [true, { value: true }],
    [false, { value: false }],
    [0, { value: false }],
    [1, { value: true }],
    [JSON.parse("1.0"), { value: true }],
    [-0, { value: false }],
    ...["1", "true", "TRUE", "True", "yes", "YES", "on", "On", "t", "T", "y", "Y"].map(
      (text): [unknown, Outcome] => [text, { value: true }],
    ),
    ...["0", "false", "False", "no", "NO", "off", "OFF", "f", "F", "n", "N"].map(
      (text): [unknown, Outcome] => [text, { value: false }],
    ),
    ["", { violation: "bool_parsing" }],
    [" true", { violation: "bool_parsing" }],
    ["true ", { violation: "bool_parsing" }],
    ["0.0", { violation: "bool_parsing" }],
    ["1.0", { violation: "bool_parsing" }],
    ["truee", { violation: "bool_parsing" }],
    ["yess!", { violation: "bool_parsing" }],
    [2, { violation: "bool_parsing" }],
    [-1, { violation: "bool_parsing" }],
    [0.5, { violation: "bool_type" }],
    [1.5, { violation: "bool_type" }],
    [Number.NaN, { violation: "bool_type" }],
    [Number.POSITIVE_INFINITY, { violation: "bool_type" }],
    [null, { violation: "bool_type" }],
    [[], { violation: "bool_type" }],
    [{}, { violation: "bool_type" }],
  ])("%j -> %j", (input, expected) => {
    expect(outcome(parseLaxBool(input))).toEqual(expected);
    expect(laxBoolField().test(input)).toBe(parseLaxBool(input).ok);
  });

  it("writes pydantic's messages and wire form", () => {
    expect(parseLaxBool(null)).toEqual({
      ok: false,
      violation: "bool_type",
      message: "Input should be a valid boolean",
    });
    expect(parseLaxBool("maybe")).toEqual({
      ok: false,
      violation: "bool_parsing",
      message: "Input should be a valid boolean, unable to interpret input",
    });
    expect(laxBoolField().wire).toEqual({ type: "boolean" });
  });

  it("force with a default of false: missing gives false, null is bool_type", () => {
    const force = withDefault(laxBoolField(), false);
    expect(parseOne(force, undefined).output).toEqual({ f: false });
    expect(parseOne(force, "yes").output).toEqual({ f: true });
    expect(where(parseOne(force, null).issues)).toEqual([["f", "bool_type"]]);
  });
});

describe("strict int (gates §2.1: check_run_id, pr_number)", () => {
  it.each<[unknown, Outcome]>([
    [5, { value: 5 }],
    [2 ** 63, { value: 2 ** 63 }],
    ["5", { violation: "int_type" }],
    [true, { violation: "int_type" }],
    [1.5, { violation: "int_type" }],
    [null, { violation: "int_type" }],
    [Number.NaN, { violation: "int_type" }],
    [Number.POSITIVE_INFINITY, { violation: "int_type" }],
    [[], { violation: "int_type" }],
    [0, { violation: "greater_than" }],
    [-0, { violation: "greater_than" }],
    [-3, { violation: "greater_than" }],
  ])("gt 0: %j -> %j", (input, expected) => {
    expect(outcome(parseStrictInt(input, { gt: 0 }))).toEqual(expected);
    expect(strictIntField({ gt: 0 }).test(input)).toBe(parseStrictInt(input, { gt: 0 }).ok);
  });

  it("gives -0 as 0 when unbounded", () => {
    expect(parseStrictInt(-0)).toEqual({ ok: true, value: 0 });
    expect(Object.is((parseStrictInt(-0) as { value: number }).value, 0)).toBe(true);
  });

  it("writes pydantic's messages and the wire form exclusiveMinimum", () => {
    expect(parseStrictInt("5")).toMatchObject({ message: "Input should be a valid integer" });
    expect(parseStrictInt(0, { gt: 0 })).toMatchObject({
      message: "Input should be greater than 0",
    });
    expect(strictIntField({ gt: 0 }).wire).toEqual({ type: "integer", exclusiveMinimum: 0 });
  });

  it("pr_number: nullable with default null", () => {
    const pr = nullableField(strictIntField({ gt: 0 }));
    expect(parseOne(pr, undefined).output).toEqual({ f: null });
    expect(parseOne(pr, null).output).toEqual({ f: null });
    expect(parseOne(pr, 7).output).toEqual({ f: 7 });
    expect(where(parseOne(pr, "7").issues)).toEqual([["f", "int_type"]]);
    expect(where(parseOne(pr, 0).issues)).toEqual([["f", "greater_than"]]);
  });
});

describe("bounded lax float (glossary §2.2: confidence 0..1)", () => {
  const confidence = laxFloatField({ ge: 0, le: 1 });
  it.each<[unknown, Outcome]>([
    [0.5, { value: 0.5 }],
    ["0.5", { value: 0.5 }],
    [1, { value: 1 }],
    [true, { value: 1 }],
    [-0, { value: -0 }],
    [0, { value: 0 }],
    [1.0000001, { violation: "less_than_equal" }],
    [-0.1, { violation: "greater_than_equal" }],
    ["nan", { violation: "less_than_equal" }],
    [null, { violation: "float_type" }],
    ["x", { violation: "float_parsing" }],
  ])("%j -> %j", (input, expected) => {
    expect(outcome(confidence.rule(input))).toEqual(expected);
    expect(confidence.test(input)).toBe(confidence.rule(input).ok);
  });

  it("wire form minimum 0 / maximum 1", () => {
    expect(confidence.wire).toEqual({ type: "number", minimum: 0, maximum: 1 });
  });
});

describe("literal sets (Literal[...]) versus enum classes", () => {
  const severity = literalField(["info", "warning"]);
  it.each<[unknown, Outcome]>([
    ["info", { value: "info" }],
    ["warning", { value: "warning" }],
    ["INFO", { violation: "literal_error" }],
    [" info", { violation: "literal_error" }],
    ["", { violation: "literal_error" }],
    [null, { violation: "literal_error" }],
    [1, { violation: "literal_error" }],
    [true, { violation: "literal_error" }],
  ])("severity %j -> %j", (input, expected) => {
    expect(outcome(severity.rule(input))).toEqual(expected);
    expect(severity.test(input)).toBe(severity.rule(input).ok);
  });

  it("writes the expected values as pydantic does", () => {
    expect(literalField(["ci"]).rule("x")).toMatchObject({ message: "Input should be 'ci'" });
    expect(severity.rule("x")).toMatchObject({ message: "Input should be 'info' or 'warning'" });
    expect(
      literalField(["failure", "timed_out", "cancelled", "action_required"]).rule("success"),
    ).toMatchObject({
      message: "Input should be 'failure', 'timed_out', 'cancelled' or 'action_required'",
    });
    expect(literalField([true]).rule(false)).toMatchObject({ message: "Input should be True" });
  });

  it("wire form: inline const for one value, enum for several", () => {
    expect(literalField(["ci"]).wire).toEqual({ const: "ci", type: "string" });
    expect(severity.wire).toEqual({ enum: ["info", "warning"], type: "string" });
    expect(literalField([true]).wire).toEqual({ const: true, type: "boolean" });
  });

  it("Literal[True] (ForceMetadata.force): true, 1 and 1.0 give true; the rest is literal_error", () => {
    const force = literalField([true]);
    for (const input of [true, 1, JSON.parse("1.0")])
      expect(force.rule(input)).toEqual({ ok: true, value: true });
    for (const input of [false, 0, null, "true", "1", 2]) {
      expect(outcome(force.rule(input))).toEqual({ violation: "literal_error" });
      expect(force.test(input)).toBe(false);
    }
  });

  it("refuses an empty or mixed value list", () => {
    expect(() => literalField([])).toThrow(/at least one value/);
    expect(() => literalField(["a", true])).toThrow(/strings or all booleans/);
  });

  it("an enum class reports `enum`, a literal `literal_error`", () => {
    const AuditSeverity = enumField("AuditSeverity", ["info", "warning", "error", "critical"]);
    expect(where(parseOne(AuditSeverity, "x").issues)).toEqual([["f", "enum"]]);
    expect(where(parseOne(severity, "x").issues)).toEqual([["f", "literal_error"]]);
  });

  it("a nullable literal accepts null, not another value", () => {
    const previous = nullableField(literalField(["off", "medium", "max"]));
    expect(parseOne(previous, null).output).toEqual({ f: null });
    expect(where(parseOne(previous, "high").issues)).toEqual([["f", "literal_error"]]);
  });
});

describe("lists (status §1.4, lifecycle §3.2, collaboration §1.3)", () => {
  const ids = withFactoryDefault(listField(stringField()), () => []);

  it.each<[string, unknown, Outcome]>([
    ["missing -> []", undefined, { f: [] }],
    ["[]", [], { f: [] }],
    ["items may be empty strings", ["", "a"], { f: ["", "a"] }],
  ])("cancelled_wp_ids: %s", (_label, value, expected) => {
    const result = parseOne(ids, value);
    expect(result.output).toEqual(expected);
    expect(Object.isFrozen(result.output?.f)).toBe(true);
  });

  it.each<[string, unknown, [string, string][]]>([
    ["explicit null (not declared nullable)", null, [["f", "list_type"]]],
    ["a string", "abc", [["f", "list_type"]]],
    ["an object", { 0: "a" }, [["f", "list_type"]]],
    ["a number", 3, [["f", "list_type"]]],
    [
      "a non-string item",
      ["a", 5, null],
      [
        ["f.1", "string_type"],
        ["f.2", "string_type"],
      ],
    ],
  ])("cancelled_wp_ids: %s", (_label, value, expected) => {
    expect(where(parseOne(ids, value).issues)).toEqual(expected);
  });

  it("files_touched: list or null, default null", () => {
    const files = nullableField(listField(stringField()));
    expect(parseOne(files, undefined).output).toEqual({ f: null });
    expect(parseOne(files, null).output).toEqual({ f: null });
    expect(parseOne(files, ["a"]).output).toEqual({ f: ["a"] });
    expect(where(parseOne(files, "a").issues)).toEqual([["f", "list_type"]]);
  });

  it("participant_ids (min 2): too_short with pydantic's message; duplicates allowed", () => {
    const participants = listField(stringField(), { minItems: 2 });
    expect(parseOne(participants, ["a", "a"]).output).toEqual({ f: ["a", "a"] });
    expect(parseOne(participants, ["a"]).issues).toEqual([
      {
        field: "f",
        violationType: "too_short",
        message: "List should have at least 2 items after validation, not 1",
        inputValue: ["a"],
      },
    ]);
    expect(parseOne(listField(stringField(), { minItems: 1 }), []).issues?.[0]?.message).toBe(
      "List should have at least 1 item after validation, not 0",
    );
  });

  it("a list with failing items reports only the items, not too_short (audit_scope [null])", () => {
    const scope = listField(stringField(), { minItems: 1 });
    expect(where(parseOne(scope, [null]).issues)).toEqual([["f.0", "string_type"]]);
  });

  it("list of a nested model: item paths field.N.sub, model_type for a non-object item", () => {
    const Repo = model("RepoEvidence", "Repo.", {
      repo: nonEmptyStringField(),
      files_touched: nullableField(listField(stringField())),
    });
    const repos = listField(Repo, { minItems: 1 });
    const result = parseOne(
      repos,
      [{ repo: "r" }, { repo: "" }, "x", { files_touched: [1] }],
      "repos",
    );
    expect(where(result.issues)).toEqual([
      ["repos.1.repo", "string_too_short"],
      ["repos.2", "model_type"],
      ["repos.3.repo", "missing"],
      ["repos.3.files_touched.0", "string_type"],
    ]);
    expect(result.issues?.[1]?.message).toBe(
      "Input should be a valid dictionary or instance of RepoEvidence",
    );
    expect(where(parseOne(repos, [], "repos").issues)).toEqual([["repos", "too_short"]]);
    const ok = parseOne(repos, [{ repo: "r", extra: 1 }], "repos");
    expect(ok.output).toEqual({ repos: [{ repo: "r", files_touched: null }] });
  });

  it("list of an enum or a literal reports the item's violation at its index", () => {
    const Colour = enumField("Colour", ["red", "green"]);
    expect(where(parseOne(listField(Colour), ["red", "RED"]).issues)).toEqual([["f.1", "enum"]]);
    expect(where(parseOne(listField(literalField(["a"])), ["b"]).issues)).toEqual([
      ["f.0", "literal_error"],
    ]);
  });

  it("wire forms: items, minItems; a model or enum item is a $ref", () => {
    const Inner = model("Inner", "Inner.", { id: nonEmptyStringField() });
    expect(listField(stringField(), { minItems: 2 }).wire).toEqual({
      type: "array",
      items: { type: "string" },
      minItems: 2,
    });
    expect(listField(Inner).wire).toEqual({ type: "array", items: { $ref: "#/$defs/Inner" } });
    expect(listField(enumField("Colour", ["red"])).wire).toEqual({
      type: "array",
      items: { $ref: "#/$defs/Colour" },
    });
  });
});

describe("tuples (decisionpoint §4.3, dossier §1.4)", () => {
  const refs = tupleField(stringField(), { minItems: 1 });

  it.each<[string, unknown, [string, string][]]>([
    [
      "[null]: the item, then too_short",
      [null],
      [
        ["f.0", "string_type"],
        ["f", "too_short"],
      ],
    ],
    ["['x', null]: the item only", ["x", null], [["f.1", "string_type"]]],
    ["[]", [], [["f", "too_short"]]],
    ["null", null, [["f", "tuple_type"]]],
    ["a string", "x", [["f", "tuple_type"]]],
    ["an object", {}, [["f", "tuple_type"]]],
  ])("evidence_refs %s", (_label, value, expected) => {
    expect(where(parseOne(refs, value).issues)).toEqual(expected);
  });

  it("writes pydantic's messages; too_short counts the valid items and shows the input", () => {
    expect(parseOne(refs, [null]).issues?.[1]).toEqual({
      field: "f",
      violationType: "too_short",
      message: "Tuple should have at least 1 item after validation, not 0",
      inputValue: [null],
    });
    expect(parseOne(refs, 1).issues?.[0]?.message).toBe("Input should be a valid tuple");
  });

  it("options of a decision request: tuple with default [] (null is tuple_type)", () => {
    const options = withFactoryDefault(tupleField(stringField()), () => []);
    expect(parseOne(options, undefined).output).toEqual({ f: [] });
    expect(where(parseOne(options, null).issues)).toEqual([["f", "tuple_type"]]);
    expect(options.test(undefined)).toBe(true);
    expect(options.test(null)).toBe(false);
  });

  it("has the list's wire form", () => {
    expect(refs.wire).toEqual({ type: "array", items: { type: "string" }, minItems: 1 });
  });
});

describe("dicts (glossary step_metadata, dossier context_diagnostics)", () => {
  const metadata = withFactoryDefault(dictField(stringField()), () => ({}));

  it("accepts objects of strings (empty, '' keys), default {}", () => {
    expect(parseOne(metadata, undefined).output).toEqual({ f: {} });
    expect(parseOne(metadata, { "": "", a: "b" }).output).toEqual({ f: { "": "", a: "b" } });
  });

  it.each<[string, unknown, [string, string][]]>([
    ["an array", [], [["f", "dict_type"]]],
    ["a string", "x", [["f", "dict_type"]]],
    ["a number", 1, [["f", "dict_type"]]],
    ["null (not nullable)", null, [["f", "dict_type"]]],
    [
      "non-string values",
      { a: 1, b: "x", c: null },
      [
        ["f.a", "string_type"],
        ["f.c", "string_type"],
      ],
    ],
  ])("step_metadata %s", (_label, value, expected) => {
    expect(where(parseOne(metadata, value).issues)).toEqual(expected);
  });

  it("context_diagnostics: dict or null, default null", () => {
    const diagnostics = nullableField(dictField(stringField()));
    expect(parseOne(diagnostics, undefined).output).toEqual({ f: null });
    expect(parseOne(diagnostics, null).output).toEqual({ f: null });
  });

  it("keeps __proto__ as an own key and freezes the output", () => {
    const input = JSON.parse('{"__proto__": "x", "a": "y"}');
    const output = parseOne(metadata, input).output?.f as Record<string, unknown>;
    expect(Object.keys(output)).toEqual(["__proto__", "a"]);
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    expect(Object.isFrozen(output)).toBe(true);
  });

  it("wire form additionalProperties", () => {
    expect(metadata.wrapped.wire).toEqual({
      type: "object",
      additionalProperties: { type: "string" },
    });
  });
});

describe("nullable fields and scalar defaults (mission-next §3.2, lifecycle §3.2)", () => {
  it("display_name: default '', not nullable", () => {
    const name = withDefault(stringField(), "");
    expect(parseOne(name, undefined).output).toEqual({ f: "" });
    expect(where(parseOne(name, null).issues)).toEqual([["f", "string_type"]]);
  });

  it("previous_phase: null or a non-empty string, default null", () => {
    const previous = nullableField(nonEmptyStringField());
    expect(parseOne(previous, undefined).output).toEqual({ f: null });
    expect(where(parseOne(previous, "").issues)).toEqual([["f", "string_too_short"]]);
  });

  it("a pattern string keeps the model layer's true end anchor (actor_type 'llm\\n')", () => {
    const actorType = patternStringField("^(human|llm|service)$", /^(human|llm|service)$/);
    expect(where(parseOne(actorType, "llm\n").issues)).toEqual([["f", "string_pattern_mismatch"]]);
  });
});

describe("nested models (collaboration §1.2, dossier §2.2, audit §3.2)", () => {
  const ContentHashRef = model("ContentHashRef", "Hash.", {
    hash: nonEmptyStringField(),
    size_bytes: nullableField(laxIntField({ ge: 0 })),
  });
  const ProvenanceRef = model("ProvenanceRef", "Provenance.", {
    git_sha: nullableField(stringField()),
  });
  const AuditArtifactRef = model("AuditArtifactRef", "Ref.", {
    report_path: nonEmptyStringField(),
    content_hash: ContentHashRef,
    provenance: ProvenanceRef,
  });
  const Completed = model("MissionAuditCompletedPayload", "Completed.", {
    artifact_ref: AuditArtifactRef,
    partial: nullableField(AuditArtifactRef),
  });
  const valid = {
    report_path: "r",
    content_hash: { hash: "h" },
    provenance: {},
  };

  it("parses nested models into frozen objects in field order; {} is a valid ProvenanceRef", () => {
    const result = safeParseModel(Completed, { artifact_ref: valid });
    expect(JSON.stringify(result.output)).toBe(
      '{"artifact_ref":{"report_path":"r","content_hash":{"hash":"h","size_bytes":null},"provenance":{"git_sha":null}},"partial":null}',
    );
    expect(Object.isFrozen(result.output?.artifact_ref.content_hash)).toBe(true);
  });

  it.each<[string, unknown, [string, string][]]>([
    ["null (required, not nullable)", null, [["artifact_ref", "model_type"]]],
    ["a string", "x", [["artifact_ref", "model_type"]]],
    ["an array", [valid], [["artifact_ref", "model_type"]]],
    [
      "nested errors at their paths, depth first in field order",
      { content_hash: { hash: "", size_bytes: -1 }, provenance: 1 },
      [
        ["artifact_ref.report_path", "missing"],
        ["artifact_ref.content_hash.hash", "string_too_short"],
        ["artifact_ref.content_hash.size_bytes", "greater_than_equal"],
        ["artifact_ref.provenance", "model_type"],
      ],
    ],
  ])("artifact_ref %s", (_label, value, expected) => {
    const result = safeParseModel(Completed, { artifact_ref: value });
    expect(where(result.issues)).toEqual(expected);
    expect(Completed.test({ artifact_ref: value })).toBe(false);
  });

  it("a nullable nested model accepts null and reports the model's name otherwise", () => {
    const result = safeParseModel(Completed, { artifact_ref: valid, partial: 5 });
    expect(result.issues).toEqual([
      {
        field: "partial",
        violationType: "model_type",
        message: "Input should be a valid dictionary or instance of AuditArtifactRef",
        inputValue: 5,
      },
    ]);
  });
});

describe("model-level rules (status §1.4: force needs a reason, done needs evidence)", () => {
  const Evidence = model("DoneEvidence", "Evidence.", { review: nonEmptyStringField() });
  const Transition = withModelRules(
    model("StatusTransitionPayload", "Transition.", {
      to_lane: literalField(["planned", "done"]),
      force: withDefault(laxBoolField(), false),
      reason: nullableField(stringField()),
      evidence: nullableField(Evidence),
    }),
    (p) =>
      p.force && isPythonBlank(p.reason) ? "force=True requires a non-empty reason" : undefined,
    (p) =>
      p.to_lane === "done" && p.evidence === null ? "to_lane='done' requires evidence" : undefined,
  );

  it.each<[string, Record<string, unknown>, string | undefined]>([
    ["unforced, no reason", { to_lane: "planned" }, undefined],
    ["forced with a reason", { to_lane: "planned", force: "yes", reason: "r" }, undefined],
    [
      "forced, reason U+FEFF (not Python whitespace)",
      { to_lane: "planned", force: true, reason: "\ufeff" },
      undefined,
    ],
    [
      "forced, no reason",
      { to_lane: "planned", force: true },
      "force=True requires a non-empty reason",
    ],
    [
      "forced, blank reason",
      { to_lane: "planned", force: 1, reason: " \x1c\x85\u3000" },
      "force=True requires a non-empty reason",
    ],
    ["done without evidence", { to_lane: "done" }, "to_lane='done' requires evidence"],
    [
      "forced, no reason, done without evidence: the first rule wins",
      { to_lane: "done", force: true },
      "force=True requires a non-empty reason",
    ],
    ["done with evidence", { to_lane: "done", evidence: { review: "ok" } }, undefined],
  ])("%s", (_label, input, error) => {
    const result = safeParseModel(Transition, input);
    expect(Transition.test(input)).toBe(error === undefined);
    if (error === undefined) {
      expect(result.success).toBe(true);
      return;
    }
    expect(result.issues).toEqual([
      {
        field: "",
        violationType: "value_error",
        message: `Value error, ${error}`,
        inputValue: input,
      },
    ]);
  });

  it("runs only when every field passed", () => {
    const result = safeParseModel(Transition, { to_lane: "done", force: true, reason: 5 });
    expect(where(result.issues)).toEqual([["reason", "string_type"]]);
  });

  it("a nested model's rule is reported at the field's path", () => {
    const Outer = model("Outer", "Outer.", { transition: Transition });
    expect(where(safeParseModel(Outer, { transition: { to_lane: "done" } }).issues)).toEqual([
      ["transition", "value_error"],
    ]);
  });

  it("keeps the model's name, description and entries (for the schema generator)", () => {
    expect(Transition.name).toBe("StatusTransitionPayload");
    expect(Object.keys(Transition.entries)).toEqual(["to_lane", "force", "reason", "evidence"]);
    expect(v.safeParse(Transition, { to_lane: "done" }).success).toBe(false);
  });
});

describe("a before step (status lane aliases)", () => {
  const Lane = enumField("Lane", ["planned", "in_progress"]);
  const lane = withBefore(Lane, (input) => (input === "doing" ? "in_progress" : input));

  it.each<[unknown, Outcome]>([
    ["doing", { f: "in_progress" }],
    ["planned", { f: "planned" }],
  ])("%j is read as %j", (input, expected) => {
    expect(parseOne(lane, input).output).toEqual(expected);
  });

  it.each<[unknown]>([["DOING"], ["in_review"], [null], [5]])(
    "%j fails with an enum error",
    (input) => {
      expect(where(parseOne(lane, input).issues)).toEqual([["f", "enum"]]);
    },
  );

  it("nullable: null passes through", () => {
    expect(parseOne(nullableField(lane), null).output).toEqual({ f: null });
    expect(parseOne(nullableField(lane), "doing").output).toEqual({ f: "in_progress" });
  });

  it("has the wrapped schema's wire form (a $ref for an enum)", () => {
    expect(lane.wire).toEqual({ $ref: "#/$defs/Lane" });
    expect(lane.wrapped).toBe(Lane);
  });
});
