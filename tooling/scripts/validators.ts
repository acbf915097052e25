/**
 * The schema layer's validators, compiled ahead of time from the published schemas.
 *
 *   tsx --conditions=source scripts/validators.ts generate   # write events-conformance/src/generated/
 *   tsx --conditions=source scripts/validators.ts check      # exit 1 on drift, missing or orphaned files
 *
 * ajv compiles each published schema into JavaScript with the options of the schema layer
 * ({@link SCHEMA_VALIDATOR_OPTIONS}); the code goes into one module of events-conformance,
 * which `validateEvent` imports. So no process compiles a schema at run time: ajv's compiler
 * is not even loaded.
 */
import { pathToFileURL } from "node:url";
import { listSchemas, loadSchema } from "@spec-kitty/events-schemas";
import { Ajv2020, type Options } from "ajv/dist/2020.js";
import standaloneCodeModule from "ajv/dist/standalone/index.js";
import { pythonPatternEngine } from "../../packages/events-conformance/src/python-pattern.js";
import {
  type FileProblem,
  findFileProblems,
  type GeneratedFileSet,
  type GeneratorCommand,
  runGeneratorCommand,
} from "./lib/generated-files.js";

/** Where the generated module lives: `packages/events-conformance/src/generated/`. */
export const VALIDATORS_DIRECTORY = new URL(
  "../../packages/events-conformance/src/generated/",
  import.meta.url,
).pathname;

/** File name of the generated module. */
export const VALIDATORS_FILE = "schema-validators.ts";

/**
 * The options of the schema layer: draft 2020-12, `format` kept as an annotation, every
 * violation reported (`verbose`, for the reference's messages), strict about schema keywords
 * (unknown keywords throw), patterns with the reference's (Python `re`) semantics, required
 * fields checked as own properties. `strictTypes` is off: a `pattern` next to an `anyOf` of
 * string and null (a nullable id) is valid JSON Schema, as the reference writes it.
 * `strictNumbers` is off: like the reference's schema layer, an infinite number (JSON `1e400`)
 * is a `number`.
 */
export const SCHEMA_VALIDATOR_OPTIONS: Options = Object.freeze({
  strict: true,
  strictTypes: false,
  strictNumbers: false,
  allErrors: true,
  validateFormats: false,
  verbose: true,
  ownProperties: true,
  code: { regExp: pythonPatternEngine },
});

// The generated code loads ajv's runtime helpers (e.g. `ucs2length`) with `require`, as ajv
// writes it: the module defines `require` for itself, so the helpers load as CommonJS under
// any ESM loader. Nothing else may be required.
const ALLOWED_REQUIRE = /^require\("ajv\/dist\/runtime\/[a-z0-9]+"\)$/;

const HEADER = `// Generated from the published schemas by \`pnpm validators:generate\`; do not edit.
// The schema layer's ajv validators, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
`;

type StandaloneCode = (ajv: Ajv2020, refs: Record<string, string>) => string;
const standaloneCode = (standaloneCodeModule as unknown as { default: StandaloneCode }).default;

/** The published schemas by name (the default input of {@link generateValidatorsModule}). */
export function publishedSchemas(): Map<string, { readonly $id: string }> {
  return new Map(listSchemas().map((name) => [name, loadSchema(name) as { $id: string }]));
}

/**
 * The text of the generated module: one export per schema, named after it (by default every
 * published schema).
 */
export function generateValidatorsModule(
  schemas: ReadonlyMap<string, { readonly $id: string }> = publishedSchemas(),
): string {
  const ajv = new Ajv2020({
    ...SCHEMA_VALIDATOR_OPTIONS,
    code: { ...SCHEMA_VALIDATOR_OPTIONS.code, source: true, esm: true, lines: true },
  });
  const refs: Record<string, string> = {};
  for (const [name, schema] of schemas) {
    ajv.addSchema(schema);
    refs[name] = schema.$id;
  }
  // An ES module is strict already: the directive ajv writes first is dropped.
  const code = standaloneCode(ajv, refs).replace(/^"use strict";\n?/, "");
  for (const [required] of code.matchAll(/require\([^)]*\)/g)) {
    if (!ALLOWED_REQUIRE.test(required)) throw new Error(`Generated validators call ${required}`);
  }
  const imports = [
    'import { createRequire } from "node:module";',
    'import { pythonPatternEngine } from "../python-pattern.js";',
    "",
    "const require = createRequire(import.meta.url);",
  ];
  return `${HEADER}${imports.join("\n")}\n\n${code.trimEnd()}\n`;
}

/** The generated file set of a directory (only {@link VALIDATORS_FILE} is managed). */
export function validatorsFileSet(directory: string = VALIDATORS_DIRECTORY): GeneratedFileSet {
  return {
    directory,
    files: new Map([[VALIDATORS_FILE, generateValidatorsModule()]]),
    isManaged: (fileName) => fileName === VALIDATORS_FILE,
  };
}

/** Compares `directory` with the generated module: drift or a missing file. */
export function checkValidators(directory: string = VALIDATORS_DIRECTORY): FileProblem[] {
  return findFileProblems(validatorsFileSet(directory));
}

/** The command line of this generator: `generate|check [directory]`. */
export const VALIDATOR_GENERATOR: GeneratorCommand = {
  script: "validators.ts",
  noun: "validators",
  regenerate: "pnpm validators:generate",
  defaultDirectory: VALIDATORS_DIRECTORY,
  fileSet: validatorsFileSet,
};

/** Runs `generate` or `check`; returns the exit code. */
export function main(
  args: readonly string[],
  out?: (line: string) => void,
  err?: (line: string) => void,
): number {
  return runGeneratorCommand(VALIDATOR_GENERATOR, args, out, err);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
