/**
 * Valid example documents for the schema tests, by schema name: the valid payload fixtures of
 * each registered event type and the envelopes (and their payloads) of the replay streams, in
 * their canonical wire form (parsed by the model, written back as JSON); the values of each
 * standalone enum; and the values each nested model published on its own has inside them.
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
  PUBLISHED_SCHEMAS,
  parseModel,
  safeParseModel,
} from "@spec-kitty/events-core";

/** The canonical wire form of a model output: what `JSON.stringify` writes, parsed back. */
export function wireForm(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
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
  for (const [name, schema] of ENUM_SCHEMA_REGISTRY) examples.set(name, [...schema.options]);
  addNestedModelExamples(examples);
  return examples;
}

/** A schema as {@link addNestedModelExamples} walks it. */
interface SchemaNode {
  readonly type?: string;
  readonly pipe?: readonly SchemaNode[];
  readonly wrapped?: SchemaNode;
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly item?: SchemaNode;
  readonly value?: SchemaNode;
}

/**
 * Adds, for each model published as a schema of its own that is not a payload (a nested
 * model such as `runtime_actor_identity`), the values it has inside the valid payload
 * examples: the walk follows each payload model's fields through pipes, optional and
 * nullable wrappers, lists, tuples and dicts.
 */
function addNestedModelExamples(examples: Map<string, unknown[]>): void {
  const nameOfModel = new Map<unknown, string>();
  for (const [name, published] of PUBLISHED_SCHEMAS) {
    if (published.kind === "model") nameOfModel.set(published.model, name);
  }
  const payloadNames = new Set([...EVENT_TYPE_REGISTRY.values()].map((r) => r.schemaName));
  const visit = (schema: SchemaNode, value: unknown): void => {
    let node = schema;
    while (node.pipe !== undefined && node.pipe[0] !== node) node = node.pipe[0] as SchemaNode;
    if (value === null || value === undefined) return;
    const name = nameOfModel.get(node);
    if (name !== undefined && !payloadNames.has(name)) {
      examples.set(name, [...(examples.get(name) ?? []), value]);
    }
    if (node.wrapped !== undefined) visit(node.wrapped, value);
    else if (node.entries !== undefined && typeof value === "object") {
      for (const [key, entry] of Object.entries(node.entries)) {
        visit(entry, (value as Record<string, unknown>)[key]);
      }
    } else if (node.item !== undefined && Array.isArray(value)) {
      for (const item of value) visit(node.item, item);
    } else if (node.value !== undefined && typeof value === "object") {
      for (const item of Object.values(value as object)) visit(node.value, item);
    }
  };
  for (const registration of EVENT_TYPE_REGISTRY.values()) {
    for (const payload of examples.get(registration.schemaName) ?? []) {
      visit(registration.model as unknown as SchemaNode, payload);
    }
  }
}
