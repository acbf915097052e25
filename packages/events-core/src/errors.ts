/**
 * The error classes of the contract. Where the reference raises, the port throws an error
 * whose `name` is the reference's exception class name, so consumers can match on it.
 */
import type { ModelIssue } from "./model/violation.js";

/** The library's base error (the reference's `SpecKittyEventsError`). */
export class SpecKittyEventsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SpecKittyEventsError";
  }
}

/** A storage failure (the reference's `StorageError`). */
export class StorageError extends SpecKittyEventsError {
  constructor(message: string) {
    super(message);
    this.name = "StorageError";
  }
}

/** The library's own validation error (the reference's `models.ValidationError`). */
export class ValidationError extends SpecKittyEventsError {
  constructor(message: string) {
    super(message);
    this.name = "ValidationError";
  }
}

/** A cycle in causation links (the reference's `CyclicDependencyError`). */
export class CyclicDependencyError extends SpecKittyEventsError {
  constructor(message: string) {
    super(message);
    this.name = "CyclicDependencyError";
  }
}

/**
 * A model refused a value while a reducer was building it: the reference raises pydantic's
 * `ValidationError` there, which is not a {@link SpecKittyEventsError}. Its `name` is
 * `ValidationError`, as the reference's class name; `issues` lists every problem.
 */
export class PayloadValidationError extends Error {
  /** The model that refused the value. */
  readonly modelName: string;
  /** Every problem found, with field paths. */
  readonly issues: readonly ModelIssue[];

  constructor(modelName: string, issues: readonly ModelIssue[], message: string) {
    super(message);
    this.name = "ValidationError";
    this.modelName = modelName;
    this.issues = issues;
  }
}

/**
 * Python's built-in `ValueError`, raised by the reference's in-memory stores for a bad
 * argument (a negative clock value, a `load_recent` limit below 1). Not a
 * {@link SpecKittyEventsError}, as in the reference. (Python's `TypeError` maps to
 * JavaScript's own `TypeError`, whose name is the same.)
 */
export class ValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ValueError";
  }
}
