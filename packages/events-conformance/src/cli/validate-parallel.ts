/**
 * A parallel `validate` run over JSON Lines. The main thread reads the input and cuts it into
 * batches of complete lines (counting lines as it goes); each batch goes to a worker thread
 * that has room, or is checked on the main thread when none has. Output is written in input
 * order. At most two batches per worker are in flight, so memory stays flat whatever the
 * input size, and the output is byte-identical to a single-threaded run.
 */
import { Worker } from "node:worker_threads";
import type { BufferedOutput, Progress } from "./io.js";
import { DEFAULT_MAX_LINE_LENGTH } from "./records.js";
import {
  addCounts,
  type BatchRequest,
  type BatchResult,
  checkBatch,
  emptyCounts,
  fromBatchCounts,
  toBatchCounts,
  type ValidationCounts,
  type ValidationOptions,
  validationVisitor,
} from "./validate-check.js";

/** Bytes of complete lines gathered before a batch is checked. */
const BATCH_BYTES = 512 * 1024;

/** Batches in flight per worker. */
const IN_FLIGHT_PER_WORKER = 2;

function countNewlines(bytes: Uint8Array): number {
  let n = 0;
  let at = bytes.indexOf(0x0a);
  while (at !== -1) {
    n++;
    at = bytes.indexOf(0x0a, at + 1);
  }
  return n;
}

/** Copies pieces into one fresh buffer that can be transferred to a worker. */
function standalone(pieces: readonly Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(new ArrayBuffer(length));
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  return bytes;
}

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
}

/** Runs `validate` on JSON Lines with worker threads; resolves to the counts of the run. */
export async function validateInParallel(run: ParallelRun): Promise<ValidationCounts> {
  const { options, out, progress } = run;
  const maxLineLength = run.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  const totals = emptyCounts();
  const results = new Map<number, BatchResult>();
  const workers = Array.from(
    { length: Math.max(1, run.threads - 1) },
    () =>
      new Worker(new URL("./validate-worker.js", import.meta.url), {
        workerData: { ...options, maxLineLength },
      }),
  );
  const inFlight = workers.map(() => 0);
  let failure: Error | undefined;
  let finished = false;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };

  let nextSeq = 0;
  let nextToWrite = 0;
  const writeReady = (): void => {
    for (let result = results.get(nextToWrite); result; result = results.get(nextToWrite)) {
      results.delete(nextToWrite);
      nextToWrite++;
      if ("failure" in result) {
        failure ??= new Error(result.failure);
        continue;
      }
      out.write(result.output);
      addCounts(totals, fromBatchCounts(result.counts));
    }
  };

  workers.forEach((worker, index) => {
    worker.on("message", (result: BatchResult) => {
      inFlight[index] = (inFlight[index] ?? 1) - 1;
      results.set(result.seq, result);
      writeReady();
      notify();
    });
    worker.on("error", (error) => {
      failure ??= error;
      notify();
    });
    worker.on("exit", (code) => {
      if (!finished) failure ??= new Error(`a validation worker stopped (exit code ${code})`);
      notify();
    });
  });

  /** The least busy worker with room for a batch, or -1. */
  const workerWithRoom = (): number => {
    let best = -1;
    for (let i = 0; i < workers.length; i++) {
      const load = inFlight[i] ?? 0;
      if (load < IN_FLIGHT_PER_WORKER && (best === -1 || load < (inFlight[best] ?? 0))) best = i;
    }
    return best;
  };

  let line = 1;
  const dispatch = (pieces: readonly Uint8Array[], length: number): void => {
    if (length === 0) return;
    const bytes = standalone(pieces, length);
    const request: BatchRequest = { seq: nextSeq++, firstLine: line, bytes };
    line += countNewlines(bytes);
    const index = workerWithRoom();
    if (index === -1) {
      results.set(request.seq, checkBatch(request, options, maxLineLength));
      writeReady();
      return;
    }
    inFlight[index] = (inFlight[index] ?? 0) + 1;
    (workers[index] as Worker).postMessage(request, [bytes.buffer]);
  };

  /** A line longer than the limit: reported here, in order. */
  const reportLongLine = (): void => {
    const counts = emptyCounts();
    const parts: string[] = [];
    validationVisitor(options, counts, (text) => parts.push(text)).problem({
      line,
      column: undefined,
      item: undefined,
      kind: "line_too_long",
      message: `line longer than ${maxLineLength} characters: skipped`,
    });
    line++;
    const seq = nextSeq++;
    results.set(seq, { seq, output: parts.join(""), counts: toBatchCounts(counts) });
    writeReady();
  };

  // Complete lines waiting for a batch, and the bytes of the line being read.
  let ready: Uint8Array[] = [];
  let readyBytes = 0;
  let partial: Uint8Array[] = [];
  let partialBytes = 0;
  let skipping = false;
  let bytesRead = 0;
  const dispatchReady = (): void => {
    dispatch(ready, readyBytes);
    ready = [];
    readyBytes = 0;
  };
  const startSkipping = (): void => {
    dispatchReady();
    partial = [];
    partialBytes = 0;
    skipping = true;
  };

  try {
    for await (const chunk of run.chunks) {
      let rest: Uint8Array = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      bytesRead += rest.length;
      while (rest.length > 0) {
        if (skipping) {
          const newline = rest.indexOf(0x0a);
          if (newline === -1) break;
          reportLongLine();
          skipping = false;
          rest = rest.subarray(newline + 1);
          continue;
        }
        const last = rest.lastIndexOf(0x0a);
        if (last === -1) {
          partial.push(rest);
          partialBytes += rest.length;
          if (partialBytes > maxLineLength) startSkipping();
          break;
        }
        if (partialBytes + rest.indexOf(0x0a) > maxLineLength) {
          // The line being read ends in this chunk but is too long: skip it.
          startSkipping();
          continue;
        }
        ready.push(...partial, rest.subarray(0, last + 1));
        readyBytes += partialBytes + last + 1;
        partial = [rest.subarray(last + 1)];
        partialBytes = rest.length - last - 1;
        if (readyBytes >= BATCH_BYTES) dispatchReady();
        break;
      }
      if (failure) throw failure;
      if (progress.due()) {
        out.send();
        progress.draw(bytesRead, totals.events);
      }
      const waiting = out.pause();
      if (waiting) await waiting;
    }
    if (skipping) reportLongLine();
    else {
      ready.push(...partial);
      readyBytes += partialBytes;
    }
    dispatchReady();
    while (nextToWrite < nextSeq) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    if (failure) throw failure;
    return totals;
  } finally {
    finished = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
