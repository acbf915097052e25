/**
 * outputFormTest and modelOutputOf (internal): a payload the test recognises is one its model
 * accepts and would parse into an equal copy of itself; the model's own frozen outputs (for
 * the kinds it knows) are recognised; anything else is left to the model. modelOutputOf is
 * safeParseModel(model, input).output, keeping such payloads as they are.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONNECTOR_PAYLOAD_MODELS } from "../src/families/connector/payloads.js";
import {
  GLOSSARY_PAYLOAD_MODELS,
  SemanticConflictEntrySchema,
} from "../src/families/glossary/payloads.js";
import {
  MISSION_NEXT_PAYLOAD_MODELS,
  RuntimeActorIdentitySchema,
} from "../src/families/mission_next/payloads.js";
import {
  DoneEvidenceSchema,
  StatusTransitionFieldsSchema,
} from "../src/families/status/payloads.js";
import {
  checkOf,
  compiledCheck,
  modelOutputOf,
  outputFormTest,
  passes,
  type SchemaNode,
} from "../src/internal/output-form.js";
import { type ModelEntries, type ModelSchema, model, safeParseModel } from "../src/model/model.js";
import { withBefore } from "../src/rules/before.js";
import { laxBoolField } from "../src/rules/bool.js";
import { nullableField, withDefault, withFactoryDefault } from "../src/rules/defaults.js";
import { dictField } from "../src/rules/dict.js";
import { freezeJsonCopy } from "../src/rules/json-object.js";
import { listField, tupleField } from "../src/rules/list.js";
import { literalField } from "../src/rules/literal.js";
import { laxFloatField, laxIntField } from "../src/rules/number.js";
import { nonEmptyStringField, stringField } from "../src/rules/string.js";
import { CONNECTOR_EXAMPLES } from "./support/connector-sync.js";
import { GLOSSARY_EXAMPLES, MISSION_NEXT_EXAMPLES } from "./support/glossary-mission-next.js";
import { STATUS_GATES_LIFECYCLE_EXAMPLES } from "./support/status-gates-lifecycle.js";

/** Done evidence as the status producer's model dumps it (every field, in order). */
const DONE_EVIDENCE = {
  repos: [{ repo: "r", branch: "b", commit: "c", files_touched: ["a.ts", ""] }],
  verification: [{ command: "pnpm test", result: "passed", summary: null }],
  review: { reviewer: "x", verdict: "ok", reference: "PR-7" },
};

const MODELS: readonly [string, ModelSchema<ModelEntries>, Readonly<Record<string, unknown>>][] = [
  ["DoneEvidence", DoneEvidenceSchema as unknown as ModelSchema<ModelEntries>, DONE_EVIDENCE],
  [
    "StatusTransitionPayload (its fields)",
    StatusTransitionFieldsSchema as unknown as ModelSchema<ModelEntries>,
    STATUS_GATES_LIFECYCLE_EXAMPLES.WPStatusChanged ?? {},
  ],
  ...Object.entries(GLOSSARY_PAYLOAD_MODELS).map(
    ([type, schema]): [string, ModelSchema<ModelEntries>, Readonly<Record<string, unknown>>] => [
      type,
      schema as ModelSchema<ModelEntries>,
      GLOSSARY_EXAMPLES[type] ?? {},
    ],
  ),
  ...Object.entries(MISSION_NEXT_PAYLOAD_MODELS).map(
    ([type, schema]): [string, ModelSchema<ModelEntries>, Readonly<Record<string, unknown>>] => [
      type,
      schema as ModelSchema<ModelEntries>,
      MISSION_NEXT_EXAMPLES[type] ?? {},
    ],
  ),
];

/** A payload near the example: fields removed, replaced, reordered, added, or any JSON. */
const nearArb = (example: Readonly<Record<string, unknown>>): fc.Arbitrary<unknown> => {
  const keys = Object.keys(example);
  const probe = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(
      ...["", " ", "0.5", "nan", "doing", "in_progress", "DONE", "true", "yes"],
      ...[true, false, 1, 0, -0, 1.5, null, [], {}, ["a"], { a: 1 }],
    ),
  );
  return fc.oneof(
    fc.constant(example),
    fc.tuple(fc.constantFrom(...keys), probe).map(([key, value]) => ({ ...example, [key]: value })),
    fc.constantFrom(...keys).map((key) => {
      const { [key]: _removed, ...rest } = example;
      return rest;
    }),
    fc.constantFrom(...keys).map((key) => {
      const { [key]: value, ...rest } = example;
      return { ...rest, [key]: value };
    }),
    fc.constant({ ...example, extra: 1 }),
    fc.dictionary(fc.constantFrom(...keys), probe),
  );
};

describe("outputFormTest on the status evidence and the glossary and mission-next payload models", () => {
  it.each(MODELS)(
    "%s: recognises only accepted payloads that parse into an equal copy",
    (_type, schema, example) => {
      const inOutputForm = outputFormTest(schema);
      fc.assert(
        fc.property(nearArb(example), (raw) => {
          const input = freezeJsonCopy(raw);
          if (!inOutputForm(input)) return;
          const parsed = safeParseModel(schema, input);
          expect(parsed.success).toBe(true);
          expect(parsed.output).toEqual(input);
          expect(JSON.stringify(parsed.output)).toBe(JSON.stringify(input));
        }),
      );
    },
  );

  it.each(MODELS)(
    "%s: recognises the model's own frozen output of a near payload",
    (_type, schema, example) => {
      const inOutputForm = outputFormTest(schema);
      fc.assert(
        fc.property(nearArb(example), (raw) => {
          const parsed = safeParseModel(schema, raw);
          if (parsed.success) expect(inOutputForm(parsed.output)).toBe(true);
        }),
      );
    },
  );

  it.each(MODELS)(
    "%s: the compiled check gives the check tree's answer on any near payload",
    (_type, schema, example) => {
      const tree = checkOf(schema as unknown as SchemaNode);
      const compiled = compiledCheck(tree);
      expect(compiled).toBeTypeOf("function");
      fc.assert(
        fc.property(nearArb(example), fc.boolean(), (raw, frozen) => {
          const input = frozen ? freezeJsonCopy(raw) : raw;
          expect(compiled?.(input)).toBe(passes(tree, input));
        }),
      );
    },
  );

  it("leaves an input whose reading throws to the model", () => {
    const inOutputForm = outputFormTest(DoneEvidenceSchema);
    const hostile = Object.freeze(
      Object.defineProperty({}, "repos", {
        enumerable: true,
        get() {
          throw new Error("boom");
        },
      }),
    );
    expect(inOutputForm(hostile)).toBe(false);
    const parsed = modelOutputOf(DoneEvidenceSchema)(hostile);
    expect(parsed).toBeUndefined();
  });

  it("recognises the examples as a producer writes them, once frozen", () => {
    for (const [, schema, example] of MODELS) {
      expect(outputFormTest(schema)(example)).toBe(false);
      expect(outputFormTest(schema)(freezeJsonCopy(example))).toBe(true);
    }
  });

  it.each<[string, unknown]>([
    ["a missing default", { ...GLOSSARY_EXAMPLES.TermCandidateObserved, step_metadata: undefined }],
    ["an extra key", { ...GLOSSARY_EXAMPLES.TermCandidateObserved, extra: 1 }],
    ["a text confidence", { ...GLOSSARY_EXAMPLES.TermCandidateObserved, confidence: "0.8" }],
    ["a boolean confidence", { ...GLOSSARY_EXAMPLES.TermCandidateObserved, confidence: true }],
    ["a refused value", { ...GLOSSARY_EXAMPLES.TermCandidateObserved, confidence: 2 }],
    ["an empty text", { ...GLOSSARY_EXAMPLES.TermCandidateObserved, actor: "" }],
  ])("leaves a payload with %s to the model", (_label, payload) => {
    const inOutputForm = outputFormTest(GLOSSARY_PAYLOAD_MODELS.TermCandidateObserved);
    expect(inOutputForm(freezeJsonCopy(payload))).toBe(false);
  });

  it("leaves fields in another order, and unfrozen nested values, to the model", () => {
    const { mission_id, ...rest } = GLOSSARY_EXAMPLES.GlossaryScopeActivated as Record<
      string,
      unknown
    >;
    const scope = outputFormTest(GLOSSARY_PAYLOAD_MODELS.GlossaryScopeActivated);
    expect(scope(freezeJsonCopy({ ...rest, mission_id }))).toBe(false);
    const check = outputFormTest(GLOSSARY_PAYLOAD_MODELS.SemanticCheckEvaluated);
    const example = GLOSSARY_EXAMPLES.SemanticCheckEvaluated as Record<string, unknown>;
    expect(
      check(Object.freeze({ ...example, conflicts: [...(example.conflicts as unknown[])] })),
    ).toBe(false);
    expect(check(freezeJsonCopy(example))).toBe(true);
  });

  it("checks nested models field by field (actor, conflict entries)", () => {
    const actor = outputFormTest(RuntimeActorIdentitySchema);
    const full = {
      actor_id: "a",
      actor_type: "llm",
      display_name: "",
      provider: null,
      model: null,
      tool: null,
    };
    expect(actor(freezeJsonCopy(full))).toBe(true);
    expect(actor(freezeJsonCopy({ ...full, actor_type: "llm\n" }))).toBe(false);
    expect(actor(freezeJsonCopy({ ...full, display_name: null }))).toBe(false);
    const entry = outputFormTest(SemanticConflictEntrySchema);
    expect(
      entry(freezeJsonCopy({ term: "t", nature: "drift", severity: "low", description: "" })),
    ).toBe(true);
    expect(
      entry(freezeJsonCopy({ term: "t", nature: "Drift", severity: "low", description: "" })),
    ).toBe(false);
  });
});

describe("modelOutputOf", () => {
  it.each(MODELS)(
    "%s: gives safeParseModel's output (or undefined), the input itself when in output form",
    (_type, schema, example) => {
      const outputOf = modelOutputOf(schema);
      const inOutputForm = outputFormTest(schema);
      fc.assert(
        fc.property(nearArb(example), fc.boolean(), (raw, frozen) => {
          const input = frozen ? freezeJsonCopy(raw) : raw;
          const output = outputOf(input);
          const parsed = safeParseModel(schema, input);
          expect(output).toEqual(parsed.output);
          expect(JSON.stringify(output)).toBe(JSON.stringify(parsed.output));
          if (inOutputForm(input)) expect(output).toBe(input);
          else if (parsed.success) expect(output).not.toBe(input);
        }),
      );
    },
  );
});

/** A "before" step that reads `b` as `a`. */
const aliasB = (input: unknown): unknown => (input === "b" ? "a" : input);

describe("outputFormTest on field kinds", () => {
  const one = (field: Parameters<typeof model>[2][string]) =>
    outputFormTest(model("One", "", { f: field }));
  it.each<[string, ReturnType<typeof one>, unknown, boolean]>([
    ["text", one(stringField()), "", true],
    ["non-empty text, empty", one(nonEmptyStringField()), "", false],
    ["literal", one(literalField(["a", "b"])), "b", true],
    ["boolean literal (converts 1)", one(literalField([true])), true, false],
    ["float given as a number", one(laxFloatField()), 1.5, true],
    ["float given as text", one(laxFloatField()), "1.5", false],
    ["bounded float, -0.0 (passes >= 0)", one(laxFloatField({ ge: 0, le: 1 })), -0, true],
    ["bounded float, above the maximum", one(laxFloatField({ ge: 0, le: 1 })), 1.0000001, false],
    ["bounded float, NaN", one(laxFloatField({ ge: 0, le: 1 })), Number.NaN, false],
    ["float with an exclusive minimum, on it", one(laxFloatField({ gt: 0 })), 0, false],
    ["float with an exclusive minimum, above it", one(laxFloatField({ gt: 0 })), 0.1, true],
    ["text with a maximum, too long", one(stringField({ maxLength: 3 })), "abcd", false],
    [
      "text with a maximum, one code point of two units",
      one(stringField({ maxLength: 1 })),
      "\u{1F600}",
      true,
    ],
    ["text with a minimum of 2", one(stringField({ minLength: 2 })), "a", false],
    ["integer (a kind it does not know)", one(laxIntField()), 3, false],
    ["lax boolean given as a boolean", one(laxBoolField()), false, true],
    ["lax boolean given as 1 (converts)", one(laxBoolField()), 1, false],
    ["lax boolean given as text (converts)", one(laxBoolField()), "true", false],
    [
      "before step leaving the value as it is",
      one(withBefore(literalField(["a"]), aliasB)),
      "a",
      true,
    ],
    [
      "before step mapping the value",
      one(withBefore(literalField(["a", "b"]), aliasB)),
      "b",
      false,
    ],
    [
      "before step, value refused after it",
      one(withBefore(literalField(["a"]), aliasB)),
      "c",
      false,
    ],
    ["nullable text, null", one(nullableField(stringField())), null, true],
    ["text with a default, given", one(withDefault(stringField(), "")), "x", true],
    ["list below its minimum", one(listField(stringField(), { minItems: 1 })), [], false],
    ["list of text", one(listField(stringField(), { minItems: 1 })), ["a"], true],
    [
      "tuple of text",
      one(withFactoryDefault(tupleField(stringField()), () => [])),
      ["a", "b"],
      true,
    ],
    ["dict of text", one(dictField(stringField())), { "2": "a", x: "b" }, true],
    ["dict with a number", one(dictField(stringField())), { x: 1 }, false],
  ])("%s", (_label, test, value, expected) => {
    expect(test(freezeJsonCopy({ f: value }))).toBe(expected);
  });

  it("leaves models of kinds it does not know to the model (connector payloads: datetimes, URLs)", () => {
    for (const [type, schema] of Object.entries(CONNECTOR_PAYLOAD_MODELS)) {
      const parsed = safeParseModel(schema, CONNECTOR_EXAMPLES[type]);
      expect(parsed.success).toBe(true);
      expect(outputFormTest(schema)(freezeJsonCopy(CONNECTOR_EXAMPLES[type]))).toBe(false);
    }
  });
});
