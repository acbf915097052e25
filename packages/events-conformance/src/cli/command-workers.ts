/**
 * The command's worker threads. A thread loads its command's code as it starts (most of the
 * time a thread takes to be ready), then takes its run's setup as its first message and serves
 * that run's batches (`worker.js`).
 *
 * The executable starts the threads a run will most likely need before it loads the command
 * ({@link startWorkersAhead}, from the command line alone), so that they load while the main
 * thread does; a run takes those first ({@link commandWorker}) and starts any others it needs.
 * A guess that is wrong costs a thread's start, never a difference in output.
 *
 * The module `worker.js` sits beside this one, in the bundled command (`dist/command/`) as in
 * the plain build (`dist/cli/`).
 */
import { statSync } from "node:fs";
import { Worker } from "node:worker_threads";
import { jobsNumber, threadCount } from "./reading/jobs.js";

/** The commands that run on worker threads. */
export type WorkerCommand = "validate" | "replay";

/** The data a command's worker thread starts with: whose code it loads. */
export interface CommandWorkerData {
  readonly command: WorkerCommand;
}

/** The module every worker thread of the command runs. */
export const COMMAND_WORKER_URL: URL = new URL("./worker.js", import.meta.url);

/** Threads started ahead and not taken yet, by command. */
const startedAhead = new Map<WorkerCommand, Worker[]>();

function startWorker(command: WorkerCommand): Worker {
  const workerData: CommandWorkerData = { command };
  return new Worker(COMMAND_WORKER_URL, { workerData });
}

/**
 * Starts `count` worker threads of `command` now, for a run to take later. Until one is
 * taken it does not keep the process alive, and a thread that fails or ends is not given to
 * a run.
 */
export function startWorkersAhead(command: WorkerCommand, count: number): void {
  const list = startedAhead.get(command) ?? [];
  startedAhead.set(command, list);
  for (let i = 0; i < count; i++) {
    const worker = startWorker(command);
    const drop = (): void => {
      const at = list.indexOf(worker);
      if (at >= 0) list.splice(at, 1);
    };
    worker.on("error", drop);
    worker.once("exit", drop);
    worker.unref();
    list.push(worker);
  }
}

/**
 * A worker thread of `command` for a run, given the run's setup: one started ahead when there
 * is one, else a new one. The run owns it from now on (and terminates it).
 */
export function commandWorker(command: WorkerCommand, setup: unknown): Worker {
  const worker = startedAhead.get(command)?.shift() ?? startWorker(command);
  worker.ref();
  worker.postMessage(setup);
  return worker;
}

/** Options whose value is the next argument and never an input (the output file above all). */
const VALUE_OPTIONS = new Set(["-o", "--output", "--jobs"]);

/**
 * The worker threads a command line will most likely run on: what {@link threadCount} gives
 * for its `--jobs` and the size of its first argument that names a regular file (`undefined`
 * when that is no thread beside the main one, or the command does not use threads). Read from
 * the arguments alone, before the command is loaded, so it is a guess: another option's value
 * that names a file may be taken for the input.
 */
export function workersAheadOf(
  args: readonly string[],
): { readonly command: WorkerCommand; readonly count: number } | undefined {
  const command = args[0];
  if (command !== "validate" && command !== "replay") return undefined;
  let jobs: string | undefined;
  let size: number | undefined;
  let inputsOnly = false;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i] as string;
    if (inputsOnly || !arg.startsWith("-")) size ??= fileSize(arg);
    else if (arg === "--") inputsOnly = true;
    else if (arg.startsWith("--jobs=")) jobs = arg.slice("--jobs=".length);
    else if (VALUE_OPTIONS.has(arg)) {
      if (arg === "--jobs") jobs = args[i + 1];
      i++;
    }
  }
  const jobsGiven = jobs === undefined ? undefined : jobsNumber(jobs);
  // A bad --jobs value: the command says so, on no thread.
  if (jobs !== undefined && jobsGiven === undefined) return undefined;
  const threads = threadCount(jobsGiven, size);
  return threads > 1 ? { command, count: threads - 1 } : undefined;
}

/** The size of a regular file, or `undefined` (not a file, or not there). */
function fileSize(path: string): number | undefined {
  try {
    const info = statSync(path);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}
