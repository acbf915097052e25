export {
  type ConclusionLogger,
  mapCheckRunConclusion,
  type OnIgnoredConclusion,
  UnknownConclusionError,
} from "./conclusions.js";
export {
  GATE_EVENT_TYPES,
  GATE_FAILED,
  GATE_PASSED,
  GATES_SCHEMA_VERSION,
  type GateEventType,
} from "./constants.js";
export { GATES_FAMILY } from "./family.js";
export {
  type GateFailedPayload,
  GateFailedPayloadSchema,
  type GatePassedPayload,
  GatePassedPayloadSchema,
  type GatePayloadBase,
  GatePayloadBaseSchema,
} from "./payloads.js";
