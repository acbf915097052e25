/**
 * How many threads a command runs on (`--jobs`, or one per core for a large file), and the
 * look-ahead that tells JSON Lines (which worker threads can share) from one JSON array.
 */
import { availableParallelism } from "node:os";
import { CommandError } from "../errors.js";
import { oneLine } from "../text.js";

/** Inputs at least this large (bytes) go to worker threads by default. */
const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;

/** Most threads used by default. */
const MAX_DEFAULT_JOBS = 4;

/** Reads `--jobs` of `command`: a whole number from 1 to 64, or `undefined` when not given. */
export function parseJobs(command: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const jobs = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(jobs) || jobs < 1 || jobs > 64) {
    throw new CommandError(
      `${command}: --jobs must be a whole number from 1 to 64, got '${oneLine(text, 40)}'`,
      "give e.g. --jobs 4, or --jobs 1 to run on one thread",
    );
  }
  return jobs;
}

/**
 * Threads for a run: `--jobs` when given, otherwise one per core (at most 4) for a file of
 * 16 MiB or more, and one (the main thread) for smaller files and standard input.
 */
export function threadCount(jobs: number | undefined, sizeBytes: number | undefined): number {
  if (jobs !== undefined) return jobs;
  if (sizeBytes === undefined || sizeBytes < PARALLEL_MIN_BYTES) return 1;
  return Math.max(1, Math.min(availableParallelism(), MAX_DEFAULT_JOBS));
}

/** Looks ahead for the first significant byte: `[` (a JSON array) or anything else. */
export async function detectFormat(
  chunks: AsyncIterable<Buffer | string>,
): Promise<{ readonly isArray: boolean; readonly chunks: AsyncIterable<Buffer | string> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: (Buffer | string)[] = [];
  let isArray = false;
  let decided = false;
  let bomBytes = 0;
  while (!decided) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    const bytes = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    for (let i = 0; i < bytes.length && !decided; i++) {
      const byte = bytes[i] as number;
      // A byte-order mark is EF BB BF; whitespace is space, tab, CR, LF.
      if (byte === [0xef, 0xbb, 0xbf][bomBytes]) {
        bomBytes = (bomBytes + 1) % 3;
        continue;
      }
      if (bomBytes === 0 && (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d)) {
        continue;
      }
      isArray = bomBytes === 0 && byte === 0x5b;
      decided = true;
    }
  }
  async function* replay(): AsyncGenerator<Buffer | string> {
    yield* seen;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield next.value;
    }
  }
  return { isArray, chunks: replay() };
}
