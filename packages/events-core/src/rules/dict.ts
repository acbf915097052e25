import type * as v from "valibot";
import {
  type CompositeSchema,
  composite,
  compositeIssue,
  type MemberResult,
  memberRunner,
  memberTest,
  prefixIssues,
  wireOf,
} from "./composite.js";
import { isJsonObject } from "./json-object.js";

/** A dict field: its value schema, for the schema generator. */
export interface DictFieldSchema<TValue extends v.GenericSchema>
  extends CompositeSchema<{ readonly [key: string]: v.InferOutput<TValue> }> {
  readonly type: "dict";
  /** The schema of each value. */
  readonly value: TValue;
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // `__proto__` is stored as an own data property, never as the prototype.
  if (key === "__proto__") {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else target[key] = value;
}

/**
 * Dict field (the reference's `dict[str, T]`, e.g. `step_metadata: dict[str, str]`): a JSON
 * object whose values all pass `value`; a non-object (an array, a string, a number, `null`)
 * is `dict_type` (`Input should be a valid dictionary`); a value's issues are reported at
 * `field.<key>...`. The output is a frozen copy (own keys only; a JavaScript object lists
 * integer-like keys first, whatever their input order). Wire form
 * `{ type: "object", additionalProperties: <value wire> }`. For a default of `{}`, see
 * `withFactoryDefault`.
 *
 * @example dictField(stringField())
 */
export function dictField<TValue extends v.GenericSchema>(value: TValue): DictFieldSchema<TValue> {
  const runValue = memberRunner(value);
  const valueTest = memberTest(value);
  const expects = `dict of ${value.expects}`;
  const run = (
    input: unknown,
    config: v.Config<v.BaseIssue<unknown>>,
  ): MemberResult<{ readonly [key: string]: v.InferOutput<TValue> }> => {
    if (!isJsonObject(input)) {
      return {
        ok: false,
        issues: [
          compositeIssue(expects, input, "dict_type", "Input should be a valid dictionary", config),
        ],
      };
    }
    const output: Record<string, unknown> = {};
    let issues: v.BaseIssue<unknown>[] | undefined;
    for (const key of Object.keys(input)) {
      const item = input[key];
      const result = runValue(item, config);
      if (result.ok) {
        setOwn(output, key, result.value);
        continue;
      }
      const path: v.ObjectPathItem = { type: "object", origin: "value", input, key, value: item };
      issues ??= [];
      issues.push(...prefixIssues(result.issues, path));
    }
    if (issues !== undefined) return { ok: false, issues };
    return {
      ok: true,
      value: Object.freeze(output) as { readonly [key: string]: v.InferOutput<TValue> },
    };
  };
  const test = (input: unknown): boolean => {
    if (!isJsonObject(input)) return false;
    // for-in with an own-key check lists the keys Object.keys does, without building an array.
    for (const key in input) if (Object.hasOwn(input, key) && !valueTest(input[key])) return false;
    return true;
  };
  const wire = { additionalProperties: wireOf(value), type: "object" };
  return composite("dict", expects, wire, run, test, { value }) as DictFieldSchema<TValue>;
}
