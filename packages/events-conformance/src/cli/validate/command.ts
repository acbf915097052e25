/**
 * `spec-kitty-events validate`: checks every envelope of a stream and its payload against the
 * registered event type (model layer and JSON-Schema layer), one line per problem. Large
 * JSON Lines files are checked on several threads (`--jobs`).
 */
import { parseArgs } from "node:util";
import { expectPositionals, parseCommandArgs } from "../args.js";
import { EXIT } from "../errors.js";
import { COMMAND_HELP } from "../help.js";
import { bufferedOutput, type CliIo, openInput, progressLine } from "../io.js";
import { detectFormat } from "../reading/format.js";
import { parseJobs, threadCount } from "../reading/jobs.js";
import { DEFAULT_READ_LIMITS, type ReadLimits, readJsonArray } from "../reading/records.js";
import { emptyCounts, summaryLine, validationVisitor } from "./check.js";

/**
 * Runs `validate` with its arguments; returns the exit code. `limits` are the reading limits
 * (the defaults on the command line; smaller ones in tests).
 */
export async function runValidate(
  args: string[],
  io: CliIo,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<number> {
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
  const jobs = parseJobs("validate", values.jobs);
  const input = await openInput(positionals[0], io, "validate");
  const options = { json: values.json === true, strict: values.strict === true };
  const progress = progressLine(io.stderr, "validate");
  const out = bufferedOutput(io.stdout, { beforeSend: progress.clear });
  const threads = threadCount(jobs, input.sizeBytes);
  const counts = emptyCounts();
  const afterChunk = (bytesRead: number): Promise<void> | undefined => {
    if (progress.due()) {
      out.send();
      progress.draw(bytesRead, counts.events);
    }
    return out.pause();
  };

  // The same reading on any number of threads: one JSON array is read on the main thread,
  // JSON Lines in batches on the main thread and the workers.
  const { format, chunks } = await detectFormat(input.chunks, limits.maxArrayBytes);
  if (format === "array") {
    await readJsonArray(chunks, validationVisitor(options, counts, out.write), {
      limits,
      afterChunk,
      afterRecord: out.pause,
    });
  } else {
    const { validateLines } = await import("./parallel.js");
    await validateLines({
      chunks,
      options,
      threads,
      out,
      progress,
      counts,
      limits,
      totalBytes: input.sizeBytes,
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
