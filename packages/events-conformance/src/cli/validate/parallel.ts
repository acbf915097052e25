/**
 * A parallel `validate` run over JSON Lines: batches of lines are checked on worker threads
 * (or on the main thread when none has room) and written in input order, so the output is
 * byte-identical to a single-threaded run and memory stays flat whatever the input size.
 */
import type { BufferedOutput, Progress } from "../io.js";
import { runLinesInParallel } from "../reading/parallel-lines.js";
import { DEFAULT_MAX_LINE_LENGTH } from "../reading/records.js";
import {
  addCounts,
  checkBatch,
  emptyCounts,
  fromBatchCounts,
  toBatchCounts,
  type ValidationCounts,
  type ValidationOptions,
  validationVisitor,
} from "./check.js";

/** What a parallel run needs from the command. */
export interface ParallelRun {
  /** The JSON Lines bytes (format already detected). */
  readonly chunks: AsyncIterable<Buffer | string>;
  /** Output options. */
  readonly options: ValidationOptions;
  /** Threads in all: the main thread and `threads - 1` workers (at least 1 worker). */
  readonly threads: number;
  /** Where the output goes. */
  readonly out: BufferedOutput;
  /** The progress line. */
  readonly progress: Progress;
  /** Longest accepted line (default 256 MiB). */
  readonly maxLineLength?: number;
  /** Size of the input in bytes, when known: near its end, workers get shorter queues. */
  readonly totalBytes?: number;
}

/** Runs `validate` on JSON Lines with worker threads; resolves to the counts of the run. */
export async function validateInParallel(run: ParallelRun): Promise<ValidationCounts> {
  const { options, out, progress } = run;
  const maxLineLength = run.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  const totals = emptyCounts();
  await runLinesInParallel({
    chunks: run.chunks,
    threads: run.threads,
    maxLineLength,
    totalBytes: run.totalBytes,
    worker: new URL("./worker.js", import.meta.url),
    workerData: { ...options, maxLineLength },
    process: (batch) => checkBatch(batch, options, maxLineLength),
    longLine(problem) {
      const counts = emptyCounts();
      const parts: string[] = [];
      validationVisitor(options, counts, (text) => parts.push(text)).problem(problem);
      return { output: parts.join(""), counts: toBatchCounts(counts) };
    },
    accept(checked) {
      out.write(checked.output);
      addCounts(totals, fromBatchCounts(checked.counts));
    },
    afterChunk(bytesRead) {
      if (progress.due()) {
        out.send();
        progress.draw(bytesRead, totals.events);
      }
      return out.pause();
    },
  });
  return totals;
}
