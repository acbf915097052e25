/**
 * Dispatches `spec-kitty-events <command>` and turns every failure into a message and an exit
 * code (never a stack trace, unless SPEC_KITTY_EVENTS_DEBUG is set).
 */
import { readFileSync } from "node:fs";
import { CommandError, EXIT } from "./errors.js";
import { COMMAND_HELP, COMMANDS, type CommandName, OVERVIEW_HELP, PROGRAM } from "./help.js";
import type { CliIo } from "./io.js";
import type { ReadLimits } from "./reading/records.js";

function isCommandName(name: string): name is CommandName {
  return (COMMANDS as readonly string[]).includes(name);
}

/** The version of this package (read from its package.json). */
export function packageVersion(): string {
  const text = readFileSync(new URL("../../package.json", import.meta.url), "utf8");
  return (JSON.parse(text) as { version: string }).version;
}

async function runCommand(
  command: CommandName,
  args: string[],
  io: CliIo,
  limits: ReadLimits | undefined,
): Promise<number> {
  switch (command) {
    case "validate":
      return (await import("./validate/command.js")).runValidate(args, io, limits);
    case "replay":
      return (await import("./replay/command.js")).runReplay(args, io, limits);
    case "schemas":
      return (await import("./catalog-commands.js")).runSchemas(args, io);
    case "fixtures":
      return (await import("./catalog-commands.js")).runFixtures(args, io);
    case "conformance":
      return (await import("./catalog-commands.js")).runConformance(args, io);
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof RangeError) {
    return "the input is too large or too deeply nested to process";
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs the command line `argv` (without the program name) on `io`; resolves to the exit code:
 * 0 success, 1 something invalid or a failed check, 2 usage or I/O error. `limits` replaces
 * the default reading limits of `validate` and `replay` (for tests; the executable never
 * passes it).
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  limits?: ReadLimits,
): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      io.stderr.write(OVERVIEW_HELP);
      return EXIT.usage;
    }
    if (first === "-h" || first === "--help" || first === "help") {
      const topic = rest[0];
      io.stdout.write(
        topic !== undefined && isCommandName(topic) ? COMMAND_HELP[topic] : OVERVIEW_HELP,
      );
      return EXIT.ok;
    }
    if (first === "-v" || first === "--version" || first === "version") {
      io.stdout.write(`${packageVersion()}\n`);
      return EXIT.ok;
    }
    if (!isCommandName(first)) {
      const what = first.startsWith("-") ? "option" : "command";
      throw new CommandError(
        `unknown ${what} '${first}'`,
        `commands: ${COMMANDS.join(", ")}; run '${PROGRAM} --help' for the usage`,
      );
    }
    return await runCommand(first, [...rest], io, limits);
  } catch (error) {
    if (error instanceof CommandError) {
      io.stderr.write(`${PROGRAM}: ${error.message}\n`);
      if (error.hint !== undefined) io.stderr.write(`  ${error.hint}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`${PROGRAM}: error: ${describeFailure(error)}\n`);
    if (process.env.SPEC_KITTY_EVENTS_DEBUG && error instanceof Error && error.stack) {
      io.stderr.write(`${error.stack}\n`);
    } else {
      io.stderr.write("  set SPEC_KITTY_EVENTS_DEBUG=1 to see the details\n");
    }
    return EXIT.usage;
  }
}
