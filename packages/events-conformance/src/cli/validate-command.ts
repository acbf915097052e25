/**
 * `spec-kitty-events validate`: checks every envelope of a stream and its payload against the
 * registered event type (model layer and JSON-Schema layer), one line per problem. Large
 * JSON Lines files are checked on several threads (`--jobs`).
 */
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { expectPositionals, parseCommandArgs } from "./args.js";
import { CommandError, EXIT } from "./errors.js";
import { COMMAND_HELP } from "./help.js";
import { bufferedOutput, type CliIo, openInput, progressLine } from "./io.js";
import { readJsonRecords } from "./records.js";
import { oneLine } from "./text.js";
import {
  emptyCounts,
  summaryLine,
  type ValidationCounts,
  validationVisitor,
} from "./validate-check.js";

/** Inputs at least this large (bytes) are checked by worker threads by default. */
const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;

/** Most threads used by default. */
const MAX_DEFAULT_JOBS = 4;

function parseJobs(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const jobs = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(jobs) || jobs < 1 || jobs > 64) {
    throw new CommandError(
      `validate: --jobs must be a whole number from 1 to 64, got '${oneLine(text, 40)}'`,
      "give e.g. --jobs 4, or --jobs 1 to check on one thread",
    );
  }
  return jobs;
}

/**
 * Threads for a run: `--jobs` when given, otherwise one per core (at most 4) for a file of
 * 16 MiB or more, and one (the main thread) for smaller files and standard input.
 */
function threadCount(jobs: number | undefined, sizeBytes: number | undefined): number {
  if (jobs !== undefined) return jobs;
  if (sizeBytes === undefined || sizeBytes < PARALLEL_MIN_BYTES) return 1;
  return Math.max(1, Math.min(availableParallelism(), MAX_DEFAULT_JOBS));
}

/** Looks ahead for the first significant byte: `[` (a JSON array) or anything else. */
async function detectFormat(
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

/** Runs `validate` with its arguments; returns the exit code. */
export async function runValidate(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("validate", () =>
    parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: "boolean", default: false },
        strict: { type: "boolean", default: false },
        jobs: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    }),
  );
  if (values.help) {
    io.stdout.write(COMMAND_HELP.validate);
    return EXIT.ok;
  }
  expectPositionals("validate", positionals, 1);
  const jobs = parseJobs(values.jobs);
  const input = await openInput(positionals[0], io, "validate");
  const options = { json: values.json === true, strict: values.strict === true };
  const progress = progressLine(io.stderr, "validate");
  const out = bufferedOutput(io.stdout, { beforeSend: progress.clear });
  const threads = threadCount(jobs, input.sizeBytes);

  let counts: ValidationCounts | undefined;
  let chunks = input.chunks;
  if (threads > 1) {
    const detected = await detectFormat(chunks);
    chunks = detected.chunks;
    if (!detected.isArray) {
      const { validateInParallel } = await import("./validate-parallel.js");
      counts = await validateInParallel({ chunks, options, threads, out, progress });
    }
  }
  if (counts === undefined) {
    const totals = emptyCounts();
    counts = totals;
    await readJsonRecords(chunks, validationVisitor(options, totals, out.write), {
      pause(bytesRead) {
        if (progress.due()) {
          out.send();
          progress.draw(bytesRead, totals.events);
        }
        return out.pause();
      },
    });
  }
  progress.clear();

  const summary = summaryLine(counts, input.name);
  if (options.json) {
    await out.flush();
    io.stderr.write(summary);
  } else {
    out.write(summary);
    await out.flush();
  }
  return counts.invalid > 0 ? EXIT.invalid : EXIT.ok;
}
