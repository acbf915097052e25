/**
 * Colours of the command's text output: on when the output is a terminal, off otherwise;
 * `NO_COLOR` turns them off, `FORCE_COLOR` on, and `--color` / `--no-color` decide over both.
 */

/** The environment variables that decide colours. */
export interface ColorEnvironment {
  readonly NO_COLOR?: string | undefined;
  readonly FORCE_COLOR?: string | undefined;
}

/**
 * Whether text written to a stream gets colours: the flag when given (`--color` true,
 * `--no-color` false), else off when `NO_COLOR` is set and not empty, else on when
 * `FORCE_COLOR` is set and not `0` or `false`, else on exactly when the stream is a terminal.
 */
export function useColor(
  flag: boolean | undefined,
  stream: { readonly isTTY?: boolean },
  env: ColorEnvironment = process.env,
): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return stream.isTTY === true;
}

/** Styles of the command's text output, each a no-op when colours are off. */
export interface Style {
  /** Whether colours are on. */
  readonly enabled: boolean;
  /** An invalid record or a failed check (red). */
  error(text: string): string;
  /** A warning, e.g. an unknown event type (yellow). */
  warning(text: string): string;
  /** Success (green). */
  ok(text: string): string;
  /** Where a problem is: line and event id (dim). */
  location(text: string): string;
  /** A heading, e.g. a family's section (bold). */
  heading(text: string): string;
}

function sgr(open: number, close: number): (text: string) => string {
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

const PLAIN = (text: string): string => text;

/** The styles, coloured or plain. */
export function createStyle(enabled: boolean): Style {
  return enabled
    ? {
        enabled,
        error: sgr(31, 39),
        warning: sgr(33, 39),
        ok: sgr(32, 39),
        location: sgr(2, 22),
        heading: sgr(1, 22),
      }
    : { enabled, error: PLAIN, warning: PLAIN, ok: PLAIN, location: PLAIN, heading: PLAIN };
}
