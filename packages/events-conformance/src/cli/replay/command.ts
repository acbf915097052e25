/**
 * `spec-kitty-events replay`: parses the envelopes of a stream and prints the projection of a
 * family's reducer (the exact JSON form with `--json`, else the family's readable summary).
 * The reducers are those of the list of families.
 */
import { parseArgs } from "node:util";
import {
  type ContractFamily,
  REDUCING_FAMILIES,
  type ReducibleEvent,
} from "@spec-kitty/events-core";
import { expectPositionals, parseCommandArgs } from "../args.js";
import { CommandError, EXIT } from "../errors.js";
import { COMMAND_HELP, PROGRAM } from "../help.js";
import { bufferedOutput, type CliIo, openInput, progressLine } from "../io.js";
import { detectFormat } from "../reading/format.js";
import { parseJobs, threadCount } from "../reading/jobs.js";
import { DEFAULT_READ_LIMITS, type ReadLimits, readJsonArray } from "../reading/records.js";
import { count, oneLine } from "../text.js";
import { type ReplayTally, replayVisitor } from "./records.js";
import { renderSummary } from "./summary.js";

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

/** The family named by `--reducer`, with a clear error for an unknown or missing name. */
function chosenFamily(name: string | undefined): ContractFamily {
  if (name === undefined) {
    throw new CommandError(
      "replay: --reducer is required",
      `give one of: ${reducerNames()} (e.g. ${PROGRAM} replay events.jsonl --reducer connector)`,
    );
  }
  const family = REDUCING_FAMILIES.get(name);
  if (family === undefined) {
    throw new CommandError(
      `replay: unknown reducer '${oneLine(name, 40)}'`,
      `valid reducers: ${reducerNames()}`,
    );
  }
  return family;
}

/** The reducer mode given with `--mode`, checked against the family's modes. */
function chosenMode(family: ContractFamily, mode: string | undefined): string | undefined {
  if (mode === undefined) return undefined;
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

/**
 * Runs `replay` with its arguments; returns the exit code. `limits` are the reading limits
 * (the defaults on the command line; smaller ones in tests).
 */
export async function runReplay(
  args: string[],
  io: CliIo,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<number> {
  const { values, positionals } = parseCommandArgs("replay", () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        reducer: { type: "string" },
        mode: { type: "string" },
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
  const family = chosenFamily(values.reducer);
  const mode = chosenMode(family, values.mode);
  const payloadTypes = family.reducer?.payloadTypes ?? family.eventTypes;
  const limit = parseLimit(values.limit ?? "20");
  const jobs = parseJobs("replay", values.jobs);
  const input = await openInput(positionals[0], io, "replay");
  const progress = progressLine(io.stderr, "replay");
  const errors = bufferedOutput(io.stderr, { beforeSend: progress.clear });
  // Only what the reducer reads is held: a long stream costs less memory (and collection).
  const events: ReducibleEvent[] = [];
  const tally: ReplayTally = { records: 0, skipped: 0 };
  const take = (event: ReducibleEvent): void => {
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
  // The same reading on any number of threads: one JSON array is read on the main thread,
  // JSON Lines in batches on the main thread and the workers.
  const { format, chunks } = await detectFormat(input.chunks, limits.maxArrayBytes);
  if (format === "array") {
    await readJsonArray(chunks, replayVisitor(payloadTypes, tally, take, errors.write), {
      limits,
      afterChunk,
      afterRecord: errors.pause,
    });
  } else {
    const { replayLines } = await import("./parallel.js");
    await replayLines({
      chunks,
      threads,
      payloadTypes,
      tally,
      take,
      errors,
      afterChunk,
      limits,
      totalBytes: input.sizeBytes,
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

  const reducer = family.reducer;
  if (reducer === null) throw new CommandError(`replay: the ${family.name} family has no reducer`);
  let state: unknown;
  try {
    state = reducer.reduce(events, mode === undefined ? undefined : { mode });
  } catch (error) {
    // The reference raises on such a stream (e.g. a strict-mode reducer on an unknown
    // participant): the stream cannot be projected.
    const name = error instanceof Error ? error.name : "Error";
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `replay: the ${family.name} reducer refused the stream: ${name}: ${oneLine(message)}\n`,
    );
    return EXIT.invalid;
  }
  const out = bufferedOutput(io.stdout);
  out.write(
    values.json ? `${JSON.stringify(state)}\n` : renderSummary(reducer.summarize(state), limit),
  );
  await out.flush();
  return tally.skipped > 0 ? EXIT.invalid : EXIT.ok;
}
