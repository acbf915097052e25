/**
 * A parallel `replay` run over JSON Lines: batches of lines are parsed on worker threads (or
 * on the main thread when none has room) and taken in input order, so the events reduced and
 * the skipped-record lines are those of a single-threaded run.
 */
import type { ReducibleEvent } from "@spec-kitty/events-core";
import type { BufferedOutput } from "../io.js";
import { runLinesInParallel } from "../reading/parallel-lines.js";
import { DEFAULT_MAX_LINE_LENGTH } from "../reading/records.js";
import {
  batchWithoutEvents,
  type ReplayBatch,
  type ReplayTally,
  replayBatch,
  replayVisitor,
  takeBatchEvents,
} from "./records.js";

/** What a parallel replay needs from the command. */
export interface ParallelReplay {
  /** The JSON Lines bytes (format already detected). */
  readonly chunks: AsyncIterable<Buffer | string>;
  /** Threads in all: the main thread and `threads - 1` workers (at least 1 worker). */
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
  /** Longest accepted line (default 256 MiB). */
  readonly maxLineLength?: number;
  /** Size of the input in bytes, when known: near its end, workers get shorter queues. */
  readonly totalBytes?: number;
}

/** Replays JSON Lines with worker threads; resolves when every record has been taken. */
export async function replayInParallel(run: ParallelReplay): Promise<void> {
  const { payloadTypes, tally, take, errors } = run;
  const maxLineLength = run.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  await runLinesInParallel<ReplayBatch>({
    chunks: run.chunks,
    threads: run.threads,
    maxLineLength,
    totalBytes: run.totalBytes,
    worker: new URL("./worker.js", import.meta.url),
    workerData: { payloadTypes: [...payloadTypes], maxLineLength },
    process: (batch) => replayBatch(batch, payloadTypes, maxLineLength),
    longLine(problem) {
      const longTally = { records: 0, skipped: 0 };
      const skipped: string[] = [];
      replayVisitor(payloadTypes, longTally, take, (text) => skipped.push(text)).problem(problem);
      return batchWithoutEvents(skipped.join(""), longTally);
    },
    accept(batch) {
      takeBatchEvents(batch, take);
      errors.write(batch.skippedText);
      tally.records += batch.tally.records;
      tally.skipped += batch.tally.skipped;
    },
    afterChunk: run.afterChunk,
  });
}
