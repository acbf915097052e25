import type * as v from "valibot";
import { directRule, fieldIssue, schemaTest, standardProps, type WireSchema } from "./field.js";
import type { ViolationType } from "./violation.js";

/**
 * A field schema made of other schemas (a list, a dict, a field with a "before" step): a
 * valibot schema that carries, like a contract field, its strict wire description and its
 * verdict alone, and that reports its members' issues at their paths.
 */
export interface CompositeSchema<TOutput>
  extends v.BaseSchema<unknown, TOutput, v.BaseIssue<unknown>> {
  /** Kind name, e.g. `list`, `tuple`, `dict`. */
  readonly type: string;
  /**
   * Strict wire description emitted into the JSON Schema. A model or an enum inside it is a
   * `$ref` to `#/$defs/<name>` (the schema generator puts the definitions in `$defs`).
   */
  readonly wire: WireSchema;
  /** The verdict alone: `true` exactly when running the schema raises no issue. */
  readonly test: (input: unknown) => boolean;
}

/** The outcome of running a member schema: its output, or its issues. */
export type MemberResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly v.BaseIssue<unknown>[] };

/** Runs a schema on one value (a field's rule directly when that is the same). */
export type MemberRunner = (
  input: unknown,
  config: v.Config<v.BaseIssue<unknown>>,
) => MemberResult<unknown>;

/** A schema as this module reads it. */
interface SchemaNode {
  readonly kind?: unknown;
  readonly type?: unknown;
  readonly name?: unknown;
  readonly entries?: unknown;
  readonly options?: unknown;
  readonly test?: unknown;
  readonly wire?: unknown;
  readonly wrapped?: SchemaNode;
  readonly pipe?: readonly SchemaNode[];
}

/**
 * True for a contract model (made by `model()`): an object schema with a name, entries and a
 * verdict function. The schema generator gives such a model its own `$defs` entry when another
 * model uses it.
 */
export function isModelSchema(node: unknown): boolean {
  const candidate = node as SchemaNode | null;
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    candidate.kind === "schema" &&
    candidate.type === "object" &&
    typeof candidate.name === "string" &&
    typeof candidate.entries === "object" &&
    candidate.entries !== null &&
    typeof candidate.test === "function"
  );
}

/** True for an enum field (made by `enumField()`): a field with a name and its options. */
export function isEnumFieldSchema(node: unknown): boolean {
  const candidate = node as SchemaNode | null;
  return (
    typeof candidate === "object" &&
    candidate !== null &&
    candidate.kind === "schema" &&
    typeof candidate.wire === "object" &&
    typeof candidate.name === "string" &&
    Array.isArray(candidate.options)
  );
}

/**
 * The `$defs` name of a schema that the JSON Schema refers to with `$ref` (a model or an enum
 * field), or `undefined`.
 */
export function definitionName(node: unknown): string | undefined {
  return isModelSchema(node) || isEnumFieldSchema(node)
    ? ((node as SchemaNode).name as string)
    : undefined;
}

/** The `$ref` of a definition: `#/$defs/<name>`. */
export function definitionRef(name: string): WireSchema {
  return { $ref: `#/$defs/${name}` };
}

function metadataOnly(node: SchemaNode): boolean {
  return (node.pipe ?? []).slice(1).every((item) => item.kind === "metadata");
}

/**
 * The wire description of a member schema: a `$ref` for a model or an enum, a field's or a
 * composite's `wire`, `anyOf [X, null]` for `v.nullable(X)`. A pipe of metadata counts as the
 * schema it describes. Any other schema has no wire form: an error.
 */
export function wireOf(schema: v.GenericSchema): WireSchema {
  const node = schema as unknown as SchemaNode;
  if (node.pipe && node.pipe[0] !== node) {
    if (!metadataOnly(node)) throw new Error("A member schema may be piped to metadata only");
    return wireOf(node.pipe[0] as unknown as v.GenericSchema);
  }
  const name = definitionName(node);
  if (name !== undefined) return definitionRef(name);
  if (typeof node.wire === "object" && node.wire !== null) return node.wire as WireSchema;
  if (node.type === "nullable" && node.wrapped) {
    return { anyOf: [wireOf(node.wrapped as unknown as v.GenericSchema), { type: "null" }] };
  }
  throw new Error(`A ${String(node.type)} schema has no wire form (use a contract field or model)`);
}

/** A runner for a member schema: its rule directly when that is the same, else its `~run`. */
export function memberRunner(schema: v.GenericSchema): MemberRunner {
  const rule = directRule(schema);
  if (rule) {
    return (input, config) => {
      const result = rule(input);
      return result.ok
        ? result
        : { ok: false, issues: [fieldIssue(schema.expects, input, result, config)] };
    };
  }
  return (input, config) => {
    const dataset = schema["~run"]({ value: input }, config);
    return dataset.issues
      ? { ok: false, issues: dataset.issues }
      : { ok: true, value: dataset.value };
  };
}

/** The verdict of a member schema (its `test`, see `schemaTest`). */
export function memberTest(schema: v.GenericSchema): (input: unknown) => boolean {
  return schemaTest(schema);
}

/** Puts `item` in front of the path of each issue (the issues are changed in place). */
export function prefixIssues(
  issues: readonly v.BaseIssue<unknown>[],
  item: v.IssuePathItem,
): readonly v.BaseIssue<unknown>[] {
  for (const issue of issues) {
    if (issue.path) (issue.path as v.IssuePathItem[]).unshift(item);
    else (issue as { path?: v.IssuePathItem[] }).path = [item];
  }
  return issues;
}

/** The issue of a composite schema itself (wrong container type, too short, ...). */
export function compositeIssue(
  expects: string,
  input: unknown,
  violation: ViolationType,
  message: string,
  config: v.Config<v.BaseIssue<unknown>>,
): v.BaseIssue<unknown> {
  return fieldIssue(expects, input, { violation, message }, config);
}

/**
 * Defines a composite schema from a run function (output or issues) and a verdict function.
 *
 * @param type Kind name.
 * @param expects Short description of what is accepted (used in issue texts).
 * @param wire JSON Schema fragment of the canonical wire form.
 * @param run Parses one input value into the output or issues with paths.
 * @param test The verdict alone (`true` exactly when `run` succeeds).
 * @param members Extra properties (the members the schema generator walks: `item`, `value`,
 *   `wrapped`).
 */
export function composite<TOutput, TMembers extends object>(
  type: string,
  expects: string,
  wire: WireSchema,
  run: (input: unknown, config: v.Config<v.BaseIssue<unknown>>) => MemberResult<TOutput>,
  test: (input: unknown) => boolean,
  members: TMembers,
): CompositeSchema<TOutput> & TMembers {
  const schema = {
    ...members,
    kind: "schema",
    type,
    reference: composite,
    expects,
    async: false,
    wire,
    test,
    "~standard": standardProps(() => schema),
    "~run"(dataset: v.UnknownDataset, config: v.Config<v.BaseIssue<unknown>>) {
      const result = run(dataset.value, config);
      if (result.ok) {
        const out = dataset as unknown as v.SuccessDataset<TOutput>;
        out.typed = true;
        out.value = result.value;
        return out;
      }
      const failed = dataset as unknown as v.FailureDataset<v.BaseIssue<unknown>>;
      failed.typed = false;
      failed.issues = result.issues as [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]];
      return failed;
    },
  } as unknown as CompositeSchema<TOutput> & TMembers;
  return schema;
}
