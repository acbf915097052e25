import { frozenSet } from "../../support/frozen.js";
import { type StatusEventType, WP_STATUS_CHANGED } from "../status/constants.js";
import { MissionStatus } from "./enums.js";

/**
 * Schema version of the lifecycle family (the reference's `SCHEMA_VERSION`, informational: no
 * model applies it).
 */
export const LIFECYCLE_SCHEMA_VERSION = "2.0.0";

/** Event type: a mission started. */
export const MISSION_STARTED = "MissionStarted";
/** Event type: a mission completed. */
export const MISSION_COMPLETED = "MissionCompleted";
/** Event type: a mission was cancelled. */
export const MISSION_CANCELLED = "MissionCancelled";
/** Event type: a mission entered a phase. */
export const PHASE_ENTERED = "PhaseEntered";
/** Event type: a review rolled a mission back to an earlier phase. */
export const REVIEW_ROLLBACK = "ReviewRollback";

/** An event type of the mission lifecycle family. */
export type MissionEventType =
  | typeof MISSION_STARTED
  | typeof MISSION_COMPLETED
  | typeof MISSION_CANCELLED
  | typeof PHASE_ENTERED
  | typeof REVIEW_ROLLBACK;

/** The five mission lifecycle event types (immutable). */
export const MISSION_EVENT_TYPES: ReadonlySet<MissionEventType> = frozenSet<MissionEventType>([
  MISSION_STARTED,
  MISSION_COMPLETED,
  MISSION_CANCELLED,
  PHASE_ENTERED,
  REVIEW_ROLLBACK,
]);

/**
 * The event types whose payloads the lifecycle reducer reads: the five mission types and
 * `WPStatusChanged` (handed to the status reducer). Immutable; the family descriptor's set.
 */
export const LIFECYCLE_REDUCER_EVENT_TYPES: ReadonlySet<MissionEventType | StatusEventType> =
  frozenSet<MissionEventType | StatusEventType>([...MISSION_EVENT_TYPES, WP_STATUS_CHANGED]);

/** Mission statuses after which no mission event applies: `completed`, `cancelled`. */
export const TERMINAL_MISSION_STATUSES: ReadonlySet<MissionStatus> = frozenSet<MissionStatus>([
  MissionStatus.COMPLETED,
  MissionStatus.CANCELLED,
]);
