/**
 * Golden reducer outputs of the fixture replay streams.
 *
 *   tsx --conditions=source scripts/goldens.ts generate   # write every golden file
 *   tsx --conditions=source scripts/goldens.ts check      # exit 1 on drift or a missing golden
 *
 * Each `reducer_output` entry of the fixtures manifest names its output model
 * (`ReducedConnectorState`, `ReducedSyncState`); its stream is found by name
 * (`<stream>_output.json` or `<stream>_<reducer>_output.json`). The stream is parsed, reduced
 * with the model's reducer, and written as canonical JSON (keys sorted, 2-space indent,
 * trailing newline).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  type FixtureStore,
  goldenMode,
  installedFixtures,
  parseReplayEnvelopes,
  reduceForOutput,
} from "@spec-kitty/events-conformance";

import { canonicalJson } from "./lib/canonical-json.js";
import { withInventory } from "./lib/fixtures-inventory.js";

/** The README of the fixtures package, whose inventory table is generated. */
export function fixturesReadmePath(store: FixtureStore): string {
  return join(dirname(store.fixturePath("manifest.json")), "..", "README.md");
}

/**
 * The README text with the inventory the manifest gives (the same text when the fixture set
 * has no README beside it, as a consumer's own fixtures may not).
 */
function expectedReadme(store: FixtureStore): { path: string; current: string; expected: string } {
  const path = fixturesReadmePath(store);
  if (!existsSync(path)) return { path, current: "", expected: "" };
  const current = readFileSync(path, "utf8");
  return { path, current, expected: withInventory(current, store.loadManifest().fixtures) };
}

/** One golden file: where it lives and the text the reducers produce for it. */
export interface GoldenFile {
  /** Manifest id of the `reducer_output` entry. */
  readonly id: string;
  /** Path relative to the fixture root. */
  readonly path: string;
  /** Absolute path. */
  readonly absolutePath: string;
  /** The canonical JSON text the reducer produces now. */
  readonly expectedText: string;
}

/** Computes every golden of a fixture set from its replay streams. */
export function computeGoldens(store: FixtureStore): GoldenFile[] {
  return store
    .loadManifest()
    .fixtures.filter((entry) => entry.fixtureType === "reducer_output")
    .map((entry) => {
      const streamId = store.replayStreamOf(entry.id);
      const events = parseReplayEnvelopes(streamId, store.loadReplayStream(streamId));
      return {
        id: entry.id,
        path: entry.path,
        absolutePath: store.fixturePath(entry.path),
        expectedText: canonicalJson(
          reduceForOutput(entry.eventType, events, goldenMode(entry.eventType, entry.path)),
        ),
      };
    });
}

/** Replay streams of a fixture set that no golden belongs to. */
export function streamsWithoutGolden(store: FixtureStore): string[] {
  const fixtures = store.loadManifest().fixtures;
  const covered = new Set(
    fixtures
      .filter((entry) => entry.fixtureType === "reducer_output")
      .map((entry) => store.replayStreamOf(entry.id)),
  );
  return fixtures
    .filter((entry) => entry.fixtureType === "replay_stream" && !covered.has(entry.id))
    .map((entry) => entry.id);
}

/**
 * Problems of the committed goldens: missing files, drifted files, streams without golden, and
 * a README inventory that differs from the manifest.
 */
export function checkGoldens(store: FixtureStore): string[] {
  const problems = streamsWithoutGolden(store).map(
    (id) => `replay stream ${id} has no reducer_output entry in the manifest`,
  );
  const readme = expectedReadme(store);
  if (readme.current !== readme.expected) {
    problems.push("the README inventory differs from the manifest (run pnpm fixtures:generate)");
  }
  for (const golden of computeGoldens(store)) {
    if (!existsSync(golden.absolutePath)) {
      problems.push(`missing golden ${golden.path} (run pnpm fixtures:generate)`);
    } else if (readFileSync(golden.absolutePath, "utf8") !== golden.expectedText) {
      problems.push(
        `golden ${golden.path} differs from the reducer output (run pnpm fixtures:generate)`,
      );
    }
  }
  return problems;
}

/** Writes every golden and the README inventory; returns the paths written. */
export function generateGoldens(store: FixtureStore): string[] {
  const written: string[] = [];
  const readme = expectedReadme(store);
  if (readme.current !== readme.expected) {
    writeFileSync(readme.path, readme.expected);
    written.push("README.md (inventory)");
  }
  for (const golden of computeGoldens(store)) {
    const current = existsSync(golden.absolutePath)
      ? readFileSync(golden.absolutePath, "utf8")
      : undefined;
    if (current !== golden.expectedText) {
      writeFileSync(golden.absolutePath, golden.expectedText);
      written.push(golden.path);
    }
  }
  return written;
}

function main(command: string | undefined): number {
  const store = installedFixtures();
  if (command === "generate") {
    const missing = streamsWithoutGolden(store);
    if (missing.length > 0) {
      console.error(`replay streams without a reducer_output entry: ${missing.join(", ")}`);
      return 1;
    }
    const written = generateGoldens(store);
    console.log(
      written.length === 0
        ? "goldens: up to date"
        : `goldens: wrote ${written.length} file(s)\n${written.map((p) => `  ${p}`).join("\n")}`,
    );
    return 0;
  }
  if (command === "check") {
    const problems = checkGoldens(store);
    if (problems.length > 0) {
      console.error(
        `goldens: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join("\n")}`,
      );
      return 1;
    }
    console.log("goldens: every golden matches its reducer output");
    return 0;
  }
  console.error("usage: goldens.ts generate|check");
  return 2;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv[2]);
}
