/**
 * JSON Lines in batches, on the main thread alone or with worker threads: one path for any
 * `--jobs`. The main thread reads the input and cuts it into batches of complete lines
 * (`line-cutter.ts`, counting lines as it goes); each batch is processed by a worker thread
 * that has room, or on the main thread. Results are taken in input order, each awaited
 * (output backpressure per written record), so the output is that of one thread whatever the
 * number of threads, and memory stays bounded: at most a few batches per worker are
 * outstanding.
 *
 * A worker that fails in any way (its processing throws, its reply cannot be sent or cannot be
 * read, it crashes or exits) never loses a batch and is never waited for: its batches are
 * processed on the main thread, and a batch that cannot be processed there either has each of
 * its lines reported as not processed.
 */
import { parentPort, Worker } from "node:worker_threads";
import { describeThrown } from "@spec-kitty/events-core";
import { LineCutter } from "./line-cutter.js";
import {
  DEFAULT_READ_LIMITS,
  longLineProblem,
  type ReadLimits,
  type RecordProblem,
} from "./records.js";

/** Batches in flight per worker. */
const IN_FLIGHT_PER_WORKER = 8;

/** Batches in flight per worker near the end of an input of known size. */
const TAIL_IN_FLIGHT = 1;

/** Bytes per batch, for the near-the-end estimate. */
const TAIL_BATCH_BYTES = 512 * 1024;

/** A batch of JSON Lines: the bytes of complete lines. */
export interface LineBatch {
  /** Position of the batch in the input (0-based). */
  readonly seq: number;
  /** 1-based number of the batch's first line. */
  readonly firstLine: number;
  /** The bytes. */
  readonly bytes: Uint8Array;
}

/** What a worker replies: the result of a batch, or why it could not give one. */
type WorkerReply<TResult> =
  | { readonly seq: number; readonly result: TResult }
  | { readonly seq: number; readonly failure: string };

/** The text of a batch's bytes. */
export function batchText(batch: LineBatch): string {
  const bytes = batch.bytes;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}

/**
 * In a worker thread: processes each batch the main thread sends and replies with its result,
 * or with a failure when processing throws or the result cannot be sent.
 */
export function serveLineBatches<TResult>(process: (batch: LineBatch) => TResult): void {
  const port = parentPort;
  port?.on("message", (batch: LineBatch) => {
    let reply: WorkerReply<TResult>;
    try {
      reply = { seq: batch.seq, result: process(batch) };
    } catch (error) {
      reply = { seq: batch.seq, failure: describeThrown(error) };
    }
    try {
      port.postMessage(reply);
    } catch (error) {
      port.postMessage({ seq: batch.seq, failure: `reply not sent: ${describeThrown(error)}` });
    }
  });
}

/** A run of JSON Lines in batches. */
export interface LinesRun<TResult> {
  /** The JSON Lines bytes (format already detected). */
  readonly chunks: AsyncIterable<Buffer | string>;
  /** Threads in all: the main thread and `threads - 1` workers (1: the main thread alone). */
  readonly threads: number;
  /** The worker module (needed with `threads > 1`): it calls {@link serveLineBatches}. */
  readonly worker?: URL;
  /** Data the workers receive. */
  readonly workerData?: unknown;
  /** The limits (the workers must be given the same ones). */
  readonly limits?: ReadLimits;
  /** Processes a batch (on the main thread; the workers run the same function). */
  readonly process: (batch: LineBatch) => TResult;
  /** The result of a batch that could not be processed: each of its lines reported as such. */
  readonly unprocessable: (batch: LineBatch, reason: string) => TResult;
  /** The result of a line longer than `maxLineBytes`, not read: given its problem. */
  readonly longLine: (problem: RecordProblem) => TResult;
  /** Takes each result, in input order; a returned promise is awaited (backpressure). */
  readonly accept: (result: TResult) => Promise<void> | undefined;
  /** Called after each chunk read, with the bytes read so far; awaited (progress). */
  readonly afterChunk: (bytesRead: number) => Promise<void> | undefined;
  /**
   * Size of the input in bytes, when known (a file). Near its end, workers get shorter
   * queues, so that the main thread does not sit waiting for their last batches.
   */
  readonly totalBytes?: number;
}

/** A worker thread and the batches sent to it, in the order it answers them. */
interface Slot {
  readonly worker: Worker;
  readonly queue: LineBatch[];
  alive: boolean;
}

/** Runs JSON Lines in batches; resolves when every result has been taken. */
export async function runLines<TResult>(run: LinesRun<TResult>): Promise<void> {
  const limits = run.limits ?? DEFAULT_READ_LIMITS;
  const results = new Map<number, TResult>();
  let nextSeq = 0;
  let nextToTake = 0;
  let finished = false;

  // Worker events wake the main loop; `signals` counts them, so none is missed between checks.
  let signals = 0;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    signals++;
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  const nextSignal = (seen: number): Promise<void> | undefined =>
    seen !== signals
      ? undefined
      : new Promise<void>((resolve) => {
          wake = resolve;
        });

  /** Processes a batch on the main thread; never throws. */
  const processHere = (batch: LineBatch): TResult => {
    try {
      return run.process(batch);
    } catch (error) {
      return run.unprocessable(batch, describeThrown(error));
    }
  };

  const workerModule = run.worker;
  if (run.threads > 1 && workerModule === undefined) {
    throw new Error("internal error: worker threads asked for without a worker module");
  }
  const slots: Slot[] = Array.from({ length: Math.max(0, run.threads - 1) }, () => ({
    worker: new Worker(workerModule as URL, { workerData: run.workerData }),
    queue: [],
    alive: true,
  }));
  /** A worker is gone: what it had not answered is processed here, in its place. */
  const retire = (slot: Slot): void => {
    if (!slot.alive) return;
    slot.alive = false;
    for (const batch of slot.queue.splice(0)) results.set(batch.seq, processHere(batch));
    void slot.worker.terminate();
    signal();
  };
  for (const slot of slots) {
    slot.worker.on("message", (reply: WorkerReply<TResult>) => {
      const batch = slot.queue.shift();
      if (batch === undefined) return;
      if ("result" in reply && reply.seq === batch.seq) results.set(batch.seq, reply.result);
      else results.set(batch.seq, processHere(batch));
      signal();
    });
    // The reply could not be read here (e.g. too deep to deserialise): redo the batch here.
    slot.worker.on("messageerror", () => {
      const batch = slot.queue.shift();
      if (batch !== undefined) results.set(batch.seq, processHere(batch));
      signal();
    });
    slot.worker.on("error", () => retire(slot));
    slot.worker.on("exit", () => {
      if (!finished) retire(slot);
    });
  }

  /** Takes the results that are next in order, each awaited. */
  const takeReady = async (): Promise<void> => {
    while (results.has(nextToTake)) {
      const result = results.get(nextToTake) as TResult;
      results.delete(nextToTake);
      nextToTake++;
      const waiting = run.accept(result);
      if (waiting) await waiting;
    }
  };

  // Results not yet taken, at most: the workers' queues, and as many batches done here ahead.
  const maxOutstanding = (slots.length + 1) * IN_FLIGHT_PER_WORKER;
  let dispatchedBytes = 0;
  const tail = slots.length * IN_FLIGHT_PER_WORKER * TAIL_BATCH_BYTES;
  /** The least busy live worker with room for a batch, or undefined. */
  const slotWithRoom = (): Slot | undefined => {
    const nearEnd = run.totalBytes !== undefined && run.totalBytes - dispatchedBytes < tail;
    const room = nearEnd ? TAIL_IN_FLIGHT : IN_FLIGHT_PER_WORKER;
    let best: Slot | undefined;
    for (const slot of slots) {
      if (!slot.alive || slot.queue.length >= room) continue;
      if (best === undefined || slot.queue.length < best.queue.length) best = slot;
    }
    return best;
  };
  const workersBusy = (): boolean => slots.some((slot) => slot.alive && slot.queue.length > 0);

  /**
   * Sends a batch to a worker with room, or processes it here when none has room; waits while
   * too many results before it are outstanding (and some worker is still busy with them).
   */
  const submit = async (firstLine: number, bytes: Uint8Array): Promise<void> => {
    const batch: LineBatch = { seq: nextSeq++, firstLine, bytes };
    dispatchedBytes += bytes.length;
    for (;;) {
      const seen = signals;
      await takeReady();
      if (batch.seq - nextToTake < maxOutstanding) {
        const slot = slotWithRoom();
        if (slot !== undefined) {
          slot.queue.push(batch);
          slot.worker.postMessage(batch);
          return;
        }
      }
      if (batch.seq - nextToTake < maxOutstanding || !workersBusy()) {
        results.set(batch.seq, processHere(batch));
        await takeReady();
        return;
      }
      const waiting = nextSignal(seen);
      if (waiting) await waiting;
    }
  };

  const cutter = new LineCutter(limits.maxLineBytes);
  const handle = async (items: ReturnType<LineCutter["push"]>): Promise<void> => {
    for (const item of items) {
      if (item.kind === "batch") {
        await submit(item.firstLine, item.bytes);
      } else {
        results.set(nextSeq++, run.longLine(longLineProblem(item.line, limits)));
        await takeReady();
      }
    }
  };

  try {
    let bytesRead = 0;
    for await (const chunk of run.chunks) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      bytesRead += bytes.length;
      await handle(cutter.push(bytes));
      const waiting = run.afterChunk(bytesRead);
      if (waiting) await waiting;
    }
    await handle(cutter.end());
    while (nextToTake < nextSeq) {
      const seen = signals;
      await takeReady();
      if (nextToTake >= nextSeq) break;
      if (!workersBusy()) {
        throw new Error("internal error: a batch of the input was neither processed nor sent");
      }
      const waiting = nextSignal(seen);
      if (waiting) await waiting;
    }
  } finally {
    finished = true;
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}
