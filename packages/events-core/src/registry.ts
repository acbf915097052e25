/**
 * The registry of the contract, derived from the list of families: every registered event
 * type with its model and schema name, and every published schema (payload models, nested
 * models and enums) by name.
 */

import { CONTRACT_FAMILIES } from "./families/index.js";
import type {
  AnyModel,
  ContractFamily,
  EnumRegistration,
  ModelRegistration,
  PayloadRegistration,
} from "./family.js";
import type { EnumFieldSchema } from "./rules/enum.js";
import { frozenMap } from "./support/frozen.js";

/** A registered event type: its payload model, its schema name and its family. */
export interface EventTypeRegistration extends PayloadRegistration {
  /** Name of the family that registers it (`envelope` for `Event`). */
  readonly family: string;
}

/** A published schema: a model (an event type's or a nested one) or an enum. */
export type PublishedSchema =
  | { readonly kind: "model"; readonly schemaName: string; readonly model: AnyModel }
  | {
      readonly kind: "enum";
      readonly schemaName: string;
      readonly schema: EnumFieldSchema<string>;
    };

/**
 * The event-type registry of a list of families (in list order); an event type registered
 * twice is an error.
 */
export function buildEventTypeRegistry(
  families: readonly ContractFamily[],
): ReadonlyMap<string, EventTypeRegistration> {
  const map = new Map<string, EventTypeRegistration>();
  for (const family of families) {
    for (const registration of family.payloads) {
      if (map.has(registration.eventType)) {
        throw new Error(`Event type registered twice: ${registration.eventType}`);
      }
      map.set(registration.eventType, Object.freeze({ ...registration, family: family.name }));
    }
  }
  return frozenMap(map);
}

/**
 * The published schemas of a list of families, sorted by name; one name for two different
 * sources is an error (one model under two event types is one source).
 */
export function buildPublishedSchemas(
  families: readonly ContractFamily[],
): ReadonlyMap<string, PublishedSchema> {
  const map = new Map<string, PublishedSchema>();
  const origin = (schema: PublishedSchema): unknown =>
    schema.kind === "model" ? schema.model : schema.schema;
  const add = (schema: PublishedSchema): void => {
    const known = map.get(schema.schemaName);
    if (known !== undefined) {
      // One model may be registered under two event types; two sources for a name may not.
      if (origin(known) !== origin(schema)) {
        throw new Error(`Schema name ${schema.schemaName} is used twice`);
      }
      return;
    }
    map.set(schema.schemaName, Object.freeze(schema));
  };
  for (const family of families) {
    for (const { schemaName, model } of family.payloads) add({ kind: "model", schemaName, model });
    for (const { schemaName, model } of family.models as readonly ModelRegistration[]) {
      add({ kind: "model", schemaName, model });
    }
    for (const { schemaName, schema } of family.enums as readonly EnumRegistration[]) {
      add({ kind: "enum", schemaName, schema });
    }
  }
  return frozenMap([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Every registered event type (the envelope `Event` and each family's payload types) to its
 * model, schema name and family, in the order of the list of families. The conformance
 * validator reads it.
 */
export const EVENT_TYPE_REGISTRY: ReadonlyMap<string, EventTypeRegistration> =
  buildEventTypeRegistry(CONTRACT_FAMILIES);

/**
 * Every published schema by name, sorted by name: each event type's model, the nested models
 * and the enums of every family. The schema generator writes one file per entry.
 */
export const PUBLISHED_SCHEMAS: ReadonlyMap<string, PublishedSchema> =
  buildPublishedSchemas(CONTRACT_FAMILIES);

/** Enums published as schemas of their own (`lane`, `sync_lane_v1`), by schema name. */
export const ENUM_SCHEMA_REGISTRY: ReadonlyMap<string, EnumFieldSchema<string>> = frozenMap(
  [...PUBLISHED_SCHEMAS.values()].flatMap((schema) =>
    schema.kind === "enum" ? [[schema.schemaName, schema.schema] as const] : [],
  ),
);

/**
 * Every family with a reducer, by name (the `--reducer` names of the command line), in the
 * order of the list of families.
 */
export const REDUCING_FAMILIES: ReadonlyMap<string, ContractFamily> = frozenMap(
  CONTRACT_FAMILIES.flatMap((family) =>
    family.reducer === null ? [] : [[family.name, family as ContractFamily] as const],
  ),
);

/** Every fixture category of the families, sorted. */
export const FAMILY_FIXTURE_CATEGORIES: readonly string[] = Object.freeze(
  [...new Set(CONTRACT_FAMILIES.flatMap((family) => family.fixtureCategories))].sort(),
);

/** The family that registers `eventType`, or `undefined`. */
export function familyOfEventType(eventType: string): ContractFamily | undefined {
  const registration = EVENT_TYPE_REGISTRY.get(eventType);
  return registration === undefined
    ? undefined
    : CONTRACT_FAMILIES.find((family) => family.name === registration.family);
}
