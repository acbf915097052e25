/**
 * The family descriptor: one value per contract family that says everything the workspace
 * needs about it (its event types and models, the schemas it publishes, its fixtures, its
 * reducer and how a reducer output reads as text). The list of families
 * (`CONTRACT_FAMILIES`) drives the registry, the validator, the schema generator, the
 * command line and the conformance suite: a family is its folder plus one line in that list.
 */

import type { ModelEntries, ModelSchema } from "./model/model.js";
import type { ReducibleEvent } from "./reducers/pipeline.js";
import type { EnumFieldSchema } from "./rules/enum.js";
import type { JsonObject } from "./rules/json-object.js";

/** A model as the registry holds it: any contract model. */
export type AnyModel = ModelSchema<ModelEntries>;

/** An event type of a family with the model of its payload and the name of its schema. */
export interface PayloadRegistration<
  TEventType extends string = string,
  TModel extends AnyModel = AnyModel,
> {
  /** Event type, e.g. `ConnectorProvisioned` (`Event` for the whole envelope). */
  readonly eventType: TEventType;
  /** Published schema name, e.g. `connector_provisioned_payload`. */
  readonly schemaName: string;
  /** The payload model (the envelope model for `Event`). */
  readonly model: TModel;
}

/** A model published as a schema of its own that is not an event type's payload. */
export interface ModelRegistration {
  /** Published schema name, e.g. `participant_identity`. */
  readonly schemaName: string;
  /** The model. */
  readonly model: AnyModel;
}

/** An enum published as a schema of its own. */
export interface EnumRegistration {
  /** Published schema name, e.g. `lane`. */
  readonly schemaName: string;
  /** The enum's field schema. */
  readonly schema: EnumFieldSchema<string>;
}

/**
 * A readable summary of a reducer output: a title, then labelled rows; a row may list items
 * (the command line shows the first ones and says how many more there are).
 */
export interface ReducerSummary {
  /** First line, e.g. `connector projection`. */
  readonly title: string;
  /** The rows, in display order. */
  readonly rows: readonly ReducerSummaryRow[];
}

/** One row of a {@link ReducerSummary}: a label, its value and, for a list, its items. */
export interface ReducerSummaryRow {
  /** Label, e.g. `current state`. */
  readonly label: string;
  /** The value, or for a list its count and details. */
  readonly value: string;
  /** The list's items, one line each, when the row is a list. */
  readonly items?: readonly string[];
}

/** Options every family reducer may take (`mode` for the families that have modes). */
export interface FamilyReducerOptions {
  /** Reducer mode, one of the reducer's `modes` (the first one is the default). */
  readonly mode?: string;
}

/**
 * A reducer's compact form of the payloads it reads, for a caller that holds a long stream
 * before it reduces it (the command line packs payloads on its worker threads and holds the
 * packed form). `pack` runs where the event is parsed and gives plain data (it survives a
 * structured clone); `unpack` runs where the events are reduced and gives a payload that the
 * reducer projects exactly as it projects the original one. `unpack` is given only what
 * `pack` gave for the same event type: the reducer trusts it.
 */
export interface PayloadPacking {
  /** The compact form of `payload`, the payload of an event of type `eventType`. */
  pack(eventType: string, payload: JsonObject): unknown;
  /** The payload the reducer reads in place of the one `packed` was made from. */
  unpack(eventType: string, packed: unknown): JsonObject;
}

/**
 * The reducer of a family: the function that projects a stream, the name of its output model
 * (the `event_type` of golden `reducer_output` fixtures) and its readable summary.
 */
export interface FamilyReducer<TOutput = unknown> {
  /** Output model name, e.g. `ReducedConnectorState`. */
  readonly outputModel: string;
  /** The reducer's modes, default first (`["strict", "permissive"]`); empty when it has none. */
  readonly modes: readonly string[];
  /**
   * The event types whose payloads the reducer reads: the family's event types, and any other
   * family's it also folds (the lifecycle reducer reads `WPStatusChanged`). Other events count
   * only through their envelope.
   */
  readonly payloadTypes: ReadonlySet<string>;
  /** Projects parsed events (the family's events among others) into the output. */
  reduce(events: readonly ReducibleEvent[], options?: FamilyReducerOptions): TOutput;
  /** The readable summary of an output. */
  summarize(output: TOutput): ReducerSummary;
  /** The reducer's compact form of its payloads, when it has one (see {@link PayloadPacking}). */
  readonly payloadPacking?: PayloadPacking;
}

/**
 * Everything the workspace needs to know about one contract family. Built with
 * {@link defineFamily}; listed once in `CONTRACT_FAMILIES`.
 */
export interface ContractFamily<
  TName extends string = string,
  TEventType extends string = string,
  TOutput = unknown,
  TPayloads extends readonly PayloadRegistration[] = readonly PayloadRegistration[],
  TCategories extends readonly string[] = readonly string[],
> {
  /** Family name, e.g. `connector`: the `--reducer` name of the command line. */
  readonly name: TName;
  /** What the family is about, in a few words (help texts). */
  readonly title: string;
  /** The family's schema version constant, e.g. `2.7.0`. */
  readonly schemaVersion: string;
  /** The contract version that introduced the family. */
  readonly since: string;
  /** Fixture categories the family's cases live in (the first segment of their paths). */
  readonly fixtureCategories: TCategories;
  /** The event types the family's reducer folds (its immutable event-type set). */
  readonly eventTypes: ReadonlySet<TEventType>;
  /** Every event type the family registers for validation, with its payload model. */
  readonly payloads: TPayloads;
  /** Nested models published as schemas of their own (not event types). */
  readonly models: readonly ModelRegistration[];
  /** Enums published as schemas of their own. */
  readonly enums: readonly EnumRegistration[];
  /** The family's reducer, or `null` for a family without one. */
  readonly reducer: FamilyReducer<TOutput> | null;
}

/** What {@link defineFamily} takes: a descriptor whose empty parts may be left out. */
export interface FamilyDefinition<
  TName extends string,
  TEventType extends string,
  TOutput,
  TPayloads extends readonly PayloadRegistration[],
  TCategories extends readonly string[],
> {
  /** See {@link ContractFamily.name}. */
  readonly name: TName;
  /** See {@link ContractFamily.title}. */
  readonly title: string;
  /** See {@link ContractFamily.schemaVersion}. */
  readonly schemaVersion: string;
  /** See {@link ContractFamily.since}. */
  readonly since: string;
  /** See {@link ContractFamily.fixtureCategories} (default: none). */
  readonly fixtureCategories?: TCategories;
  /** See {@link ContractFamily.eventTypes}. */
  readonly eventTypes: ReadonlySet<TEventType>;
  /** See {@link ContractFamily.payloads}. */
  readonly payloads: TPayloads;
  /** See {@link ContractFamily.models} (default: none). */
  readonly models?: readonly ModelRegistration[];
  /** See {@link ContractFamily.enums} (default: none). */
  readonly enums?: readonly EnumRegistration[];
  /**
   * See {@link ContractFamily.reducer} (default: none); `payloadTypes` defaults to the
   * family's `eventTypes`.
   */
  readonly reducer?: Omit<FamilyReducer<TOutput>, "payloadTypes"> &
    Partial<Pick<FamilyReducer<TOutput>, "payloadTypes">>;
}

/** Builds a frozen family descriptor (missing lists are empty; a missing reducer is `null`). */
export function defineFamily<
  const TName extends string,
  TEventType extends string,
  TOutput,
  const TPayloads extends readonly PayloadRegistration[],
  const TCategories extends readonly string[] = readonly [],
>(
  definition: FamilyDefinition<TName, TEventType, TOutput, TPayloads, TCategories>,
): ContractFamily<TName, TEventType, TOutput, TPayloads, TCategories> {
  const { reducer } = definition;
  return Object.freeze({
    name: definition.name,
    title: definition.title,
    schemaVersion: definition.schemaVersion,
    since: definition.since,
    fixtureCategories: Object.freeze([
      ...(definition.fixtureCategories ?? []),
    ]) as unknown as TCategories,
    eventTypes: definition.eventTypes,
    payloads: Object.freeze(
      definition.payloads.map((entry) => Object.freeze({ ...entry })),
    ) as unknown as TPayloads,
    models: Object.freeze((definition.models ?? []).map((entry) => Object.freeze({ ...entry }))),
    enums: Object.freeze((definition.enums ?? []).map((entry) => Object.freeze({ ...entry }))),
    reducer:
      reducer === undefined
        ? null
        : Object.freeze({
            outputModel: reducer.outputModel,
            modes: Object.freeze([...reducer.modes]),
            payloadTypes: reducer.payloadTypes ?? definition.eventTypes,
            reduce: reducer.reduce,
            summarize: reducer.summarize,
            ...(reducer.payloadPacking === undefined
              ? {}
              : { payloadPacking: Object.freeze({ ...reducer.payloadPacking }) }),
          }),
  });
}

/** Builds a payload registration. */
export function payload<const TEventType extends string, TModel extends AnyModel>(
  eventType: TEventType,
  schemaName: string,
  model: TModel,
): PayloadRegistration<TEventType, TModel> {
  return Object.freeze({ eventType, schemaName, model });
}
