import { enumField } from "../../rules/enum.js";

/** Work-package lifecycle lanes (values), in the reference's order. */
export const Lane = Object.freeze({
  PLANNED: "planned",
  CLAIMED: "claimed",
  IN_PROGRESS: "in_progress",
  FOR_REVIEW: "for_review",
  DONE: "done",
  BLOCKED: "blocked",
  CANCELED: "canceled",
} as const);

/** A work-package lane value (`canceled` with one L, unlike the lifecycle's `cancelled`). */
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

/** How a work package is being executed (values). */
export const ExecutionMode = Object.freeze({
  WORKTREE: "worktree",
  DIRECT_REPO: "direct_repo",
} as const);

/** An execution mode value. */
export type ExecutionMode = (typeof ExecutionMode)[keyof typeof ExecutionMode];

/** Field schema of {@link Lane} (published as `lane`; `$defs/Lane` in the payload schema). */
export const LaneSchema = enumField("Lane", Object.values(Lane), "Work-package lifecycle lanes.");

/** Field schema of {@link SyncLaneV1} (published as `sync_lane_v1`). */
export const SyncLaneV1Schema = enumField(
  "SyncLaneV1",
  Object.values(SyncLaneV1),
  "V1 compatibility sync lanes for downstream consumers.",
);

/** Field schema of {@link ExecutionMode} (`$defs/ExecutionMode` in the payload schema). */
export const ExecutionModeSchema = enumField(
  "ExecutionMode",
  Object.values(ExecutionMode),
  "How a work-package is being executed.",
);
