/**
 * Valid example documents for the schema tests, by schema name: the valid payload fixtures of
 * each registered event type and the envelopes (and their payloads) of the replay streams, in
 * their canonical wire form (parsed by the model, written back as JSON); the values found
 * in those examples for each nested model published on its own (`artifact_identity`, ...);
 * and the values of each standalone enum.
 */

import {
  FIXTURE_CATEGORIES,
  loadFixtures,
  loadManifest,
  loadReplayStream,
} from "@spec-kitty/events-conformance";
import {
  ENUM_SCHEMA_REGISTRY,
  EVENT_TYPE_REGISTRY,
  isModelSchema,
  type ModelEntries,
  type ModelSchema,
  PUBLISHED_SCHEMAS,
  parseModel,
  safeParseModel,
} from "@spec-kitty/events-core";
import { loadSchema } from "@spec-kitty/events-schemas";

/** The canonical wire form of a model output: what `JSON.stringify` writes, parsed back. */
export function wireForm(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** A schema node as {@link nestedModelValues} walks it. */
interface SchemaNode {
  readonly type?: string;
  readonly pipe?: readonly SchemaNode[];
  readonly wrapped?: SchemaNode;
  readonly item?: SchemaNode;
  readonly value?: SchemaNode;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
}

/**
 * Calls `found(model, value)` for every value of `wire` (a model's wire form) that a nested
 * model parsed: through pipes, optional and nullable wrappers, list and tuple items, dict
 * values and model entries.
 */
function nestedModelValues(
  schema: SchemaNode,
  wire: unknown,
  found: (model: object, value: unknown) => void,
): void {
  if (wire === null || wire === undefined) return;
  if (schema.pipe && schema.pipe[0] !== schema) {
    nestedModelValues(schema.pipe[0] as SchemaNode, wire, found);
    return;
  }
  if (schema.wrapped) {
    nestedModelValues(schema.wrapped, wire, found);
    return;
  }
  if (Array.isArray(wire)) {
    if (schema.item) for (const item of wire) nestedModelValues(schema.item, item, found);
    return;
  }
  if (typeof wire !== "object") return;
  const record = wire as Record<string, unknown>;
  if (isModelSchema(schema)) {
    found(schema, wire);
    for (const [key, entry] of Object.entries(schema.entries ?? {})) {
      if (Object.hasOwn(record, key)) nestedModelValues(entry, record[key], found);
    }
  } else if (schema.type === "dict" && schema.value) {
    for (const key of Object.keys(record)) nestedModelValues(schema.value, record[key], found);
  }
}

type JsonSchema = Readonly<Record<string, unknown>>;

/**
 * The smallest document a JSON Schema accepts: each required property with the least value
 * its schema allows (a string of `minLength` characters, a date-time, the first enum value,
 * `minimum`, `minItems` items, the first branch of an `anyOf`, a `$ref` resolved in `$defs`).
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

/**
 * Valid documents by schema name. A registered event type with no valid payload fixture gets
 * an empty list (the tests report it); a nested model published on its own that no example
 * holds gets its smallest document ({@link minimalDocument}).
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
  // Nested models published on their own: the values they parsed inside the examples above.
  const nestedNames = new Map<object, string>();
  const payloadModels = new Set<object>([...EVENT_TYPE_REGISTRY.values()].map((r) => r.model));
  for (const [name, published] of PUBLISHED_SCHEMAS) {
    if (published.kind === "model" && !payloadModels.has(published.model)) {
      nestedNames.set(published.model, name);
      examples.set(name, []);
    }
  }
  for (const registration of EVENT_TYPE_REGISTRY.values()) {
    for (const payload of examples.get(registration.schemaName) ?? []) {
      nestedModelValues(
        registration.model as ModelSchema<ModelEntries>,
        payload,
        (model, value) => {
          const name = nestedNames.get(model);
          if (name !== undefined) examples.get(name)?.push(value);
        },
      );
    }
  }
  // A nested model that no example holds (`auth_principal_binding` is in no payload): its
  // smallest document, checked by its model.
  for (const [model, name] of nestedNames) {
    const list = examples.get(name) ?? [];
    if (list.length > 0) continue;
    const document = minimalDocument(loadSchema(name) as JsonSchema);
    list.push(wireForm(parseModel(model as ModelSchema<ModelEntries>, document)));
    examples.set(name, list);
  }
  for (const [name, schema] of ENUM_SCHEMA_REGISTRY) examples.set(name, [...schema.options]);
  return examples;
}
