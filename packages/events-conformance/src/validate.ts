import {
  describeThrown,
  EVENT_TYPE_REGISTRY,
  type EventTypeName,
  type EventTypeRegistration,
  pythonRepr,
  safeParseModel,
} from "@spec-kitty/events-core";
import { loadSchema } from "@spec-kitty/events-schemas";
import type { ValidateFunction } from "ajv";
import * as schemaValidators from "./generated/validators/index.js";
import { type SchemaViolation, toSchemaViolations } from "./schema-violation.js";

export type { SchemaViolation } from "./schema-violation.js";

/** One problem found by the model layer (the events-core model of the event type). */
export interface ModelViolation {
  /** Dotted field path: `""` for the payload itself, `evidence.repos.0.repo` for nested fields. */
  readonly field: string;
  /** Plain-language reason, e.g. `Field required`. */
  readonly message: string;
  /** The reference's violation type: `missing`, `enum`, `greater_than_equal`, ... */
  readonly violationType: string;
  /** The offending input value (`undefined` for a missing field). */
  readonly inputValue: unknown;
}

/** The verdict of {@link validateEvent}: both layers' findings. */
export interface ConformanceResult {
  /** True when neither layer found a problem. */
  readonly valid: boolean;
  /** Problems found by the model layer. */
  readonly modelViolations: readonly ModelViolation[];
  /** Problems found by the schema layer, sorted by `jsonPath`. */
  readonly schemaViolations: readonly SchemaViolation[];
  /** Always `false`: the schema layer is always available in this implementation. */
  readonly schemaCheckSkipped: boolean;
  /** The event type validated against. */
  readonly eventType: string;
}

/** Raised by {@link validateEvent} for an event type that is not registered. */
export class UnknownEventTypeError extends Error {
  /** The rejected event type. */
  readonly eventType: string;
  /** Every registered event type, sorted. */
  readonly knownTypes: readonly string[];

  constructor(eventType: string, knownTypes: readonly string[]) {
    super(
      `Unknown event type: ${pythonRepr(eventType)}. Known types: [${knownTypes.map(pythonRepr).join(", ")}]`,
    );
    this.name = "UnknownEventTypeError";
    this.eventType = eventType;
    this.knownTypes = knownTypes;
  }
}

let sortedEventTypes: readonly string[] | undefined;

/** Every event type the validator knows (`Event` and each family's payload types), sorted. */
export function registeredEventTypes(): readonly string[] {
  sortedEventTypes ??= Object.freeze([...EVENT_TYPE_REGISTRY.keys()].sort());
  return sortedEventTypes;
}

// The schema layer's validators are compiled ahead of time from the published schemas
// (tooling/scripts/validators.ts holds the ajv options): no schema is compiled at run time.
const VALIDATORS_BY_SCHEMA_NAME = schemaValidators as unknown as Readonly<
  Record<string, ValidateFunction | undefined>
>;

/** The compiled validator of a published schema (ajv, draft 2020-12, `format` not asserted). */
export function schemaValidator(schemaName: string): ValidateFunction {
  const validate = Object.hasOwn(VALIDATORS_BY_SCHEMA_NAME, schemaName)
    ? VALIDATORS_BY_SCHEMA_NAME[schemaName]
    : undefined;
  if (validate === undefined) {
    // The same error as loading an unknown schema: it lists the published names.
    loadSchema(schemaName);
    throw new Error(`No compiled validator for schema ${pythonRepr(schemaName)}`);
  }
  return validate;
}

interface EventTypeValidator {
  readonly registration: EventTypeRegistration;
  readonly validateSchema: ValidateFunction;
}

const validatorsByEventType = new Map<string, EventTypeValidator>();

function validatorFor(eventType: string): EventTypeValidator {
  const cached = validatorsByEventType.get(eventType);
  if (cached !== undefined) return cached;
  const registration = EVENT_TYPE_REGISTRY.get(eventType);
  if (registration === undefined) {
    throw new UnknownEventTypeError(String(eventType), registeredEventTypes());
  }
  const entry = { registration, validateSchema: schemaValidator(registration.schemaName) };
  validatorsByEventType.set(eventType, entry);
  return entry;
}

/** The issues the model layer finds in a payload its model refuses. */
function modelIssues(
  registration: EventTypeRegistration,
  payload: unknown,
): readonly ModelViolation[] {
  const parsed = safeParseModel(registration.model, payload);
  return parsed.success ? NO_MODEL_VIOLATIONS : parsed.issues;
}

/**
 * The violations the schema layer finds. A JavaScript value that throws while ajv reads it
 * (a getter, a Proxy trap; JSON data never does) is one violation at `$` whose `validator`
 * is `unreadable`: the schema layer could not check it.
 */
function schemaIssues(
  validateSchema: ValidateFunction,
  payload: unknown,
): readonly SchemaViolation[] {
  try {
    return validateSchema(payload) || !validateSchema.errors
      ? NO_SCHEMA_VIOLATIONS
      : toSchemaViolations(validateSchema.errors, payload);
  } catch (error) {
    return [
      {
        jsonPath: "$",
        message: `the value could not be read: ${describeThrown(error)}`,
        validator: "unreadable",
        validatorValue: null,
        schemaPath: "",
      },
    ];
  }
}

const NO_MODEL_VIOLATIONS: readonly ModelViolation[] = Object.freeze([]);
const NO_SCHEMA_VIOLATIONS: readonly SchemaViolation[] = Object.freeze([]);

/**
 * Validates a payload against an event type with both layers of the contract: the model
 * layer (the events-core model, lax input rules) and the schema layer (the published JSON
 * Schema, draft 2020-12, `format` not asserted). `eventType` `Event` validates a whole
 * envelope. `eventType` is a registered name (checked where it is written: a misspelt literal is
 * a type error) or a `string` known only at run time. Throws {@link UnknownEventTypeError}
 * for an unregistered type; never throws on payload content, whatever JavaScript value it is
 * (cycles, any depth, getters or Proxy traps that throw: reported as `get_attribute_error` in
 * the model layer and `unreadable` in the schema layer).
 */
export function validateEvent<TName extends string>(
  payload: unknown,
  eventType: EventTypeName<TName>,
): ConformanceResult {
  const { registration, validateSchema } = validatorFor(eventType);
  const modelViolations = registration.model.test(payload)
    ? NO_MODEL_VIOLATIONS
    : modelIssues(registration, payload);
  const schemaViolations = schemaIssues(validateSchema, payload);
  return {
    valid: modelViolations.length === 0 && schemaViolations.length === 0,
    modelViolations,
    schemaViolations,
    schemaCheckSkipped: false,
    eventType,
  };
}
