import type * as v from "valibot";
import { standardProps } from "./field.js";
import type { ModelEntries, ModelOutput, ModelSchema } from "./model.js";
import type { ViolationType } from "./violation.js";

/**
 * A model-level rule (the reference's `mode="after"` model validator): reads the parsed model
 * and returns the error text when the rule fails, `undefined` when it holds.
 */
export type ModelRule<TOutput> = (output: TOutput) => string | undefined;

interface ModelRuleIssue extends v.BaseIssue<unknown> {
  readonly kind: "schema";
  readonly type: ViolationType;
}

/**
 * A model with model-level rules. The rules run, in order, only when every field passed (as
 * the reference's "after" validators); the first failing rule gives one `value_error` issue at
 * the model's own path (`""` at the top, the field's path when the model is nested), with the
 * message `Value error, <text>` and the model's input as input value. The verdict (`test`)
 * parses the input when the fields pass, so it equals the full parse's.
 *
 * @param base The model of the fields.
 * @param rules The rules, in the reference's order; the first failure wins.
 * @example
 * const Transition = withModelRules(model("Transition", "...", { force, reason, to_lane, evidence }),
 *   (p) => (p.force && isPythonBlank(p.reason) ? "force=True requires a non-empty reason" : undefined),
 *   (p) => (p.to_lane === "done" && p.evidence === null ? "to_lane='done' requires evidence" : undefined));
 */
export function withModelRules<TEntries extends ModelEntries>(
  base: ModelSchema<TEntries>,
  ...rules: readonly ModelRule<ModelOutput<TEntries>>[]
): ModelSchema<TEntries> {
  const failure = (output: ModelOutput<TEntries>): string | undefined => {
    for (const rule of rules) {
      const text = rule(output);
      if (text !== undefined) return text;
    }
    return undefined;
  };
  const schema = {
    ...base,
    test(input) {
      if (!base.test(input)) return false;
      const dataset = base["~run"]({ value: input }, {});
      return (
        dataset.issues === undefined &&
        failure(dataset.value as ModelOutput<TEntries>) === undefined
      );
    },
    "~standard": standardProps(() => schema),
    "~run"(dataset, config) {
      const input = dataset.value;
      const result = base["~run"](dataset, config);
      if (result.issues) return result;
      const text = failure(result.value as ModelOutput<TEntries>);
      if (text === undefined) return result;
      const issue: ModelRuleIssue = {
        kind: "schema",
        type: "value_error",
        input,
        expected: base.name,
        received: "Object",
        message: `Value error, ${text}`,
        lang: config.lang,
        abortEarly: config.abortEarly,
        abortPipeEarly: config.abortPipeEarly,
      };
      const failed = result as unknown as v.FailureDataset<v.BaseIssue<unknown>>;
      failed.typed = false;
      failed.issues = [issue];
      return failed;
    },
  } as ModelSchema<TEntries>;
  return schema;
}
