/** Where and how two JSON values first differ. */
export interface JsonDifference {
  /** JSON path of the first difference (`$`, `$.outcome_counts.accepted_count`, `$.log[2]`). */
  readonly path: string;
  /** The expected value there (`undefined` when absent). */
  readonly expected: unknown;
  /** The actual value there (`undefined` when absent). */
  readonly actual: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The first difference between two parsed JSON values (objects compared as key sets, lists
 * in order), or `null` when they are deep-equal.
 */
export function firstJsonDifference(
  expected: unknown,
  actual: unknown,
  path = "$",
): JsonDifference | null {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const length = Math.max(expected.length, actual.length);
    for (let i = 0; i < length; i++) {
      const difference = firstJsonDifference(expected[i], actual[i], `${path}[${i}]`);
      if (difference) return difference;
    }
    return null;
  }
  if (isObject(expected) && isObject(actual)) {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
    for (const key of keys) {
      const difference = firstJsonDifference(
        Object.hasOwn(expected, key) ? expected[key] : undefined,
        Object.hasOwn(actual, key) ? actual[key] : undefined,
        `${path}.${key}`,
      );
      if (difference) return difference;
    }
    return null;
  }
  return Object.is(expected, actual) || (expected === 0 && actual === 0)
    ? null
    : { path, expected, actual };
}

/** Describes a {@link JsonDifference} in one line. */
export function describeJsonDifference(difference: JsonDifference): string {
  const show = (value: unknown): string =>
    value === undefined ? "(absent)" : JSON.stringify(value);
  return `at ${difference.path}: expected ${show(difference.expected)}, got ${show(difference.actual)}`;
}
