import { enumField } from "../../rules/enum.js";
import { frozenSet } from "../../rules/frozen.js";

/** Work-package lifecycle lanes (values). */
export const Lane = Object.freeze({
  PLANNED: "planned",
  CLAIMED: "claimed",
  IN_PROGRESS: "in_progress",
  FOR_REVIEW: "for_review",
  DONE: "done",
  BLOCKED: "blocked",
  CANCELED: "canceled",
} as const);

/** A work-package lane value. */
export type Lane = (typeof Lane)[keyof typeof Lane];

/** V1 compatibility sync lanes for downstream consumers (values). */
export const SyncLaneV1 = Object.freeze({
  PLANNED: "planned",
  DOING: "doing",
  FOR_REVIEW: "for_review",
  DONE: "done",
} as const);

/** A V1 sync-lane value. */
export type SyncLaneV1 = (typeof SyncLaneV1)[keyof typeof SyncLaneV1];

/** Schema of {@link Lane} (published as `lane`). */
export const LaneSchema = enumField("Lane", Object.values(Lane), "Work-package lifecycle lanes.");

/** Schema of {@link SyncLaneV1} (published as `sync_lane_v1`). */
export const SyncLaneV1Schema = enumField(
  "SyncLaneV1",
  Object.values(SyncLaneV1),
  "V1 compatibility sync lanes for downstream consumers.",
);

/** Lane aliases accepted by {@link normalizeLane}: `doing` means `in_progress`. */
export const LANE_ALIASES: Readonly<Record<string, Lane>> = Object.freeze({
  doing: Lane.IN_PROGRESS,
});

/** Lanes a work package does not leave: `done`, `canceled`. */
export const TERMINAL_LANES: ReadonlySet<Lane> = frozenSet<Lane>([Lane.DONE, Lane.CANCELED]);

/** The mapping of every canonical lane to its V1 sync lane. */
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

/** Raised by {@link normalizeLane} for a value that is neither a lane nor an alias. */
export class UnknownLaneError extends Error {
  /** The rejected value. */
  readonly value: unknown;

  constructor(value: unknown) {
    const valid = Object.values(Lane)
      .map((lane) => `'${lane}'`)
      .join(", ");
    const aliases = Object.keys(LANE_ALIASES)
      .map((alias) => `'${alias}'`)
      .join(", ");
    super(
      `Unknown lane value: '${String(value)}'. Valid values: [${valid}]. Aliases: [${aliases}]`,
    );
    this.name = "UnknownLaneError";
    this.value = value;
  }
}

/** True when `value` is a canonical lane value. */
export function isLane(value: unknown): value is Lane {
  return typeof value === "string" && LANE_VALUES.has(value);
}

/**
 * Returns the lane of a canonical value or an alias (`doing` -> `in_progress`); throws
 * {@link UnknownLaneError} with the reference's text otherwise.
 */
export function normalizeLane(value: unknown): Lane {
  if (isLane(value)) return value;
  if (typeof value === "string" && Object.hasOwn(LANE_ALIASES, value))
    return LANE_ALIASES[value] as Lane;
  throw new UnknownLaneError(value);
}

/** Maps a lane (or an alias) to its V1 sync lane; throws {@link UnknownLaneError} for other values. */
export function canonicalToSyncV1(lane: Lane | string): SyncLaneV1 {
  return CANONICAL_TO_SYNC_V1[normalizeLane(lane)];
}
