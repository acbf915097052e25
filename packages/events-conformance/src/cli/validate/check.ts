/**
 * The checks of `spec-kitty-events validate`, record by record: the verdict on each record,
 * its text or JSON form, and the counts of the summary. Shared by the single-threaded run
 * and the worker threads of a parallel run.
 */

import { describeThrown } from "@spec-kitty/events-core";
import { type ConformanceResult, registeredEventTypes, validateEvent } from "../../validate.js";
import { batchText, type LineBatch } from "../reading/parallel-lines.js";
import {
  describeRecordProblem,
  type ReadLimits,
  type RecordProblem,
  type RecordVisitor,
  visitLines,
  visitUnprocessableLines,
} from "../reading/records.js";
import { count, jsonTypeName, oneLine, quoted, recordLocation } from "../text.js";

/** Layers a problem comes from: the reader, the model layer, the schema layer, the registry. */
export type ProblemLayer = "input" | "model" | "schema" | "registry";

/** One reason an event is invalid. JSON keys in this order. */
export interface EventProblem {
  /** Which check found it. */
  readonly layer: ProblemLayer;
  /** Field path: dotted for the model layer, a JSON path for the schema layer, `""` for input. */
  readonly path: string;
  /** Violation type (model), failing keyword (schema), or input problem kind. */
  readonly type: string;
  /** Plain-language reason. */
  readonly message: string;
}

/** The verdict on one record of the stream; `--json` prints it, keys in this order. */
export interface EventVerdict {
  /** 1-based line where the record starts. */
  readonly line: number;
  /** 1-based item number in a JSON array input, `null` for JSON Lines. */
  readonly item: number | null;
  /** The envelope's `event_id` as given, when it is a string. */
  readonly event_id: string | null;
  /** The envelope's `event_type` as given, when it is a string. */
  readonly event_type: string | null;
  /** No problem found (unknown event types allowed unless `--strict`). */
  readonly valid: boolean;
  /** `event_type` is a string that names no registered payload type. */
  readonly unknown_event_type: boolean;
  /** Every problem found, envelope first, then payload. */
  readonly problems: readonly EventProblem[];
}

const NO_PROBLEMS: readonly EventProblem[] = Object.freeze([]);

const EMPTY_PAYLOAD: Readonly<Record<string, never>> = Object.freeze({});

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The event types whose payload can be checked (the registry without the envelope itself). */
export function payloadEventTypes(): ReadonlySet<string> {
  const types = new Set(registeredEventTypes());
  types.delete("Event");
  return types;
}

function collectProblems(
  into: EventProblem[],
  result: ConformanceResult,
  modelPrefix: string,
  schemaPrefix: string,
): void {
  for (const violation of result.modelViolations) {
    const path =
      violation.field === ""
        ? modelPrefix === ""
          ? "(envelope)"
          : modelPrefix
        : modelPrefix === ""
          ? violation.field
          : `${modelPrefix}.${violation.field}`;
    into.push({
      layer: "model",
      path,
      type: violation.violationType,
      message: violation.message,
    });
  }
  for (const violation of result.schemaViolations) {
    into.push({
      layer: "schema",
      path: `${schemaPrefix}${violation.jsonPath.slice(1)}`,
      type: violation.validator,
      message: violation.message,
    });
  }
}

/**
 * Checks one parsed record: the envelope (`Event`, both layers) and, when its `event_type` is
 * registered, its payload (both layers). An unknown type is flagged, and counts as invalid
 * only when `strict`. `value` must be a record the caller owns (fresh from `JSON.parse`): an
 * object payload is detached from it while the envelope is checked.
 */
export function checkEnvelope(
  value: unknown,
  line: number,
  item: number | undefined,
  payloadTypes: ReadonlySet<string>,
  strict: boolean,
): EventVerdict {
  const itemOrNull = item ?? null;
  if (!isRecord(value)) {
    return {
      line,
      item: itemOrNull,
      event_id: null,
      event_type: null,
      valid: false,
      unknown_event_type: false,
      problems: [
        {
          layer: "input",
          path: "",
          type: "not_an_object",
          message: `not an event: the record is ${jsonTypeName(value)}, an event envelope is a JSON object`,
        },
      ],
    };
  }
  const eventId = typeof value.event_id === "string" ? value.event_id : null;
  const eventType = typeof value.event_type === "string" ? value.event_type : null;
  // The envelope accepts any object as payload (`type: object`, any keys): its verdict does
  // not depend on the payload's content, which the payload check below covers. `value` is a
  // fresh object from JSON.parse, owned here, so an object payload is set aside rather than
  // copied by the envelope model. A payload that is not an object stays for the envelope to
  // reject (dict_type).
  const hasPayload = Object.hasOwn(value, "payload");
  const payloadValue: unknown = hasPayload ? value.payload : EMPTY_PAYLOAD;
  if (hasPayload && isRecord(payloadValue)) value.payload = EMPTY_PAYLOAD;
  const envelope = validateEvent(value, "Event");
  let payload: ConformanceResult | undefined;
  let unknownType = false;
  if (eventType !== null && eventType.length > 0) {
    if (payloadTypes.has(eventType)) {
      if (isRecord(payloadValue)) payload = validateEvent(payloadValue, eventType);
    } else {
      unknownType = true;
    }
  }
  const unknownIsProblem = unknownType && strict;
  if (envelope.valid && (payload === undefined || payload.valid) && !unknownIsProblem) {
    return {
      line,
      item: itemOrNull,
      event_id: eventId,
      event_type: eventType,
      valid: true,
      unknown_event_type: unknownType,
      problems: NO_PROBLEMS,
    };
  }
  const problems: EventProblem[] = [];
  collectProblems(problems, envelope, "", "$");
  if (payload) collectProblems(problems, payload, "payload", "$.payload");
  if (unknownIsProblem && eventType !== null) {
    problems.push({
      layer: "registry",
      path: "event_type",
      type: "unknown_event_type",
      message: unknownTypeMessage(eventType),
    });
  }
  return {
    line,
    item: itemOrNull,
    event_id: eventId,
    event_type: eventType,
    valid: false,
    unknown_event_type: unknownType,
    problems,
  };
}

function unknownTypeMessage(eventType: string): string {
  return `unknown event type ${quoted(eventType)} (not registered in contract 2.7.0), payload not checked`;
}

/** The verdict for a record whose check threw (never expected: reported, not raised). */
export function uncheckable(
  value: unknown,
  line: number,
  item: number | undefined,
  error: unknown,
): EventVerdict {
  const record = isRecord(value) ? value : undefined;
  return {
    line,
    item: item ?? null,
    event_id: typeof record?.event_id === "string" ? record.event_id : null,
    event_type: typeof record?.event_type === "string" ? record.event_type : null,
    valid: false,
    unknown_event_type: false,
    problems: [
      {
        layer: "input",
        path: "",
        type: "check_failed",
        message: `could not check this record: ${describeThrown(error)}`,
      },
    ],
  };
}

/** The verdict for a record the reader could not parse. */
export function unreadable(problem: RecordProblem): EventVerdict {
  return {
    line: problem.line,
    item: problem.item ?? null,
    event_id: null,
    event_type: null,
    valid: false,
    unknown_event_type: false,
    problems: [
      { layer: "input", path: "", type: problem.kind, message: describeRecordProblem(problem) },
    ],
  };
}

/** One text line per problem of a verdict (and a warning for an unknown type). */
export function verdictLines(verdict: EventVerdict): string {
  const location = recordLocation(verdict.line, verdict.item ?? undefined);
  const where =
    verdict.event_id === null ? location : `${location}, event ${oneLine(verdict.event_id, 80)}`;
  // Joined once (one flat string per record): a record's text may wait in a batch's outputs.
  const lines: string[] = [];
  for (const problem of verdict.problems) {
    if (problem.layer === "input") {
      lines.push(`${where}: ${oneLine(problem.message)}\n`);
    } else {
      lines.push(
        `${where}: ${oneLine(problem.path, 200)}: ${oneLine(problem.message)} [${problem.layer} ${problem.type}]\n`,
      );
    }
  }
  const unknownIsProblem = verdict.problems.some((problem) => problem.layer === "registry");
  if (verdict.unknown_event_type && verdict.event_type !== null && !unknownIsProblem) {
    lines.push(`${where}: event_type: ${unknownTypeMessage(verdict.event_type)} [warning]\n`);
  }
  return lines.join("");
}

/** Distinct unknown event types counted by name (beyond this, counted as "other types"). */
const MAX_UNKNOWN_TYPES_TRACKED = 1000;

/** Distinct unknown event types named in the summary. */
const MAX_UNKNOWN_TYPES_LISTED = 20;

/** The counts of a `validate` run (or of one batch of it). */
export interface ValidationCounts {
  /** Records seen (blank lines excluded). */
  events: number;
  /** Records without problems. */
  valid: number;
  /** Records with problems. */
  invalid: number;
  /** Records whose `event_type` is not registered. */
  unknown: number;
  /** Unknown event types by name, in order of first appearance (at most 1000 names). */
  readonly unknownTypes: Map<string, number>;
  /** Records of unknown types beyond the names tracked. */
  otherUnknownTypes: number;
}

/** Empty counts. */
export function emptyCounts(): ValidationCounts {
  return {
    events: 0,
    valid: 0,
    invalid: 0,
    unknown: 0,
    unknownTypes: new Map(),
    otherUnknownTypes: 0,
  };
}

function countUnknownType(counts: ValidationCounts, eventType: string, n: number): void {
  const seen = counts.unknownTypes.get(eventType);
  if (seen !== undefined) counts.unknownTypes.set(eventType, seen + n);
  else if (counts.unknownTypes.size < MAX_UNKNOWN_TYPES_TRACKED)
    counts.unknownTypes.set(eventType, n);
  else counts.otherUnknownTypes += n;
}

/** Adds the counts of a later batch to `into` (unknown types keep their first-appearance order). */
export function addCounts(into: ValidationCounts, batch: ValidationCounts): void {
  into.events += batch.events;
  into.valid += batch.valid;
  into.invalid += batch.invalid;
  into.unknown += batch.unknown;
  for (const [eventType, n] of batch.unknownTypes) countUnknownType(into, eventType, n);
  into.otherUnknownTypes += batch.otherUnknownTypes;
}

/** The summary line: `summary: events 12, valid 9, invalid 3, unknown types 1 (FooBar 1)`. */
export function summaryLine(counts: ValidationCounts, inputName: string): string {
  let typesList = "";
  if (counts.unknownTypes.size > 0) {
    const entries = [...counts.unknownTypes];
    const listed = entries
      .slice(0, MAX_UNKNOWN_TYPES_LISTED)
      .map(([type, n]) => `${oneLine(type, 80)} ${count(n)}`);
    let others = counts.otherUnknownTypes;
    for (const [, n] of entries.slice(MAX_UNKNOWN_TYPES_LISTED)) others += n;
    if (others > 0) listed.push(`other types ${count(others)}`);
    typesList = ` (${listed.join(", ")})`;
  }
  const empty = counts.events === 0 ? ` (no events in ${inputName})` : "";
  return `summary: events ${count(counts.events)}, valid ${count(counts.valid)}, invalid ${count(counts.invalid)}, unknown types ${count(counts.unknown)}${typesList}${empty}\n`;
}

/** Options of a validation run. */
export interface ValidationOptions {
  /** Print one JSON result per record instead of problem lines. */
  readonly json: boolean;
  /** Count unknown event types as invalid. */
  readonly strict: boolean;
}

/**
 * A record visitor that checks each record, writes its output (problem lines, or one JSON
 * result with `json`) through `write`, and adds to `counts`.
 */
export function validationVisitor(
  options: ValidationOptions,
  counts: ValidationCounts,
  write: (text: string) => void,
): RecordVisitor {
  const payloadTypes = payloadEventTypes();
  const { json, strict } = options;
  const report = (verdict: EventVerdict): void => {
    counts.events++;
    if (verdict.valid) counts.valid++;
    else counts.invalid++;
    if (verdict.unknown_event_type && verdict.event_type !== null) {
      counts.unknown++;
      countUnknownType(counts, verdict.event_type, 1);
    }
    if (json) write(`${JSON.stringify(verdict)}\n`);
    else if (!verdict.valid || verdict.unknown_event_type) write(verdictLines(verdict));
  };
  return {
    value(value, line, item) {
      let verdict: EventVerdict;
      try {
        verdict = checkEnvelope(value, line, item, payloadTypes, strict);
      } catch (error) {
        verdict = uncheckable(value, line, item, error);
      }
      report(verdict);
    },
    problem(problem) {
      report(unreadable(problem));
    },
  };
}

/** The counts of a batch, as sent between threads. */
export interface BatchCounts {
  readonly events: number;
  readonly valid: number;
  readonly invalid: number;
  readonly unknown: number;
  readonly unknownTypes: readonly (readonly [string, number])[];
  readonly otherUnknownTypes: number;
}

/** The output of a batch, one text per record that prints something, and its counts. */
export interface CheckedBatch {
  readonly outputs: readonly string[];
  readonly counts: BatchCounts;
}

/** Counts in the form sent between threads. */
export function toBatchCounts(counts: ValidationCounts): BatchCounts {
  return {
    events: counts.events,
    valid: counts.valid,
    invalid: counts.invalid,
    unknown: counts.unknown,
    unknownTypes: [...counts.unknownTypes],
    otherUnknownTypes: counts.otherUnknownTypes,
  };
}

/** Counts received from another thread. */
export function fromBatchCounts(batch: BatchCounts): ValidationCounts {
  return {
    events: batch.events,
    valid: batch.valid,
    invalid: batch.invalid,
    unknown: batch.unknown,
    unknownTypes: new Map(batch.unknownTypes),
    otherUnknownTypes: batch.otherUnknownTypes,
  };
}

/** Runs `visit` with a validation visitor that collects its outputs and counts. */
export function collectChecks(
  options: ValidationOptions,
  visit: (visitor: RecordVisitor) => void,
): CheckedBatch {
  const counts = emptyCounts();
  const outputs: string[] = [];
  visit(validationVisitor(options, counts, (text) => outputs.push(text)));
  return { outputs, counts: toBatchCounts(counts) };
}

/** Checks every record of a batch of JSON Lines (on whichever thread runs it). */
export function checkBatch(
  batch: LineBatch,
  options: ValidationOptions,
  limits: ReadLimits,
): CheckedBatch {
  return collectChecks(options, (visitor) =>
    visitLines(batchText(batch), batch.firstLine, visitor, limits),
  );
}

/** The verdicts of a batch that could not be checked at all: each line reported as such. */
export function uncheckedBatch(
  batch: LineBatch,
  options: ValidationOptions,
  reason: string,
): CheckedBatch {
  return collectChecks(options, (visitor) =>
    visitUnprocessableLines(batchText(batch), batch.firstLine, visitor, reason),
  );
}
