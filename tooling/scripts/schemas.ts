/**
 * JSON Schemas (draft 2020-12) of the contract, generated from the events-core models.
 *
 *   tsx --conditions=source scripts/schemas.ts generate   # write packages/events-schemas/schemas/
 *   tsx --conditions=source scripts/schemas.ts check      # exit 1 on drift, missing or orphaned files
 *
 * The generator reads the one registry of events-core, derived from the list of families:
 * every entry of `PUBLISHED_SCHEMAS` (payload models, nested models, enums) becomes
 * `<schema name>.schema.json`. Each contract
 * field carries `wire`, its strict JSON Schema fragment, which replaces the field in the
 * output; the enums and nested models a model uses go to `$defs` and are referenced with
 * `$ref`. The text is
 * canonical JSON (keys sorted, 2-space indent, trailing newline), so generation is
 * byte-stable.
 */
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  definitionName,
  definitionRef,
  type EnumFieldSchema,
  isEnumFieldSchema,
  isModelSchema,
  type ModelEntries,
  type ModelSchema,
  PUBLISHED_SCHEMAS,
  type PublishedSchema,
} from "@spec-kitty/events-core";
import { type ConversionConfig, toJsonSchema } from "@valibot/to-json-schema";
import type * as v from "valibot";
import { canonicalJson } from "./lib/canonical-json.js";
import {
  type FileProblem,
  findFileProblems,
  type GeneratedFileSet,
  type GeneratorCommand,
  runGeneratorCommand,
  type WriteReport,
  writeGeneratedFiles,
} from "./lib/generated-files.js";

/** The `$schema` of every published schema. */
export const SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

/** Prefix of every `$id`: `spec-kitty-events/<name>`. */
export const SCHEMA_ID_PREFIX = "spec-kitty-events/";

/** File name suffix of a published schema: `<name>.schema.json`. */
export const SCHEMA_FILE_SUFFIX = ".schema.json";

/** Where the published schemas live: `packages/events-schemas/schemas/`. */
export const SCHEMAS_DIRECTORY = fileURLToPath(
  new URL("../../packages/events-schemas/schemas/", import.meta.url),
);

/**
 * The `$comment` of every published schema: it says where the file comes from, so nobody edits
 * it by hand (the drift check would fail).
 */
export const SCHEMA_COMMENT =
  "Generated from the @spec-kitty/events-core models by `pnpm schemas:generate`; do not edit.";

const SCHEMA_NAME = /^[a-z][a-z0-9_]*$/;

/** A generated JSON Schema document. */
export type JsonSchemaDocument = Record<string, unknown>;

/** A schema to publish: its name and where it comes from. */
export type SchemaSource =
  | { readonly kind: "model"; readonly name: string; readonly model: ModelSchema<ModelEntries> }
  | { readonly kind: "enum"; readonly name: string; readonly schema: EnumFieldSchema<string> };

/**
 * Pydantic's title of a property: underscores become spaces and each word is capitalised
 * like Python's `str.title()` (`connector_id` -> `Connector Id`, `sync_lane_v1` -> `Sync Lane V1`).
 */
export function propertyTitle(key: string): string {
  return key.replaceAll("_", " ").replace(/\p{L}+/gu, (word) => {
    const [first = "", ...rest] = word;
    return first.toUpperCase() + rest.join("").toLowerCase();
  });
}

type SchemaNode = v.GenericSchema & {
  readonly pipe?: readonly unknown[];
  readonly wrapped?: unknown;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly item?: unknown;
  readonly value?: unknown;
};

function isSchemaNode(value: unknown): value is SchemaNode {
  return (
    typeof value === "object" && value !== null && (value as v.GenericSchema).kind === "schema"
  );
}

/** A schema that gets its own `$defs` entry when a model uses it: an enum field or a model. */
export type DefinitionSource = EnumFieldSchema<string> | ModelSchema<ModelEntries>;

/**
 * The definitions a schema uses, keyed by name: the enum fields and the models found through
 * pipes, optional/nullable wrappers, model entries (nested models included), list items, dict
 * values and wrapped fields; `root` itself is not one. Two different definitions with one
 * name are an error (their `$defs` entries would collide).
 */
export function definitionsUsedBy(schema: v.GenericSchema): Map<string, DefinitionSource> {
  const found = new Map<string, DefinitionSource>();
  const visit = (node: unknown): void => {
    if (!isSchemaNode(node)) return;
    if (node.pipe) {
      visit(node.pipe[0]);
      return;
    }
    const name = node === schema ? undefined : definitionName(node);
    if (name !== undefined) {
      const known = found.get(name);
      if (known !== undefined && known !== node) {
        throw new Error(
          `Two different ${isModelSchema(node) ? "models" : "enums"} are named ${name}`,
        );
      }
      if (known !== undefined) return;
      found.set(name, node as unknown as DefinitionSource);
      if (isEnumFieldSchema(node)) return;
    }
    visit(node.wrapped);
    visit(node.item);
    visit(node.value);
    for (const entry of Object.values(node.entries ?? {})) visit(entry);
  };
  visit(schema);
  return found;
}

/**
 * The enum fields a schema uses (see {@link definitionsUsedBy}), keyed by enum name. Two
 * different enums with one name are an error.
 */
export function enumsUsedBy(schema: v.GenericSchema): Map<string, EnumFieldSchema<string>> {
  const enums = new Map<string, EnumFieldSchema<string>>();
  for (const [name, definition] of definitionsUsedBy(schema)) {
    if (isEnumFieldSchema(definition)) enums.set(name, definition as EnumFieldSchema<string>);
  }
  return enums;
}

/**
 * The conversion of `root`: each definition it uses (an enum or a model other than `root`)
 * becomes a `$ref`, each contract field or composite its `wire`, and a field with a factory
 * default (a function, the reference's `default_factory`) has no `default` keyword.
 */
function conversionConfig(root: v.GenericSchema): ConversionConfig {
  return {
    target: "draft-2020-12",
    definitions: {},
    overrideSchema: ({ valibotSchema, jsonSchema }) => {
      if (valibotSchema !== root) {
        const name = definitionName(valibotSchema);
        if (name !== undefined) return definitionRef(name) as Record<string, unknown>;
      }
      if ("wire" in valibotSchema) {
        return { ...(valibotSchema as unknown as { wire: Record<string, unknown> }).wire };
      }
      const fallback = (valibotSchema as { default?: unknown }).default;
      if (valibotSchema.type === "optional" && typeof fallback === "function") {
        const { default: _factoryDefault, ...rest } = jsonSchema as Record<string, unknown>;
        return rest;
      }
      return undefined;
    },
  };
}

/**
 * True when pydantic gives a property no title: a `$ref` (a model or an enum), or an `anyOf`
 * holding one (a nullable model or enum).
 */
function isReferenceProperty(property: Record<string, unknown>): boolean {
  if ("$ref" in property) return true;
  const { anyOf } = property;
  return (
    Array.isArray(anyOf) &&
    anyOf.some((branch) => typeof branch === "object" && branch !== null && "$ref" in branch)
  );
}

/**
 * The JSON Schema body of a model: `{ type: "object", properties, required }` with each
 * field's wire description, its `v.description` text and a pydantic-style title; models and
 * enums it uses are `$ref`s (their definitions are not included).
 */
export function modelBody(model: ModelSchema<ModelEntries>): JsonSchemaDocument {
  const { $schema: _dialect, ...body } = toJsonSchema(
    model,
    conversionConfig(model),
  ) as JsonSchemaDocument;
  const properties = (body.properties ?? {}) as Record<string, Record<string, unknown>>;
  for (const [key, property] of Object.entries(properties)) {
    if (!isReferenceProperty(property) && !("title" in property)) {
      property.title = propertyTitle(key);
    }
  }
  if (Array.isArray(body.required) && body.required.length === 0) delete body.required;
  return body;
}

/** The `$defs` entry of a definition: an enum's wire form, or a model's body with its title. */
function definitionJsonSchema(definition: DefinitionSource): JsonSchemaDocument {
  if (!isModelSchema(definition)) {
    const { $schema: _dialect, ...body } = toJsonSchema(
      definition,
      conversionConfig(definition),
    ) as JsonSchemaDocument;
    return body;
  }
  const model = definition as ModelSchema<ModelEntries>;
  const document: JsonSchemaDocument = { ...modelBody(model), title: model.name };
  if (model.description !== "") document.description = model.description;
  return document;
}

function collectRefs(value: unknown, refs: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, refs);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string") refs.add(item);
      else collectRefs(item, refs);
    }
  }
}

/**
 * Checks the `$defs` of a document: every `$ref` names an entry, and every entry is referenced
 * (from the properties or from another entry).
 */
function assertDefinitionsReferenced(name: string, document: JsonSchemaDocument): void {
  const defs = (document.$defs ?? {}) as Record<string, unknown>;
  const refs = new Set<string>();
  collectRefs(document, refs);
  for (const ref of refs) {
    if (!Object.hasOwn(defs, ref.replace(/^#\/\$defs\//, ""))) {
      throw new Error(`Schema ${name}: ${ref} has no definition`);
    }
  }
  for (const key of Object.keys(defs)) {
    if (!refs.has(`#/$defs/${key}`)) {
      throw new Error(`Schema ${name}: $defs/${key} is never referenced`);
    }
  }
}

function withIdentity(
  name: string,
  body: JsonSchemaDocument,
  title: string,
  description: string | undefined,
): JsonSchemaDocument {
  const document: JsonSchemaDocument = {
    ...body,
    $schema: SCHEMA_DIALECT,
    $comment: SCHEMA_COMMENT,
    $id: `${SCHEMA_ID_PREFIX}${name}`,
    title,
  };
  if (description !== undefined) document.description = description;
  return document;
}

/**
 * The JSON Schema of a model: each field's wire description (with its `v.description`
 * text and a pydantic-style title), the models and enums it uses in `$defs` (nested ones
 * too, all at the top level, as pydantic writes them) referenced with `$ref`, the model's
 * name as `title` and its description.
 */
export function modelJsonSchema(
  name: string,
  model: ModelSchema<ModelEntries>,
): JsonSchemaDocument {
  const body = modelBody(model);
  const definitions = definitionsUsedBy(model);
  if (definitions.size > 0) {
    body.$defs = Object.fromEntries(
      [...definitions].map(([key, definition]) => [key, definitionJsonSchema(definition)]),
    );
  }
  const document = withIdentity(name, body, model.name, model.description);
  assertDefinitionsReferenced(name, document);
  return document;
}

/** The JSON Schema of a standalone enum (`lane`, `sync_lane_v1`): its wire description. */
export function enumJsonSchema(name: string, schema: EnumFieldSchema<string>): JsonSchemaDocument {
  const body = toJsonSchema(schema, conversionConfig(schema)) as JsonSchemaDocument;
  const description = typeof body.description === "string" ? body.description : undefined;
  return withIdentity(name, body, schema.name, description);
}

/**
 * Every schema to publish, sorted by name: by default `PUBLISHED_SCHEMAS` of events-core
 * (derived from the list of families: payload models, nested models and enums). A name that
 * is not snake_case is an error.
 */
export function schemaSources(
  published: ReadonlyMap<string, PublishedSchema> = PUBLISHED_SCHEMAS,
): SchemaSource[] {
  const sources: SchemaSource[] = [];
  for (const [name, schema] of published) {
    if (!SCHEMA_NAME.test(name)) {
      throw new Error(`Schema name ${JSON.stringify(name)} is not snake_case`);
    }
    sources.push(
      schema.kind === "model"
        ? { kind: "model", name, model: schema.model }
        : { kind: "enum", name, schema: schema.schema },
    );
  }
  return sources.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The JSON Schema of one source. */
export function sourceJsonSchema(source: SchemaSource): JsonSchemaDocument {
  return source.kind === "model"
    ? modelJsonSchema(source.name, source.model)
    : enumJsonSchema(source.name, source.schema);
}

/** Every published schema by name (sorted). */
export function generateSchemas(): Map<string, JsonSchemaDocument> {
  return new Map(schemaSources().map((source) => [source.name, sourceJsonSchema(source)]));
}

/** Every published schema file: `<name>.schema.json` to its canonical text. */
export function generateSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [name, document] of generateSchemas()) {
    files.set(`${name}${SCHEMA_FILE_SUFFIX}`, canonicalJson(document));
  }
  return files;
}

/** The generated schema files of a directory (`*.schema.json` files are managed). */
export function schemaFileSet(directory: string = SCHEMAS_DIRECTORY): GeneratedFileSet {
  return {
    directory,
    files: generateSchemaFiles(),
    isManaged: (fileName) => fileName.endsWith(SCHEMA_FILE_SUFFIX),
  };
}

/** Writes every schema into `directory` and removes orphaned `*.schema.json` files. */
export function writeSchemas(directory: string = SCHEMAS_DIRECTORY): WriteReport {
  return writeGeneratedFiles(schemaFileSet(directory));
}

/** Compares `directory` with the generated schemas: drift, missing and orphaned files. */
export function checkSchemas(directory: string = SCHEMAS_DIRECTORY): FileProblem[] {
  return findFileProblems(schemaFileSet(directory));
}

/** The command line of this generator: `generate|check [directory]`. */
export const SCHEMA_GENERATOR: GeneratorCommand = {
  script: "schemas.ts",
  noun: "schemas",
  regenerate: "pnpm schemas:generate",
  defaultDirectory: SCHEMAS_DIRECTORY,
  fileSet: schemaFileSet,
};

/** Runs `generate` or `check`; returns the exit code. */
export function main(
  args: readonly string[],
  out?: (line: string) => void,
  err?: (line: string) => void,
): number {
  return runGeneratorCommand(SCHEMA_GENERATOR, args, out, err);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
