import { defineFamily, payload } from "../../family.js";
import { GATE_EVENT_TYPES, GATE_FAILED, GATE_PASSED, GATES_SCHEMA_VERSION } from "./constants.js";
import { GateFailedPayloadSchema, GatePassedPayloadSchema } from "./payloads.js";

/**
 * The gates family (since 2.0.0): GitHub CI gate outcomes `GatePassed` and `GateFailed` with
 * their payload models. It has no reducer; its payload cases live in the `events` category.
 */
export const GATES_FAMILY = defineFamily({
  name: "gates",
  title: "CI gate outcomes",
  schemaVersion: GATES_SCHEMA_VERSION,
  since: "2.0.0",
  fixtureCategories: ["events"],
  eventTypes: GATE_EVENT_TYPES,
  payloads: [
    payload(GATE_PASSED, "gate_passed_payload", GatePassedPayloadSchema),
    payload(GATE_FAILED, "gate_failed_payload", GateFailedPayloadSchema),
  ],
});
