/**
 * The schema layer's validators, compiled ahead of time from the published schemas.
 *
 *   tsx --conditions=source scripts/validators.ts generate   # write events-conformance/src/generated/
 *   tsx --conditions=source scripts/validators.ts check      # exit 1 on drift, missing or orphaned files
 *
 * ajv compiles each published schema into JavaScript with the options of the schema layer
 * ({@link SCHEMA_VALIDATOR_OPTIONS}); each schema's code goes into a module of its own in
 * events-conformance (`src/generated/validators/<name>.ts`, with an index), which
 * `validateEvent` imports. So no process compiles a schema at run time: ajv's compiler is not
 * even loaded.
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

/** Where the generated modules live: `packages/events-conformance/src/generated/validators/`. */
export const VALIDATORS_DIRECTORY = new URL(
  "../../packages/events-conformance/src/generated/validators/",
  import.meta.url,
).pathname;

/** File name of the generated index: it re-exports each schema's validator under its name. */
export const VALIDATORS_INDEX = "index.ts";

/** File name of a schema's generated validator module: `<schema name>.ts`. */
export function validatorFileName(schemaName: string): string {
  return `${schemaName}.ts`;
}

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
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
`;

type StandaloneCode = (ajv: Ajv2020, refs?: Record<string, string>) => string;
const standaloneCode = (standaloneCodeModule as unknown as { default: StandaloneCode }).default;

/** A new ajv instance with the schema layer's options, set to write code. */
function codeWritingAjv(): Ajv2020 {
  return new Ajv2020({
    ...SCHEMA_VALIDATOR_OPTIONS,
    code: { ...SCHEMA_VALIDATOR_OPTIONS.code, source: true, esm: true, lines: true },
  });
}

/**
 * The text of one schema's validator module: its compiled validator as `validate`.
 * Each module stands alone (a schema's `$defs` are its own), so one schema's module does not
 * grow with the others.
 *
 * @param schemaName The published schema's name.
 * @param schema The schema to compile (by default the published one of that name).
 */
export function generateValidatorModule(
  schemaName: string,
  schema: { readonly $id: string } = loadSchema(schemaName) as { $id: string },
): string {
  const ajv = codeWritingAjv();
  ajv.addSchema(schema);
  // An ES module is strict already: the directive ajv writes first is dropped.
  const code = standaloneCode(ajv, { validate: schema.$id }).replace(/^"use strict";\n?/, "");
  for (const [required] of code.matchAll(/require\([^)]*\)/g)) {
    if (!ALLOWED_REQUIRE.test(required)) throw new Error(`Generated validators call ${required}`);
  }
  const usesRequire = code.includes("require(");
  const imports = [
    ...(usesRequire ? ['import { createRequire } from "node:module";'] : []),
    ...(code.includes("pythonPatternEngine")
      ? ['import { pythonPatternEngine } from "../../python-pattern.js";']
      : []),
    ...(usesRequire ? ["", "const require = createRequire(import.meta.url);"] : []),
  ];
  return `${HEADER}${imports.length > 0 ? `${imports.join("\n")}\n\n` : ""}${code.trimEnd()}\n`;
}

/** The text of the index: one named re-export per published schema, sorted by name. */
export function generateValidatorsIndex(): string {
  const lines = listSchemas().map((name) => `export { validate as ${name} } from "./${name}.js";`);
  return `${HEADER}${lines.join("\n")}\n`;
}

/** Every generated file: `<schema name>.ts` per published schema, and the index. */
export function generateValidatorFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of listSchemas())
    files.set(validatorFileName(name), generateValidatorModule(name));
  files.set(VALIDATORS_INDEX, generateValidatorsIndex());
  return files;
}

/** The generated file set of a directory (every `.ts` file there is managed). */
export function validatorsFileSet(directory: string = VALIDATORS_DIRECTORY): GeneratedFileSet {
  return {
    directory,
    files: generateValidatorFiles(),
    isManaged: (fileName) => fileName.endsWith(".ts"),
  };
}

/** Compares `directory` with the generated modules: drift, missing or orphaned files. */
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
