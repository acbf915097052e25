/**
 * Python's built-in errors that the reference lets escape from a few lookups (not the
 * library's own errors): `KeyError` for a missing mapping key, `TypeError` for a list or dict
 * used as a key. The port throws errors with the same `name` and message.
 */
import { pythonValueRepr } from "./python-value.js";

/**
 * Python's `KeyError` of a mapping lookup: `name` is `KeyError`, the message is the Python
 * repr of the key (`'doing'`, `None`, `5`), as `str(KeyError(key))` prints it.
 */
export class PythonKeyError extends Error {
  /** The key that was not found. */
  readonly key: unknown;

  constructor(key: unknown) {
    super(pythonValueRepr(key));
    this.name = "KeyError";
    this.key = key;
  }
}

/**
 * The Python type name of a value that Python cannot hash (a JSON array is a `list`, a JSON
 * object a `dict`), or `undefined` for a hashable value (text, numbers, booleans, `null`).
 */
export function unhashableTypeName(value: unknown): "list" | "dict" | undefined {
  if (Array.isArray(value)) return "list";
  return typeof value === "object" && value !== null ? "dict" : undefined;
}

/**
 * Throws Python's `TypeError: unhashable type: '<list|dict>'` (a JavaScript `TypeError` with
 * that message) when `value` is a list or a dict, as a Python set or dict lookup does; returns
 * otherwise.
 */
export function assertPythonHashable(value: unknown): void {
  const typeName = unhashableTypeName(value);
  if (typeName !== undefined) throw new TypeError(`unhashable type: '${typeName}'`);
}
