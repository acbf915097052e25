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

/**
 * Valid documents by schema name. A registered event type with no valid payload fixture gets
 * an empty list (the tests report it).
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
  for (const [name, schema] of ENUM_SCHEMA_REGISTRY) examples.set(name, [...schema.options]);
  return examples;
}
