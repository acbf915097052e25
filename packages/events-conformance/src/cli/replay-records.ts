/**
 * The records of `spec-kitty-events replay`: each one becomes an event the reducer reads, or
 * a line saying why it is skipped. Shared by the single-threaded run and the worker threads
 * of a parallel run.
 */
import { type ReducibleEvent, reducibleEvent, safeParseEvent } from "@spec-kitty/events-core";
import { batchText, type LineBatch } from "./parallel-lines.js";
import { createLineSplitter, describeRecordProblem, type RecordVisitor } from "./records.js";
import { jsonTypeName, oneLine, recordLocation } from "./text.js";

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

export function envelopeProblem(value: unknown): string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return `not an event: the record is ${jsonTypeName(value)}, an event envelope is a JSON object`;
  }
  let result: ReturnType<typeof safeParseEvent>;
  try {
    result = safeParseEvent(value);
  } catch (error) {
    return error instanceof RangeError
      ? "nesting too deep to parse (the record nests arrays or objects beyond the stack limit)"
      : `could not parse this record: ${error instanceof Error ? error.message : String(error)}`;
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

/**
 * The visitor of a replay: parses each record's envelope (dropping payloads the reducer does
 * not read) and gives `take` what the reducer reads of it, or gives `skip` the line that says
 * why the record is skipped (with its line number and, when known, its event id).
 */
export function replayVisitor(
  payloadTypes: ReadonlySet<string>,
  tally: ReplayTally,
  take: (event: ReducibleEvent) => void,
  skip: (text: string) => void,
): RecordVisitor {
  const skipRecord = (location: string, reason: string): void => {
    tally.skipped++;
    skip(`${location}: ${reason}; skipped\n`);
  };
  return {
    value(value, line, item) {
      tally.records++;
      let result: ReturnType<typeof safeParseEvent> | undefined;
      try {
        result = safeParseEvent(withoutUnreadPayload(value, payloadTypes));
      } catch {
        result = undefined;
      }
      if (result?.success) {
        take(reducibleEvent(result.output));
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

/** What a batch of JSON Lines gave a replay, in the form sent between threads. */
export interface ReplayBatch {
  /** The events, as plain data: what the reducer reads, `timestamp` as its `isoformat`. */
  readonly events: readonly ReducibleEvent[];
  /** The lines of the skipped records. */
  readonly skippedText: string;
  /** Records read and skipped. */
  readonly tally: ReplayTally;
}

/** Replays the records of a batch of JSON Lines (on whichever thread runs it). */
export function replayBatch(
  batch: LineBatch,
  payloadTypes: ReadonlySet<string>,
  maxLineLength: number,
): ReplayBatch {
  const tally = { records: 0, skipped: 0 };
  const events: ReducibleEvent[] = [];
  const skipped: string[] = [];
  const visitor = replayVisitor(
    payloadTypes,
    tally,
    (event) => {
      // Only the fields the reducer reads cross to the main thread, as plain data.
      events.push({
        event_id: event.event_id,
        event_type: event.event_type,
        lamport_clock: event.lamport_clock,
        timestamp: { isoformat: event.timestamp.isoformat },
        payload: event.payload,
      });
    },
    (text) => skipped.push(text),
  );
  const lines = createLineSplitter(visitor, maxLineLength, batch.firstLine);
  lines.feed(batchText(batch));
  lines.end();
  return { events, skippedText: skipped.join(""), tally };
}
