import {
  CANONICAL_TO_SYNC_V1,
  type EventTypeName,
  isLane,
  Lane,
  pythonRepr,
  SyncLaneV1,
} from "@spec-kitty/events-core";
import { type ConformanceResult, validateEvent } from "./validate.js";

/** Raised by the assertion helpers; `result` holds the validator's verdict when there is one. */
export class ConformanceAssertionError extends Error {
  /** The verdict the assertion looked at (absent for lane-mapping assertions). */
  readonly result: ConformanceResult | undefined;

  constructor(message: string, result?: ConformanceResult) {
    super(message);
    this.name = "ConformanceAssertionError";
    this.result = result;
  }
}

/** Lists every violation of a result, one per line (`model` or `schema` layer first). */
export function formatViolations(result: ConformanceResult): string {
  const lines = [
    ...result.modelViolations.map(
      (violation) =>
        `  model  ${violation.field === "" ? "(payload)" : violation.field}: ${violation.message} (${violation.violationType})`,
    ),
    ...result.schemaViolations.map(
      (violation) =>
        `  schema ${violation.jsonPath}: ${violation.message} (${violation.validator})`,
    ),
  ];
  return lines.length === 0 ? "  (no violations)" : lines.join("\n");
}

/**
 * Throws {@link ConformanceAssertionError} listing every violation unless the payload passes
 * both layers for `eventType`.
 */
export function assertPayloadConforms<TName extends string>(
  payload: unknown,
  eventType: EventTypeName<TName>,
): ConformanceResult {
  const result = validateEvent(payload, eventType);
  if (!result.valid) {
    throw new ConformanceAssertionError(
      `Expected the payload to conform to ${eventType}, but it does not:\n${formatViolations(result)}`,
      result,
    );
  }
  return result;
}

/** A model-layer violation that {@link assertPayloadFails} must find. */
export interface ExpectedModelViolation {
  /** Dotted field path, e.g. `connector_id` (`""` for the payload itself). */
  readonly field?: string;
  /** The reference's violation type, e.g. `missing`, `enum`, `greater_than_equal`. */
  readonly violationType?: string;
}

/**
 * Throws {@link ConformanceAssertionError} unless the payload fails at least one layer for
 * `eventType`; when `expected` is given, a model-layer violation must also match each of its
 * properties (field and/or violation type).
 */
export function assertPayloadFails<TName extends string>(
  payload: unknown,
  eventType: EventTypeName<TName>,
  expected?: ExpectedModelViolation,
): ConformanceResult {
  const result = validateEvent(payload, eventType);
  if (result.valid) {
    throw new ConformanceAssertionError(
      `Expected the payload to fail ${eventType}, but it conforms`,
      result,
    );
  }
  if (expected && (expected.field !== undefined || expected.violationType !== undefined)) {
    const found = result.modelViolations.some(
      (violation) =>
        (expected.field === undefined || violation.field === expected.field) &&
        (expected.violationType === undefined ||
          violation.violationType === expected.violationType),
    );
    if (!found) {
      const wanted = [
        expected.field === undefined ? undefined : `field ${pythonRepr(expected.field)}`,
        expected.violationType === undefined
          ? undefined
          : `violation type ${pythonRepr(expected.violationType)}`,
      ]
        .filter((part) => part !== undefined)
        .join(" and ");
      throw new ConformanceAssertionError(
        `Expected a model violation with ${wanted} for ${eventType}; found:\n${formatViolations(result)}`,
        result,
      );
    }
  }
  return result;
}

const LANE_VALUES: readonly string[] = Object.values(Lane);
const SYNC_LANE_VALUES: readonly string[] = Object.values(SyncLaneV1);

/**
 * Checks one lane-mapping pair: returns `null` when `canonical` is a canonical lane that maps
 * to `expectedSync`, otherwise the reason.
 */
export function laneMappingProblem(canonical: unknown, expectedSync: unknown): string | null {
  if (!isLane(canonical)) {
    return `${typeof canonical === "string" ? pythonRepr(canonical) : JSON.stringify(canonical)} is not a canonical lane (valid: [${LANE_VALUES.map(pythonRepr).join(", ")}])`;
  }
  const actual = CANONICAL_TO_SYNC_V1[canonical];
  if (actual !== expectedSync) {
    const shown =
      typeof expectedSync === "string" ? pythonRepr(expectedSync) : JSON.stringify(expectedSync);
    const known = SYNC_LANE_VALUES.includes(expectedSync as string)
      ? ""
      : " (not a SyncLaneV1 value)";
    return `lane ${pythonRepr(canonical)} maps to SyncLaneV1 ${pythonRepr(actual)}, not ${shown}${known}`;
  }
  return null;
}

/**
 * Throws {@link ConformanceAssertionError} unless `canonical` is a canonical lane (aliases
 * such as `doing` are not) whose V1 sync lane is `expectedSync`.
 */
export function assertLaneMapping(canonical: string, expectedSync: string): void {
  const problem = laneMappingProblem(canonical, expectedSync);
  if (problem !== null) throw new ConformanceAssertionError(`Lane mapping failed: ${problem}`);
}
