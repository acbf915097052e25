import { type FieldSchema, field } from "../model/field.js";
import { accept, reject } from "../model/violation.js";
import { pythonRepr } from "../python/python-repr.js";

/** An enum field schema: the exact lower-case values, with its name and description for `$defs`. */
export interface EnumFieldSchema<TValue extends string> extends FieldSchema<TValue> {
  /** The allowed values, in the reference's order. */
  readonly options: readonly TValue[];
  /** The enum's name (`HealthStatus`), used as its `$defs` key and title. */
  readonly name: string;
}

function expectedText(options: readonly string[]): string {
  const quoted = options.map((o) => pythonRepr(o));
  return quoted.length <= 1
    ? (quoted[0] ?? "")
    : `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}`;
}

/**
 * Enum field: exact values only (`"HEALTHY"` is rejected). Wire form
 * `{ type: "string", enum: [...], title: name }`; the schema generator puts shared enums
 * in `$defs` and refers to them with `$ref`.
 *
 * @param name Enum name, e.g. `HealthStatus`.
 * @param options The values, in order.
 * @param description Optional description written into the enum's schema.
 */
export function enumField<const TValue extends string>(
  name: string,
  options: readonly TValue[],
  description?: string,
): EnumFieldSchema<TValue> {
  const allowed = new Set<string>(options);
  const message = `Input should be ${expectedText(options)}`;
  const wire: Record<string, unknown> = { enum: [...options], title: name, type: "string" };
  if (description !== undefined) wire.description = description;
  const isAllowed = (input: unknown): boolean => typeof input === "string" && allowed.has(input);
  const schema = field<TValue>(
    "enum",
    options.join(" | "),
    wire,
    (input) => (isAllowed(input) ? accept(input as TValue) : reject("enum", message)),
    isAllowed,
  );
  return Object.assign(schema, { options: Object.freeze([...options]), name });
}
