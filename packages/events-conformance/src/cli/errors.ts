/** Exit codes of the command. */
export const EXIT = Object.freeze({
  /** Every record is valid (or the command succeeded). */
  ok: 0,
  /** Some record is invalid, a suite check failed, or a line was skipped. */
  invalid: 1,
  /** Usage error or input/output error. */
  usage: 2,
});

/**
 * An error the command reports to the user (exit code 2): what went wrong and what to do
 * next. Never printed with a stack trace.
 */
export class CommandError extends Error {
  /** What to do next, printed after the message. */
  readonly hint: string | undefined;

  constructor(message: string, hint?: string) {
    super(message);
    this.name = "CommandError";
    this.hint = hint;
  }
}

/** The `code` of a thrown Node.js error (`ENOENT`, `ERR_PARSE_ARGS_...`), if it has one. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;
}
