import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FIXTURE_CATEGORIES, loadFixtures, schemaValidator } from "@spec-kitty/events-conformance";
import { listSchemas, loadSchema } from "@spec-kitty/events-schemas";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkValidators,
  generateValidatorFiles,
  generateValidatorModule,
  generateValidatorsIndex,
  main,
  SCHEMA_VALIDATOR_OPTIONS,
  VALIDATORS_DIRECTORY,
  VALIDATORS_INDEX,
  validatorFileName,
} from "../scripts/validators.js";
import { validExamplesBySchemaName } from "./schemas-examples.js";

// The same schemas compiled at run time, with the same options, as the reference point.
const ajv = new Ajv2020(SCHEMA_VALIDATOR_OPTIONS);
const runtimeValidator = (name: string) => ajv.compile(loadSchema(name) as object);

/** Verdict and errors of a validator, as plain data. */
function outcome(validate: ReturnType<typeof runtimeValidator>, value: unknown) {
  const valid = validate(value);
  return { valid, errors: validate.errors ?? null };
}

const examples = validExamplesBySchemaName();
const invalidPayloads = FIXTURE_CATEGORIES.flatMap((category) =>
  loadFixtures(category).filter((fixture) => !fixture.expectedValid),
);

/** A valid example with one field replaced by any JSON value, or removed. */
function mutatedExample(name: string) {
  const list = (examples.get(name) ?? []).filter(
    (value): value is Record<string, unknown> =>
      typeof value === "object" && value !== null && !Array.isArray(value),
  );
  if (list.length === 0) return fc.jsonValue();
  return fc
    .tuple(fc.constantFrom(...list), fc.nat(), fc.option(fc.jsonValue(), { nil: undefined }))
    .map(([example, index, replacement]) => {
      const keys = Object.keys(example);
      const key = keys[index % keys.length] as string;
      const copy: Record<string, unknown> = { ...example };
      if (replacement === undefined) delete copy[key];
      else copy[key] = replacement;
      return copy;
    });
}

describe("precompiled schema validators", () => {
  it("are up to date with the published schemas (pnpm validators:check)", () => {
    expect(checkValidators()).toEqual([]);
  });

  it("generate byte-identical text on every run", () => {
    for (const name of listSchemas()) {
      expect(generateValidatorModule(name)).toBe(generateValidatorModule(name));
      expect(generateValidatorModule(name)).toBe(
        readFileSync(join(VALIDATORS_DIRECTORY, validatorFileName(name)), "utf8"),
      );
    }
    expect(generateValidatorsIndex()).toBe(
      readFileSync(join(VALIDATORS_DIRECTORY, VALIDATORS_INDEX), "utf8"),
    );
  });

  it("write one module per published schema and an index that re-exports each by name", () => {
    const files = generateValidatorFiles();
    expect([...files.keys()].sort()).toEqual(
      [...listSchemas().map(validatorFileName), VALIDATORS_INDEX].sort(),
    );
    const exported = [...generateValidatorsIndex().matchAll(/export \{ validate as (\w+) \}/g)];
    expect(exported.map((m) => m[1])).toEqual([...listSchemas()]);
  });

  it("load nothing at run time but ajv's runtime helpers and the pattern engine", () => {
    for (const [file, text] of generateValidatorFiles()) {
      if (file === VALIDATORS_INDEX) continue;
      const imports = [...text.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
      for (const path of imports)
        expect(["../../python-pattern.js", "node:module"]).toContain(path);
      const required = [...text.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
      for (const path of required) expect(path).toMatch(/^ajv\/dist\/runtime\//);
      expect(text).toMatch(/^export const validate = /m);
    }
  });

  // It compiles every published schema six times: allow for the growing list and a busy machine.
  it("the check fails on drift, a missing and an orphaned file, and generate repairs them", () => {
    const directory = mkdtempSync(join(tmpdir(), "sk-validators-"));
    const lines: string[] = [];
    const log = (line: string) => lines.push(line);
    try {
      expect(main(["check", directory], log, log)).toBe(1);
      expect(main(["generate", directory], log, log)).toBe(0);
      expect(main(["check", directory], log, log)).toBe(0);
      writeFileSync(join(directory, validatorFileName("event")), "// edited\n");
      expect(main(["check", directory], log, log)).toBe(1);
      expect(lines.join("\n")).toMatch(/event\.ts/);
      expect(main(["generate", directory], log, log)).toBe(0);
      writeFileSync(join(directory, "stale_payload.ts"), "// left over\n");
      lines.length = 0;
      expect(main(["check", directory], log, log)).toBe(1);
      expect(lines.join("\n")).toMatch(/stale_payload\.ts: orphaned/);
      expect(main(["generate", directory], log, log)).toBe(0);
      expect(main(["check", directory], log, log)).toBe(0);
      expect(main(["bogus"], log, log)).toBe(2);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);

  it.each(listSchemas())(
    "%s: same verdict and errors as the schema compiled at run time",
    (name) => {
      const compiled = schemaValidator(name);
      const reference = runtimeValidator(name);
      const corpus: unknown[] = [
        ...(examples.get(name) ?? []),
        ...invalidPayloads.map((fixture) => fixture.payload),
        null,
        [],
        {},
        "text",
        Number.POSITIVE_INFINITY,
      ];
      for (const value of corpus)
        expect(outcome(compiled, value)).toEqual(outcome(reference, value));
      fc.assert(
        fc.property(fc.oneof(mutatedExample(name), fc.jsonValue()), (value) => {
          expect(outcome(compiled, value)).toEqual(outcome(reference, value));
        }),
        { numRuns: 300 },
      );
    },
  );
});
