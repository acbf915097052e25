import {
  CANONICAL_TO_SYNC_V1,
  EVENT_TYPE_REGISTRY,
  Lane,
  parseEvent,
  SyncLaneV1,
} from "@spec-kitty/events-core";
import { listSchemas, loadSchema } from "@spec-kitty/events-schemas";
import { formatViolations, laneMappingProblem } from "./assertions.js";
import {
  FIXTURE_CATEGORIES,
  type FixtureManifest,
  type FixtureStore,
  fixtureCategory,
  installedFixtures,
} from "./fixtures.js";
import { describeJsonDifference, firstJsonDifference } from "./json-diff.js";
import { goldenMode, parseReplayEnvelopes, reduceForOutput } from "./replay.js";
import { registeredEventTypes, schemaValidator, validateEvent } from "./validate.js";
import { VERSION } from "./version.js";

/** The checks of the consumer-runnable suite, in report order. */
export type SuiteCheckName =
  | "payload-fixtures"
  | "lane-mapping-fixtures"
  | "lane-coverage"
  | "replay-streams"
  | "replay-goldens"
  | "schemas"
  | "envelope-round-trip";

/** The outcome of one case of a check (a fixture, a lane, a schema...). */
export interface SuiteCaseResult {
  /** What was checked: a manifest id, a lane, a schema name, `<stream>#<line>`. */
  readonly id: string;
  /** True when the case passed. */
  readonly passed: boolean;
  /** Why the case failed (`""` when it passed). */
  readonly message: string;
}

/** The outcome of one check of the suite. */
export interface SuiteCheckResult {
  /** Check name. */
  readonly name: SuiteCheckName;
  /** What the check verifies. */
  readonly description: string;
  /** Every case, in fixture order. */
  readonly cases: readonly SuiteCaseResult[];
  /** Number of passed cases. */
  readonly passed: number;
  /** Number of failed cases. */
  readonly failed: number;
}

/** The structured result of {@link runConformanceSuite}. */
export interface SuiteReport {
  /** Version of the conformance package (the contract version). */
  readonly contractVersion: string;
  /** Absolute path of the fixture root that was checked. */
  readonly fixturesRoot: string;
  /** The manifest's format version, or `null` when the manifest could not be read. */
  readonly manifestVersion: string | null;
  /** Every check, in order. */
  readonly checks: readonly SuiteCheckResult[];
  /** Case counts over all checks. */
  readonly totals: { readonly passed: number; readonly failed: number; readonly total: number };
  /** True when every case of every check passed (and there was at least one). */
  readonly ok: boolean;
}

/** Options of {@link runConformanceSuite}. */
export interface SuiteOptions {
  /** The fixture set to check; defaults to the installed `@spec-kitty/events-fixtures`. */
  readonly fixtures?: FixtureStore;
}

type CaseRunner = (record: (id: string, run: () => string | null) => void) => void;

const DESCRIPTIONS: Readonly<Record<SuiteCheckName, string>> = {
  "payload-fixtures":
    "every payload fixture: valid ones pass the model layer (schema rejections tolerated), invalid ones fail at least one layer",
  "lane-mapping-fixtures": "lane-mapping fixtures: valid lists map exactly, invalid ones do not",
  "lane-coverage": "every Lane maps to a SyncLaneV1",
  "replay-streams": "every replay line is a valid envelope whose payload is valid for its type",
  "replay-goldens": "every replay stream reduces to its golden outputs",
  schemas:
    "every schema loads, has $schema and $id and a compiled validator; every event type has its schema",
  "envelope-round-trip": "envelopes survive parse -> JSON -> parse unchanged",
};

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function runCheck(name: SuiteCheckName, runner: CaseRunner): SuiteCheckResult {
  const cases: SuiteCaseResult[] = [];
  const record = (id: string, run: () => string | null): void => {
    let problem: string | null;
    try {
      problem = run();
    } catch (error) {
      problem = errorText(error);
    }
    cases.push(Object.freeze({ id, passed: problem === null, message: problem ?? "" }));
  };
  try {
    runner(record);
  } catch (error) {
    cases.push(Object.freeze({ id: "(setup)", passed: false, message: errorText(error) }));
  }
  const failed = cases.filter((c) => !c.passed).length;
  return Object.freeze({
    name,
    description: DESCRIPTIONS[name],
    cases: Object.freeze(cases),
    passed: cases.length - failed,
    failed,
  });
}

const PAYLOAD_CATEGORIES = FIXTURE_CATEGORIES.filter((category) => category !== "lane_mapping");

function payloadFixtures(store: FixtureStore, manifest: FixtureManifest): CaseRunner {
  return (record) => {
    for (const entry of manifest.fixtures) {
      if (entry.fixtureType !== null || entry.eventType === "LaneMapping") continue;
      record(entry.id, () => {
        if (!PAYLOAD_CATEGORIES.includes(fixtureCategory(entry))) {
          return `unknown fixture category '${fixtureCategory(entry)}' (path ${entry.path})`;
        }
        const fixture = store.loadFixtureCase(entry.id);
        const result = validateEvent(fixture.payload, fixture.eventType);
        // As the reference's runner: a valid case must pass the model layer; the schema layer
        // may refuse it (the `doing` alias, a lax boolean written as text).
        if (fixture.expectedValid && result.modelViolations.length > 0) {
          return `expected valid for ${fixture.eventType}, but the model layer refuses it:\n${formatViolations(result)}`;
        }
        if (!fixture.expectedValid && result.valid) {
          return `expected invalid for ${fixture.eventType}, but both layers accept it`;
        }
        return null;
      });
    }
  };
}

function laneMappingProblems(list: unknown): string[] {
  if (!Array.isArray(list)) return ["the file is not a list of {canonical, expected_sync}"];
  return list.flatMap((item, index) => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      return [`item ${index} is not an object`];
    }
    const { canonical, expected_sync: expectedSync } = item as Record<string, unknown>;
    const problem = laneMappingProblem(canonical, expectedSync);
    return problem === null ? [] : [`item ${index}: ${problem}`];
  });
}

function laneMappingFixtures(store: FixtureStore, manifest: FixtureManifest): CaseRunner {
  return (record) => {
    for (const entry of manifest.fixtures) {
      if (entry.fixtureType !== null || entry.eventType !== "LaneMapping") continue;
      record(entry.id, () => {
        const fixture = store.loadFixtureCase(entry.id);
        const problems = laneMappingProblems(fixture.payload);
        if (fixture.expectedValid && problems.length > 0) return problems.join("; ");
        if (!fixture.expectedValid && problems.length === 0) {
          return "expected a lane that does not map as written, but every pair maps";
        }
        return null;
      });
    }
  };
}

const laneCoverage: CaseRunner = (record) => {
  const syncLanes: readonly string[] = Object.values(SyncLaneV1);
  for (const lane of Object.values(Lane)) {
    record(lane, () => {
      const sync = CANONICAL_TO_SYNC_V1[lane];
      return syncLanes.includes(sync) ? null : `maps to ${String(sync)}, not a SyncLaneV1 value`;
    });
  }
};

function replayStreams(store: FixtureStore, manifest: FixtureManifest): CaseRunner {
  return (record) => {
    for (const entry of manifest.fixtures) {
      if (entry.fixtureType !== "replay_stream") continue;
      const lines = store.loadReplayStream(entry.id);
      if (lines.length === 0) record(entry.id, () => "the stream has no events");
      lines.forEach((line, index) => {
        record(`${entry.id}#${index + 1}`, () => {
          const envelope = validateEvent(line, "Event");
          if (!envelope.valid) return `envelope:\n${formatViolations(envelope)}`;
          const { event_type: eventType, payload } = line as Record<string, unknown>;
          const result = validateEvent(payload ?? {}, String(eventType));
          return result.valid ? null : `payload (${eventType}):\n${formatViolations(result)}`;
        });
      });
    }
  };
}

function replayGoldens(store: FixtureStore, manifest: FixtureManifest): CaseRunner {
  return (record) => {
    const streamsWithGolden = new Set<string>();
    for (const entry of manifest.fixtures) {
      if (entry.fixtureType !== "reducer_output") continue;
      record(entry.id, () => {
        const streamId = store.replayStreamOf(entry.id);
        streamsWithGolden.add(streamId);
        const events = parseReplayEnvelopes(streamId, store.loadReplayStream(streamId));
        const actual = reduceForOutput(
          entry.eventType,
          events,
          goldenMode(entry.eventType, entry.path),
        );
        const difference = firstJsonDifference(store.loadReducerOutput(entry.id), actual);
        return difference === null
          ? null
          : `${entry.eventType} of ${streamId} differs from the golden ${describeJsonDifference(difference)}`;
      });
    }
    for (const entry of manifest.fixtures) {
      if (entry.fixtureType === "replay_stream" && !streamsWithGolden.has(entry.id)) {
        record(entry.id, () => "replay stream without a golden reducer output");
      }
    }
  };
}

const SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

const schemas: CaseRunner = (record) => {
  const names = listSchemas();
  for (const name of names) {
    record(name, () => {
      const schema = loadSchema(name) as Record<string, unknown>;
      if (schema.$schema !== SCHEMA_DIALECT) return `$schema is ${JSON.stringify(schema.$schema)}`;
      if (schema.$id !== `spec-kitty-events/${name}`) return `$id is ${JSON.stringify(schema.$id)}`;
      schemaValidator(name);
      return null;
    });
  }
  for (const eventType of registeredEventTypes()) {
    record(`event type ${eventType}`, () => {
      const schemaName = EVENT_TYPE_REGISTRY.get(eventType)?.schemaName ?? "";
      return names.includes(schemaName) ? null : `its schema '${schemaName}' is not published`;
    });
  }
};

function roundTripProblem(input: unknown): string | null {
  const first = JSON.stringify(parseEvent(input));
  const second = JSON.stringify(parseEvent(JSON.parse(first)));
  return first === second ? null : `second parse gives ${second}, first gave ${first}`;
}

function envelopeRoundTrip(store: FixtureStore, manifest: FixtureManifest): CaseRunner {
  return (record) => {
    for (const entry of manifest.fixtures) {
      if (
        entry.fixtureType === null &&
        entry.eventType === "Event" &&
        entry.expectedResult === "valid"
      ) {
        record(entry.id, () => roundTripProblem(store.loadFixtureCase(entry.id).payload));
      }
      if (entry.fixtureType === "replay_stream") {
        store.loadReplayStream(entry.id).forEach((line, index) => {
          record(`${entry.id}#${index + 1}`, () => roundTripProblem(line));
        });
      }
    }
  };
}

/**
 * Runs the consumer-runnable conformance suite against the installed packages (or the given
 * fixture set) and returns a structured report; never throws on fixture content.
 */
export function runConformanceSuite(options: SuiteOptions = {}): SuiteReport {
  let store: FixtureStore | undefined;
  let manifest: FixtureManifest | undefined;
  let setupError = "";
  try {
    store = options.fixtures ?? installedFixtures();
    manifest = store.loadManifest();
  } catch (error) {
    setupError = errorText(error);
  }
  const withManifest = (build: (s: FixtureStore, m: FixtureManifest) => CaseRunner): CaseRunner =>
    store && manifest
      ? build(store, manifest)
      : (record) => record("(manifest)", () => `fixtures unavailable: ${setupError}`);
  const checks = [
    runCheck("payload-fixtures", withManifest(payloadFixtures)),
    runCheck("lane-mapping-fixtures", withManifest(laneMappingFixtures)),
    runCheck("lane-coverage", laneCoverage),
    runCheck("replay-streams", withManifest(replayStreams)),
    runCheck("replay-goldens", withManifest(replayGoldens)),
    runCheck("schemas", schemas),
    runCheck("envelope-round-trip", withManifest(envelopeRoundTrip)),
  ];
  const passed = checks.reduce((sum, check) => sum + check.passed, 0);
  const failed = checks.reduce((sum, check) => sum + check.failed, 0);
  return Object.freeze({
    contractVersion: VERSION,
    fixturesRoot: store?.root ?? "",
    manifestVersion: manifest?.version ?? null,
    checks: Object.freeze(checks),
    totals: Object.freeze({ passed, failed, total: passed + failed }),
    ok: failed === 0 && passed > 0,
  });
}

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line) => prefix + line)
    .join("\n");
}

/** A plain-text summary of a suite report: one line per check, then every failure. */
export function formatSuiteReport(report: SuiteReport): string {
  const lines = [
    `spec-kitty-events conformance suite ${report.contractVersion}`,
    `fixtures: ${report.fixturesRoot || "(not found)"}${report.manifestVersion ? ` (manifest ${report.manifestVersion})` : ""}`,
    "",
  ];
  const width = Math.max(...report.checks.map((check) => check.name.length));
  for (const check of report.checks) {
    const total = check.passed + check.failed;
    lines.push(
      `${check.failed === 0 ? "PASS" : "FAIL"}  ${check.name.padEnd(width)}  ${check.passed}/${total}  ${check.description}`,
    );
    for (const failure of check.cases.filter((c) => !c.passed)) {
      lines.push(`      x ${failure.id}`, indent(failure.message, "        "));
    }
  }
  lines.push(
    "",
    report.ok
      ? `OK: ${report.totals.passed} checks passed`
      : `FAILED: ${report.totals.failed} of ${report.totals.total} checks failed`,
  );
  return lines.join("\n");
}
