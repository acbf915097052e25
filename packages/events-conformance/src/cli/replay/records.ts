/**
 * The records of `spec-kitty-events replay`: each one becomes an event the reducer reads, or
 * a line saying why it is skipped. Shared by the single-threaded run and the worker threads
 * of a parallel run.
 */
import {
  type ContractFamily,
  type DateTimeValue,
  describeThrown,
  type JsonObject,
  type PayloadPacking,
  parseDateTimeText,
  REDUCING_FAMILIES,
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
 * What a replay keeps of each event's payload: the event types whose payloads its reducers
 * read (other payloads are dropped), and for some of them the compact form they are held in
 * (the packing of the one chosen reducer that reads that type, when it has one).
 */
export interface PayloadReading {
  /** The event types whose payloads the chosen reducers read. */
  readonly types: ReadonlySet<string>;
  /** The packing of each type read by one chosen reducer only, which has a packing. */
  readonly packings: ReadonlyMap<string, PayloadPacking>;
}

/** The families of a replay's reducers, by name (names the command has checked). */
export function reducingFamiliesNamed(names: readonly string[]): ContractFamily[] {
  return names.map((name) => {
    const family = REDUCING_FAMILIES.get(name);
    if (family === undefined) throw new Error(`internal error: no reducer named '${name}'`);
    return family;
  });
}

/** The payload reading of a replay by the reducers of `families`. */
export function payloadReadingOf(families: readonly ContractFamily[]): PayloadReading {
  const readers = new Map<string, ContractFamily[]>();
  for (const family of families) {
    for (const type of family.reducer?.payloadTypes ?? family.eventTypes) {
      readers.set(type, [...(readers.get(type) ?? []), family]);
    }
  }
  const packings = new Map<string, PayloadPacking>();
  for (const [type, [reader, ...others]] of readers) {
    const packing = reader?.reducer?.payloadPacking;
    if (packing !== undefined && others.length === 0) packings.set(type, packing);
  }
  return { types: new Set(readers.keys()), packings };
}

/**
 * The event as a replay holds it: with its payload in its reducer's compact form (packed and
 * unpacked on this thread), when that reducer has one.
 */
export function heldEvent(event: ReducibleEvent, reading: PayloadReading): ReducibleEvent {
  const type = event.event_type;
  const packing = reading.packings.get(type);
  if (packing === undefined) return event;
  return {
    event_id: event.event_id,
    event_type: type,
    lamport_clock: event.lamport_clock,
    timestamp: event.timestamp,
    payload: packing.unpack(type, packing.pack(type, event.payload)),
  };
}

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
  reading: PayloadReading,
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
        result = safeParseReducibleEvent(withoutUnreadPayload(value, reading.types));
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
  /**
   * The payload of each event whose payload the reducer reads (in its reducer's packed form,
   * when that reducer has one), else `null`.
   */
  readonly payloads: readonly unknown[];
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
 * as columns (`asColumns`, for a batch sent between threads), or as the events themselves; with
 * each event's `aggregate_id` when `aggregates`.
 */
export function collectReplay(
  reading: PayloadReading,
  visit: (visitor: RecordVisitor) => void,
  asColumns = true,
  aggregates = false,
): ReplayBatch {
  const tally = { records: 0, skipped: 0 };
  const aggregateIds: string[] = [];
  const skipped: string[] = [];
  const skip = (text: string): void => {
    skipped.push(text);
  };
  if (!asColumns) {
    const held: ReducibleEvent[] = [];
    visit(
      replayVisitor(
        reading,
        tally,
        (event, aggregateId) => {
          held.push(heldEvent(event, reading));
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
  const payloads: unknown[] = [];
  const visitor = replayVisitor(
    reading,
    tally,
    (event, aggregateId) => {
      const type = event.event_type;
      timestamps.push(event.timestamp.isoformat);
      eventIds.push(event.event_id);
      eventTypes.push(type);
      clocks.push(event.lamport_clock);
      const packing = reading.packings.get(type);
      payloads.push(
        !reading.types.has(type)
          ? null
          : packing === undefined
            ? event.payload
            : packing.pack(type, event.payload),
      );
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
 * Replays the records of a batch of JSON Lines (on whichever thread runs it): the events as
 * columns (`asColumns`) for a batch that goes to another thread, with payloads packed; each
 * event's `aggregate_id` kept when `aggregates`.
 */
export function replayBatch(
  batch: LineBatch,
  reading: PayloadReading,
  limits: ReadLimits,
  asColumns = true,
  aggregates = false,
): ReplayBatch {
  return collectReplay(
    reading,
    (visitor) => visitLines(batchText(batch), batch.firstLine, visitor, limits),
    asColumns,
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
  reading: PayloadReading,
  reason: string,
): ReplayBatch {
  return collectReplay(reading, (visitor) =>
    visitUnprocessableLines(batchText(batch), batch.firstLine, visitor, reason),
  );
}

/**
 * Gives `take` each event of a batch, in order (`{}` for a payload the reducer does not
 * read, a packed payload unpacked), with its `aggregate_id` (`""` when the batch did not keep
 * them).
 */
export function takeBatchEvents(
  batch: ReplayBatch,
  reading: PayloadReading,
  take: TakeEvent,
): void {
  const aggregateIds = batch.aggregateIds;
  if (batch.held !== undefined) {
    const held = batch.held;
    for (let i = 0; i < held.length; i++) take(held[i] as ReducibleEvent, aggregateIds[i] ?? "");
    return;
  }
  const { eventIds, eventTypes, clocks, timestamps, payloads } = batch;
  for (let i = 0; i < eventIds.length; i++) {
    const type = eventTypes[i] as string;
    const packed = payloads[i] ?? null;
    const packing = packed === null ? undefined : reading.packings.get(type);
    take(
      {
        event_id: eventIds[i] as string,
        event_type: type,
        lamport_clock: clocks[i] as number,
        timestamp: timestampOfIsoformat(timestamps[i] as string),
        payload:
          packed === null
            ? EMPTY_PAYLOAD
            : packing === undefined
              ? (packed as JsonObject)
              : packing.unpack(type, packed),
      },
      aggregateIds[i] ?? "",
    );
  }
}
