/**
 * Valid example documents for the schema tests, by schema name: the valid payload fixtures of
 * each registered event type and the envelopes (and their payloads) of the replay streams, in
 * their canonical wire form (parsed by the model, written back as JSON); the values that those
 * examples hold for each nested model published on its own (`participant_identity` inside a
 * join, ...); and the values of each standalone enum.
 */
import {
  FIXTURE_CATEGORIES,
  loadFixtures,
  loadManifest,
  loadReplayStream,
} from "@spec-kitty/events-conformance";
import {
  type AnyModel,
  ENUM_SCHEMA_REGISTRY,
  EVENT_TYPE_REGISTRY,
  isModelSchema,
  PUBLISHED_SCHEMAS,
  parseModel,
  safeParseModel,
} from "@spec-kitty/events-core";
import { loadSchema } from "@spec-kitty/events-schemas";

/** The canonical wire form of a model output: what `JSON.stringify` writes, parsed back. */
export function wireForm(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

type JsonSchema = Readonly<Record<string, unknown>>;

/**
 * The smallest document a JSON Schema accepts, for a published model that no example holds
 * (`auth_principal_binding` is nested in no payload): each required property with the least
 * value its schema allows (a string of `minLength` characters, a date-time, the first enum
 * value, `minimum`, `minItems` items, the first branch of an `anyOf`, a `$ref` resolved in
 * `$defs`). The caller checks it with the model.
 */
function minimalDocument(schema: JsonSchema, root: JsonSchema = schema): unknown {
  const ref = schema.$ref;
  if (typeof ref === "string") {
    const defs = (root.$defs ?? {}) as Record<string, JsonSchema>;
    return minimalDocument(defs[ref.replace("#/$defs/", "")] ?? {}, root);
  }
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if ("const" in schema) return schema.const;
  if (Array.isArray(schema.anyOf)) return minimalDocument(schema.anyOf[0] as JsonSchema, root);
  switch (schema.type) {
    case "string":
      return schema.format === "date-time"
        ? "2026-01-01T00:00:00Z"
        : "a".repeat(Number(schema.minLength ?? 0));
    case "integer":
    case "number":
      return Number(schema.minimum ?? 0);
    case "boolean":
      return false;
    case "array":
      return Array.from({ length: Number(schema.minItems ?? 0) }, () =>
        minimalDocument((schema.items ?? {}) as JsonSchema, root),
      );
    default: {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = (schema.required ?? []) as string[];
      return Object.fromEntries(
        required.map((key) => [key, minimalDocument(properties[key] ?? {}, root)]),
      );
    }
  }
}

/** A schema as {@link addNestedValues} walks it. */
interface SchemaNode {
  readonly pipe?: readonly SchemaNode[];
  readonly wrapped?: SchemaNode;
  readonly item?: SchemaNode;
  readonly value?: SchemaNode;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
}

/**
 * Adds to `add` the value `value` holds for each nested model of `schemas` (published model
 * to schema name) that `schema` uses: through pipes, optional/nullable wrappers, model
 * entries, list items and dict values. `value` is a document that `schema` accepts.
 */
function addNestedValues(
  schema: SchemaNode,
  value: unknown,
  schemas: ReadonlyMap<AnyModel, string>,
  add: (schemaName: string, value: unknown) => void,
  root = true,
): void {
  if (value === null || value === undefined) return;
  if (schema.pipe && schema.pipe[0] !== schema) {
    addNestedValues(schema.pipe[0] as SchemaNode, value, schemas, add, root);
    return;
  }
  if (schema.wrapped) {
    addNestedValues(schema.wrapped, value, schemas, add, root);
    return;
  }
  if (isModelSchema(schema) && typeof value === "object" && !Array.isArray(value)) {
    const name = schemas.get(schema as unknown as AnyModel);
    if (!root && name !== undefined) add(name, value);
    for (const [key, entry] of Object.entries(schema.entries ?? {})) {
      addNestedValues(entry, (value as Record<string, unknown>)[key], schemas, add, false);
    }
    return;
  }
  if (schema.item && Array.isArray(value)) {
    for (const item of value) addNestedValues(schema.item, item, schemas, add, false);
  } else if (schema.value && typeof value === "object" && !Array.isArray(value)) {
    for (const item of Object.values(value))
      addNestedValues(schema.value, item, schemas, add, false);
  }
}

/**
 * Valid documents by schema name. A registered event type with no valid payload fixture gets
 * an empty list (the tests report it); a published model that no example holds gets its
 * smallest document ({@link minimalDocument}).
 */
export function validExamplesBySchemaName(): Map<string, unknown[]> {
  const payloads = new Map<string, unknown[]>();
  const add = (eventType: string, payload: unknown): void => {
    const list = payloads.get(eventType) ?? [];
    list.push(payload);
    payloads.set(eventType, list);
  };
  for (const category of FIXTURE_CATEGORIES) {
    for (const fixture of loadFixtures(category)) {
      if (fixture.expectedValid) add(fixture.eventType, fixture.payload);
    }
  }
  for (const entry of loadManifest().fixtures) {
    if (entry.fixtureType !== "replay_stream") continue;
    for (const envelope of loadReplayStream(entry.id)) {
      add("Event", envelope);
      const { event_type: eventType, payload } = envelope as Record<string, unknown>;
      const registration = EVENT_TYPE_REGISTRY.get(String(eventType));
      if (registration && safeParseModel(registration.model, payload).success) {
        add(registration.eventType, payload);
      }
    }
  }
  const examples = new Map<string, unknown[]>();
  for (const registration of EVENT_TYPE_REGISTRY.values()) {
    const list = examples.get(registration.schemaName) ?? [];
    for (const payload of payloads.get(registration.eventType) ?? []) {
      list.push(wireForm(parseModel(registration.model, payload)));
    }
    examples.set(registration.schemaName, list);
  }
  const nestedModels = new Map<AnyModel, string>();
  for (const [name, published] of PUBLISHED_SCHEMAS) {
    if (published.kind === "model" && !examples.has(name)) {
      nestedModels.set(published.model, name);
      examples.set(name, []);
    }
  }
  const seen = new Set<string>();
  for (const registration of EVENT_TYPE_REGISTRY.values()) {
    for (const example of examples.get(registration.schemaName) ?? []) {
      addNestedValues(registration.model as SchemaNode, example, nestedModels, (name, value) => {
        const key = `${name} ${JSON.stringify(value)}`;
        if (seen.has(key)) return;
        seen.add(key);
        examples.get(name)?.push(value);
      });
    }
  }
  for (const [model, name] of nestedModels) {
    const list = examples.get(name) ?? [];
    if (list.length === 0)
      list.push(wireForm(parseModel(model, minimalDocument(loadSchema(name)))));
    examples.set(name, list);
  }
  for (const [name, schema] of ENUM_SCHEMA_REGISTRY) examples.set(name, [...schema.options]);
  return examples;
}
