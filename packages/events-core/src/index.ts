/**
 * @spec-kitty/events-core: the TypeScript implementation of the spec-kitty event contract
 * 2.7.0 (models, constants, ordering and reducers). Depends on valibot only and runs in
 * browsers and Node.
 *
 * @packageDocumentation
 */

/** Version of this package, equal to the contract version it implements. */
export const VERSION = "2.7.0";

export {
  DEFAULT_ENVELOPE_SCHEMA_VERSION,
  type Event,
  EventSchema,
  parseEvent,
  safeParseEvent,
} from "./envelope/event.js";
export {
  compareStatusEvents,
  dedupEvents,
  type SortableEvent,
  type StatusEventSortKey,
  sortStatusEvents,
  statusEventSortKey,
} from "./ordering/sort.js";
export {
  ENUM_SCHEMA_REGISTRY,
  ENVELOPE_REGISTRATION,
  EVENT_TYPE_REGISTRY,
  type EventTypeRegistration,
  registerEventType,
} from "./registry.js";
export {
  type DateTimeFields,
  type DateTimeValue,
  datetimeField,
  epochSeconds,
  isDateTimeValue,
  makeDateTime,
  parseDateTime,
  parseDateTimeText,
} from "./rules/datetime.js";
export { describe } from "./rules/describe.js";
export { type EnumFieldSchema, enumField } from "./rules/enum.js";
export {
  EVENT_ID_PATTERN,
  eventIdField,
  normalizeEventId,
  pythonTypeName,
} from "./rules/event-id.js";
export {
  describeInput,
  type FieldIssue,
  type FieldSchema,
  field,
  type WireSchema,
} from "./rules/field.js";
export { deepFreeze, frozenSet } from "./rules/frozen.js";
export {
  freezeJsonCopy,
  isJsonObject,
  type JsonObject,
  jsonObjectField,
  parseJsonObject,
} from "./rules/json-object.js";
export {
  formatModelIssues,
  issueField,
  type ModelEntries,
  type ModelOutput,
  type ModelParseResult,
  type ModelSchema,
  ModelValidationError,
  model,
  parseModel,
  safeParseModel,
  toModelIssues,
} from "./rules/model.js";
export {
  laxFloatField,
  laxIntField,
  type NumberBounds,
  parseLaxFloat,
  parseLaxInt,
} from "./rules/number.js";
export { pythonRepr, pythonTupleRepr } from "./rules/python-repr.js";
export {
  codePointLength,
  nonEmptyStringField,
  parseString,
  patternStringField,
  type StringBounds,
  stringField,
} from "./rules/string.js";
export { httpUrlField, parseHttpUrl } from "./rules/url.js";
export { hyphenateHex, parseUuid, uuidField } from "./rules/uuid.js";
export {
  accept,
  type ModelIssue,
  type RuleResult,
  reject,
  type ViolationType,
} from "./rules/violation.js";
export {
  CANONICAL_TO_SYNC_V1,
  canonicalToSyncV1,
  isLane,
  LANE_ALIASES,
  Lane,
  LaneSchema,
  normalizeLane,
  SyncLaneV1,
  SyncLaneV1Schema,
  TERMINAL_LANES,
  UnknownLaneError,
} from "./status/lanes.js";
