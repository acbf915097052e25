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
} from "../model/composite.js";

/** Options of a list or tuple field. */
export interface ListOptions {
  /** Fewest items (the reference's `min_length`); wire `minItems`. */
  readonly minItems?: number;
}

/** A list or tuple field: its item schema and bounds, for the schema generator. */
export interface ListFieldSchema<TItem extends v.GenericSchema>
  extends CompositeSchema<readonly v.InferOutput<TItem>[]> {
  /**
   * `list` (the reference's `list[...]`) or `variadic_tuple` (`tuple[..., ...]`; not `tuple`,
   * which is valibot's fixed-length tuple).
   */
  readonly type: "list" | "variadic_tuple";
  /** The schema of each item. */
  readonly item: TItem;
  /** Fewest items, if bounded. */
  readonly minItems: number | undefined;
}

function plural(count: number): string {
  return count === 1 ? "item" : "items";
}

/**
 * A list-like field of the reference: `list[T]` (`list_type`) or the variadic `tuple[T, ...]`
 * (`tuple_type`). They differ in one rule, measured on the reference: with a minimum length,
 * a list whose items fail reports only the item issues, while a tuple also reports
 * `too_short` when fewer items than the minimum were valid (`[null]` for a min-1 tuple of
 * strings gives `string_type` at `field.0`, then `too_short`).
 */
function sequenceField<TItem extends v.GenericSchema>(
  type: "list" | "tuple",
  item: TItem,
  options: ListOptions,
): ListFieldSchema<TItem> {
  const { minItems } = options;
  const label = type === "list" ? "List" : "Tuple";
  const runItem = memberRunner(item);
  const itemTest = memberTest(item);
  const wire: Record<string, unknown> = { items: wireOf(item), type: "array" };
  if (minItems !== undefined) wire.minItems = minItems;
  const expects = `${type} of ${item.expects}`;
  const tooShort = (
    input: readonly unknown[],
    count: number,
    config: v.Config<v.BaseIssue<unknown>>,
  ) =>
    compositeIssue(
      expects,
      input,
      "too_short",
      `${label} should have at least ${minItems} ${plural(minItems ?? 0)} after validation, not ${count}`,
      config,
    );
  const run = (
    input: unknown,
    config: v.Config<v.BaseIssue<unknown>>,
  ): MemberResult<readonly v.InferOutput<TItem>[]> => {
    if (!Array.isArray(input)) {
      const violation = type === "list" ? "list_type" : "tuple_type";
      return {
        ok: false,
        issues: [
          compositeIssue(expects, input, violation, `Input should be a valid ${type}`, config),
        ],
      };
    }
    const output: unknown[] = [];
    let issues: v.BaseIssue<unknown>[] | undefined;
    for (let index = 0; index < input.length; index++) {
      const value: unknown = input[index];
      const result = runItem(value, config);
      if (result.ok) {
        output.push(result.value);
        continue;
      }
      const path: v.ArrayPathItem = { type: "array", origin: "value", input, key: index, value };
      issues ??= [];
      issues.push(...prefixIssues(result.issues, path));
    }
    const short = minItems !== undefined && output.length < minItems;
    if (short && (type === "tuple" || issues === undefined)) {
      issues ??= [];
      issues.push(tooShort(input, output.length, config));
    }
    if (issues !== undefined) return { ok: false, issues };
    return { ok: true, value: Object.freeze(output) as readonly v.InferOutput<TItem>[] };
  };
  const test = (input: unknown): boolean => {
    if (!Array.isArray(input)) return false;
    if (minItems !== undefined && input.length < minItems) return false;
    for (let index = 0; index < input.length; index++) if (!itemTest(input[index])) return false;
    return true;
  };
  const kind = type === "list" ? "list" : "variadic_tuple";
  return composite(kind, expects, wire, run, test, { item, minItems }) as ListFieldSchema<TItem>;
}

/**
 * List field (the reference's `list[T]`): an array whose items all pass `item` (a contract
 * field, an enum, a model, or a composite). A non-array (a string, an object, `null`) is
 * `list_type`; item issues are reported at `field.<index>...`; with `minItems`, a list with
 * fewer items is `too_short` (`List should have at least 1 item after validation, not 0`).
 * The output is a frozen array. Wire form `{ type: "array", items, minItems }`, where a
 * model or enum item is a `$ref`. For a default of `[]`, see `withFactoryDefault`.
 *
 * @example listField(RepoEvidenceSchema, { minItems: 1 })
 */
export function listField<TItem extends v.GenericSchema>(
  item: TItem,
  options: ListOptions = {},
): ListFieldSchema<TItem> {
  return sequenceField("list", item, options);
}

/**
 * Tuple field (the reference's variadic `tuple[T, ...]`): as {@link listField}, but a
 * non-array is `tuple_type` (`Input should be a valid tuple`) and `too_short` counts the items
 * that passed, so it is reported after the item issues too.
 *
 * @example tupleField(stringField(), { minItems: 1 })
 */
export function tupleField<TItem extends v.GenericSchema>(
  item: TItem,
  options: ListOptions = {},
): ListFieldSchema<TItem> {
  return sequenceField("tuple", item, options);
}
