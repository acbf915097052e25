/**
 * The records of `spec-kitty-events replay`: each one becomes an event the reducer reads, or
 * a line saying why it is skipped. Shared by the single-threaded run and the worker threads
 * of a parallel run.
 */
import {
  type JsonObject,
  type ReducibleEvent,
  SYNC_EVENT_TYPES,
  type SyncReducibleEvent,
  safeParseEvent,
  safeParseReducibleEvent,
  syncPayloadVerdict,
} from "@spec-kitty/events-core";
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

/**
 * What a replay holds of an event: a sync event whose payload the reducer reads and its model
 * accepts is held judged (`SyncJudgedEvent`: sort key, type and the payload's verdict, three
 * strings); any other event as it is. The reducer's output is the same, from less memory.
 */
export function heldEvent(
  event: ReducibleEvent,
  payloadTypes: ReadonlySet<string>,
): SyncReducibleEvent {
  if (!SYNC_EVENT_TYPES.has(event.event_type) || !payloadTypes.has(event.event_type)) {
    return event;
  }
  const verdict = syncPayloadVerdict(event);
  if (verdict.kind !== "well_formed") return event;
  return {
    event_id: event.event_id,
    event_type: event.event_type,
    lamport_clock: event.lamport_clock,
    timestamp: event.timestamp,
    payload_verdict: verdict,
  };
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
 * not read) and gives `take` what the replay holds of it ({@link heldEvent}), or gives `skip`
 * the line that says why the record is skipped (with its line number and, when known, its
 * event id).
 */
export function replayVisitor(
  payloadTypes: ReadonlySet<string>,
  tally: ReplayTally,
  take: (event: SyncReducibleEvent) => void,
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
        take(heldEvent(result.output, payloadTypes));
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
  /** `timestamp.isoformat` of each event. */
  readonly isoformats: readonly string[];
  /** The payload of each event whose payload the reducer reads (not judged), else `null`. */
  readonly payloads: readonly (JsonObject | null)[];
  /** `delivery_id` of each judged sync event's well-formed payload, else `null`. */
  readonly deliveryIds: readonly (string | null)[];
  /** `source_event_fingerprint` of each judged sync event's payload, else `null`. */
  readonly fingerprints: readonly (string | null)[];
  /** `connector_id` of each judged sync event's payload, else `null`. */
  readonly connectorIds: readonly (string | null)[];
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
  const eventIds: string[] = [];
  const eventTypes: string[] = [];
  const clocks: number[] = [];
  const isoformats: string[] = [];
  const payloads: (JsonObject | null)[] = [];
  const deliveryIds: (string | null)[] = [];
  const fingerprints: (string | null)[] = [];
  const connectorIds: (string | null)[] = [];
  const skipped: string[] = [];
  const visitor = replayVisitor(
    payloadTypes,
    tally,
    (event) => {
      eventIds.push(event.event_id);
      eventTypes.push(event.event_type);
      clocks.push(event.lamport_clock);
      isoformats.push(event.timestamp.isoformat);
      const verdict = "payload_verdict" in event ? event.payload_verdict : undefined;
      if (verdict?.kind === "well_formed") {
        payloads.push(null);
        deliveryIds.push(verdict.delivery_id);
        fingerprints.push(verdict.source_event_fingerprint);
        connectorIds.push(verdict.connector_id);
        return;
      }
      const payload = "payload" in event ? event.payload : null;
      payloads.push(payloadTypes.has(event.event_type) ? payload : null);
      deliveryIds.push(null);
      fingerprints.push(null);
      connectorIds.push(null);
    },
    (text) => skipped.push(text),
  );
  const lines = createLineSplitter(visitor, maxLineLength, batch.firstLine);
  lines.feed(batchText(batch));
  lines.end();
  return {
    eventIds,
    eventTypes,
    clocks,
    isoformats,
    payloads,
    deliveryIds,
    fingerprints,
    connectorIds,
    skippedText: skipped.join(""),
    tally,
  };
}

/** A batch with no events: only skipped records' lines and counts. */
export function batchWithoutEvents(skippedText: string, tally: ReplayTally): ReplayBatch {
  return {
    eventIds: [],
    eventTypes: [],
    clocks: [],
    isoformats: [],
    payloads: [],
    deliveryIds: [],
    fingerprints: [],
    connectorIds: [],
    skippedText,
    tally,
  };
}

/**
 * Gives `take` each event of a batch, in order: judged sync events as judged, the others with
 * their payload (`{}` for a payload the reducer does not read).
 */
export function takeBatchEvents(
  batch: ReplayBatch,
  take: (event: SyncReducibleEvent) => void,
): void {
  const { eventIds, eventTypes, clocks, isoformats, payloads, deliveryIds } = batch;
  for (let i = 0; i < eventIds.length; i++) {
    const event_id = eventIds[i] as string;
    const event_type = eventTypes[i] as string;
    const lamport_clock = clocks[i] as number;
    const timestamp = { isoformat: isoformats[i] as string };
    const deliveryId = deliveryIds[i];
    if (deliveryId === null || deliveryId === undefined) {
      take({
        event_id,
        event_type,
        lamport_clock,
        timestamp,
        payload: payloads[i] ?? EMPTY_PAYLOAD,
      });
      continue;
    }
    const payload_verdict = {
      kind: "well_formed",
      delivery_id: deliveryId,
      source_event_fingerprint: batch.fingerprints[i] as string,
      connector_id: batch.connectorIds[i] as string,
    } as const;
    take({ event_id, event_type, lamport_clock, timestamp, payload_verdict });
  }
}
