/**
 * `spec-kitty-events replay`: parses the envelopes of a stream and prints the projection of
 * the connector or sync reducer (the exact JSON form with `--json`, else a readable summary).
 */
import { parseArgs } from "node:util";
import {
  CONNECTOR_EVENT_TYPES,
  type ReducedConnectorState,
  type ReducedSyncState,
  type ReducerAnomaly,
  type ReducibleEvent,
  reduceConnectorEvents,
  reduceSyncEvents,
  reducibleEvent,
  SYNC_EVENT_TYPES,
  safeParseEvent,
} from "@spec-kitty/events-core";
import { expectPositionals, parseCommandArgs } from "./args.js";
import { CommandError, EXIT } from "./errors.js";
import { COMMAND_HELP, PROGRAM } from "./help.js";
import { bufferedOutput, type CliIo, openInput, progressLine } from "./io.js";
import { describeRecordProblem, readJsonRecords } from "./records.js";
import { count, jsonTypeName, oneLine, recordLocation } from "./text.js";

/**
 * The reducers `replay` can run, by name, with the event types whose payload each one reads
 * (`connector-sync.md`: a reducer folds only its family's events; other events count only
 * through their envelope: sort key, dedup, `event_count`).
 */
export const REDUCERS = Object.freeze({
  connector: { reduce: reduceConnectorEvents, payloadTypes: CONNECTOR_EVENT_TYPES },
  sync: { reduce: reduceSyncEvents, payloadTypes: SYNC_EVENT_TYPES },
});

/** A reducer name of `replay`. */
export type ReducerName = keyof typeof REDUCERS;

function isReducerName(name: string): name is ReducerName {
  return Object.hasOwn(REDUCERS, name);
}

function reducerNames(): string {
  return Object.keys(REDUCERS).join(", ");
}

function parseLimit(text: string): number {
  const limit = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(limit)) {
    throw new CommandError(
      `replay: --limit must be a whole number >= 0, got '${oneLine(text, 40)}'`,
      "give e.g. --limit 50, or --limit 0 to show every entry",
    );
  }
  return limit;
}

/** Appends a list to `lines`: at most `limit` entries (0: all), then how many were left out. */
function pushList<T>(
  lines: string[],
  items: readonly T[],
  limit: number,
  show: (item: T, index: number) => string,
): void {
  const shown = limit === 0 ? items.length : Math.min(limit, items.length);
  for (let i = 0; i < shown; i++) lines.push(`    ${show(items[i] as T, i)}`);
  if (shown < items.length) {
    lines.push(
      `    ... ${count(items.length - shown)} more (--limit 0 lists all, --json prints the full output)`,
    );
  }
}

function countsByKind(anomalies: readonly ReducerAnomaly[]): string {
  const kinds = new Map<string, number>();
  for (const anomaly of anomalies) kinds.set(anomaly.kind, (kinds.get(anomaly.kind) ?? 0) + 1);
  return [...kinds].map(([kind, n]) => `${kind} ${count(n)}`).join(", ");
}

function pushAnomalies(lines: string[], anomalies: readonly ReducerAnomaly[], limit: number): void {
  lines.push(
    `  anomalies:          ${count(anomalies.length)}${anomalies.length > 0 ? ` (${countsByKind(anomalies)})` : ""}`,
  );
  pushList(
    lines,
    anomalies,
    limit,
    (anomaly) => `${oneLine(anomaly.event_id, 80)}  ${anomaly.kind}: ${oneLine(anomaly.message)}`,
  );
}

function orNone(value: string | null): string {
  return value === null ? "(none)" : oneLine(value, 200);
}

/** The readable summary of a connector projection. */
export function connectorSummary(state: ReducedConnectorState, limit: number): string {
  const lines = [
    "connector projection",
    `  events:             ${count(state.event_count)} (after dedup, all families)`,
    `  current state:      ${orNone(state.current_state)}`,
    `  connector:          ${orNone(state.connector_id)}`,
    `  provider:           ${orNone(state.provider)}`,
    `  last health check:  ${orNone(state.last_health_check?.json ?? null)}`,
    `  transitions:        ${count(state.transition_log.length)}`,
  ];
  pushList(
    lines,
    state.transition_log,
    limit,
    ([eventId, target], index) => `${index + 1}. ${oneLine(eventId, 80)}  -> ${target}`,
  );
  pushAnomalies(lines, state.anomalies, limit);
  return `${lines.join("\n")}\n`;
}

/** The readable summary of a sync projection. */
export function syncSummary(state: ReducedSyncState, limit: number): string {
  const counts = state.outcome_counts;
  const lines = [
    "sync projection",
    `  events:             ${count(state.event_count)} (after dedup, all families)`,
    `  connector:          ${orNone(state.connector_id)}`,
    `  outcomes:           accepted ${count(counts.accepted_count)}, rejected ${count(counts.rejected_count)}, retry scheduled ${count(counts.retry_count)}, dead lettered ${count(counts.dead_letter_count)}, replay completed ${count(counts.replay_count)}`,
    `  outcome log:        ${count(state.outcome_log.length)}`,
  ];
  pushList(
    lines,
    state.outcome_log,
    limit,
    ([eventId, outcome, deliveryId], index) =>
      `${index + 1}. ${oneLine(eventId, 80)}  ${outcome}  delivery ${oneLine(deliveryId, 120)}`,
  );
  lines.push(`  delivery pairs:     ${count(state.seen_delivery_pairs.length)}`);
  pushAnomalies(lines, state.anomalies, limit);
  return `${lines.join("\n")}\n`;
}

const EMPTY_PAYLOAD = Object.freeze({});

/**
 * Drops the payload of an event the reducer will not read (an object payload of another
 * family becomes `{}`), so that the events held for the reducer stay small. `record` is a
 * fresh object from `JSON.parse`, owned here. A payload that is not an object is kept, so the
 * envelope check still rejects it.
 */
function withoutUnreadPayload(record: unknown, payloadTypes: ReadonlySet<string>): unknown {
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

function envelopeProblem(value: unknown): string {
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

/** Runs `replay` with its arguments; returns the exit code. */
export async function runReplay(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("replay", () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        reducer: { type: "string" },
        json: { type: "boolean", default: false },
        limit: { type: "string", default: "20" },
        help: { type: "boolean", short: "h", default: false },
      },
    }),
  );
  if (values.help) {
    io.stdout.write(COMMAND_HELP.replay);
    return EXIT.ok;
  }
  expectPositionals("replay", positionals, 1);
  const reducerName = values.reducer;
  if (reducerName === undefined) {
    throw new CommandError(
      "replay: --reducer is required",
      `give one of: ${reducerNames()} (e.g. ${PROGRAM} replay events.jsonl --reducer connector)`,
    );
  }
  if (!isReducerName(reducerName)) {
    throw new CommandError(
      `replay: unknown reducer '${oneLine(reducerName, 40)}'`,
      `valid reducers: ${reducerNames()}`,
    );
  }
  const { payloadTypes } = REDUCERS[reducerName];
  const limit = parseLimit(values.limit ?? "20");
  const input = await openInput(positionals[0], io, "replay");
  const progress = progressLine(io.stderr, "replay");
  const errors = bufferedOutput(io.stderr, { beforeSend: progress.clear });
  // Only what the reducer reads is held: a long stream costs less memory (and collection).
  const events: ReducibleEvent[] = [];
  let records = 0;
  let skipped = 0;

  const skip = (location: string, reason: string): void => {
    skipped++;
    errors.write(`${location}: ${reason}; skipped\n`);
  };

  await readJsonRecords(
    input.chunks,
    {
      value(value, line, item) {
        records++;
        let result: ReturnType<typeof safeParseEvent> | undefined;
        try {
          result = safeParseEvent(withoutUnreadPayload(value, payloadTypes));
        } catch {
          result = undefined;
        }
        if (result?.success) {
          events.push(reducibleEvent(result.output));
          return;
        }
        const record = value as { event_id?: unknown } | null;
        const eventId =
          typeof record === "object" && record !== null && typeof record.event_id === "string"
            ? `, event ${oneLine(record.event_id, 80)}`
            : "";
        skip(`${recordLocation(line, item)}${eventId}`, envelopeProblem(value));
      },
      problem(problem) {
        records++;
        skip(recordLocation(problem.line, problem.item), oneLine(describeRecordProblem(problem)));
      },
    },
    {
      pause(bytesRead) {
        if (progress.due()) {
          errors.send();
          progress.draw(bytesRead, records);
        }
        return errors.pause();
      },
    },
  );
  progress.clear();
  if (skipped > 0) {
    errors.write(
      `replay: ${count(skipped)} of ${count(records)} records skipped, ${count(events.length)} events reduced\n`,
    );
  } else if (records === 0) {
    errors.write(`replay: no events in ${input.name}\n`);
  }
  await errors.flush();

  const out = bufferedOutput(io.stdout);
  if (reducerName === "connector") {
    const state = reduceConnectorEvents(events);
    out.write(values.json ? `${JSON.stringify(state)}\n` : connectorSummary(state, limit));
  } else {
    const state = reduceSyncEvents(events);
    out.write(values.json ? `${JSON.stringify(state)}\n` : syncSummary(state, limit));
  }
  await out.flush();
  return skipped > 0 ? EXIT.invalid : EXIT.ok;
}
