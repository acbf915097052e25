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
import { detectFormat, parseJobs, threadCount } from "../reading/jobs.js";
import { readJsonRecords } from "../reading/records.js";
import { emptyCounts, summaryLine, type ValidationCounts, validationVisitor } from "./check.js";

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
  const jobs = parseJobs("validate", values.jobs);
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
      const { validateInParallel } = await import("./parallel.js");
      counts = await validateInParallel({
        chunks,
        options,
        threads,
        out,
        progress,
        totalBytes: input.sizeBytes,
      });
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
