/**
 * `spec-kitty-events replay`: parses the envelopes of one or more streams and prints the
 * projections of the families' reducers: every family found in the stream (`--reducer all`,
 * the default) or one, on the whole stream or on each aggregate's events (`--group-by
 * aggregate`), as readable summaries, the exact JSON (`--json`) or JSON Lines. The reducers
 * are those of the list of families.
 */
import { parseArgs } from "node:util";
import {
  type AggregateEvent,
  type ContractFamily,
  REDUCING_FAMILIES,
  type ReducibleEvent,
} from "@spec-kitty/events-core";
import { parseCommandArgs } from "../args.js";
import { CommandError, EXIT } from "../errors.js";
import { COMMAND_HELP, PROGRAM } from "../help.js";
import {
  bufferedOutput,
  type CliIo,
  openSource,
  progressLine,
  resolveInputs,
  totalSize,
  writePieces,
} from "../io.js";
import { jsonTextPieces } from "../json-pieces.js";
import {
  chosenFormat,
  colorFlag,
  FORMAT_OPTIONS,
  OUTPUT_OPTIONS,
  type OutputFormat,
  QUIET_OPTION,
} from "../options.js";
import { destinationStyle, openDestination, streamStyle } from "../output.js";
import { detectFormat } from "../reading/format.js";
import { parseJobs, threadCount } from "../reading/jobs.js";
import { DEFAULT_READ_LIMITS, type ReadLimits, readJsonArray } from "../reading/records.js";
import { count, oneLine } from "../text.js";
import {
  familiesFound,
  GROUP_BY_CHOICES,
  type GroupBy,
  type Projection,
  projectByAggregate,
  projectStream,
  reduceOutcome,
  reducingFamilies,
} from "./project.js";
import {
  heldEvent,
  payloadReadingOf,
  type ReplayTally,
  replayVisitor,
  type TakeEvent,
} from "./records.js";
import { projectionsJson, projectionsJsonLines, projectionsText } from "./render.js";
import { renderSummary } from "./summary.js";

/** The `--reducer` value that projects every family found in the stream (the default). */
export const ALL_REDUCERS = "all";

/** The reducer names `replay` accepts: the families that have a reducer. */
export function reducerNames(): string {
  return [...REDUCING_FAMILIES.keys()].join(", ");
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

/** The family named by `--reducer`, or `undefined` for `all`; a clear error for an unknown name. */
function chosenFamily(name: string): ContractFamily | undefined {
  if (name === ALL_REDUCERS) return undefined;
  const family = REDUCING_FAMILIES.get(name);
  if (family === undefined) {
    throw new CommandError(
      `replay: unknown reducer '${oneLine(name, 40)}'`,
      `valid reducers: ${reducerNames()}, or ${ALL_REDUCERS} (every family found in the stream, the default)`,
    );
  }
  return family;
}

/** The reducer mode given with `--mode`, checked against the family's modes. */
function chosenMode(
  family: ContractFamily | undefined,
  mode: string | undefined,
): string | undefined {
  if (mode === undefined) return undefined;
  if (family === undefined) {
    throw new CommandError(
      "replay: --mode applies to one reducer: give --reducer NAME with it",
      `with --reducer ${ALL_REDUCERS} each reducer runs in its default mode`,
    );
  }
  const modes = family.reducer?.modes ?? [];
  if (!modes.includes(mode)) {
    throw new CommandError(
      `replay: the ${family.name} reducer has no mode '${oneLine(mode, 40)}'`,
      modes.length === 0
        ? `the ${family.name} reducer takes no --mode`
        : `valid modes: ${modes.join(", ")}`,
    );
  }
  return mode;
}

/** The grouping given with `--group-by` (default: the whole stream). */
function chosenGroupBy(text: string | undefined): GroupBy {
  if (text === undefined) return "stream";
  if (!(GROUP_BY_CHOICES as readonly string[]).includes(text)) {
    throw new CommandError(
      `replay: unknown --group-by '${oneLine(text, 40)}'`,
      `valid values: ${GROUP_BY_CHOICES.join(", ")} (e.g. ${PROGRAM} replay events.jsonl --group-by aggregate)`,
    );
  }
  return text as GroupBy;
}

/**
 * A taker of events for the reducers: the events as they are, or, grouped by aggregate, with
 * their `aggregate_id` (one string held per distinct id).
 */
function eventTaker(grouped: boolean): {
  readonly events: ReducibleEvent[];
  readonly take: TakeEvent;
} {
  const events: ReducibleEvent[] = [];
  if (!grouped) return { events, take: (event) => events.push(event) };
  const ids = new Map<string, string>();
  return {
    events,
    take(event, aggregateId) {
      let id = ids.get(aggregateId);
      if (id === undefined) {
        id = aggregateId;
        ids.set(id, id);
      }
      const withAggregate: AggregateEvent = {
        event_id: event.event_id,
        event_type: event.event_type,
        lamport_clock: event.lamport_clock,
        timestamp: event.timestamp,
        payload: event.payload,
        aggregate_id: id,
      };
      events.push(withAggregate);
    },
  };
}

/**
 * Runs `replay` with its arguments; returns the exit code. `limits` are the reading limits
 * (the defaults on the command line; smaller ones in tests).
 */
export async function runReplay(
  args: string[],
  io: CliIo,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<number> {
  const { values, positionals, tokens } = parseCommandArgs("replay", () =>
    parseArgs({
      args,
      allowPositionals: true,
      tokens: true,
      options: {
        ...FORMAT_OPTIONS,
        ...OUTPUT_OPTIONS,
        ...QUIET_OPTION,
        reducer: { type: "string" },
        mode: { type: "string" },
        "group-by": { type: "string" },
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
  const format: OutputFormat = chosenFormat("replay", values, ["text", "json", "jsonl"], "json");
  const family = chosenFamily(values.reducer ?? ALL_REDUCERS);
  const mode = chosenMode(family, values.mode);
  const groupBy = chosenGroupBy(values["group-by"]);
  const grouped = groupBy === "aggregate";
  const candidates = family === undefined ? reducingFamilies() : [family];
  const reading = payloadReadingOf(candidates);
  const limit = parseLimit(values.limit ?? "20");
  const jobs = parseJobs("replay", values.jobs);
  const sources = await resolveInputs(positionals, io, "replay");
  const destination = openDestination(
    values.output,
    io,
    sources.flatMap((source) => (source.path === undefined ? [] : [source.path])),
  );
  const flag = colorFlag(tokens);
  const style = destinationStyle(flag, destination);
  const errorStyle = streamStyle(flag, io.stderr);
  const several = sources.length > 1;
  const progress = progressLine(io.stderr, "replay", {
    totalBytes: totalSize(sources),
    quiet: values.quiet === true,
  });
  const errors = bufferedOutput(io.stderr, { beforeSend: progress.clear });
  // Only what the reducers read is held: a long stream costs less memory (and collection).
  const { events, take } = eventTaker(grouped);
  const tally: ReplayTally = { records: 0, skipped: 0 };
  let bytesBefore = 0;

  // Several inputs are one stream: their events are reduced together (the reducers sort).
  for (const source of sources) {
    const input = openSource(source, io, "replay");
    const errorPrefix = several ? `${oneLine(source.name, 300)}: ` : "";
    let bytesRead = 0;
    const afterChunk = (read: number): Promise<void> | undefined => {
      bytesRead = read;
      if (progress.due()) {
        errors.send();
        progress.draw(bytesBefore + read, tally.records);
      }
      return errors.pause();
    };
    // The same reading on any number of threads: one JSON array is read on the main thread,
    // JSON Lines in batches on the main thread and the workers.
    const { format: inputFormat, chunks } = await detectFormat(input.chunks, limits.maxArrayBytes);
    if (inputFormat === "array") {
      const skip = (text: string): void => errors.write(`${errorPrefix}${text}`);
      const hold: TakeEvent = (event, aggregateId) => take(heldEvent(event, reading), aggregateId);
      await readJsonArray(chunks, replayVisitor(reading, tally, hold, skip), {
        limits,
        afterChunk,
        afterRecord: errors.pause,
      });
    } else {
      const { replayLines } = await import("./parallel.js");
      await replayLines({
        chunks,
        threads: threadCount(jobs, input.sizeBytes),
        families: candidates.map((candidate) => candidate.name),
        tally,
        take,
        aggregates: grouped,
        errors,
        errorPrefix,
        afterChunk,
        limits,
        totalBytes: input.sizeBytes,
      });
    }
    bytesBefore += source.sizeBytes ?? bytesRead;
  }
  progress.clear();
  if (tally.skipped > 0) {
    errors.write(
      errorStyle.warning(
        `replay: ${count(tally.skipped)} of ${count(tally.records)} records skipped, ${count(events.length)} events reduced`,
      ),
    );
    errors.write("\n");
  } else if (tally.records === 0) {
    const where = several ? `the ${count(sources.length)} inputs` : (sources[0]?.name ?? "");
    errors.write(`replay: no events in ${where}\n`);
  }
  await errors.flush();

  const options = mode === undefined ? undefined : { mode };
  if (family !== undefined && !grouped && format !== "jsonl") {
    // One reducer on the whole stream: its readable summary, or its exact JSON.
    const reducer = family.reducer;
    if (reducer === null)
      throw new CommandError(`replay: the ${family.name} family has no reducer`);
    const outcome = reduceOutcome(family, events, options);
    if (outcome.error !== undefined) {
      // The reference raises on such a stream (e.g. a strict-mode reducer on an unknown
      // participant): the stream cannot be projected.
      const error = outcome.error;
      io.stderr.write(
        `${errorStyle.error(`replay: the ${family.name} reducer refused the stream: ${error.name}: ${oneLine(error.message)}`)}\n`,
      );
      await destination.close();
      return EXIT.invalid;
    }
    const out = bufferedOutput(destination.stream);
    if (format === "json") {
      // The JSON text goes out as it is made, in pieces (a long output is never one text).
      await writePieces(out, jsonTextPieces(outcome.state));
      out.write("\n");
    } else out.write(renderSummary(reducer.summarize(outcome.state), limit, style));
    await out.flush();
    await destination.close();
    return tally.skipped > 0 ? EXIT.invalid : EXIT.ok;
  }

  const projections: Projection[] = grouped
    ? projectByAggregate(events as AggregateEvent[], candidates, options)
    : projectStream(
        events,
        family === undefined ? familiesFound(events, candidates) : candidates,
        options,
      );
  const out = bufferedOutput(destination.stream);
  let pieces: Iterable<string>;
  if (format === "json") pieces = projectionsJson(projections, family === undefined, grouped);
  else if (format === "jsonl") pieces = projectionsJsonLines(projections);
  else if (projections.length > 0) pieces = projectionsText(projections, limit, style);
  else {
    pieces = [
      family === undefined
        ? `no events of a family with a reducer (${reducerNames()})\n`
        : `no aggregate holds ${family.name} events\n`,
    ];
  }
  await writePieces(out, pieces);
  await out.flush();
  await destination.close();
  const refused = projections.some((projection) => projection.outcome.error !== undefined);
  return tally.skipped > 0 || refused ? EXIT.invalid : EXIT.ok;
}
