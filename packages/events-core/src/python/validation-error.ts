import type { ModelIssue } from "../model/violation.js";
import { pythonTypeName } from "../rules/event-id.js";
import { pythonValueRepr, pythonValueReprTail } from "./python-value.js";

/** The pydantic version whose documentation links the reference's error texts carry. */
export const PYDANTIC_DOCS_VERSION = "2.13";

/** UTF-8 length of the code point at the start of `code`'s unit. */
function utf8Length(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** True when every unit of `text` is ASCII (one UTF-8 byte each). */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** The code points of a string with their UTF-8 lengths. */
function codePoints(text: string): { readonly text: string; readonly bytes: number }[] {
  const points: { text: string; bytes: number }[] = [];
  for (const point of text)
    points.push({ text: point, bytes: utf8Length(point.codePointAt(0) ?? 0) });
  return points;
}

/**
 * How pydantic shortens an input's repr in an error text: a repr longer than 50 UTF-8 bytes
 * becomes its longest prefix of at most 25 bytes, `...`, and its longest suffix of at most 24
 * bytes, cut between code points (`'bbbbbbbbbbbbbbbbbbbbbbbb...bbbbbbbbbbbbbbbbbbbbbbb'`).
 */
export function truncatePydanticRepr(repr: string): string {
  if (isAscii(repr)) {
    // One byte per unit: the cut falls between code points anywhere.
    return repr.length <= 50 ? repr : `${repr.slice(0, 25)}...${repr.slice(-24)}`;
  }
  const points = codePoints(repr);
  let total = 0;
  for (const point of points) total += point.bytes;
  if (total <= 50) return repr;
  let head = "";
  for (let i = 0, bytes = 0; i < points.length; i++) {
    const point = points[i] as { text: string; bytes: number };
    if (bytes + point.bytes > 25) break;
    bytes += point.bytes;
    head += point.text;
  }
  let tail = "";
  for (let i = points.length - 1, bytes = 0; i >= 0; i--) {
    const point = points[i] as { text: string; bytes: number };
    if (bytes + point.bytes > 24) break;
    bytes += point.bytes;
    tail = point.text + tail;
  }
  return `${head}...${tail}`;
}

/** The value at a dotted path below `root` (`undefined` where the path leaves the value). */
function valueAt(root: unknown, parts: readonly string[]): unknown {
  let node = root;
  for (const part of parts) {
    if (node === null || typeof node !== "object") return undefined;
    node = Array.isArray(node)
      ? node[Number(part)]
      : Object.hasOwn(node, part)
        ? (node as Record<string, unknown>)[part]
        : undefined;
  }
  return node;
}

/** The input value pydantic shows for an issue: the enclosing object for a `missing` field. */
function shownInput(issue: ModelIssue, input: unknown): unknown {
  if (issue.violationType !== "missing") return issue.inputValue;
  const parts = issue.field === "" ? [] : issue.field.split(".");
  return valueAt(input, parts.slice(0, -1));
}

/** Characters of each end of a repr that hold pydantic's 25 + 24 bytes, and more. */
const REPR_END = 100;

/**
 * {@link truncatePydanticRepr} of the repr of `value`, writing only its two ends when it is
 * long, so that a huge value (or a JavaScript object shared many times over, whose repr grows
 * exponentially) costs no more than a short one.
 */
function pydanticInputRepr(value: unknown): string {
  const head = pythonValueRepr(value, 2 * REPR_END);
  if (head.length <= 2 * REPR_END) return truncatePydanticRepr(head);
  return truncatePydanticRepr(head.slice(0, REPR_END) + pythonValueReprTail(value, REPR_END));
}

/**
 * The text of a pydantic `ValidationError` for the port's model issues, as the reference
 * embeds it in messages (`payload validation failed: ...`, DecisionPoint `malformed_payload`):
 *
 * ```text
 * 1 validation error for StatusTransitionPayload
 * execution_mode
 *   Field required [type=missing, input_value={'wp_id': 'WP01', 'to_lan...a', 'feature_slug': 'f'}, input_type=dict]
 *     For further information visit https://errors.pydantic.dev/2.13/v/missing
 * ```
 *
 * One block per issue, in the issues' order (fields in declaration order, nested issues depth
 * first); the location line is left out for an issue of the model itself (a model-level rule).
 * `input_value` is the Python repr of the offending value (of the enclosing object for a
 * missing field), shortened by {@link truncatePydanticRepr}; `input_type` its Python type name.
 * The messages are the port's, which follow pydantic's wording; JSON cannot tell `3.0` from
 * `3`, so such an input shows as an `int`.
 *
 * @param modelName The model's name (the `for <Model>` of the first line).
 * @param issues The model issues, as `safeParseModel` returns them.
 * @param input The input the model parsed (to show the object around a missing field).
 * @param version The pydantic version of the documentation links (`2.13`).
 */
export function formatPydanticValidationError(
  modelName: string,
  issues: readonly ModelIssue[],
  input: unknown,
  version: string = PYDANTIC_DOCS_VERSION,
): string {
  const count = issues.length;
  const lines = [`${count} validation error${count === 1 ? "" : "s"} for ${modelName}`];
  for (const issue of issues) {
    const value = shownInput(issue, input);
    if (issue.field !== "") lines.push(issue.field);
    lines.push(
      `  ${issue.message} [type=${issue.violationType}, input_value=${pydanticInputRepr(value)}, input_type=${pythonTypeName(value)}]`,
      `    For further information visit https://errors.pydantic.dev/${version}/v/${issue.violationType}`,
    );
  }
  return lines.join("\n");
}
