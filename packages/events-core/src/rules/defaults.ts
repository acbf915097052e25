import * as v from "valibot";
import { schemaTest } from "../model/field.js";

/**
 * A field with a default of `null` that also accepts `null` (the reference's
 * `X | None = None`): `v.optional(v.nullable(schema), null)`. Schema form
 * `anyOf [<X>, { type: "null" }]` with `"default": null`. For a required nullable field, use
 * `v.nullable(schema)`.
 *
 * @example nullableField(nonEmptyStringField()) // previous_phase
 */
export function nullableField<TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.optional(v.nullable(schema), null);
}

/**
 * A field with a constant default (the reference's `x: T = value`): `v.optional(schema, value)`.
 * The default is written into the schema (`"default": ""`). An explicit `null` is still
 * checked by `schema` (rejected unless it accepts `null`).
 *
 * @example withDefault(stringField(), "") // display_name
 * @example withDefault(laxBoolField(), false) // force
 */
export function withDefault<
  TSchema extends v.GenericSchema,
  const TDefault extends v.InferInput<TSchema>,
>(schema: TSchema, value: TDefault) {
  return v.optional(schema, value);
}

/**
 * A field whose default is made by a factory (the reference's `Field(default_factory=list)`):
 * `v.optional(schema, factory)`, with a fast verdict. The field is optional in the schema and
 * carries no `default` keyword, as the reference writes it; an explicit `null` is still
 * checked by `schema` (`list_type` for a list).
 *
 * @example withFactoryDefault(listField(stringField()), () => []) // cancelled_wp_ids
 * @example withFactoryDefault(dictField(stringField()), () => ({})) // step_metadata
 */
export function withFactoryDefault<
  TSchema extends v.GenericSchema,
  const TDefault extends v.InferInput<TSchema>,
>(schema: TSchema, factory: () => TDefault) {
  const inner = schemaTest(schema);
  const defaultValid = inner(factory());
  return Object.assign(v.optional(schema, factory), {
    /** The verdict alone: a missing value takes the default; any other goes to `schema`. */
    test: (input: unknown): boolean => (input === undefined ? defaultValid : inner(input)),
  });
}
