/**
 * The schema generator: byte-stable output, one schema per registered model and enum, every
 * schema valid draft 2020-12 under ajv's strict mode, the generation rules (titles, `$defs`,
 * descriptions), and the drift check against a directory.
 */
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CONTRACT_FAMILIES,
  describe as describeField,
  ENUM_SCHEMA_REGISTRY,
  EVENT_TYPE_REGISTRY,
  enumField,
  laxIntField,
  model,
  nonEmptyStringField,
  PUBLISHED_SCHEMAS,
  type PublishedSchema,
} from "@spec-kitty/events-core";
import { Ajv2020 } from "ajv/dist/2020.js";
import * as v from "valibot";
import { afterEach, describe, expect, it } from "vitest";
import { findFileProblems, writeGeneratedFiles } from "../scripts/lib/generated-files.js";
import {
  checkSchemas,
  enumJsonSchema,
  enumsUsedBy,
  generateSchemaFiles,
  generateSchemas,
  main,
  modelJsonSchema,
  propertyTitle,
  SCHEMA_DIALECT,
  SCHEMAS_DIRECTORY,
  schemaSources,
  writeSchemas,
} from "../scripts/schemas.js";

const temporary: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "schemas-"));
  temporary.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function strictAjv(): Ajv2020 {
  return new Ajv2020({ strict: true, validateFormats: false, allErrors: true });
}

describe("generation", () => {
  it("writes byte-identical files when run twice", () => {
    const first = tempDir();
    const second = tempDir();
    writeSchemas(first);
    writeSchemas(second);
    const names = readdirSync(first).sort();
    expect(readdirSync(second).sort()).toEqual(names);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name))), name).toBe(
        true,
      );
    }
  });

  it("matches the committed schema files (no drift, nothing missing, no orphan)", () => {
    expect(checkSchemas().map((problem) => problem.message)).toEqual([]);
  });

  it("publishes one schema per registered event type, per nested model and per standalone enum", () => {
    const expected = new Set([
      ...[...EVENT_TYPE_REGISTRY.values()].map((registration) => registration.schemaName),
      ...CONTRACT_FAMILIES.flatMap((family) => family.models.map((entry) => entry.schemaName)),
      ...ENUM_SCHEMA_REGISTRY.keys(),
    ]);
    expect([...generateSchemas().keys()]).toEqual([...expected].sort());
    expect([...generateSchemaFiles().keys()]).toEqual(
      [...expected].sort().map((name) => `${name}.schema.json`),
    );
  });

  it("writes canonical text: sorted keys, 2-space indent, one trailing newline", () => {
    for (const [file, text] of generateSchemaFiles()) {
      expect(text.endsWith("}\n") && !text.endsWith("\n\n"), file).toBe(true);
      expect(text, file).toBe(`${JSON.stringify(sortedCopy(JSON.parse(text)), null, 2)}\n`);
    }
  });

  it("gives every schema $schema, $id = spec-kitty-events/<name>, a title and a type", () => {
    for (const [name, schema] of generateSchemas()) {
      expect(schema.$schema, name).toBe(SCHEMA_DIALECT);
      expect(schema.$id, name).toBe(`spec-kitty-events/${name}`);
      expect(typeof schema.title, name).toBe("string");
      expect(["object", "string"], name).toContain(schema.type);
    }
  });

  it("compiles every schema with Ajv2020 in strict mode (formats not asserted)", () => {
    const ajv = strictAjv();
    for (const [name, schema] of generateSchemas()) {
      expect(() => ajv.compile(schema), name).not.toThrow();
    }
  });

  it("titles each model schema with the model name and description", () => {
    for (const registration of EVENT_TYPE_REGISTRY.values()) {
      const schema = generateSchemas().get(registration.schemaName);
      expect(schema?.title).toBe(registration.model.name);
      expect(schema?.description).toBe(registration.model.description);
      expect(Object.keys(schema?.properties as object)).toEqual(
        Object.keys(registration.model.entries),
      );
    }
  });

  it("publishes the standalone enums with their values in order", () => {
    for (const [name, schema] of ENUM_SCHEMA_REGISTRY) {
      const published = generateSchemas().get(name);
      expect(published?.enum).toEqual(schema.options);
      expect(published?.title).toBe(schema.name);
      expect(published?.type).toBe("string");
    }
  });
});

function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedCopy);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedCopy((value as Record<string, unknown>)[key])]),
  );
}

describe("propertyTitle", () => {
  it.each([
    ["connector_id", "Connector Id"],
    ["latency_ms", "Latency Ms"],
    ["project_uuid", "Project Uuid"],
    ["sync_lane_v1", "Sync Lane V1"],
    ["x2y", "X2Y"],
    ["event_ID", "Event Id"],
    ["provider", "Provider"],
    ["__private", "  Private"],
  ])("%s -> %s (Python str.title of the spaced key)", (key, title) => {
    expect(propertyTitle(key)).toBe(title);
  });
});

const Colour = enumField("Colour", ["red", "green"], "Colours.");
const Size = enumField("Size", ["s", "m"]);
const Unused = enumField("Unused", ["x"]);

const Sample = model("SamplePayload", "A sample.", {
  sample_id: describeField(nonEmptyStringField(), "Identifier of the sample"),
  colour: Colour,
  size: describeField(v.optional(v.nullable(Size), null), "Size, if known"),
  count: v.optional(laxIntField({ ge: 1, le: 9 }), 1),
});

describe("model schemas", () => {
  const schema = modelJsonSchema("sample_payload", Sample);
  const properties = schema.properties as Record<string, Record<string, unknown>>;

  it("replaces each field by its wire description", () => {
    expect(properties.count).toEqual({
      type: "integer",
      minimum: 1,
      maximum: 9,
      default: 1,
      title: "Count",
    });
  });

  it("keeps descriptions from v.description pipes and adds pydantic titles", () => {
    expect(properties.sample_id).toEqual({
      type: "string",
      minLength: 1,
      description: "Identifier of the sample",
      title: "Sample Id",
    });
  });

  it("puts the enums the model uses, and only those, in $defs, referenced with $ref (untitled, as pydantic)", () => {
    expect(Object.keys(schema.$defs as object).sort()).toEqual(["Colour", "Size"]);
    expect(properties.colour).toEqual({ $ref: "#/$defs/Colour" });
    expect(properties.size).toEqual({
      anyOf: [{ $ref: "#/$defs/Size" }, { type: "null" }],
      default: null,
      description: "Size, if known",
    });
    expect((schema.$defs as Record<string, unknown>).Colour).toEqual({
      enum: ["red", "green"],
      title: "Colour",
      type: "string",
      description: "Colours.",
    });
  });

  it("requires exactly the fields without a default", () => {
    expect(schema.required).toEqual(["sample_id", "colour"]);
  });

  it("carries the model name, description, $schema and $id", () => {
    expect(schema).toMatchObject({
      title: "SamplePayload",
      description: "A sample.",
      $schema: SCHEMA_DIALECT,
      $id: "spec-kitty-events/sample_payload",
      type: "object",
    });
  });

  it("refers to a described required enum with $ref next to its description", () => {
    const Described = model("Described", "d", { colour: describeField(Colour, "A colour") });
    const described = modelJsonSchema("described", Described);
    expect(described.properties).toEqual({
      colour: { $ref: "#/$defs/Colour", description: "A colour" },
    });
    expect(Object.keys(described.$defs as object)).toEqual(["Colour"]);
  });

  it("publishes a standalone enum from its wire description", () => {
    expect(enumJsonSchema("colour", Colour)).toEqual({
      $schema: SCHEMA_DIALECT,
      $comment: expect.any(String),
      $id: "spec-kitty-events/colour",
      title: "Colour",
      description: "Colours.",
      enum: ["red", "green"],
      type: "string",
    });
  });
});

describe("enumsUsedBy", () => {
  it("finds enums through pipes, optional and nullable wrappers and nested entries", () => {
    const Nested = model("Nested", "n", {
      inner: v.object({ colour: v.optional(Colour) }),
      sizes: v.array(v.nullable(Size)),
      other: nonEmptyStringField(),
    });
    expect([...enumsUsedBy(Nested).keys()].sort()).toEqual(["Colour", "Size"]);
    expect(enumsUsedBy(Nested).get("Colour")).toBe(Colour);
    expect(enumsUsedBy(model("None", "n", { a: nonEmptyStringField() })).size).toBe(0);
    expect(enumsUsedBy(model("One", "n", { u: Unused })).get("Unused")).toBe(Unused);
  });

  it("rejects two different enums with one name", () => {
    const Twin = enumField("Colour", ["blue"]);
    expect(() => enumsUsedBy(model("Twins", "t", { a: Colour, b: Twin }))).toThrow(
      /Two different enums are named Colour/,
    );
  });
});

describe("schemaSources", () => {
  const published = (entries: [string, typeof Sample][], enums: [string, typeof Colour][] = []) =>
    new Map<string, PublishedSchema>([
      ...entries.map(
        ([schemaName, m]) => [schemaName, { kind: "model", schemaName, model: m }] as const,
      ),
      ...enums.map(
        ([schemaName, schema]) => [schemaName, { kind: "enum", schemaName, schema }] as const,
      ),
    ]);

  it("sorts sources by name", () => {
    const sources = schemaSources(published([["sample_payload", Sample]], [["colour", Colour]]));
    expect(sources.map((source) => [source.kind, source.name])).toEqual([
      ["enum", "colour"],
      ["model", "sample_payload"],
    ]);
  });

  it("reads the published schemas of the list of families by default", () => {
    expect(schemaSources().map((source) => source.name)).toEqual([...PUBLISHED_SCHEMAS.keys()]);
  });

  it.each(["../escape", "Event", "has space", "", "dotted.name"])(
    "rejects the schema name %j (file names must be snake_case)",
    (name) => {
      expect(() => schemaSources(published([[name, Sample]]))).toThrow(/is not snake_case/);
    },
  );
});

describe("the drift check", () => {
  function generatedDir(): string {
    const dir = tempDir();
    writeSchemas(dir);
    return dir;
  }

  function run(args: string[]): { code: number; out: string[]; err: string[] } {
    const out: string[] = [];
    const err: string[] = [];
    const code = main(
      args,
      (line) => out.push(line),
      (line) => err.push(line),
    );
    return { code, out, err };
  }

  it("passes on a freshly generated directory", () => {
    const dir = generatedDir();
    expect(checkSchemas(dir)).toEqual([]);
    expect(run(["check", dir]).code).toBe(0);
  });

  it("fails on drift, naming the file", () => {
    const dir = generatedDir();
    const path = join(dir, "event.schema.json");
    writeFileSync(path, readFileSync(path, "utf8").replace('"Event"', '"Evnt"'));
    expect(checkSchemas(dir)).toEqual([
      { kind: "drift", path, message: `${path}: differs from the generated text` },
    ]);
    const result = run(["check", dir]);
    expect(result.code).toBe(1);
    expect(result.err.join("\n")).toContain(path);
  });

  it("fails on a byte-level difference that parses to the same JSON", () => {
    const dir = generatedDir();
    const path = join(dir, "lane.schema.json");
    writeFileSync(path, readFileSync(path, "utf8").trimEnd());
    expect(checkSchemas(dir).map((problem) => problem.kind)).toEqual(["drift"]);
  });

  it("fails on a missing file, naming it", () => {
    const dir = generatedDir();
    const path = join(dir, "lane.schema.json");
    unlinkSync(path);
    expect(checkSchemas(dir)).toEqual([
      { kind: "missing", path, message: `${path}: missing (it is generated)` },
    ]);
    const result = run(["check", dir]);
    expect(result.code).toBe(1);
    expect(result.err.join("\n")).toContain(path);
  });

  it("fails on an orphaned *.schema.json, naming it, and ignores other files", () => {
    const dir = generatedDir();
    const orphan = join(dir, "retired_payload.schema.json");
    writeFileSync(orphan, "{}\n");
    writeFileSync(join(dir, "notes.txt"), "not a schema\n");
    expect(checkSchemas(dir)).toEqual([
      { kind: "orphaned", path: orphan, message: `${orphan}: orphaned (nothing generates it)` },
    ]);
    const result = run(["check", dir]);
    expect(result.code).toBe(1);
    expect(result.err.join("\n")).toContain(orphan);
  });

  it("reports every problem at once, sorted by path", () => {
    const dir = generatedDir();
    unlinkSync(join(dir, "lane.schema.json"));
    writeFileSync(join(dir, "event.schema.json"), "{}\n");
    writeFileSync(join(dir, "a_orphan.schema.json"), "{}\n");
    expect(checkSchemas(dir).map((problem) => problem.kind)).toEqual([
      "orphaned",
      "drift",
      "missing",
    ]);
  });

  it("fails on an empty or absent directory with every file missing", () => {
    const absent = join(tempDir(), "absent");
    const problems = checkSchemas(absent);
    expect(problems.length).toBe(generateSchemaFiles().size);
    expect(new Set(problems.map((problem) => problem.kind))).toEqual(new Set(["missing"]));
  });

  it("generate repairs the directory: rewrites drift, restores missing, removes orphans", () => {
    const dir = generatedDir();
    writeFileSync(join(dir, "event.schema.json"), "{}\n");
    unlinkSync(join(dir, "lane.schema.json"));
    writeFileSync(join(dir, "retired_payload.schema.json"), "{}\n");
    writeFileSync(join(dir, "notes.txt"), "kept\n");
    const result = run(["generate", dir]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`removed ${join(dir, "retired_payload.schema.json")}`);
    expect(result.out).toContain(`wrote ${join(dir, "event.schema.json")}`);
    expect(checkSchemas(dir)).toEqual([]);
    expect(existsSync(join(dir, "notes.txt"))).toBe(true);
    expect(run(["generate", dir]).out.at(-1)).toMatch(/0 written, \d+ unchanged, 0 removed$/);
  });

  it("rejects an unknown command with a usage line and exit code 2", () => {
    const result = run(["regenerate"]);
    expect(result.code).toBe(2);
    expect(result.err[0]).toMatch(/^usage: schemas\.ts generate\|check/);
  });

  it("refuses generated file names it does not manage or that hold a path", () => {
    const dir = tempDir();
    for (const name of ["notes.txt", "sub/event.schema.json", "..\\event.schema.json"]) {
      const set = {
        directory: dir,
        files: new Map([[name, "{}\n"]]),
        isManaged: (file: string) => file.endsWith(".schema.json"),
      };
      expect(() => findFileProblems(set), name).toThrow(/is not a managed file name/);
      expect(() => writeGeneratedFiles(set), name).toThrow(/is not a managed file name/);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it("checks the package directory by default", () => {
    expect(SCHEMAS_DIRECTORY).toMatch(/packages[/\\]events-schemas[/\\]schemas[/\\]?$/);
  });
});
