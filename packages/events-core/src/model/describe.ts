import * as v from "valibot";

/** Attaches a description to a field; it becomes the field's JSON Schema `description`. */
export function describe<TSchema extends v.GenericSchema>(schema: TSchema, text: string) {
  return v.pipe(schema, v.description(text));
}
