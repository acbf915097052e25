/**
 * The commands that read what the packages ship: `schemas list|show`, `fixtures list`, and
 * `conformance` (the consumer-runnable suite).
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { listSchemas, loadSchema } from "@spec-kitty/events-schemas";
import { fixtureCategory, installedFixtures, openFixtureStore } from "../fixtures.js";
import { formatSuiteReport, runConformanceSuite } from "../suite.js";
import { expectPositionals, parseCommandArgs } from "./args.js";
import { CommandError, EXIT } from "./errors.js";
import { COMMAND_HELP, PROGRAM } from "./help.js";
import type { CliIo } from "./io.js";
import { oneLine } from "./text.js";

function helpOnly(command: string, args: string[]) {
  return parseCommandArgs(command, () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: { help: { type: "boolean", short: "h", default: false } },
    }),
  );
}

/** Runs `schemas list` / `schemas show NAME`; returns the exit code. */
export async function runSchemas(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = helpOnly("schemas", args);
  if (values.help) {
    io.stdout.write(COMMAND_HELP.schemas);
    return EXIT.ok;
  }
  const [action, name] = positionals;
  if (action === "list") {
    expectPositionals("schemas list", positionals.slice(1), 0);
    io.stdout.write(`${listSchemas().join("\n")}\n`);
    return EXIT.ok;
  }
  if (action === "show") {
    if (name === undefined) {
      throw new CommandError(
        "schemas show: give a schema NAME",
        `e.g. ${PROGRAM} schemas show event; '${PROGRAM} schemas list' prints the names`,
      );
    }
    expectPositionals("schemas show", positionals.slice(2), 0);
    if (!listSchemas().includes(name)) {
      throw new CommandError(
        `schemas show: unknown schema '${oneLine(name, 80)}'`,
        `'${PROGRAM} schemas list' prints the ${listSchemas().length} names`,
      );
    }
    io.stdout.write(`${JSON.stringify(loadSchema(name), null, 2)}\n`);
    return EXIT.ok;
  }
  throw new CommandError(
    action === undefined
      ? "schemas: give an action, list or show"
      : `schemas: unknown action '${oneLine(action, 40)}'`,
    `use '${PROGRAM} schemas list' or '${PROGRAM} schemas show NAME'`,
  );
}

/** Runs `fixtures list [--category C]`; returns the exit code. */
export async function runFixtures(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("fixtures", () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        category: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }),
  );
  if (values.help) {
    io.stdout.write(COMMAND_HELP.fixtures);
    return EXIT.ok;
  }
  const [action] = positionals;
  if (action !== "list") {
    throw new CommandError(
      action === undefined
        ? "fixtures: give an action, list"
        : `fixtures: unknown action '${oneLine(action, 40)}'`,
      `use '${PROGRAM} fixtures list [--category C]'`,
    );
  }
  expectPositionals("fixtures list", positionals.slice(1), 0);
  const store = installedFixtures();
  const entries = store.loadManifest().fixtures;
  const category = values.category;
  const categories = store.categories();
  if (category !== undefined && !categories.includes(category)) {
    throw new CommandError(
      `fixtures list: unknown category '${oneLine(category, 40)}'`,
      `valid categories: ${categories.join(", ")}`,
    );
  }
  const lines: string[] = [];
  for (const entry of entries) {
    if (category !== undefined && fixtureCategory(entry) !== category) continue;
    const kind = entry.fixtureType ?? "payload";
    lines.push(`${entry.id}\t${kind}\t${entry.expectedResult}\t${entry.eventType}\t${entry.path}`);
  }
  if (lines.length === 0) {
    io.stderr.write(
      category === undefined
        ? "the fixture manifest lists no fixtures\n"
        : `no fixtures in category '${category}' in this version of the fixtures\n`,
    );
    return EXIT.ok;
  }
  io.stdout.write(`${lines.join("\n")}\n`);
  return EXIT.ok;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Runs `conformance`; returns 0 when every check passed, 1 otherwise. */
export async function runConformance(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("conformance", () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        fixtures: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }),
  );
  if (values.help) {
    io.stdout.write(COMMAND_HELP.conformance);
    return EXIT.ok;
  }
  expectPositionals("conformance", positionals, 0);
  const root = values.fixtures;
  if (root !== undefined && !isDirectory(root)) {
    throw new CommandError(
      `conformance: fixture root not found: ${root}`,
      "give a directory that holds a manifest.json, or leave --fixtures out to check the bundled fixtures",
    );
  }
  const report = runConformanceSuite(
    root === undefined ? {} : { fixtures: openFixtureStore(resolve(root)) },
  );
  const text = formatSuiteReport(report);
  io.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
  return report.ok ? EXIT.ok : EXIT.invalid;
}
