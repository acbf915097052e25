import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, normalize, sep } from "node:path";
import {
  FAMILY_FIXTURE_CATEGORIES,
  type FixtureCategoryName,
  pythonRepr,
} from "@spec-kitty/events-core";

/**
 * Fixture categories of the contract that hold payload cases (the first segment of a payload
 * case's path), derived from the list of families, sorted.
 */
export const FIXTURE_CATEGORIES: readonly string[] = FAMILY_FIXTURE_CATEGORIES;

/**
 * The category of replay streams that span families (`replay/<stream>.jsonl` and their golden
 * outputs). It holds no payload cases: {@link loadFixtures} gives `[]` for it, and its streams
 * load by id with {@link loadReplayStream}.
 */
export const REPLAY_FIXTURE_CATEGORY = "replay";

/**
 * A fixture category as a caller writes it: a family's category or the replay category (with
 * completion), or any `string` known only at run time. A misspelt literal is a type error.
 */
export type FixtureCategoryArgument<TName extends string> = string extends TName
  ? TName
  : TName extends typeof REPLAY_FIXTURE_CATEGORY
    ? TName
    : FixtureCategoryName<TName> | typeof REPLAY_FIXTURE_CATEGORY;

/**
 * Every category a fixture set knows, sorted: the payload categories of the families, the
 * cross-family replay category and any other first path segment its manifest uses. The
 * loaders and `spec-kitty-events fixtures list --category` accept exactly these.
 */
export function fixtureCategories(manifest: FixtureManifest): readonly string[] {
  return [
    ...new Set([
      ...FIXTURE_CATEGORIES,
      REPLAY_FIXTURE_CATEGORY,
      ...manifest.fixtures.map(fixtureCategory),
    ]),
  ].sort();
}

/** Kinds of manifest entries that are not payload cases. */
export type FixtureType = "replay_stream" | "reducer_output";

const FIXTURE_TYPES: readonly FixtureType[] = ["replay_stream", "reducer_output"];

/** One entry of `manifest.json`, with camelCase keys. */
export interface FixtureManifestEntry {
  /** Unique id (kebab- or snake-case). */
  readonly id: string;
  /** Path relative to the fixture root; the first segment is the category. */
  readonly path: string;
  /** `valid` or `invalid`. */
  readonly expectedResult: "valid" | "invalid";
  /** Event type of a payload case, `mixed` for a replay stream, the output model for a golden. */
  readonly eventType: string;
  /** What the case covers. */
  readonly notes: string;
  /** The contract version that introduced the case. */
  readonly minVersion: string;
  /** `null` for a payload case. */
  readonly fixtureType: FixtureType | null;
}

/** The parsed `manifest.json` of a fixture set. */
export interface FixtureManifest {
  /** Manifest format version (`2.0.0`). */
  readonly version: string;
  /** Every entry, in manifest order. */
  readonly fixtures: readonly FixtureManifestEntry[];
}

/** A payload case of a category, as returned by {@link loadFixtures}. */
export interface FixtureCase {
  /** Manifest id. */
  readonly id: string;
  /** The parsed fixture file (a payload, an envelope, or a lane-mapping list). */
  readonly payload: unknown;
  /** True when the case must pass validation. */
  readonly expectedValid: boolean;
  /** Event type to validate against (`LaneMapping` for lane-mapping cases). */
  readonly eventType: string;
  /** What the case covers. */
  readonly notes: string;
  /** The contract version that introduced the case. */
  readonly minVersion: string;
}

/** Raised for a manifest that does not follow the manifest format. */
export class FixtureManifestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FixtureManifestError";
  }
}

/** Raised when a fixture file named by the manifest does not exist. */
export class FixtureFileNotFoundError extends Error {
  /** The path relative to the fixture root. */
  readonly path: string;

  constructor(path: string, absolutePath: string) {
    super(`Fixture file not found: ${path} (looked for ${absolutePath})`);
    this.name = "FixtureFileNotFoundError";
    this.path = path;
  }
}

/** Raised when a fixture file is not valid JSON (or a JSONL line is not an object). */
export class FixtureParseError extends Error {
  /** The path relative to the fixture root. */
  readonly path: string;
  /** 1-based line number for JSONL files, `null` for JSON files. */
  readonly line: number | null;

  constructor(path: string, line: number | null, reason: string) {
    super(`Invalid fixture file ${path}${line === null ? "" : `, line ${line}`}: ${reason}`);
    this.name = "FixtureParseError";
    this.path = path;
    this.line = line;
  }
}

/** Raised for an unknown category, an unknown id, or an entry of the wrong kind. */
export class FixtureLookupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FixtureLookupError";
  }
}

const ENTRY_KEYS = ["id", "path", "expected_result", "event_type", "notes", "min_version"] as const;

function entryLabel(raw: Record<string, unknown>, index: number): string {
  return typeof raw.id === "string" ? `entry ${index} (${pythonRepr(raw.id)})` : `entry ${index}`;
}

function parseEntry(raw: unknown, index: number): FixtureManifestEntry {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new FixtureManifestError(`Manifest entry ${index} is not an object`);
  }
  const record = raw as Record<string, unknown>;
  const label = entryLabel(record, index);
  for (const key of ENTRY_KEYS) {
    if (!Object.hasOwn(record, key)) {
      throw new FixtureManifestError(`Manifest ${label} is missing the key '${key}'`);
    }
    if (typeof record[key] !== "string") {
      throw new FixtureManifestError(`Manifest ${label}: '${key}' must be a string`);
    }
  }
  const expected = record.expected_result;
  if (expected !== "valid" && expected !== "invalid") {
    throw new FixtureManifestError(
      `Manifest ${label}: expected_result must be 'valid' or 'invalid', got ${pythonRepr(String(expected))}`,
    );
  }
  let fixtureType: FixtureType | null = null;
  if (Object.hasOwn(record, "fixture_type") && record.fixture_type !== null) {
    const value = record.fixture_type;
    if (typeof value !== "string" || !(FIXTURE_TYPES as readonly string[]).includes(value)) {
      throw new FixtureManifestError(
        `Manifest ${label}: unknown fixture_type ${typeof value === "string" ? pythonRepr(value) : JSON.stringify(value)}; ` +
          `expected one of ${FIXTURE_TYPES.map((type) => `'${type}'`).join(", ")}`,
      );
    }
    fixtureType = value as FixtureType;
  }
  return Object.freeze({
    id: record.id as string,
    path: record.path as string,
    expectedResult: expected,
    eventType: record.event_type as string,
    notes: record.notes as string,
    minVersion: record.min_version as string,
    fixtureType,
  });
}

/**
 * Validates and converts the JSON of a `manifest.json`. Throws {@link FixtureManifestError}
 * naming the entry for a missing key, a wrong value, an unknown `fixture_type` or a
 * duplicate id.
 */
export function parseManifest(json: unknown): FixtureManifest {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new FixtureManifestError("Manifest is not a JSON object");
  }
  const record = json as Record<string, unknown>;
  if (typeof record.version !== "string") {
    throw new FixtureManifestError("Manifest is missing the string key 'version'");
  }
  if (!Array.isArray(record.fixtures)) {
    throw new FixtureManifestError("Manifest is missing the list 'fixtures'");
  }
  const fixtures = record.fixtures.map(parseEntry);
  const ids = new Set<string>();
  for (const entry of fixtures) {
    if (ids.has(entry.id)) {
      throw new FixtureManifestError(`Manifest id ${pythonRepr(entry.id)} is used twice`);
    }
    ids.add(entry.id);
  }
  return Object.freeze({ version: record.version, fixtures: Object.freeze(fixtures) });
}

/** Category of a manifest entry: the first segment of its path. */
export function fixtureCategory(entry: Pick<FixtureManifestEntry, "path">): string {
  return entry.path.split("/", 1)[0] ?? "";
}

/** Reads fixtures from one fixture root (a directory holding `manifest.json`). */
export interface FixtureStore {
  /** Absolute path of the fixture root. */
  readonly root: string;
  /** The parsed, validated manifest (read once). */
  loadManifest(): FixtureManifest;
  /** Absolute path of a fixture file; rejects paths that leave the root. */
  fixturePath(relativePath: string): string;
  /** Every category of this fixture set (see {@link fixtureCategories}). */
  categories(): readonly string[];
  /**
   * The payload cases of a category (replay streams and golden outputs excluded): `[]` for a
   * category that holds none, such as the replay category. Unknown category: an error listing
   * the known ones.
   */
  loadFixtures<TName extends string>(category: FixtureCategoryArgument<TName>): FixtureCase[];
  /** One payload case by manifest id. */
  loadFixtureCase(id: string): FixtureCase;
  /** The envelopes of a `replay_stream` entry, one object per non-blank line. */
  loadReplayStream(id: string): unknown[];
  /** The parsed golden output of a `reducer_output` entry. */
  loadReducerOutput(id: string): unknown;
  /** The id of the replay stream a `reducer_output` entry belongs to. */
  replayStreamOf(reducerOutputId: string): string;
}

function entryById(manifest: FixtureManifest, id: string): FixtureManifestEntry | undefined {
  return manifest.fixtures.find((entry) => entry.id === id);
}

function withoutExtension(path: string): string {
  const dot = path.lastIndexOf(".");
  return dot > path.lastIndexOf("/") ? path.slice(0, dot) : path;
}

/**
 * Opens the fixture set under `root`. The returned store reads the manifest lazily (once)
 * and each fixture file on demand.
 */
export function openFixtureStore(root: string): FixtureStore {
  let manifest: FixtureManifest | undefined;

  const fixturePath = (relativePath: string): string => {
    const normalized = normalize(relativePath);
    if (isAbsolute(relativePath) || normalized === ".." || normalized.startsWith(`..${sep}`)) {
      throw new FixtureLookupError(
        `Fixture path must stay inside the fixture root: ${relativePath}`,
      );
    }
    return join(root, normalized);
  };

  const readText = (relativePath: string): string => {
    const absolute = fixturePath(relativePath);
    if (!existsSync(absolute)) throw new FixtureFileNotFoundError(relativePath, absolute);
    return readFileSync(absolute, "utf8");
  };

  const readJson = (relativePath: string): unknown => {
    const text = readText(relativePath);
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new FixtureParseError(relativePath, null, (error as Error).message);
    }
  };

  const loadManifest = (): FixtureManifest => {
    if (manifest === undefined) {
      const absolute = join(root, "manifest.json");
      if (!existsSync(absolute)) throw new FixtureFileNotFoundError("manifest.json", absolute);
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(absolute, "utf8"));
      } catch (error) {
        throw new FixtureParseError("manifest.json", null, (error as Error).message);
      }
      manifest = parseManifest(json);
    }
    return manifest;
  };

  const entryOfType = (id: string, fixtureType: FixtureType): FixtureManifestEntry => {
    const entry = entryById(loadManifest(), id);
    if (entry === undefined) {
      throw new FixtureLookupError(`Unknown fixture id: ${pythonRepr(String(id))}`);
    }
    if (entry.fixtureType !== fixtureType) {
      throw new FixtureLookupError(
        `Fixture ${pythonRepr(id)} is not a ${fixtureType} (fixture_type: ${entry.fixtureType ?? "none, a payload case"})`,
      );
    }
    return entry;
  };

  const toCase = (entry: FixtureManifestEntry): FixtureCase =>
    Object.freeze({
      id: entry.id,
      payload: readJson(entry.path),
      expectedValid: entry.expectedResult === "valid",
      eventType: entry.eventType,
      notes: entry.notes,
      minVersion: entry.minVersion,
    });

  return Object.freeze({
    root,
    loadManifest,
    fixturePath,
    loadFixtureCase(id: string): FixtureCase {
      const entry = entryById(loadManifest(), id);
      if (entry === undefined) {
        throw new FixtureLookupError(`Unknown fixture id: ${pythonRepr(String(id))}`);
      }
      if (entry.fixtureType !== null) {
        throw new FixtureLookupError(
          `Fixture ${pythonRepr(id)} is not a payload case (fixture_type: ${entry.fixtureType})`,
        );
      }
      return toCase(entry);
    },
    categories(): readonly string[] {
      return fixtureCategories(loadManifest());
    },
    loadFixtures<TName extends string>(category: FixtureCategoryArgument<TName>): FixtureCase[] {
      const categories = fixtureCategories(loadManifest());
      if (!categories.includes(category)) {
        throw new FixtureLookupError(
          `Unknown fixture category: ${pythonRepr(String(category))}. Valid categories: [${categories.map(pythonRepr).join(", ")}]`,
        );
      }
      return loadManifest()
        .fixtures.filter(
          (entry) => entry.fixtureType === null && fixtureCategory(entry) === category,
        )
        .map(toCase);
    },
    loadReplayStream(id: string): unknown[] {
      const entry = entryOfType(id, "replay_stream");
      const events: unknown[] = [];
      readText(entry.path)
        .split("\n")
        .forEach((line, index) => {
          if (line.trim() === "") return;
          let value: unknown;
          try {
            value = JSON.parse(line);
          } catch (error) {
            throw new FixtureParseError(entry.path, index + 1, (error as Error).message);
          }
          if (typeof value !== "object" || value === null || Array.isArray(value)) {
            throw new FixtureParseError(entry.path, index + 1, "the line is not a JSON object");
          }
          events.push(value);
        });
      return events;
    },
    loadReducerOutput(id: string): unknown {
      return readJson(entryOfType(id, "reducer_output").path);
    },
    replayStreamOf(reducerOutputId: string): string {
      const golden = entryOfType(reducerOutputId, "reducer_output");
      // `<stream>_output.json`, or `<stream>_<reducer>_output.json` for a stream with several goldens.
      const stem = withoutExtension(golden.path).replace(/_output$/, "");
      const candidates = [stem, stem.replace(/_[a-z0-9]+$/, "")];
      const streams = loadManifest().fixtures.filter(
        (entry) => entry.fixtureType === "replay_stream",
      );
      for (const candidate of candidates) {
        const stream = streams.find((entry) => withoutExtension(entry.path) === candidate);
        if (stream !== undefined) return stream.id;
      }
      throw new FixtureLookupError(
        `No replay stream for reducer output ${pythonRepr(reducerOutputId)}: expected ${candidates.map((c) => `${c}.jsonl`).join(" or ")}`,
      );
    },
  });
}

let installedStore: FixtureStore | undefined;

/**
 * The fixture root of the installed `@spec-kitty/events-fixtures` package, found through the
 * package's `exports` (so it works from an installed tarball as well as in the workspace).
 */
export function installedFixtureRoot(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve("@spec-kitty/events-fixtures/manifest.json"));
}

/** The store of the installed `@spec-kitty/events-fixtures` package. */
export function installedFixtures(): FixtureStore {
  installedStore ??= openFixtureStore(installedFixtureRoot());
  return installedStore;
}

/** The manifest of the installed fixtures package. */
export function loadManifest(): FixtureManifest {
  return installedFixtures().loadManifest();
}

/** Absolute path of a file of the installed fixtures package (path relative to its root). */
export function fixturePath(relativePath: string): string {
  return installedFixtures().fixturePath(relativePath);
}

/**
 * The payload cases of a category of the installed fixtures (replay streams and golden
 * outputs excluded): `[]` for the replay category, whose streams load by id with
 * {@link loadReplayStream}. The categories are those `spec-kitty-events fixtures list
 * --category` accepts ({@link fixtureCategories}). Unknown category: an error listing the
 * valid ones; a file named by the manifest but missing: {@link FixtureFileNotFoundError}
 * naming its path.
 */
export function loadFixtures<TName extends string>(
  category: FixtureCategoryArgument<TName>,
): FixtureCase[] {
  return installedFixtures().loadFixtures(category);
}

/**
 * The envelopes of a replay stream of the installed fixtures, one object per non-blank line.
 * Unknown id, or an entry that is not a replay stream: {@link FixtureLookupError}.
 */
export function loadReplayStream(id: string): unknown[] {
  return installedFixtures().loadReplayStream(id);
}

/** The parsed golden output of a `reducer_output` entry of the installed fixtures. */
export function loadReducerOutput(id: string): unknown {
  return installedFixtures().loadReducerOutput(id);
}
