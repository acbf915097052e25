import { frozenSet } from "../../support/frozen.js";

/** Schema version of the gates family (the contract version; the reference has no own one). */
export const GATES_SCHEMA_VERSION = "2.7.0";

/** Event type: a CI gate concluded successfully (private in the reference, exported here). */
export const GATE_PASSED = "GatePassed";
/** Event type: a CI gate concluded with a failure condition (private in the reference). */
export const GATE_FAILED = "GateFailed";

/** An event type of the gates family. */
export type GateEventType = typeof GATE_PASSED | typeof GATE_FAILED;

/** The gates family's event types: `GatePassed`, `GateFailed` (immutable). */
export const GATE_EVENT_TYPES: ReadonlySet<GateEventType> = frozenSet<GateEventType>([
  GATE_PASSED,
  GATE_FAILED,
]);
