/** How many threads a command runs on (`--jobs`, or one per core for a large file). */
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
