import { enumField } from "../../rules/enum.js";
import { frozenSet } from "../../rules/frozen.js";

/** Statuses of a mission run (values). */
export const MissionRunStatus = Object.freeze({
  RUNNING: "running",
  COMPLETED: "completed",
} as const);

/** A mission run status. */
export type MissionRunStatus = (typeof MissionRunStatus)[keyof typeof MissionRunStatus];

/** Field schema of {@link MissionRunStatus} (the reference publishes no schema for it). */
export const MissionRunStatusSchema = enumField(
  "MissionRunStatus",
  Object.values(MissionRunStatus),
);

/** The statuses after which a run takes no more events (immutable): `completed`. */
export const TERMINAL_RUN_STATUSES: ReadonlySet<MissionRunStatus> = frozenSet([
  MissionRunStatus.COMPLETED,
]);
