import { frozenSet } from "../../support/frozen.js";

/** Schema version of the DecisionPoint lifecycle family. */
export const DECISIONPOINT_SCHEMA_VERSION = "2.6.0";

/** Event type: a decision point was opened. */
export const DECISION_POINT_OPENED = "DecisionPointOpened";
/** Event type: a decision point is being discussed. */
export const DECISION_POINT_DISCUSSING = "DecisionPointDiscussing";
/** Event type: a decision point was resolved. */
export const DECISION_POINT_RESOLVED = "DecisionPointResolved";
/** Event type: a resolved decision point was overridden. */
export const DECISION_POINT_OVERRIDDEN = "DecisionPointOverridden";

/** An event type of the DecisionPoint lifecycle family. */
export type DecisionPointEventType =
  | typeof DECISION_POINT_OPENED
  | typeof DECISION_POINT_DISCUSSING
  | typeof DECISION_POINT_RESOLVED
  | typeof DECISION_POINT_OVERRIDDEN;

/** The four DecisionPoint event types (immutable). */
export const DECISION_POINT_EVENT_TYPES: ReadonlySet<string> = frozenSet<string>([
  DECISION_POINT_OPENED,
  DECISION_POINT_DISCUSSING,
  DECISION_POINT_RESOLVED,
  DECISION_POINT_OVERRIDDEN,
]);
