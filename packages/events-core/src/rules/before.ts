import type * as v from "valibot";
import {
  type CompositeSchema,
  composite,
  type MemberResult,
  memberRunner,
  memberTest,
  wireOf,
} from "../model/composite.js";

/** A field with a "before" step: the wrapped schema, for the schema generator. */
export interface BeforeFieldSchema<TSchema extends v.GenericSchema>
  extends CompositeSchema<v.InferOutput<TSchema>> {
  readonly type: "before";
  /** The schema that checks the value after the step. */
  readonly wrapped: TSchema;
  /** The step the raw input goes through first. */
  readonly step: (input: unknown) => unknown;
}

/**
 * A field whose input first goes through `step` (the reference's `mode="before"` field
 * validator), then through `schema`. The wire form is `schema`'s (a `$ref` for an enum or a
 * model): the step belongs to the model layer only. Issues are `schema`'s, for the value
 * after the step.
 *
 * @param schema The schema of the value after the step.
 * @param step Maps the raw input; it must not throw and should return other inputs unchanged.
 * @example withBefore(LaneSchema, (input) => (input === "doing" ? "in_progress" : input))
 */
export function withBefore<TSchema extends v.GenericSchema>(
  schema: TSchema,
  step: (input: unknown) => unknown,
): BeforeFieldSchema<TSchema> {
  const run = memberRunner(schema);
  const test = memberTest(schema);
  return composite(
    "before",
    schema.expects,
    wireOf(schema),
    (input, config) => run(step(input), config) as MemberResult<v.InferOutput<TSchema>>,
    (input) => test(step(input)),
    { wrapped: schema, step },
  ) as BeforeFieldSchema<TSchema>;
}
