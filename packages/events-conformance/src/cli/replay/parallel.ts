/**
 * `replay` over JSON Lines: batches of lines are parsed on the main thread or on worker
 * threads (`--jobs`) and taken in input order, so the events reduced and the skipped-record
 * lines are the same whatever the number of threads.
 */
import { type BufferedOutput, writeEach } from "../io.js";
import { runLines } from "../reading/parallel-lines.js";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "../reading/records.js";
import { COMMAND_WORKER_URL } from "../worker-url.js";
import {
  collectReplay,
  payloadReadingOf,
  type ReplayBatch,
  type ReplayTally,
  reducingFamiliesNamed,
  replayBatch,
  type TakeEvent,
  takeBatchEvents,
  unreplayedBatch,
} from "./records.js";

/** What a replay over JSON Lines needs from the command. */
export interface LinesReplay {
  /** The JSON Lines bytes (format already detected). */
  readonly chunks: AsyncIterable<Buffer | string>;
  /** Threads in all: the main thread and `threads - 1` workers (1: the main thread alone). */
  readonly threads: number;
  /**
   * The names of the families whose reducers run: what is kept of each payload follows from
   * them ({@link payloadReadingOf}), on this thread and on the workers alike.
   */
  readonly families: readonly string[];
  /** Counts, updated in input order. */
  readonly tally: ReplayTally;
  /** Takes each event, in input order, with its `aggregate_id` (`""` unless `aggregates`). */
  readonly take: TakeEvent;
  /** Keep each event's `aggregate_id` (for a replay grouped by aggregate). */
  readonly aggregates?: boolean;
  /** Where the skipped records' lines go. */
  readonly errors: BufferedOutput;
  /** Written before each skipped record's line (the input's name, when there are several). */
  readonly errorPrefix?: string;
  /** Called after each chunk read (progress, backpressure). */
  readonly afterChunk: (bytesRead: number) => Promise<void> | undefined;
  /** The limits (default {@link DEFAULT_READ_LIMITS}). */
  readonly limits?: ReadLimits;
  /** Size of the input in bytes, when known: near its end, workers get shorter queues. */
  readonly totalBytes?: number;
}

/** Worker data of a `replay` worker thread. */
export interface ReplayWorkerData {
  readonly command: "replay";
  readonly families: readonly string[];
  readonly limits: ReadLimits;
  readonly aggregates: boolean;
}

/** Replays JSON Lines; resolves when every record has been taken. */
export async function replayLines(run: LinesReplay): Promise<void> {
  const { tally, take, errors } = run;
  const reading = payloadReadingOf(reducingFamiliesNamed(run.families));
  const limits = run.limits ?? DEFAULT_READ_LIMITS;
  const aggregates = run.aggregates === true;
  const errorPrefix = run.errorPrefix ?? "";
  const workerData: ReplayWorkerData = {
    command: "replay",
    families: run.families,
    limits,
    aggregates,
  };
  await runLines<ReplayBatch>({
    chunks: run.chunks,
    threads: run.threads,
    limits,
    totalBytes: run.totalBytes,
    worker: COMMAND_WORKER_URL,
    workerData,
    // Taken on this thread: the events are held (payloads in their compact form), not put into columns.
    process: (batch) => replayBatch(batch, reading, limits, false, aggregates),
    unprocessable: (batch, reason) => unreplayedBatch(batch, reading, reason),
    longLine: (problem) => collectReplay(reading, (visitor) => visitor.problem(problem)),
    accept(batch) {
      takeBatchEvents(batch, reading, take);
      tally.records += batch.tally.records;
      tally.skipped += batch.tally.skipped;
      return writeEach(errors, batch.skipped, 0, errorPrefix);
    },
    afterChunk: run.afterChunk,
  });
}
