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
  SYNC_EVENT_TYPES,
  type SyncReducibleEvent,
} from "@spec-kitty/events-core";
import { expectPositionals, parseCommandArgs } from "./args.js";
import { CommandError, EXIT } from "./errors.js";
import { COMMAND_HELP, PROGRAM } from "./help.js";
import { bufferedOutput, type CliIo, openInput, progressLine } from "./io.js";
import { detectFormat, parseJobs, threadCount } from "./jobs.js";
import { readJsonRecords } from "./records.js";
import { type ReplayTally, replayVisitor } from "./replay-records.js";
import { count, oneLine } from "./text.js";

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
        jobs: { type: "string" },
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
  const jobs = parseJobs("replay", values.jobs);
  const input = await openInput(positionals[0], io, "replay");
  const progress = progressLine(io.stderr, "replay");
  const errors = bufferedOutput(io.stderr, { beforeSend: progress.clear });
  // Only what the reducer reads is held: a long stream costs less memory (and collection).
  const events: SyncReducibleEvent[] = [];
  const tally: ReplayTally = { records: 0, skipped: 0 };
  const take = (event: SyncReducibleEvent): void => {
    events.push(event);
  };
  const afterChunk = (bytesRead: number): Promise<void> | undefined => {
    if (progress.due()) {
      errors.send();
      progress.draw(bytesRead, tally.records);
    }
    return errors.pause();
  };

  const threads = threadCount(jobs, input.sizeBytes);
  let chunks = input.chunks;
  let done = false;
  if (threads > 1) {
    const detected = await detectFormat(chunks);
    chunks = detected.chunks;
    if (!detected.isArray) {
      const { replayInParallel } = await import("./replay-parallel.js");
      await replayInParallel({
        chunks,
        threads,
        payloadTypes,
        tally,
        take,
        errors,
        afterChunk,
        totalBytes: input.sizeBytes,
      });
      done = true;
    }
  }
  if (!done) {
    await readJsonRecords(chunks, replayVisitor(payloadTypes, tally, take, errors.write), {
      pause: afterChunk,
    });
  }
  progress.clear();
  if (tally.skipped > 0) {
    errors.write(
      `replay: ${count(tally.skipped)} of ${count(tally.records)} records skipped, ${count(events.length)} events reduced\n`,
    );
  } else if (tally.records === 0) {
    errors.write(`replay: no events in ${input.name}\n`);
  }
  await errors.flush();

  const out = bufferedOutput(io.stdout);
  if (reducerName === "connector") {
    // Only sync events whose payload the reducer reads are held judged: none for this one.
    const state = reduceConnectorEvents(events as ReducibleEvent[]);
    out.write(values.json ? `${JSON.stringify(state)}\n` : connectorSummary(state, limit));
  } else {
    const state = reduceSyncEvents(events);
    out.write(values.json ? `${JSON.stringify(state)}\n` : syncSummary(state, limit));
  }
  await out.flush();
  return tally.skipped > 0 ? EXIT.invalid : EXIT.ok;
}
