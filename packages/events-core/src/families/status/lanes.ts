import { ValidationError } from "../../errors.js";
import { assertPythonHashable, PythonKeyError } from "../../python/python-errors.js";
import { pythonRepr } from "../../python/python-repr.js";
import { pythonValueRepr } from "../../python/python-value.js";
import { frozenSet } from "../../support/frozen.js";
import { Lane, SyncLaneV1 } from "./enums.js";

export { Lane, LaneSchema, SyncLaneV1, SyncLaneV1Schema } from "./enums.js";

/** Lane aliases accepted by {@link normalizeLane}: `doing` means `in_progress` (the only one). */
export const LANE_ALIASES: Readonly<Record<string, Lane>> = Object.freeze({
  doing: Lane.IN_PROGRESS,
});

/** Lanes a work package does not leave without `force`: `done`, `canceled`. */
export const TERMINAL_LANES: ReadonlySet<Lane> = frozenSet<Lane>([Lane.DONE, Lane.CANCELED]);

/** The mapping of every canonical lane to its V1 sync lane (locked for all 2.x). */
export const CANONICAL_TO_SYNC_V1: Readonly<Record<Lane, SyncLaneV1>> = Object.freeze({
  planned: SyncLaneV1.PLANNED,
  claimed: SyncLaneV1.PLANNED,
  in_progress: SyncLaneV1.DOING,
  for_review: SyncLaneV1.FOR_REVIEW,
  done: SyncLaneV1.DONE,
  blocked: SyncLaneV1.DOING,
  canceled: SyncLaneV1.PLANNED,
});

const LANE_VALUES: ReadonlySet<string> = frozenSet<string>(Object.values(Lane));

const UNKNOWN_LANE_TAIL = `Valid values: [${Object.values(Lane).map(pythonRepr).join(", ")}]. Aliases: [${Object.keys(LANE_ALIASES).map(pythonRepr).join(", ")}]`;

/**
 * Thrown by {@link normalizeLane} for a value that is neither a lane nor an alias: the
 * reference's library `ValidationError` (its `name`), with the reference's text
 * (`Unknown lane value: 'foo'. Valid values: [...]. Aliases: ['doing']`, the value in Python
 * repr).
 */
export class UnknownLaneError extends ValidationError {
  /** The rejected value. */
  readonly value: unknown;

  constructor(value: unknown) {
    super(`Unknown lane value: ${pythonValueRepr(value)}. ${UNKNOWN_LANE_TAIL}`);
    this.value = value;
  }
}

/** True when `value` is a canonical lane value (aliases are not). */
export function isLane(value: unknown): value is Lane {
  return typeof value === "string" && LANE_VALUES.has(value);
}

/**
 * Returns the lane of a canonical value or an alias (`doing` -> `in_progress`). Any other
 * value throws {@link UnknownLaneError} (a `ValidationError`), except a list or an object,
 * which throws Python's `TypeError: unhashable type: 'list'` as the reference does.
 */
export function normalizeLane(value: unknown): Lane {
  if (isLane(value)) return value;
  assertPythonHashable(value);
  if (typeof value === "string" && Object.hasOwn(LANE_ALIASES, value)) {
    return LANE_ALIASES[value] as Lane;
  }
  throw new UnknownLaneError(value);
}

/**
 * The V1 sync lane of a canonical lane: a plain lookup in {@link CANONICAL_TO_SYNC_V1}. A
 * string equal to a lane value works; anything else, aliases included (`doing`), throws
 * Python's `KeyError` ({@link PythonKeyError}), and a list or an object Python's `TypeError`
 * (unhashable), as the reference does.
 */
export function canonicalToSyncV1(lane: Lane | string): SyncLaneV1 {
  if (isLane(lane)) return CANONICAL_TO_SYNC_V1[lane];
  assertPythonHashable(lane);
  throw new PythonKeyError(lane);
}
