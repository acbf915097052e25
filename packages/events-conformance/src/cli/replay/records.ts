/**
 * The records of `spec-kitty-events replay`: each one becomes an event the reducer reads, or
 * a line saying why it is skipped. Shared by the single-threaded run and the worker threads
 * of a parallel run.
 */
import {
  type DateTimeValue,
  describeThrown,
  type JsonObject,
  parseDateTimeText,
  type ReducibleEvent,
  safeParseEvent,
  safeParseReducibleEvent,
} from "@spec-kitty/events-core";
import { batchText, type LineBatch } from "../reading/parallel-lines.js";
import {
  describeRecordProblem,
  type ReadLimits,
  type RecordVisitor,
  visitLines,
  visitUnprocessableLines,
} from "../reading/records.js";
import { jsonTypeName, oneLine, recordLocation } from "../text.js";

const EMPTY_PAYLOAD = Object.freeze({});

/**
 * Drops the payload of an event the reducer will not read (an object payload of another
 * family becomes `{}`), so that the events held for the reducer stay small. `record` is a
 * fresh object from `JSON.parse`, owned here. A payload that is not an object is kept, so the
 * envelope check still rejects it.
 */
export function withoutUnreadPayload(record: unknown, payloadTypes: ReadonlySet<string>): unknown {
  if (typeof record !== "object" || record === null || Array.isArray(record)) return record;
  const envelope = record as { event_type?: unknown; payload?: unknown };
  const payload = envelope.payload;
  if (
    typeof envelope.event_type === "string" &&
    !payloadTypes.has(envelope.event_type) &&
    typeof payload === "object" &&
    payload !== null &&
    !Array.isArray(payload) &&
    Object.hasOwn(envelope, "payload")
  ) {
    envelope.payload = EMPTY_PAYLOAD;
  }
  return record;
}

/** Why a record is not an envelope the reducers can read (`""` when it is one). */
export function envelopeProblem(value: unknown): string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return `not an event: the record is ${jsonTypeName(value)}, an event envelope is a JSON object`;
  }
  let result: ReturnType<typeof safeParseEvent>;
  try {
    result = safeParseEvent(value);
  } catch (error) {
    return `could not parse this record: ${describeThrown(error)}`;
  }
  if (result.success) return "";
  const reasons = result.issues.map(
    (issue) =>
      `${issue.field === "" ? "(envelope)" : issue.field}: ${oneLine(issue.message, 200)} (${issue.violationType})`,
  );
  return `not a valid envelope: ${reasons.join("; ")}`;
}

/** The counts of a replay: records read, records skipped. */
export interface ReplayTally {
  /** Records read (valid or not). */
  records: number;
  /** Records skipped. */
  skipped: number;
}

/** Takes an event of a replay: what the reducers read of it, and its `aggregate_id`. */
export type TakeEvent = (event: ReducibleEvent, aggregateId: string) => void;

/**
 * The visitor of a replay: parses each record's envelope (dropping payloads the reducer does
 * not read) and gives `take` what the reducers read of it and its `aggregate_id` (read from
 * the record once the envelope is accepted), or gives `skip` the line that says why the
 * record is skipped (with its line number and, when known, its event id).
 */
export function replayVisitor(
  payloadTypes: ReadonlySet<string>,
  tally: ReplayTally,
  take: TakeEvent,
  skip: (text: string) => void,
): RecordVisitor {
  const skipRecord = (location: string, reason: string): void => {
    tally.skipped++;
    skip(`${location}: ${reason}; skipped\n`);
  };
  return {
    value(value, line, item) {
      tally.records++;
      let result: ReturnType<typeof safeParseReducibleEvent> | undefined;
      try {
        result = safeParseReducibleEvent(withoutUnreadPayload(value, payloadTypes));
      } catch {
        result = undefined;
      }
      if (result?.success) {
        // The envelope accepted it: `aggregate_id` is a non-empty string, kept as given.
        take(result.output, (value as { aggregate_id: string }).aggregate_id);
        return;
      }
      const record = value as { event_id?: unknown } | null;
      const eventId =
        typeof record === "object" && record !== null && typeof record.event_id === "string"
          ? `, event ${oneLine(record.event_id, 80)}`
          : "";
      skipRecord(`${recordLocation(line, item)}${eventId}`, envelopeProblem(value));
    },
    problem(problem) {
      tally.records++;
      skipRecord(
        recordLocation(problem.line, problem.item),
        oneLine(describeRecordProblem(problem)),
      );
    },
  };
}

/**
 * The timestamp whose isoformat text a batch carries (the text of a timestamp parsed on
 * another thread, so always valid; parsing it keeps that text as the value's own).
 */
function timestampOfIsoformat(isoformat: string): DateTimeValue {
  const parsed = parseDateTimeText(isoformat);
  if (!parsed.ok) throw new Error(`internal error: a batch carried the timestamp '${isoformat}'`);
  return parsed.value;
}

/**
 * What a batch of JSON Lines gave a replay, in the form sent between threads: the events as
 * columns (one array per field, so that no object keys are copied between threads), the
 * skipped records' lines and the counts.
 */
export interface ReplayBatch {
  /** `event_id` of each event. */
  readonly eventIds: readonly string[];
  /** `event_type` of each event. */
  readonly eventTypes: readonly string[];
  /** `lamport_clock` of each event. */
  readonly clocks: readonly number[];
  /** The isoformat text of each event's `timestamp`. */
  readonly timestamps: readonly string[];
  /** The payload of each event whose payload the reducer reads, else `null`. */
  readonly payloads: readonly (JsonObject | null)[];
  /**
   * `aggregate_id` of each event (of the held events too), when the replay groups by
   * aggregate; else empty.
   */
  readonly aggregateIds: readonly string[];
  /**
   * The events themselves, when the batch was replayed on the thread that takes it (then the
   * other columns are empty): nothing to copy between threads, so nothing is packed.
   */
  readonly held?: readonly ReducibleEvent[];
  /** The line of each skipped record. */
  readonly skipped: readonly string[];
  /** Records read and skipped. */
  readonly tally: ReplayTally;
}

/**
 * Runs `visit` with a replay visitor that collects the events and skipped lines of a batch:
 * as columns (`pack`, for a batch sent between threads), or as the events themselves; with
 * each event's `aggregate_id` when `aggregates`.
 */
export function collectReplay(
  payloadTypes: ReadonlySet<string>,
  visit: (visitor: RecordVisitor) => void,
  pack = true,
  aggregates = false,
): ReplayBatch {
  const tally = { records: 0, skipped: 0 };
  const aggregateIds: string[] = [];
  const skipped: string[] = [];
  const skip = (text: string): void => {
    skipped.push(text);
  };
  if (!pack) {
    const held: ReducibleEvent[] = [];
    visit(
      replayVisitor(
        payloadTypes,
        tally,
        (event, aggregateId) => {
          held.push(event);
          if (aggregates) aggregateIds.push(aggregateId);
        },
        skip,
      ),
    );
    return { ...batchWithoutEvents(skipped, tally), aggregateIds, held };
  }
  const eventIds: string[] = [];
  const eventTypes: string[] = [];
  const clocks: number[] = [];
  const timestamps: string[] = [];
  const payloads: (JsonObject | null)[] = [];
  const visitor = replayVisitor(
    payloadTypes,
    tally,
    (event, aggregateId) => {
      timestamps.push(event.timestamp.isoformat);
      eventIds.push(event.event_id);
      eventTypes.push(event.event_type);
      clocks.push(event.lamport_clock);
      payloads.push(payloadTypes.has(event.event_type) ? event.payload : null);
      if (aggregates) aggregateIds.push(aggregateId);
    },
    skip,
  );
  visit(visitor);
  return {
    eventIds,
    eventTypes,
    clocks,
    timestamps,
    payloads,
    aggregateIds,
    skipped,
    tally,
  };
}

/**
 * Replays the records of a batch of JSON Lines (on whichever thread runs it): `pack` the
 * events as columns for a batch that goes to another thread; keep each event's
 * `aggregate_id` when `aggregates`.
 */
export function replayBatch(
  batch: LineBatch,
  payloadTypes: ReadonlySet<string>,
  limits: ReadLimits,
  pack = true,
  aggregates = false,
): ReplayBatch {
  return collectReplay(
    payloadTypes,
    (visitor) => visitLines(batchText(batch), batch.firstLine, visitor, limits),
    pack,
    aggregates,
  );
}

/** A batch with no events: only skipped records' lines and counts. */
function batchWithoutEvents(skipped: readonly string[], tally: ReplayTally): ReplayBatch {
  return {
    eventIds: [],
    eventTypes: [],
    clocks: [],
    timestamps: [],
    payloads: [],
    aggregateIds: [],
    skipped,
    tally,
  };
}

/** The replay of a batch that could not be processed at all: each line skipped as such. */
export function unreplayedBatch(
  batch: LineBatch,
  payloadTypes: ReadonlySet<string>,
  reason: string,
): ReplayBatch {
  return collectReplay(payloadTypes, (visitor) =>
    visitUnprocessableLines(batchText(batch), batch.firstLine, visitor, reason),
  );
}

/**
 * Gives `take` each event of a batch, in order (`{}` for a payload the reducer does not
 * read), with its `aggregate_id` (`""` when the batch did not keep them).
 */
export function takeBatchEvents(batch: ReplayBatch, take: TakeEvent): void {
  const aggregateIds = batch.aggregateIds;
  if (batch.held !== undefined) {
    const held = batch.held;
    for (let i = 0; i < held.length; i++) take(held[i] as ReducibleEvent, aggregateIds[i] ?? "");
    return;
  }
  const { eventIds, eventTypes, clocks, timestamps, payloads } = batch;
  for (let i = 0; i < eventIds.length; i++) {
    take(
      {
        event_id: eventIds[i] as string,
        event_type: eventTypes[i] as string,
        lamport_clock: clocks[i] as number,
        timestamp: timestampOfIsoformat(timestamps[i] as string),
        payload: payloads[i] ?? EMPTY_PAYLOAD,
      },
      aggregateIds[i] ?? "",
    );
  }
}
