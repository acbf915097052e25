/**
 * @spec-kitty/events-schemas: the JSON Schemas (draft 2020-12) of the spec-kitty event
 * contract 2.7.0, one `<name>.schema.json` file per payload model, the `event` envelope and
 * the standalone enums, generated from the `@spec-kitty/events-core` models. This module
 * finds and loads them; the files can also be imported directly
 * (`@spec-kitty/events-schemas/schemas/event.schema.json`).
 *
 * @packageDocumentation
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Version of this package, equal to the contract version. */
export const VERSION = "2.7.0";

/** File name suffix of a published schema: `<name>.schema.json`. */
export const SCHEMA_FILE_SUFFIX = ".schema.json";

/** The directory holding the schema files (`schemas/` at the package root). */
export const SCHEMAS_DIRECTORY: string = fileURLToPath(new URL("../schemas/", import.meta.url));

/** A published JSON Schema document (deeply frozen). */
export interface JsonSchemaDocument {
  /** Always `https://json-schema.org/draft/2020-12/schema`. */
  readonly $schema: string;
  /** `spec-kitty-events/<name>`. */
  readonly $id: string;
  /** The model or enum name, e.g. `ConnectorHealthCheckedPayload`. */
  readonly title: string;
  /** The model or enum description. */
  readonly description?: string;
  /** The other keywords (`type`, `properties`, `required`, `$defs`, `enum`, ...). */
  readonly [keyword: string]: unknown;
}

/** Raised for a schema name that is not published; `available` lists the names that are. */
export class UnknownSchemaError extends Error {
  /** The rejected name. */
  readonly schemaName: string;
  /** Every published schema name, sorted. */
  readonly available: readonly string[];

  constructor(schemaName: string, available: readonly string[]) {
    super(
      `Unknown schema: ${JSON.stringify(schemaName)}. Available schemas: ${available.join(", ")}`,
    );
    this.name = "UnknownSchemaError";
    this.schemaName = schemaName;
    this.available = available;
  }
}

let names: readonly string[] | undefined;
const loaded = new Map<string, JsonSchemaDocument>();

/** Every published schema name (`connector_health_checked_payload`, `event`, `lane`, ...), sorted. */
export function listSchemas(): readonly string[] {
  names ??= Object.freeze(
    readdirSync(SCHEMAS_DIRECTORY)
      .filter((file) => file.endsWith(SCHEMA_FILE_SUFFIX))
      .map((file) => file.slice(0, -SCHEMA_FILE_SUFFIX.length))
      .sort(),
  );
  return names;
}

/**
 * Absolute path of a schema file. Only published names are accepted (no paths): an unknown
 * name throws {@link UnknownSchemaError} listing the available ones.
 */
export function schemaPath(name: string): string {
  const available = listSchemas();
  if (!available.includes(name)) throw new UnknownSchemaError(name, available);
  return join(SCHEMAS_DIRECTORY, `${name}${SCHEMA_FILE_SUFFIX}`);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/**
 * The parsed schema of a published name. The result is cached and deeply frozen: every
 * call returns the same object, and nothing can change it (copy it with `structuredClone`
 * to edit). An unknown name throws {@link UnknownSchemaError} listing the available ones.
 */
export function loadSchema(name: string): JsonSchemaDocument {
  let schema = loaded.get(name);
  if (schema === undefined) {
    const path = schemaPath(name);
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new Error(`Cannot read schema ${name} from ${path}: ${(error as Error).message}`);
    }
    schema = deepFreeze(parsed as JsonSchemaDocument);
    loaded.set(name, schema);
  }
  return schema;
}
