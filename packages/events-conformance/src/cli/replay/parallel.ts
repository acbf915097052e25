/**
 * `replay` over JSON Lines: batches of lines are parsed on the main thread or on worker
 * threads (`--jobs`) and taken in input order, so the events reduced and the skipped-record
 * lines are the same whatever the number of threads.
 */
import type { ReducibleEvent } from "@spec-kitty/events-core";
import { type BufferedOutput, writeEach } from "../io.js";
import { runLines } from "../reading/parallel-lines.js";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "../reading/records.js";
import {
  collectReplay,
  type ReplayBatch,
  type ReplayTally,
  replayBatch,
  takeBatchEvents,
  unreplayedBatch,
} from "./records.js";

/** What a replay over JSON Lines needs from the command. */
export interface LinesReplay {
  /** The JSON Lines bytes (format already detected). */
  readonly chunks: AsyncIterable<Buffer | string>;
  /** Threads in all: the main thread and `threads - 1` workers (1: the main thread alone). */
  readonly threads: number;
  /** The event types whose payload the reducer reads. */
  readonly payloadTypes: ReadonlySet<string>;
  /** Counts, updated in input order. */
  readonly tally: ReplayTally;
  /** Takes each event, in input order. */
  readonly take: (event: ReducibleEvent) => void;
  /** Where the skipped records' lines go. */
  readonly errors: BufferedOutput;
  /** Called after each chunk read (progress, backpressure). */
  readonly afterChunk: (bytesRead: number) => Promise<void> | undefined;
  /** The limits (default {@link DEFAULT_READ_LIMITS}). */
  readonly limits?: ReadLimits;
  /** Size of the input in bytes, when known: near its end, workers get shorter queues. */
  readonly totalBytes?: number;
}

/** Worker data of a `replay` worker thread. */
export interface ReplayWorkerData {
  readonly payloadTypes: readonly string[];
  readonly limits: ReadLimits;
}

/** Replays JSON Lines; resolves when every record has been taken. */
export async function replayLines(run: LinesReplay): Promise<void> {
  const { payloadTypes, tally, take, errors } = run;
  const limits = run.limits ?? DEFAULT_READ_LIMITS;
  const workerData: ReplayWorkerData = { payloadTypes: [...payloadTypes], limits };
  await runLines<ReplayBatch>({
    chunks: run.chunks,
    threads: run.threads,
    limits,
    totalBytes: run.totalBytes,
    worker: new URL("./worker.js", import.meta.url),
    workerData,
    // Taken on this thread: the events are held as they are, not packed into columns.
    process: (batch) => replayBatch(batch, payloadTypes, limits, false),
    unprocessable: (batch, reason) => unreplayedBatch(batch, payloadTypes, reason),
    longLine: (problem) => collectReplay(payloadTypes, (visitor) => visitor.problem(problem)),
    accept(batch) {
      takeBatchEvents(batch, take);
      tally.records += batch.tally.records;
      tally.skipped += batch.tally.skipped;
      return writeEach(errors, batch.skipped);
    },
    afterChunk: run.afterChunk,
  });
}
