/**
 * `validate` over JSON Lines: batches of lines are checked on the main thread or on worker
 * threads (`--jobs`) and written in input order, one record at a time with backpressure, so
 * the output is byte-identical whatever the number of threads and memory stays bounded.
 */
import { type BufferedOutput, writeEach } from "../io.js";
import { runLines } from "../reading/parallel-lines.js";
import { DEFAULT_READ_LIMITS, type ReadLimits } from "../reading/records.js";
import { COMMAND_WORKER_URL } from "../worker-url.js";
import {
  addCounts,
  checkBatch,
  collectChecks,
  fromBatchCounts,
  uncheckedBatch,
  type ValidationCounts,
  type ValidationOptions,
} from "./check.js";

/** What a run over JSON Lines needs from the command. */
export interface LinesValidation {
  /** The JSON Lines bytes (format already detected). */
  readonly chunks: AsyncIterable<Buffer | string>;
  /** Output options. */
  readonly options: ValidationOptions;
  /** Threads in all: the main thread and `threads - 1` workers (1: the main thread alone). */
  readonly threads: number;
  /** Where the output goes. */
  readonly out: BufferedOutput;
  /** Called after each chunk read, with the bytes read so far (progress, backpressure). */
  readonly afterChunk: (bytesRead: number) => Promise<void> | undefined;
  /** The counts, added to in input order. */
  readonly counts: ValidationCounts;
  /** The limits (default {@link DEFAULT_READ_LIMITS}). */
  readonly limits?: ReadLimits;
  /** Size of the input in bytes, when known: near its end, workers get shorter queues. */
  readonly totalBytes?: number;
}

/** Worker data of a `validate` worker thread. */
export interface ValidateWorkerData {
  readonly command: "validate";
  readonly options: ValidationOptions;
  readonly limits: ReadLimits;
}

/** Runs `validate` on JSON Lines; resolves when every record has been written. */
export async function validateLines(run: LinesValidation): Promise<void> {
  const { options, out, counts } = run;
  const limits = run.limits ?? DEFAULT_READ_LIMITS;
  const workerData: ValidateWorkerData = { command: "validate", options, limits };
  await runLines({
    chunks: run.chunks,
    threads: run.threads,
    limits,
    totalBytes: run.totalBytes,
    worker: COMMAND_WORKER_URL,
    workerData,
    process: (batch) => checkBatch(batch, options, limits),
    unprocessable: (batch, reason) => uncheckedBatch(batch, options, reason),
    longLine: (problem) => collectChecks(options, (visitor) => visitor.problem(problem)),
    accept(checked) {
      addCounts(counts, fromBatchCounts(checked.counts));
      return writeEach(out, checked.outputs);
    },
    afterChunk: run.afterChunk,
  });
}
