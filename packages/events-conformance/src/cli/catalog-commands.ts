/**
 * The commands that read what the packages ship: `schemas list|show`, `fixtures list`, and
 * `conformance` (the consumer-runnable suite).
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { listSchemas, loadSchema } from "@spec-kitty/events-schemas";
import {
  type FixtureManifestEntry,
  fixtureCategory,
  installedFixtures,
  openFixtureStore,
} from "../fixtures.js";
import { formatSuiteReport, runConformanceSuite } from "../suite.js";
import { expectPositionals, parseCommandArgs } from "./args.js";
import type { Style } from "./color.js";
import { CommandError, EXIT } from "./errors.js";
import { COMMAND_HELP, PROGRAM } from "./help.js";
import { bufferedOutput, type CliIo } from "./io.js";
import {
  chosenFormat,
  colorFlag,
  FORMAT_OPTIONS,
  OUTPUT_OPTIONS,
  type OutputFormat,
} from "./options.js";
import { destinationStyle, openDestination } from "./output.js";
import { oneLine } from "./text.js";

/** Writes `text` to the destination of `-o` (or standard output) and closes it. */
async function writeOutput(
  text: string,
  output: string | undefined,
  io: CliIo,
  inputs: readonly string[] = [],
): Promise<void> {
  const destination = openDestination(output, io, inputs);
  const out = bufferedOutput(destination.stream);
  out.write(text);
  await out.flush();
  await destination.close();
}

/** Runs `schemas list` / `schemas show NAME`; returns the exit code. */
export async function runSchemas(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("schemas", () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        ...FORMAT_OPTIONS,
        ...OUTPUT_OPTIONS,
        help: { type: "boolean", short: "h", default: false },
      },
    }),
  );
  if (values.help) {
    io.stdout.write(COMMAND_HELP.schemas);
    return EXIT.ok;
  }
  const [action, name] = positionals;
  if (action === "list") {
    expectPositionals("schemas list", positionals.slice(1), 0);
    const format = chosenFormat("schemas list", values, ["text", "json", "jsonl"]);
    const names = listSchemas();
    await writeOutput(
      listText(names, format, (schema) => schema),
      values.output,
      io,
    );
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
    // A schema is JSON whatever the format: --json and --format json are accepted.
    chosenFormat("schemas show", values, ["json"]);
    await writeOutput(`${JSON.stringify(loadSchema(name), null, 2)}\n`, values.output, io);
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
        ...FORMAT_OPTIONS,
        ...OUTPUT_OPTIONS,
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
  const format = chosenFormat("fixtures list", values, ["text", "json", "jsonl"]);
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
  const listed = entries.filter(
    (entry) => category === undefined || fixtureCategory(entry) === category,
  );
  if (listed.length === 0) {
    io.stderr.write(
      category === undefined
        ? "the fixture manifest lists no fixtures\n"
        : `no fixtures in category '${category}' in this version of the fixtures\n`,
    );
  }
  await writeOutput(
    listText(
      listed,
      format,
      (entry) => {
        const kind = entry.fixtureType ?? "payload";
        return `${entry.id}\t${kind}\t${entry.expectedResult}\t${entry.eventType}\t${entry.path}`;
      },
      fixtureJson,
    ),
    values.output,
    io,
  );
  return EXIT.ok;
}

/**
 * A fixture entry as JSON (keys in this order): `id`, `kind` (`payload`, `replay_stream` or
 * `reducer_output`), `expected_result`, `event_type`, `path`, `min_version`, `notes`.
 */
function fixtureJson(entry: FixtureManifestEntry): string {
  return JSON.stringify({
    id: entry.id,
    kind: entry.fixtureType ?? "payload",
    expected_result: entry.expectedResult,
    event_type: entry.eventType,
    path: entry.path,
    min_version: entry.minVersion,
    notes: entry.notes,
  });
}

/**
 * A list in a format: text (one line per item), one JSON array, or JSON Lines (one JSON
 * value per line). `json` writes an item's JSON (default: `JSON.stringify`).
 */
function listText<T>(
  items: readonly T[],
  format: OutputFormat,
  text: (item: T) => string,
  json: (item: T) => string = (item) => JSON.stringify(item),
): string {
  if (format === "json") return `[${items.map(json).join(",")}]\n`;
  const lines = items.map(format === "jsonl" ? json : text);
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
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
  const { values, positionals, tokens } = parseCommandArgs("conformance", () =>
    parseArgs({
      args,
      allowPositionals: true,
      tokens: true,
      options: {
        ...FORMAT_OPTIONS,
        ...OUTPUT_OPTIONS,
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
  const format = chosenFormat("conformance", values, ["text", "json"]);
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
  const destination = openDestination(values.output, io);
  let text: string;
  if (format === "json") {
    text = `${JSON.stringify(report)}\n`;
  } else {
    const style = destinationStyle(colorFlag(tokens), destination);
    text = colorReport(formatSuiteReport(report), style);
    if (!text.endsWith("\n")) text += "\n";
  }
  const out = bufferedOutput(destination.stream);
  out.write(text);
  await out.flush();
  await destination.close();
  return report.ok ? EXIT.ok : EXIT.invalid;
}

/** The suite report with its verdicts in colour: PASS and OK green, FAIL, x and FAILED red. */
function colorReport(text: string, style: Style): string {
  if (!style.enabled) return text;
  return text
    .split("\n")
    .map((line) => {
      const verdict = /^(PASS|FAIL|OK:|FAILED:|\s+x )/.exec(line)?.[1];
      if (verdict === undefined) return line;
      const paint = verdict === "PASS" || verdict === "OK:" ? style.ok : style.error;
      return `${paint(verdict)}${line.slice(verdict.length)}`;
    })
    .join("\n");
}
