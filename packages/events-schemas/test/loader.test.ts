import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import {
  listSchemas,
  loadSchema,
  SCHEMA_FILE_SUFFIX,
  SCHEMAS_DIRECTORY,
  schemaPath,
  UnknownSchemaError,
  VERSION,
} from "../src/index.js";

const PACKAGE_ROOT = fileURLToPath(new URL("..", import.meta.url));
const packageJson = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8"));

/** Names of the files in schemas/, read independently of the loader. */
const filesOnDisk = readdirSync(join(PACKAGE_ROOT, "schemas"))
  .filter((file) => file.endsWith(".schema.json"))
  .map((file) => file.slice(0, -".schema.json".length));

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("listSchemas", () => {
  it("lists every schema file, sorted, as names without the suffix", () => {
    const names = listSchemas();
    expect(names).toEqual([...filesOnDisk].sort());
    expect([...names]).toEqual([...names].sort());
    expect(names).toContain("event");
    expect(names).toContain("lane");
    expect(names).toContain("sync_lane_v1");
    expect(names).toContain("connector_health_checked_payload");
    expect(names).toContain("sync_ingest_accepted_payload");
    expect(names).toContain("external_reference_linked_payload");
  });

  it("holds nothing but schema files in schemas/", () => {
    expect(readdirSync(SCHEMAS_DIRECTORY).every((file) => file.endsWith(SCHEMA_FILE_SUFFIX))).toBe(
      true,
    );
  });

  it("returns an immutable list", () => {
    expect(Object.isFrozen(listSchemas())).toBe(true);
  });
});

describe("loadSchema", () => {
  it("returns the parsed file, with $schema and $id = spec-kitty-events/<name>", () => {
    for (const name of listSchemas()) {
      const schema = loadSchema(name);
      expect(schema).toEqual(
        JSON.parse(readFileSync(join(SCHEMAS_DIRECTORY, `${name}.schema.json`), "utf8")),
      );
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(schema.$id).toBe(`spec-kitty-events/${name}`);
      expect(typeof schema.title).toBe("string");
    }
  });

  it("returns the same deeply frozen object on every call", () => {
    const schema = loadSchema("connector_health_checked_payload");
    expect(loadSchema("connector_health_checked_payload")).toBe(schema);
    expect(Object.isFrozen(schema)).toBe(true);
    const properties = schema.properties as Record<string, Record<string, unknown>>;
    expect(Object.isFrozen(properties)).toBe(true);
    expect(Object.isFrozen(properties.latency_ms)).toBe(true);
    expect(Object.isFrozen(schema.required)).toBe(true);
    expect(() => {
      (properties.latency_ms as Record<string, unknown>).minimum = 5;
    }).toThrow(TypeError);
    expect(loadSchema("connector_health_checked_payload")).toEqual(
      JSON.parse(readFileSync(schemaPath("connector_health_checked_payload"), "utf8")),
    );
  });

  it("gives a copy that can be edited through structuredClone", () => {
    const copy = structuredClone(loadSchema("lane")) as Record<string, unknown>;
    copy.title = "Changed";
    expect(loadSchema("lane").title).toBe("Lane");
  });

  it("gives schemas ajv compiles as they are (strict, formats not asserted)", () => {
    const ajv = new Ajv2020({ strict: true, validateFormats: false });
    for (const name of listSchemas())
      expect(() => ajv.compile(loadSchema(name)), name).not.toThrow();
    const validate = ajv.getSchema("spec-kitty-events/lane");
    expect(validate?.("in_progress")).toBe(true);
    expect(validate?.("doing")).toBe(false);
  });
});

describe("unknown names", () => {
  it.each([
    "no_such_schema",
    "",
    "Event",
    "event.schema.json",
    "../package",
    "../schemas/event",
    "schemas/event",
    "__proto__",
    "constructor",
  ])("%j throws UnknownSchemaError listing every available name", (name) => {
    for (const run of [() => loadSchema(name), () => schemaPath(name)]) {
      const error = caught(run);
      expect(error).toBeInstanceOf(UnknownSchemaError);
      const unknown = error as UnknownSchemaError;
      expect(unknown.schemaName).toBe(name);
      expect(unknown.available).toEqual(listSchemas());
      expect(unknown.message).toContain(`Unknown schema: ${JSON.stringify(name)}`);
      for (const available of listSchemas()) expect(unknown.message).toContain(available);
    }
  });
});

describe("schemaPath", () => {
  it("gives the absolute path of an existing file named <name>.schema.json", () => {
    for (const name of listSchemas()) {
      const path = schemaPath(name);
      expect(isAbsolute(path)).toBe(true);
      expect(existsSync(path)).toBe(true);
      expect(path).toBe(join(PACKAGE_ROOT, "schemas", `${name}.schema.json`));
      expect(dirname(path)).toBe(join(PACKAGE_ROOT, "schemas"));
    }
  });
});

describe("direct JSON imports through the exports map", () => {
  const require = createRequire(import.meta.url);

  it("resolves @spec-kitty/events-schemas/schemas/<name>.schema.json to the file", () => {
    for (const name of listSchemas()) {
      const specifier = `@spec-kitty/events-schemas/schemas/${name}.schema.json`;
      expect(require.resolve(specifier)).toBe(schemaPath(name));
      expect(require(specifier)).toEqual(loadSchema(name));
    }
  });

  it("imports a schema as a JSON module", async () => {
    const imported = await import("@spec-kitty/events-schemas/schemas/event.schema.json", {
      with: { type: "json" },
    });
    expect(imported.default).toEqual(loadSchema("event"));
  });

  it("exports schemas/* in the workspace and the published maps, and ships schemas/", () => {
    expect(packageJson.exports["./schemas/*"]).toBe("./schemas/*");
    expect(packageJson.publishConfig.exports["./schemas/*"]).toBe("./schemas/*");
    expect(packageJson.files).toContain("schemas");
  });

  it("depends on nothing at run time", () => {
    expect(packageJson.dependencies ?? {}).toEqual({});
    expect(packageJson.peerDependencies ?? {}).toEqual({});
  });
});

describe("VERSION", () => {
  it("is the contract version, equal to the package version", () => {
    expect(VERSION).toBe("2.7.0");
    expect(packageJson.version).toBe(VERSION);
  });
});
