/**
 * Options every command shares: the output format (`--json`, `--format`), where the output
 * goes (`-o/--output`), colours (`--color`, `--no-color`) and the progress line (`--quiet`).
 */
import { CommandError } from "./errors.js";
import { PROGRAM } from "./help.js";
import { oneLine } from "./text.js";

/** Output formats: readable text, one JSON document, or JSON Lines (one JSON value a line). */
export type OutputFormat = "text" | "json" | "jsonl";

/** The `parseArgs` options of the output: `-o/--output FILE`, `--color`, `--no-color`. */
export const OUTPUT_OPTIONS = {
  output: { type: "string", short: "o" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
} as const;

/** The `parseArgs` options of the format: `--json` and `--format F`. */
export const FORMAT_OPTIONS = {
  json: { type: "boolean", default: false },
  format: { type: "string" },
} as const;

/** The `parseArgs` option of the progress line: `-q/--quiet`. */
export const QUIET_OPTION = {
  quiet: { type: "boolean", short: "q", default: false },
} as const;

/**
 * The output format of `command`: `--format` when given (one of `allowed`), else `jsonFormat`
 * with `--json`, else `text`. `--json` beside a `--format` other than `jsonFormat` is a usage
 * error, as is a format the command does not have.
 */
export function chosenFormat(
  command: string,
  values: { readonly json?: boolean | undefined; readonly format?: string | undefined },
  allowed: readonly OutputFormat[],
  jsonFormat: OutputFormat = "json",
): OutputFormat {
  const given = values.format;
  if (given === undefined) return values.json === true ? jsonFormat : "text";
  if (!(allowed as readonly string[]).includes(given)) {
    throw new CommandError(
      `${command}: unknown format '${oneLine(given, 40)}'`,
      `valid formats: ${allowed.join(", ")}`,
    );
  }
  if (values.json === true && given !== jsonFormat) {
    throw new CommandError(
      `${command}: --json means --format ${jsonFormat}, not --format ${given}`,
      `give one of them (run '${PROGRAM} ${command.split(" ")[0]} --help' for the formats)`,
    );
  }
  return given as OutputFormat;
}

/** A token of `parseArgs` with `tokens: true` (only what is read here). */
interface OptionToken {
  readonly kind: string;
  readonly name?: string;
}

/**
 * The colour flag of a command line: `true` for `--color`, `false` for `--no-color` (the
 * last one given wins), `undefined` when neither is given.
 */
export function colorFlag(tokens: readonly OptionToken[] | undefined): boolean | undefined {
  let flag: boolean | undefined;
  for (const token of tokens ?? []) {
    if (token.kind !== "option") continue;
    if (token.name === "color") flag = true;
    else if (token.name === "no-color") flag = false;
  }
  return flag;
}
