/**
 * @spec-kitty/events-core: the TypeScript implementation of the spec-kitty event contract
 * 2.7.0 (models, constants, ordering and reducers). Depends on valibot only and runs in
 * browsers and Node.
 *
 * ## Versioning: 2.7.0
 *
 * Added in 2.7.0:
 * - the connector lifecycle family: `ConnectorProvisioned`, `ConnectorHealthChecked`,
 *   `ConnectorDegraded`, `ConnectorRevoked`, `ConnectorReconnected` (constants,
 *   `CONNECTOR_EVENT_TYPES`, enums `ConnectorState`, `HealthStatus`, `ReconnectStrategy`,
 *   payload models, `reduceConnectorEvents`);
 * - the sync lifecycle family: `SyncIngestAccepted`, `SyncIngestRejected`,
 *   `SyncRetryScheduled`, `SyncDeadLettered`, `SyncReplayCompleted` (constants,
 *   `SYNC_EVENT_TYPES`, enum `SyncOutcome`, payload models with the idempotency pair
 *   `delivery_id` + `source_event_fingerprint`, `reduceSyncEvents`);
 * - `ExternalReferenceLinked` and its payload model (binds an external id to an internal
 *   aggregate; no reducer consumes it).
 *
 * Since 2.0.0 (ported here with 2.7.0, unchanged since):
 * - the status family: `WPStatusChanged` (`WP_STATUS_CHANGED`, `StatusTransitionPayload` with
 *   the evidence models, `Lane`, `SyncLaneV1`, `ExecutionMode`, `validateTransition`,
 *   `reduceStatusEvents`);
 * - the gates family: `GatePassed`, `GateFailed` (`GatePassedPayload`, `GateFailedPayload`,
 *   `GatePayloadBase`, `mapCheckRunConclusion`, `UnknownConclusionError`);
 * - the lifecycle family: `MissionStarted`, `MissionCompleted`, `MissionCancelled`,
 *   `PhaseEntered`, `ReviewRollback` (`MISSION_EVENT_TYPES`, `MissionStatus`, the payload
 *   models, `reduceLifecycleEvents`).
 *
 * The change is additive: nothing was removed or changed. Every event type, model, enum and
 * constant of earlier versions keeps its name, fields and behaviour; the sync lifecycle names
 * (`SyncOutcome`, `SYNC_EVENT_TYPES`, `reduceSyncEvents`, ...) are distinct from the
 * work-package lane names (`SyncLaneV1`, `canonicalToSyncV1`, ...). Two lane helpers now
 * fail as the reference does: `canonicalToSyncV1` is a plain lookup (the alias `doing` throws
 * Python's `KeyError`, a `PythonKeyError`), and `normalizeLane` throws a `ValidationError`
 * (`UnknownLaneError` is one) with the value in Python repr.
 *
 * Core primitives (in the contract since 1.x/2.0, unchanged in 2.7.0; new in this port,
 * additive): `LamportClock`; the `EventStore`, `ClockStorage` and `ErrorStorage` interfaces
 * and `InMemoryEventStore`, `InMemoryClockStorage`, `InMemoryErrorStorage`; `ErrorLog`,
 * `ErrorEntry` (`ErrorEntrySchema`, `parseErrorEntry`, `errorEntryRepr`); `isConcurrent`,
 * `totalOrderKey`, `topologicalSort`, `mergeGset`, `mergeCounter`, `stateMachineMerge` and
 * `ConflictResolution` (`conflictResolutionRepr`); and `ValueError`, the name of the error
 * the in-memory stores throw for a bad argument. They keep the reference's behaviour and
 * its quirks (duplicate ids sort as a cycle, string tags split into characters, ...).
 *
 * Since 2.1.0 (ported here with 2.7.0, unchanged since; additive):
 * - the collaboration family: `ParticipantInvited` … `SessionLinked`, 14 event types
 *   (`COLLABORATION_EVENT_TYPES`, the `ParticipantIdentity`, `AuthPrincipalBinding` and
 *   `FocusTarget` models, the payload models, `reduceCollaborationEvents` in strict and
 *   permissive modes with an optional roster, `ReducedCollaborationState`,
 *   `UnknownParticipantError`). Its maps are `ReadonlyMap`s whose JSON is an object in
 *   insertion order (`insertionOrderedMap`); its sets are written sorted by code point. It
 *   keeps the reference's quirks (e.g. a departed participant's heartbeat still sets presence).
 *
 * Since 2.4.0 (added to this package in 2.7.0, additive): the mission dossier family:
 * `MissionDossierArtifactIndexed`, `MissionDossierArtifactMissing`,
 * `MissionDossierSnapshotComputed`, `MissionDossierParityDriftDetected` (constants,
 * `DOSSIER_EVENT_TYPES`, the literal sets `ArtifactClassT`, `DriftKindT`, `AlgorithmT`,
 * `ParityStatusT`, `ActorKindT`, the value objects `LocalNamespaceTuple`, `ArtifactIdentity`,
 * `ContentHashRef`, `ProvenanceRef`, the payload models and their reference aliases,
 * `reduceMissionDossier` with `MissionDossierState`, and `NamespaceMixedStreamError`, thrown
 * on a stream that mixes namespaces).
 *
 * Since 2.5.0 (added to this package in 2.7.0, additive): the mission audit family:
 * `MissionAuditRequested`, `MissionAuditStarted`, `MissionAuditDecisionRequested`,
 * `MissionAuditCompleted`, `MissionAuditFailed` (constants, `MISSION_AUDIT_EVENT_TYPES`,
 * `AUDIT_SCHEMA_VERSION`, enums `AuditVerdict`, `AuditSeverity`, `AuditStatus`,
 * `TERMINAL_AUDIT_STATUSES`, the report reference `AuditArtifactRef`, `PendingDecision`, the
 * payload models, and `reduceMissionAuditEvents` with `ReducedMissionAuditState`, which throws
 * a `ValidationError` on a refused payload where the reference raises).
 *
 * Since 2.6.0 (added to this package in 2.7.0, additive): the DecisionPoint family:
 * `DecisionPointOpened`, `DecisionPointDiscussing`, `DecisionPointResolved`,
 * `DecisionPointOverridden` (constants, `DECISION_POINT_EVENT_TYPES`,
 * `DECISIONPOINT_SCHEMA_VERSION`, enums `DecisionPointState`, `DecisionAuthorityRole`, the
 * payload models, and `reduceDecisionPointEvents` with `ReducedDecisionPointState`: the
 * transition table, the mission-owner authority policy and the LLM policy, recorded as
 * anomalies).
 * Glossary family (in the contract since 2.2.0, unchanged in 2.7.0; new in this port,
 * additive): the eight event types `GlossaryScopeActivated` ... `GlossaryStrictnessSet`
 * (constants, `GLOSSARY_EVENT_TYPES`), the `SemanticConflictEntry` value object, the payload
 * models, and `reduceGlossaryEvents` (modes `strict`, the default, and `permissive`; any other
 * mode text is permissive). As the reference, it throws `ValidationError` on a malformed
 * payload in both modes and `SpecKittyEventsError` on a reference problem in strict mode.
 *
 * Mission-next family (in the contract since 2.3.0, unchanged in 2.7.0; new in this port,
 * additive): `MissionRunStarted`, `NextStepIssued`, `NextStepAutoCompleted`,
 * `DecisionInputRequested`, `DecisionInputAnswered`, `MissionRunCompleted`, the reserved
 * `NextStepPlanned` and the `MissionCompleted` completion alias (`COMPLETION_ALIAS`; the
 * lifecycle family's type) in `MISSION_NEXT_EVENT_TYPES`; `MissionRunStatus`,
 * `TERMINAL_RUN_STATUSES`, the `RuntimeActorIdentity` actor, the payload models and
 * `reduceMissionNextEvents`, which never throws on event content.
 *
 * ## Downstream notes
 *
 * The tracker pins `@spec-kitty/events-core@^2.7.0`. It uses `reduceConnectorEvents` and
 * `reduceSyncEvents` for state projection, and `CONNECTOR_EVENT_TYPES` / `SYNC_EVENT_TYPES`
 * to filter event streams; `reduceStatusEvents` and `reduceLifecycleEvents` project work
 * packages and missions (filter with `LIFECYCLE_REDUCER_EVENT_TYPES`, the mission types and
 * `WPStatusChanged`, for the lifecycle reducer).
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
export { ENVELOPE_FAMILY } from "./envelope/family.js";
export { reducibleEvent, safeParseReducibleEvent } from "./envelope/reducible.js";
export {
  CyclicDependencyError,
  PayloadValidationError,
  SpecKittyEventsError,
  StorageError,
  ValidationError,
  ValueError,
} from "./errors.js";
export * from "./families/collaboration/index.js";
export * from "./families/connector/index.js";
export * from "./families/decisionpoint/index.js";
export * from "./families/dossier/index.js";
export * from "./families/gates/index.js";
export * from "./families/glossary/index.js";
export { CONTRACT_FAMILIES, type FamilyName, type KnownFamily } from "./families/index.js";
export * from "./families/lifecycle/index.js";
export * from "./families/mission_audit/index.js";
export * from "./families/mission_next/index.js";
export * from "./families/status/index.js";
export * from "./families/sync/index.js";
export {
  type AnyModel,
  type ContractFamily,
  defineFamily,
  type EnumRegistration,
  type FamilyDefinition,
  type FamilyReducer,
  type FamilyReducerOptions,
  type ModelRegistration,
  type PayloadPacking,
  type PayloadRegistration,
  payload,
  type ReducerSummary,
  type ReducerSummaryRow,
} from "./family.js";
export {
  type CompositeSchema,
  composite,
  definitionName,
  definitionRef,
  isEnumFieldSchema,
  isModelSchema,
  type MemberResult,
  wireOf,
} from "./model/composite.js";
export { describe } from "./model/describe.js";
export {
  describeInput,
  type FieldIssue,
  type FieldSchema,
  field,
  type WireSchema,
} from "./model/field.js";
export {
  describeThrown,
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
} from "./model/model.js";
export { type ModelRule, withModelRules } from "./model/model-rules.js";
export {
  accept,
  type ModelIssue,
  type RuleResult,
  reject,
  type ViolationType,
} from "./model/violation.js";
export {
  compareCodePoints,
  compareStringPairs,
  sortStringPairs,
} from "./ordering/code-point.js";
export {
  compareStatusEvents,
  dedupEvents,
  type SortableEvent,
  type StatusEventSortKey,
  sortStatusEvents,
  statusEventSortKey,
} from "./ordering/sort.js";
export * from "./primitives/index.js";
export { pythonDictKey, pythonEquals, pythonIndexOf } from "./python/python-equal.js";
export {
  assertPythonHashable,
  PythonKeyError,
  unhashableTypeName,
} from "./python/python-errors.js";
export { pythonRepr, pythonTupleRepr } from "./python/python-repr.js";
export {
  isPythonBlank,
  isPythonWhitespace,
  pythonEnumRepr,
  pythonStrip,
} from "./python/python-text.js";
export { pythonFloatRepr, pythonValueRepr } from "./python/python-value.js";
export {
  formatPydanticValidationError,
  PYDANTIC_DOCS_VERSION,
  truncatePydanticRepr,
} from "./python/validation-error.js";
export {
  type AggregateEvent,
  type AggregateProjection,
  reduceByAggregate,
} from "./reducers/aggregate.js";
export {
  type FamilyEvents,
  filterSortDedupEvents,
  type ReducerAnomaly,
  type ReducibleEvent,
  selectFamilyEvents,
  type TypedSortableEvent,
} from "./reducers/pipeline.js";
export {
  ENUM_SCHEMA_REGISTRY,
  EVENT_TYPE_REGISTRY,
  type EventTypeRegistration,
  FAMILY_FIXTURE_CATEGORIES,
  familyOfEventType,
  PUBLISHED_SCHEMAS,
  type PublishedSchema,
  REDUCING_FAMILIES,
} from "./registry.js";
export { type BeforeFieldSchema, withBefore } from "./rules/before.js";
export { laxBoolField, parseLaxBool } from "./rules/bool.js";
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
export { nullableField, withDefault, withFactoryDefault } from "./rules/defaults.js";
export { type DictFieldSchema, dictField } from "./rules/dict.js";
export { type EnumFieldSchema, enumField } from "./rules/enum.js";
export {
  EVENT_ID_PATTERN,
  eventIdField,
  normalizeEventId,
  pythonTypeName,
} from "./rules/event-id.js";
export {
  freezeJsonCopy,
  isJsonObject,
  type JsonObject,
  jsonObjectField,
  parseJsonObject,
} from "./rules/json-object.js";
export { type ListFieldSchema, type ListOptions, listField, tupleField } from "./rules/list.js";
export {
  type LiteralFieldSchema,
  type LiteralValue,
  literalField,
} from "./rules/literal.js";
export {
  laxFloatField,
  laxIntField,
  type NumberBounds,
  parseLaxFloat,
  parseLaxInt,
} from "./rules/number.js";
export { parseStrictInt, strictIntField } from "./rules/strict-int.js";
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
  anomalyRow,
  listRow,
  type ReasonAnomaly,
  reasonAnomalyRow,
  summaryCount,
  summaryReason,
  summaryText,
  summaryValue,
  valueRow,
} from "./summary/summary.js";
export { deepFreeze, frozenMap, frozenSet } from "./support/frozen.js";
export { insertionOrderedMap } from "./support/ordered-map.js";
export {
  type EventType,
  type EventTypeName,
  type FixtureCategory,
  type FixtureCategoryName,
  hasEventType,
  isEventType,
  isKnownEvent,
  isPayloadEventType,
  type KnownEvent,
  type KnownEventOf,
  type PayloadEventType,
  type PayloadOf,
  parseKnownEvent,
  safeParseKnownEvent,
} from "./typed-events.js";
