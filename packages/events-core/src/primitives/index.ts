/**
 * The core primitives of the contract: Lamport clock, concurrency detection, CRDT merges,
 * state-machine merge, storage interfaces with in-memory implementations, the error log and
 * causal ordering (the reference's `clock`, `conflict`, `crdt`, `merge`, `storage`,
 * `error_log` and `topology` modules).
 */
export { LamportClock } from "./clock.js";
export {
  type ConcurrencyEvent,
  isConcurrent,
  type TotalOrderKey,
  totalOrderKey,
} from "./conflict.js";
export { type GsetElement, mergeCounter, mergeGset } from "./crdt.js";
export {
  type ErrorEntry,
  ErrorEntrySchema,
  ErrorLog,
  errorEntryRepr,
  parseErrorEntry,
  safeParseErrorEntry,
} from "./error-log.js";
export {
  type ConflictResolution,
  conflictResolutionRepr,
  type MergeableEvent,
  type PriorityMap,
  stateMachineMerge,
} from "./merge.js";
export {
  type ClockStorage,
  DEFAULT_MAX_ERROR_ENTRIES,
  DEFAULT_RECENT_ERRORS_LIMIT,
  type ErrorStorage,
  type EventStore,
  InMemoryClockStorage,
  InMemoryErrorStorage,
  InMemoryEventStore,
  type StorableEvent,
} from "./storage.js";
export { type CausalEvent, topologicalSort } from "./topology.js";
