/**
 * Parity with the reference schemas (spec-kitty-events 2.7.0): for every published schema
 * that has a reference counterpart, a corpus of documents gets the same verdict from both
 * under ajv (draft 2020-12, formats not asserted). The reference files are read in place from
 * `../shared/reference/schemas-2.7.0/` beside the repository (or the directory named by
 * `SPEC_KITTY_REFERENCE_SCHEMAS`), never copied into it. This is the reference check,
 * `pnpm test:reference`, kept apart from `pnpm test`, which needs nothing beside the clone.
 *
 * The corpus is built from both schemas' structure and the valid examples: each valid
 * example; each with one key removed; each with one property replaced by a probe value (wrong
 * types, null, arrays, objects, bounds and their neighbours, enum values of any enum and
 * near-misses, lengths around every length bound, pattern edge cases made from the valid
 * values); extra keys; and non-object documents.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { listSchemas, loadSchema } from "@spec-kitty/events-schemas";
import type { ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { validExamplesBySchemaName } from "../test/schemas-examples.js";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const REFERENCE_DIRECTORY =
  process.env.SPEC_KITTY_REFERENCE_SCHEMAS ??
  join(REPO_ROOT, "..", "shared", "reference", "schemas-2.7.0");

const referenceAjv = new Ajv2020({ strict: false, validateFormats: false });
const publishedAjv = new Ajv2020({ strict: true, validateFormats: false });

const GENERIC_PROBES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  1,
  -1,
  0.5,
  -0.5,
  1.5,
  2,
  4,
  5,
  1e300,
  -1e300,
  2 ** 53,
  "",
  " ",
  "x",
  "0",
  "1",
  "-1",
  "1.5",
  "true",
  "null",
  "2026-01-02T03:04:05Z",
  "2026-01-02T03:04:05.123456+00:00",
  "2026-01-02",
  "not a datetime",
  "https://example.com/path",
  "http://example.com",
  "ftp://example.com/",
  "example.com",
  "6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
  "6f1e2d3c4b5a49788695a4b3c2d1e0f9",
  "urn:uuid:6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
  "{6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9}",
  "not-a-uuid",
  "01ARZ3NDEKTSV4RRFFQ69G5FAV",
  "01arz3ndektsv4rrffq69g5fav",
  "01ARZ3NDEKTSV4RRFFQ69G5FAI",
  "01ARZ3NDEKTSV4RRFFQ69G5FA",
  "01ARZ3NDEKTSV4RRFFQ69G5FAVV",
  "1.0.0",
  "10.20.30",
  "1.0.0\n",
  "1.0",
  "v1.0.0",
  "1.0.0-rc.1",
  "١.٠.٠",
  "human",
  "service",
  "system",
  "Human",
  "humans",
  " human",
  "human\n",
  [],
  [1],
  ["x"],
  {},
  { a: 1 },
];

const NUMERIC_KEYWORDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"];
const LENGTH_KEYWORDS = ["minLength", "maxLength"];

/** Every value of `keyword` anywhere in a schema. */
function keywordValues(schema: unknown, keyword: string, found: unknown[] = []): unknown[] {
  if (Array.isArray(schema)) {
    for (const item of schema) keywordValues(item, keyword, found);
  } else if (typeof schema === "object" && schema !== null) {
    for (const [key, value] of Object.entries(schema)) {
      if (key === keyword) found.push(value);
      keywordValues(value, keyword, found);
    }
  }
  return found;
}

/** Probe values derived from a schema's bounds, lengths and enums. */
function structuralProbes(schema: unknown): unknown[] {
  const probes: unknown[] = [];
  for (const keyword of NUMERIC_KEYWORDS) {
    for (const bound of keywordValues(schema, keyword)) {
      if (typeof bound !== "number") continue;
      probes.push(bound, bound - 1, bound + 1, bound - 0.5, bound + 0.5, String(bound));
    }
  }
  for (const keyword of LENGTH_KEYWORDS) {
    for (const length of keywordValues(schema, keyword)) {
      if (typeof length !== "number") continue;
      for (const n of [length - 1, length, length + 1]) {
        if (n < 0) continue;
        probes.push("a".repeat(n), "0".repeat(n), "é".repeat(n), "😀".repeat(n));
      }
    }
  }
  for (const options of keywordValues(schema, "enum")) {
    if (!Array.isArray(options)) continue;
    for (const option of options) {
      probes.push(option);
      if (typeof option === "string") {
        probes.push(option.toUpperCase(), `${option} `, `${option}\n`, option.slice(1));
      }
    }
  }
  return probes;
}

/** Near-misses of a valid value: pattern and length edge cases made from it. */
function nearMisses(value: unknown): unknown[] {
  if (typeof value === "number") return [value, -value, value + 0.5, String(value)];
  if (typeof value !== "string") return [];
  return [
    value,
    `${value}\n`,
    ` ${value}`,
    `${value} `,
    value.toUpperCase(),
    value.toLowerCase(),
    value.slice(1),
    value.slice(0, -1),
    `${value}0`,
    `${value}!`,
    value.replaceAll("-", ""),
    value.replace(/[0-9]/, "٣"),
  ];
}

interface Verdicts {
  readonly document: unknown;
  readonly reference: boolean;
  readonly published: boolean;
}

function corpus(reference: unknown, published: unknown, examples: readonly unknown[]): unknown[] {
  const probes = [
    ...GENERIC_PROBES,
    ...structuralProbes(reference),
    ...structuralProbes(published),
  ];
  const documents: unknown[] = [...probes, [...examples], { extra_field: 1 }];
  for (const example of examples) {
    documents.push(...nearMisses(example));
    if (typeof example !== "object" || example === null || Array.isArray(example)) continue;
    const record = example as Record<string, unknown>;
    documents.push(
      example,
      { ...record, extra_field: "anything" },
      JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(record).slice(1)}`),
    );
    for (const key of Object.keys(record)) {
      const { [key]: _removed, ...rest } = record;
      documents.push(rest);
      for (const probe of [...probes, ...nearMisses(record[key])]) {
        documents.push({ ...record, [key]: probe });
      }
    }
  }
  return documents;
}

function verdicts(
  reference: ValidateFunction,
  published: ValidateFunction,
  documents: readonly unknown[],
): Verdicts[] {
  return documents.map((document) => ({
    document,
    reference: reference(document) === true,
    published: published(document) === true,
  }));
}

const examples = validExamplesBySchemaName();

describe("the reference schemas", () => {
  it(`are readable at ${REFERENCE_DIRECTORY}`, () => {
    expect(existsSync(REFERENCE_DIRECTORY), `missing directory ${REFERENCE_DIRECTORY}`).toBe(true);
  });
});

describe.each(listSchemas().map((name) => [name]))("schema %s", (name) => {
  it("accepts and rejects the same documents as the reference schema", () => {
    const referencePath = join(REFERENCE_DIRECTORY, `${name}.schema.json`);
    if (!existsSync(referencePath)) {
      throw new Error(`No reference schema for ${name}: ${referencePath} does not exist`);
    }
    const reference = JSON.parse(readFileSync(referencePath, "utf8"));
    const published = loadSchema(name);
    const valid = examples.get(name) ?? [];
    expect(valid.length, `no valid example for ${name}`).toBeGreaterThan(0);

    const validateReference = referenceAjv.compile(reference);
    const results = verdicts(
      validateReference,
      publishedAjv.compile(published),
      corpus(reference, published, valid),
    );

    for (const example of valid) {
      expect(validateReference(example), JSON.stringify(example)).toBe(true);
    }
    const accepted = results.filter((result) => result.reference).length;
    expect(accepted, "documents the reference accepts").toBeGreaterThan(valid.length);
    expect(results.length - accepted, "documents the reference rejects").toBeGreaterThan(50);
    const disagreements = results
      .filter((result) => result.reference !== result.published)
      .map((result) => ({ ...result, document: JSON.stringify(result.document) }));
    expect(disagreements).toEqual([]);
  });
});
