/**
 * @spec-kitty/events-conformance: the dual-layer validator of the spec-kitty event contract
 * 2.7.0, loaders for the `@spec-kitty/events-fixtures` data, assertion helpers for
 * consumers' tests and the consumer-runnable conformance suite. Vitest matchers live in the
 * `@spec-kitty/events-conformance/vitest` entry.
 *
 * @packageDocumentation
 */

export {
  assertLaneMapping,
  assertPayloadConforms,
  assertPayloadFails,
  ConformanceAssertionError,
  type ExpectedModelViolation,
  formatViolations,
  laneMappingProblem,
} from "./assertions.js";
export {
  FIXTURE_CATEGORIES,
  type FixtureCase,
  type FixtureCategoryArgument,
  FixtureFileNotFoundError,
  FixtureLookupError,
  type FixtureManifest,
  type FixtureManifestEntry,
  FixtureManifestError,
  FixtureParseError,
  type FixtureStore,
  type FixtureType,
  fixtureCategories,
  fixtureCategory,
  fixturePath,
  installedFixtureRoot,
  installedFixtures,
  loadFixtures,
  loadManifest,
  loadReducerOutput,
  loadReplayStream,
  openFixtureStore,
  parseManifest,
  REPLAY_FIXTURE_CATEGORY,
} from "./fixtures.js";
export { describeJsonDifference, firstJsonDifference, type JsonDifference } from "./json-diff.js";
export {
  translatePythonPattern,
  UnsupportedPatternError,
} from "./python-pattern.js";
export {
  familyOfOutput,
  goldenMode,
  parseReplayEnvelopes,
  REDUCERS_BY_OUTPUT,
  ReplayError,
  type ReplayReducer,
  reduceForOutput,
} from "./replay.js";
export {
  formatSuiteReport,
  runConformanceSuite,
  type SuiteCaseResult,
  type SuiteCheckName,
  type SuiteCheckResult,
  type SuiteOptions,
  type SuiteReport,
} from "./suite.js";
export {
  type ConformanceResult,
  type ModelViolation,
  registeredEventTypes,
  type SchemaViolation,
  schemaValidator,
  UnknownEventTypeError,
  validateEvent,
} from "./validate.js";
export { VERSION } from "./version.js";
