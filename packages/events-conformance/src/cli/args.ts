/** Turns argument-parsing failures into usage errors that say what to do next. */
import { CommandError, errorCode } from "./errors.js";
import { PROGRAM } from "./help.js";

/**
 * Runs an argument parser (`node:util` `parseArgs`) for `command`; a parsing failure becomes
 * a {@link CommandError} pointing to the command's help.
 */
export function parseCommandArgs<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!errorCode(error)?.startsWith("ERR_PARSE_ARGS")) throw error;
    const message = error instanceof Error ? error.message : String(error);
    // Keep the first sentence: node's advice about '--' does not apply to these commands.
    const firstSentence = message.split(/\.\s/)[0] ?? message;
    throw new CommandError(
      `${command}: ${firstSentence.replace(/\.$/, "")}`,
      `run '${PROGRAM} ${command} --help' for the options`,
    );
  }
}

/** Rejects positional arguments beyond `max`, naming the first extra one. */
export function expectPositionals(
  command: string,
  positionals: readonly string[],
  max: number,
): void {
  if (positionals.length > max) {
    throw new CommandError(
      `${command}: unexpected argument '${positionals[max]}'`,
      `run '${PROGRAM} ${command} --help' for the usage`,
    );
  }
}
