/**
 * The schema generator on models built with the family field kinds (test-only models): nested
 * models in `$defs` with `$ref`, nullable `anyOf`, `minItems`, constant and factory defaults,
 * inline literals, titles as pydantic writes them; and the schema layer (run-time and
 * ahead-of-time ajv) on the result, with the reference's JSON paths.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { listField, model, safeParseModel, stringField } from "@spec-kitty/events-core";
import { Ajv2020, type ErrorObject } from "ajv/dist/2020.js";
import { afterAll, describe, expect, it } from "vitest";
import {
  definitionsUsedBy,
  enumsUsedBy,
  modelJsonSchema,
  SCHEMA_DIALECT,
} from "../scripts/schemas.js";
import { generateValidatorModule, SCHEMA_VALIDATOR_OPTIONS } from "../scripts/validators.js";
import { Leaf, Root, valid } from "./kinds-models.js";

const schema = modelJsonSchema("root_payload", Root);

describe("a model built with the family kinds", () => {
  it("is written as pydantic writes it", () => {
    const nullable = (branch: object) => ({ anyOf: [branch, { type: "null" }], default: null });
    expect(schema).toEqual({
      $schema: SCHEMA_DIALECT,
      $comment: expect.any(String),
      $id: "spec-kitty-events/root_payload",
      title: "RootPayload",
      description: "A root.",
      type: "object",
      properties: {
        branch: { $ref: "#/$defs/Branch", description: "The branch" },
        maybe: nullable({ $ref: "#/$defs/Branch" }),
        mode: { ...nullable({ $ref: "#/$defs/Mode" }), description: "Mode, if any" },
        flag: { type: "boolean", default: false, title: "Flag" },
        label: { type: "string", default: "", title: "Label" },
        kind: { const: "x", type: "string", title: "Kind" },
        kinds: { ...nullable({ enum: ["x", "y"], type: "string" }), title: "Kinds" },
        count: { type: "integer", exclusiveMinimum: 0, title: "Count" },
        score: { type: "number", minimum: 0, maximum: 1, title: "Score" },
        meta: { type: "object", additionalProperties: { type: "string" }, title: "Meta" },
        diag: {
          ...nullable({ type: "object", additionalProperties: { type: "string" } }),
          title: "Diag",
        },
        refs: { type: "array", items: { type: "string" }, minItems: 1, title: "Refs" },
        changed: {
          ...nullable({ type: "array", items: { $ref: "#/$defs/Leaf" } }),
          title: "Changed",
        },
        optionals: { $ref: "#/$defs/Optionals" },
      },
      required: ["branch", "kind", "count", "score", "refs", "optionals"],
      $defs: {
        Branch: {
          title: "Branch",
          description: "A branch.",
          type: "object",
          properties: {
            leaves: {
              type: "array",
              items: { $ref: "#/$defs/Leaf" },
              minItems: 1,
              description: "At least one leaf",
              title: "Leaves",
            },
            extra: { type: "array", items: { $ref: "#/$defs/Leaf" }, title: "Extra" },
            mode: { $ref: "#/$defs/Mode" },
          },
          required: ["leaves", "mode"],
        },
        Leaf: {
          title: "Leaf",
          description: "A leaf.",
          type: "object",
          properties: {
            id: { type: "string", minLength: 1, description: "Leaf id", title: "Id" },
            note: { ...nullable({ type: "string" }), title: "Note" },
          },
          required: ["id"],
        },
        Mode: {
          title: "Mode",
          description: "How it runs.",
          enum: ["fast", "slow"],
          type: "string",
        },
        Optionals: {
          title: "Optionals",
          type: "object",
          properties: { hint: { ...nullable({ type: "string" }), title: "Hint" } },
        },
      },
    });
  });

  it("finds the definitions through nested models, lists, wrappers and before steps", () => {
    expect([...definitionsUsedBy(Root).keys()].sort()).toEqual([
      "Branch",
      "Leaf",
      "Mode",
      "Optionals",
    ]);
    expect([...enumsUsedBy(Root).keys()]).toEqual(["Mode"]);
    expect([...definitionsUsedBy(Leaf).keys()]).toEqual([]);
  });

  it("rejects two different models with one name", () => {
    const Other = model("Leaf", "Another leaf.", { x: stringField() });
    const Clash = model("Clash", "c", { a: Leaf, b: listField(Other) });
    expect(() => modelJsonSchema("clash", Clash)).toThrow(/Two different models are named Leaf/);
  });

  it("refuses a member schema with no wire form", () => {
    expect(() => listField({ ...stringField(), wire: undefined } as never)).toThrow(/no wire form/);
  });
});

/**
 * The errors of a validator as plain data, those of a failed anyOf's branches left out (the
 * reference reports the anyOf alone; the conformance validator's own filter is tested in
 * events-conformance): `<instance path> <keyword>`, sorted.
 */
function violations(errors: readonly ErrorObject[] | null | undefined) {
  const list = errors ?? [];
  const hidden = new Set<ErrorObject>();
  list.forEach((error, index) => {
    if (error.keyword !== "anyOf") return;
    for (let j = index - 1; j >= 0; j--) {
      const branch = list[j] as ErrorObject;
      if (!`${branch.instancePath}/`.startsWith(`${error.instancePath}/`)) break;
      hidden.add(branch);
    }
  });
  return list
    .filter((error) => !hidden.has(error))
    .map((error) => `${error.instancePath} ${error.keyword}`)
    .sort();
}

const CASES: readonly [string, unknown, readonly string[], readonly string[]][] = [
  ["a valid document", valid, [], []],
  [
    "a nested leaf without id, a bad enum",
    { ...valid, branch: { leaves: [{ note: null }], mode: "quick" } },
    ["/branch/leaves/0 required", "/branch/mode enum"],
    ["branch.leaves.0.id missing", "branch.mode enum"],
  ],
  [
    "an empty list below minItems; a null list with a factory default",
    { ...valid, branch: { leaves: [], extra: null, mode: "slow" } },
    ["/branch/extra type", "/branch/leaves minItems"],
    ["branch.leaves too_short", "branch.extra list_type"],
  ],
  [
    "lax inputs the schema layer refuses",
    { ...valid, flag: "yes", label: "l", score: "0.5", mode: "quick" },
    ["/flag type", "/mode anyOf", "/score type"],
    [],
  ],
  ["a model rule: only the model layer", { ...valid, flag: true }, [], [" value_error"]],
  [
    "a dict value, a tuple item and a literal",
    { ...valid, meta: { k: 1 }, refs: [null], kind: "y" },
    ["/kind const", "/meta/k type", "/refs/0 type"],
    ["kind literal_error", "meta.k string_type", "refs.0 string_type", "refs too_short"],
  ],
  [
    "a nullable nested model given a list",
    { ...valid, maybe: [] },
    ["/maybe anyOf"],
    ["maybe model_type"],
  ],
];

describe("the schema layer on it (run-time ajv, the schema layer's options)", () => {
  const ajv = new Ajv2020(SCHEMA_VALIDATOR_OPTIONS);
  const validate = ajv.compile(schema);

  it.each(CASES)("%s", (_label, document, schemaErrors, modelErrors) => {
    validate(document);
    expect(violations(validate.errors)).toEqual([...schemaErrors].sort());
    const result = safeParseModel(Root, document);
    expect((result.issues ?? []).map((i) => `${i.field} ${i.violationType}`)).toEqual(modelErrors);
  });
});

describe("the ahead-of-time validators (tooling/scripts/validators.ts) on it", () => {
  // Written under tooling/ so that the module's `require("ajv/...")` resolves.
  const directory = mkdtempSync(
    join(fileURLToPath(new URL("..", import.meta.url)), ".tmp-validators-"),
  );
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("compiles $defs and $ref of nested models into a module that reaches the same verdicts", async () => {
    const pattern = fileURLToPath(
      new URL("../../packages/events-conformance/src/python-pattern.ts", import.meta.url),
    );
    const code = generateValidatorModule("root_payload", schema as { $id: string });
    const file = join(directory, "root_payload.ts");
    writeFileSync(file, code.replace('"../../python-pattern.js"', JSON.stringify(pattern)));
    const compiled = (await import(pathToFileURL(file).href)) as Record<
      string,
      ((data: unknown) => boolean) & { errors?: ErrorObject[] | null }
    >;
    const validate = compiled.validate;
    if (validate === undefined) throw new Error("no root_payload validator");
    const runtime = new Ajv2020(SCHEMA_VALIDATOR_OPTIONS).compile(schema);
    const plain = (errors: readonly ErrorObject[] | null | undefined) =>
      (errors ?? []).map(({ instancePath, schemaPath, keyword, params }) => ({
        instancePath,
        schemaPath,
        keyword,
        params,
      }));
    for (const [label, document, schemaErrors] of CASES) {
      const verdict = validate(document);
      expect([label, verdict, violations(validate.errors)]).toEqual([
        label,
        schemaErrors.length === 0,
        [...schemaErrors].sort(),
      ]);
      runtime(document);
      expect(plain(validate.errors)).toEqual(plain(runtime.errors));
    }
  });
});
