/** Error entries and the error log (the reference's `ErrorEntry` of `models.py` and `error_log.py`). */
import { PayloadValidationError } from "../errors.js";
import { type ModelOutput, type ModelParseResult, model, safeParseModel } from "../model/model.js";
import { formatPydanticValidationError } from "../python/validation-error.js";
import { datetimeField } from "../rules/datetime.js";
import { withDefault } from "../rules/defaults.js";
import { nonEmptyStringField, stringField } from "../rules/string.js";
import { DEFAULT_RECENT_ERRORS_LIMIT, type ErrorStorage } from "./storage.js";

/**
 * Model of {@link ErrorEntry}: `timestamp` (datetime, required), `action_attempted` and
 * `error_message` (non-empty text, required), `resolution` (text, default `""`) and `agent`
 * (text, default `"unknown"`). Unknown keys are ignored.
 */
export const ErrorEntrySchema = model("ErrorEntry", "An error recorded in an error log.", {
  timestamp: datetimeField(),
  action_attempted: nonEmptyStringField(),
  error_message: nonEmptyStringField(),
  resolution: withDefault(stringField(), ""),
  agent: withDefault(stringField(), "unknown"),
});

/**
 * An error recorded in an error log (the reference's `ErrorEntry`). Immutable here; the
 * reference's model is not frozen.
 */
export type ErrorEntry = ModelOutput<typeof ErrorEntrySchema.entries>;

/**
 * Builds an {@link ErrorEntry} from its fields (e.g. `{ timestamp: "2026-01-01T00:00:00Z",
 * action_attempted: "sync", error_message: "timeout" }`), as constructing the reference's
 * model does.
 *
 * @throws PayloadValidationError (name `ValidationError`, as pydantic's) with pydantic's
 *   error text, when a field is missing or invalid.
 */
export function parseErrorEntry(input: unknown): ErrorEntry {
  const result = safeParseModel(ErrorEntrySchema, input);
  if (result.success) return result.output;
  throw new PayloadValidationError(
    ErrorEntrySchema.name,
    result.issues,
    formatPydanticValidationError(ErrorEntrySchema.name, result.issues, input),
  );
}

/** Builds an {@link ErrorEntry} without throwing: the entry, or every issue found. */
export function safeParseErrorEntry(input: unknown): ModelParseResult<ErrorEntry> {
  return safeParseModel(ErrorEntrySchema, input);
}

/** How many characters of `action_attempted` the repr shows. */
const REPR_ACTION_LENGTH = 30;

/**
 * The reference's `repr()` of an {@link ErrorEntry}:
 * `ErrorEntry(timestamp=<Python isoformat>, action=<first 30 characters of action_attempted>..., agent=<agent>)`.
 * The `...` is always written, even after a short action; characters are code points.
 *
 * @example errorEntryRepr(entry) // "ErrorEntry(timestamp=2026-01-01T00:00:00+00:00, action=sync..., agent=unknown)"
 */
export function errorEntryRepr(entry: ErrorEntry): string {
  const action = Array.from(entry.action_attempted).slice(0, REPR_ACTION_LENGTH).join("");
  return `ErrorEntry(timestamp=${entry.timestamp.isoformat}, action=${action}..., agent=${entry.agent})`;
}

/**
 * A log of errors kept in an {@link ErrorStorage} (the reference's `ErrorLog`): it only
 * delegates to the storage and has no state of its own; storage errors propagate.
 */
export class ErrorLog {
  readonly #storage: ErrorStorage;

  /** Creates a log that keeps its entries in `storage`. */
  constructor(storage: ErrorStorage) {
    this.#storage = storage;
  }

  /** Records an entry (`storage.append`). */
  logError(entry: ErrorEntry): void {
    this.#storage.append(entry);
  }

  /** The most recent entries, newest first (`storage.loadRecent(limit)`, limit 10 by default). */
  getRecentErrors(limit: number = DEFAULT_RECENT_ERRORS_LIMIT): ErrorEntry[] {
    return this.#storage.loadRecent(limit);
  }
}
