/**
 * `spec-kitty-events validate`: checks every envelope of a stream and its payload against the
 * registered event type (model layer and JSON-Schema layer), one line per problem.
 */
import { parseArgs } from "node:util";
import { type ConformanceResult, registeredEventTypes, validateEvent } from "../validate.js";
import { expectPositionals, parseCommandArgs } from "./args.js";
import { EXIT } from "./errors.js";
import { COMMAND_HELP } from "./help.js";
import { bufferedOutput, type CliIo, openInput, progressLine } from "./io.js";
import { describeRecordProblem, type RecordProblem, readJsonRecords } from "./records.js";
import { count, jsonTypeName, oneLine, quoted, recordLocation } from "./text.js";

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

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The event types whose payload can be checked (the registry without the envelope itself). */
function payloadEventTypes(): ReadonlySet<string> {
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
 * only when `strict`.
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
  const envelope = validateEvent(value, "Event");
  let payload: ConformanceResult | undefined;
  let unknownType = false;
  if (eventType !== null && eventType.length > 0) {
    if (payloadTypes.has(eventType)) {
      const payloadValue = Object.hasOwn(value, "payload") ? value.payload : {};
      // A payload that is not an object is already an envelope violation (dict_type).
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

/** The verdict for a record that could not be checked at all (e.g. nesting too deep). */
function uncheckable(
  value: unknown,
  line: number,
  item: number | undefined,
  error: unknown,
): EventVerdict {
  const record = isRecord(value) ? value : undefined;
  const tooDeep = error instanceof RangeError;
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
        type: tooDeep ? "nesting_too_deep" : "check_failed",
        message: tooDeep
          ? "nesting too deep to check (the record nests arrays or objects beyond the stack limit)"
          : `could not check this record: ${error instanceof Error ? error.message : String(error)}`,
      },
    ],
  };
}

/** The verdict for a record the reader could not parse. */
function unreadable(problem: RecordProblem): EventVerdict {
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
function verdictLines(verdict: EventVerdict): string {
  const location = recordLocation(verdict.line, verdict.item ?? undefined);
  const where =
    verdict.event_id === null ? location : `${location}, event ${oneLine(verdict.event_id, 80)}`;
  let text = "";
  for (const problem of verdict.problems) {
    if (problem.layer === "input") {
      text += `${where}: ${oneLine(problem.message)}\n`;
    } else {
      text += `${where}: ${oneLine(problem.path, 200)}: ${oneLine(problem.message)} [${problem.layer} ${problem.type}]\n`;
    }
  }
  const unknownIsProblem = verdict.problems.some((problem) => problem.layer === "registry");
  if (verdict.unknown_event_type && verdict.event_type !== null && !unknownIsProblem) {
    text += `${where}: event_type: ${unknownTypeMessage(verdict.event_type)} [warning]\n`;
  }
  return text;
}

/** Distinct unknown event types kept for the summary (beyond this, only counted). */
const MAX_UNKNOWN_TYPES_LISTED = 20;

/** Runs `validate` with its arguments; returns the exit code. */
export async function runValidate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("validate", () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        strict: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }),
  );
  if (values.help) {
    io.stdout.write(COMMAND_HELP.validate);
    return EXIT.ok;
  }
  expectPositionals("validate", positionals, 1);
  const input = await openInput(positionals[0], io, "validate");
  const json = values.json === true;
  const strict = values.strict === true;
  const payloadTypes = payloadEventTypes();
  const progress = progressLine(io.stderr, "validate");
  const out = bufferedOutput(io.stdout, { beforeSend: progress.clear });
  let events = 0;
  let valid = 0;
  let invalid = 0;
  let unknown = 0;
  const unknownTypes = new Map<string, number>();
  let otherUnknownTypes = 0;

  const report = (verdict: EventVerdict): void => {
    events++;
    if (verdict.valid) valid++;
    else invalid++;
    if (verdict.unknown_event_type && verdict.event_type !== null) {
      unknown++;
      const seen = unknownTypes.get(verdict.event_type);
      if (seen !== undefined) unknownTypes.set(verdict.event_type, seen + 1);
      else if (unknownTypes.size < MAX_UNKNOWN_TYPES_LISTED) {
        unknownTypes.set(verdict.event_type, 1);
      } else otherUnknownTypes++;
    }
    if (json) out.write(`${JSON.stringify(verdict)}\n`);
    else if (!verdict.valid || verdict.unknown_event_type) out.write(verdictLines(verdict));
  };

  await readJsonRecords(
    input.chunks,
    {
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
    },
    {
      pause(bytesRead) {
        if (progress.due()) {
          out.send();
          progress.draw(bytesRead, events);
        }
        return out.pause();
      },
    },
  );
  progress.clear();

  let typesList = "";
  if (unknownTypes.size > 0) {
    const listed = [...unknownTypes].map(([type, n]) => `${oneLine(type, 80)} ${count(n)}`);
    if (otherUnknownTypes > 0) listed.push(`other types ${count(otherUnknownTypes)}`);
    typesList = ` (${listed.join(", ")})`;
  }
  const empty = events === 0 ? ` (no events in ${input.name})` : "";
  const summary = `summary: events ${count(events)}, valid ${count(valid)}, invalid ${count(invalid)}, unknown types ${count(unknown)}${typesList}${empty}\n`;
  if (json) {
    await out.flush();
    io.stderr.write(summary);
  } else {
    out.write(summary);
    await out.flush();
  }
  return invalid > 0 ? EXIT.invalid : EXIT.ok;
}
