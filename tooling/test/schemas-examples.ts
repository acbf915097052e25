/**
 * Valid example documents for the schema tests, by schema name: the valid payload fixtures of
 * each registered event type and the envelopes (and their payloads) of the replay streams, in
 * their canonical wire form (parsed by the model, written back as JSON); and the values of
 * each standalone enum.
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
  return examples;
}
