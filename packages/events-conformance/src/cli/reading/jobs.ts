/**
 * How many threads a command runs on (`--jobs`, or one per core for a large file). No import
 * but Node's: the executable reads this before it loads the command.
 */
import { availableParallelism } from "node:os";

/** Inputs at least this large (bytes) go to worker threads by default. */
const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;

/** Most threads used by default. */
const MAX_DEFAULT_JOBS = 4;

/** Most threads `--jobs` may ask for. */
export const MAX_JOBS = 64;

/** The number a `--jobs` text gives: a whole number from 1 to {@link MAX_JOBS}, else `undefined`. */
export function jobsNumber(text: string): number | undefined {
  const jobs = Number(text);
  return /^\d+$/.test(text) && Number.isSafeInteger(jobs) && jobs >= 1 && jobs <= MAX_JOBS
    ? jobs
    : undefined;
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
