import { compareCodePoints, pythonRepr, pythonValueRepr } from "@spec-kitty/events-core";
import type { ErrorObject } from "ajv";

/** One problem found by the schema layer (JSON Schema draft 2020-12). */
export interface SchemaViolation {
  /** Where: `$` for the payload itself, `$.delivery_id`, `$.evidence.repos[0]`. */
  readonly jsonPath: string;
  /** Plain-language reason, e.g. `'delivery_id' is a required property`. */
  readonly message: string;
  /** The failing keyword: `required`, `type`, `minLength`, `minimum`, `pattern`, `enum`, ... */
  readonly validator: string;
  /** The keyword's value in the schema (the `required` list, the `enum` values, the bound...). */
  readonly validatorValue: unknown;
  /** Keyword path inside the schema, e.g. `properties/delivery_id/minLength` or `required`. */
  readonly schemaPath: string;
}

type Params = Record<string, unknown>;

/**
 * Longest quote of a value in a message (characters): a longer one is cut with `...`, so that a
 * huge value (or a JavaScript object shared many times over, whose text grows exponentially)
 * cannot make a message huge.
 */
const MAX_QUOTED_LENGTH = 10_000;

/** The Python `repr()` of a value as messages quote it (cut past {@link MAX_QUOTED_LENGTH}). */
function quote(value: unknown): string {
  return pythonValueRepr(value, MAX_QUOTED_LENGTH);
}

function lengthMessage(data: unknown, limit: unknown, tooShort: boolean): string {
  if (tooShort) return `${quote(data)} ${limit === 1 ? "should be non-empty" : "is too short"}`;
  return `${quote(data)} ${limit === 0 ? "is expected to be empty" : "is too long"}`;
}

function typeNames(schema: unknown): string {
  const types = Array.isArray(schema) ? schema : [schema];
  return types.map((type) => pythonRepr(String(type))).join(", ");
}

/** The message of one schema error, in the wording of the reference's schema layer. */
function messageOf(error: ErrorObject): string {
  const params = error.params as Params;
  const data = (): string => quote(error.data);
  switch (error.keyword) {
    case "required":
      return `${pythonRepr(String(params.missingProperty))} is a required property`;
    case "type":
      return `${data()} is not of type ${typeNames(error.schema)}`;
    case "minLength":
    case "minItems":
      return lengthMessage(error.data, params.limit, true);
    case "maxLength":
    case "maxItems":
      return lengthMessage(error.data, params.limit, false);
    case "minimum":
      return `${data()} is less than the minimum of ${quote(params.limit)}`;
    case "maximum":
      return `${data()} is greater than the maximum of ${quote(params.limit)}`;
    case "exclusiveMinimum":
      return `${data()} is less than or equal to the minimum of ${quote(params.limit)}`;
    case "exclusiveMaximum":
      return `${data()} is greater than or equal to the maximum of ${quote(params.limit)}`;
    case "pattern":
      return `${data()} does not match ${pythonRepr(String(params.pattern))}`;
    case "enum":
      return `${data()} is not one of ${quote(params.allowedValues)}`;
    case "const":
      return `${quote(params.allowedValue)} was expected`;
    case "anyOf":
    case "oneOf":
      return `${data()} is not valid under any of the given schemas`;
    case "additionalProperties":
      return `Additional properties are not allowed (${pythonRepr(String(params.additionalProperty))} was unexpected)`;
    case "uniqueItems":
      return `${data()} has non-unique elements`;
    default:
      return `${data()}: ${error.message ?? `fails ${error.keyword}`}`;
  }
}

function decodePointerToken(token: string): string {
  return token.includes("~") ? token.replaceAll("~1", "/").replaceAll("~0", "~") : token;
}

/**
 * Converts an ajv instance path (JSON pointer) to the reference's JSON path: `$`, then
 * `[i]` for an array index and `.key` for an object key (the payload is walked to tell a
 * numeric key from an index).
 */
export function toJsonPath(instancePath: string, payload: unknown): string {
  if (instancePath === "") return "$";
  let path = "$";
  let node: unknown = payload;
  for (const raw of instancePath.slice(1).split("/")) {
    const token = decodePointerToken(raw);
    if (Array.isArray(node)) {
      path += `[${token}]`;
      node = node[Number(token)];
    } else {
      path += `.${token}`;
      node =
        node !== null && typeof node === "object" && Object.hasOwn(node, token)
          ? (node as Record<string, unknown>)[token]
          : undefined;
    }
  }
  return path;
}

// Errors of the branches of a failed anyOf/oneOf: the reference reports only the anyOf/oneOf
// error itself (its branch errors are its context), and never an error for `if`.
const BRANCH_ERROR = /\/(?:anyOf|oneOf)\/\d+\//;

function isReported(error: ErrorObject): boolean {
  return error.keyword !== "if" && !BRANCH_ERROR.test(error.schemaPath);
}

/**
 * The errors of failed anyOf/oneOf branches that a `$ref` hides from {@link BRANCH_ERROR} (their
 * schema path is the definition's, `#/$defs/Model/...`): ajv reports a failed anyOf right after
 * its branches' errors, so they are the errors just before it at its instance path or below.
 */
function referencedBranchErrors(errors: readonly ErrorObject[]): Set<ErrorObject> {
  const hidden = new Set<ErrorObject>();
  for (let i = 0; i < errors.length; i++) {
    const error = errors[i] as ErrorObject;
    if (error.keyword !== "anyOf" && error.keyword !== "oneOf") continue;
    const path = error.instancePath;
    for (let j = i - 1; j >= 0; j--) {
      const branch = errors[j] as ErrorObject;
      if (branch.instancePath !== path && !branch.instancePath.startsWith(`${path}/`)) break;
      hidden.add(branch);
    }
  }
  return hidden;
}

// The reference walks a schema's keywords in the order of its (key-sorted) file and then sorts
// its errors by JSON path, stably. ajv checks `type` first; ordering errors of one path by
// keyword name gives the reference's order (errors of the same keyword keep their order).
function compareViolations(a: SchemaViolation, b: SchemaViolation): number {
  return compareCodePoints(a.jsonPath, b.jsonPath) || compareCodePoints(a.validator, b.validator);
}

/**
 * Converts ajv errors (compiled with `verbose: true`) into schema violations in the
 * reference's order: by `jsonPath`, then by keyword (stable).
 */
export function toSchemaViolations(
  errors: readonly ErrorObject[],
  payload: unknown,
): SchemaViolation[] {
  const violations: SchemaViolation[] = [];
  const hidden = referencedBranchErrors(errors);
  for (const error of errors) {
    if (!isReported(error) || hidden.has(error)) continue;
    violations.push({
      jsonPath: toJsonPath(error.instancePath, payload),
      message: messageOf(error),
      validator: error.keyword,
      validatorValue: error.schema,
      schemaPath: error.schemaPath.startsWith("#/") ? error.schemaPath.slice(2) : error.schemaPath,
    });
  }
  if (violations.length > 1) violations.sort(compareViolations);
  return violations;
}
