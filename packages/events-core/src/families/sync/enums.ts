import { enumField } from "../../rules/enum.js";

/** Outcomes of a sync delivery (values). */
export const SyncOutcome = Object.freeze({
  ACCEPTED: "accepted",
  REJECTED: "rejected",
  RETRY_SCHEDULED: "retry_scheduled",
  DEAD_LETTERED: "dead_lettered",
  REPLAY_COMPLETED: "replay_completed",
} as const);

/** A sync delivery outcome. */
export type SyncOutcome = (typeof SyncOutcome)[keyof typeof SyncOutcome];

/** Field schema of {@link SyncOutcome}; shared by every model that uses it. */
export const SyncOutcomeSchema = enumField("SyncOutcome", Object.values(SyncOutcome));
