/**
 * JSON Lines on worker threads. The main thread reads the input and cuts it into batches of
 * complete lines (counting lines as it goes); each batch goes to a worker thread that has
 * room, or is processed on the main thread when none has. Results are taken in input order.
 * At most eight batches per worker are in flight, so memory stays flat whatever the input size
 * (unless the command keeps what it takes), and the results are those of one thread.
 */
import { parentPort, Worker } from "node:worker_threads";
import { DEFAULT_MAX_LINE_LENGTH, longLineProblem, type RecordProblem } from "./records.js";

/** Bytes of complete lines gathered before a batch is processed. */
const BATCH_BYTES = 512 * 1024;

/** Batches in flight per worker. */
const IN_FLIGHT_PER_WORKER = 8;

/** Batches in flight per worker near the end of an input of known size. */
const TAIL_IN_FLIGHT = 1;

/** A batch of JSON Lines: raw bytes of complete lines. */
export interface LineBatch {
  /** Position of the batch in the input (0-based). */
  readonly seq: number;
  /** 1-based number of the batch's first line. */
  readonly firstLine: number;
  /** The bytes (ends after a newline, except for the last batch). */
  readonly bytes: Uint8Array;
}

/** What a batch gave, or why it could not be processed. */
export type BatchOutcome<TResult> =
  | { readonly seq: number; readonly result: TResult }
  | { readonly seq: number; readonly failure: string };

/** The text of a batch's bytes. */
export function batchText(batch: LineBatch): string {
  const bytes = batch.bytes;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}

/** Processes a batch; an exception becomes the batch's failure. */
export function processBatch<TResult>(
  batch: LineBatch,
  process: (batch: LineBatch) => TResult,
): BatchOutcome<TResult> {
  try {
    return { seq: batch.seq, result: process(batch) };
  } catch (error) {
    return { seq: batch.seq, failure: error instanceof Error ? error.message : String(error) };
  }
}

/** In a worker thread: processes each batch the main thread sends and sends back the outcome. */
export function serveLineBatches<TResult>(process: (batch: LineBatch) => TResult): void {
  const port = parentPort;
  port?.on("message", (batch: LineBatch) => {
    port.postMessage(processBatch(batch, process));
  });
}

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

/** A run of JSON Lines on worker threads. */
export interface ParallelLinesRun<TResult> {
  /** The JSON Lines bytes (format already detected). */
  readonly chunks: AsyncIterable<Buffer | string>;
  /** Threads in all: the main thread and `threads - 1` workers (at least 1 worker). */
  readonly threads: number;
  /** The worker module: it calls {@link serveLineBatches} with the same `process`. */
  readonly worker: URL;
  /** Data the workers receive. */
  readonly workerData: unknown;
  /** Processes a batch on the main thread (when no worker has room). */
  readonly process: (batch: LineBatch) => TResult;
  /** The result of a line longer than `maxLineLength`, skipped unread: given its problem. */
  readonly longLine: (problem: RecordProblem) => TResult;
  /** Takes each result, in input order. */
  readonly accept: (result: TResult) => void;
  /** Called after each chunk read, with the bytes read so far; awaited (backpressure). */
  readonly afterChunk: (bytesRead: number) => Promise<void> | undefined;
  /** Longest accepted line (default 256 MiB). */
  readonly maxLineLength?: number;
  /**
   * Size of the input in bytes, when known (a file). Near its end, workers get shorter
   * queues, so that the main thread does not sit waiting for their last batches.
   */
  readonly totalBytes?: number;
}

/** Runs JSON Lines through worker threads; resolves when every result has been taken. */
export async function runLinesInParallel<TResult>(run: ParallelLinesRun<TResult>): Promise<void> {
  const maxLineLength = run.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  const outcomes = new Map<number, BatchOutcome<TResult>>();
  const workers = Array.from(
    { length: Math.max(1, run.threads - 1) },
    () => new Worker(run.worker, { workerData: run.workerData }),
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
  let nextToTake = 0;
  const takeReady = (): void => {
    for (let outcome = outcomes.get(nextToTake); outcome; outcome = outcomes.get(nextToTake)) {
      outcomes.delete(nextToTake);
      nextToTake++;
      if ("failure" in outcome) failure ??= new Error(outcome.failure);
      else run.accept(outcome.result);
    }
  };

  workers.forEach((worker, index) => {
    worker.on("message", (outcome: BatchOutcome<TResult>) => {
      inFlight[index] = (inFlight[index] ?? 1) - 1;
      outcomes.set(outcome.seq, outcome);
      takeReady();
      notify();
    });
    worker.on("error", (error) => {
      failure ??= error;
      notify();
    });
    worker.on("exit", (code) => {
      if (!finished) failure ??= new Error(`a worker thread stopped (exit code ${code})`);
      notify();
    });
  });

  // Bytes dispatched so far, and the queue length allowed per worker near the input's end.
  let dispatched = 0;
  const tail = workers.length * IN_FLIGHT_PER_WORKER * BATCH_BYTES;
  /** The least busy worker with room for a batch, or -1. */
  const workerWithRoom = (): number => {
    const nearEnd = run.totalBytes !== undefined && run.totalBytes - dispatched < tail;
    const room = nearEnd ? TAIL_IN_FLIGHT : IN_FLIGHT_PER_WORKER;
    let best = -1;
    for (let i = 0; i < workers.length; i++) {
      const load = inFlight[i] ?? 0;
      if (load < room && (best === -1 || load < (inFlight[best] ?? 0))) best = i;
    }
    return best;
  };

  let line = 1;
  const dispatch = (pieces: readonly Uint8Array[], length: number): void => {
    if (length === 0) return;
    const bytes = standalone(pieces, length);
    dispatched += length;
    const batch: LineBatch = { seq: nextSeq++, firstLine: line, bytes };
    line += countNewlines(bytes);
    const index = workerWithRoom();
    if (index === -1) {
      outcomes.set(batch.seq, processBatch(batch, run.process));
      takeReady();
      return;
    }
    inFlight[index] = (inFlight[index] ?? 0) + 1;
    (workers[index] as Worker).postMessage(batch, [bytes.buffer]);
  };

  /** A line longer than the limit: its result is taken here, in order. */
  const skipLongLine = (): void => {
    const seq = nextSeq++;
    outcomes.set(seq, { seq, result: run.longLine(longLineProblem(line, maxLineLength)) });
    line++;
    takeReady();
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
          skipLongLine();
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
      const waiting = run.afterChunk(bytesRead);
      if (waiting) await waiting;
    }
    if (skipping) skipLongLine();
    else {
      ready.push(...partial);
      readyBytes += partialBytes;
    }
    dispatchReady();
    while (nextToTake < nextSeq) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    if (failure) throw failure;
  } finally {
    finished = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
