import { frozenSet } from "../../support/frozen.js";

/** Schema version of the status family (the contract version; the reference has no own one). */
export const STATUS_SCHEMA_VERSION = "2.7.0";

/** Event type: a work package changed lanes. */
export const WP_STATUS_CHANGED = "WPStatusChanged";

/** The event type of the status family. */
export type StatusEventType = typeof WP_STATUS_CHANGED;

/** The status family's event types: `WPStatusChanged` (immutable). */
export const STATUS_EVENT_TYPES: ReadonlySet<StatusEventType> = frozenSet<StatusEventType>([
  WP_STATUS_CHANGED,
]);
