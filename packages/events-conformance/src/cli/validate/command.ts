/**
 * `spec-kitty-events validate`: checks every envelope of one or more streams and each payload
 * against the registered event type (model layer and JSON-Schema layer), one line per
 * problem, one JSON result per record, or one JSON document. Large JSON Lines files are
 * checked on several threads (`--jobs`).
 */
import { parseArgs } from "node:util";
import { parseCommandArgs } from "../args.js";
import type { Style } from "../color.js";
import { EXIT } from "../errors.js";
import { COMMAND_HELP } from "../help.js";
import {
  type BufferedOutput,
  bufferedOutput,
  type CliIo,
  type InputSource,
  openSource,
  progressLine,
  resolveInputs,
  totalSize,
} from "../io.js";
import {
  chosenFormat,
  colorFlag,
  FORMAT_OPTIONS,
  OUTPUT_OPTIONS,
  type OutputFormat,
  QUIET_OPTION,
} from "../options.js";
import { destinationStyle, openDestination, streamStyle } from "../output.js";
import { detectFormat } from "../reading/format.js";
import { parseJobs, threadCount } from "../reading/jobs.js";
import { DEFAULT_READ_LIMITS, type ReadLimits, readJsonArray } from "../reading/records.js";
import { oneLine } from "../text.js";
import {
  addCounts,
  countsJson,
  emptyCounts,
  summaryLine,
  totalLine,
  type ValidationCounts,
  type ValidationOptions,
  validationVisitor,
} from "./check.js";

/**
 * The writer of the results of `--format json`: one JSON document whose `results` array
 * holds each record's result (written as they come, so memory stays flat), separated by
 * commas. `open` and `close` write what comes before and after them.
 */
function jsonDocumentResults(out: BufferedOutput): {
  readonly results: BufferedOutput;
  open(): void;
  close(): void;
} {
  let written = 0;
  const results: BufferedOutput = {
    ...out,
    write(text) {
      // Each result comes as one JSON Lines line: its newline becomes the separator.
      out.write(written === 0 ? "\n" : ",\n");
      out.write(text.endsWith("\n") ? text.slice(0, -1) : text);
      written++;
    },
  };
  return {
    results,
    open: () => out.write('{"results":['),
    close: () => out.write(written === 0 ? "]" : "\n]"),
  };
}

/** The counts of one input, for the summaries. */
interface InputCounts {
  readonly source: InputSource;
  readonly counts: ValidationCounts;
}

/** The summary lines: each input's (when several) and the total. */
function summaryLines(
  inputs: readonly InputCounts[],
  total: ValidationCounts,
  style: Style,
): string {
  const [only] = inputs;
  if (inputs.length === 1 && only !== undefined) {
    return summaryLine(only.counts, only.source.name, style);
  }
  return totalLine(total, inputs.length, style);
}

/**
 * Runs `validate` with its arguments; returns the exit code. `limits` are the reading limits
 * (the defaults on the command line; smaller ones in tests).
 */
export async function runValidate(
  args: string[],
  io: CliIo,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<number> {
  const { values, positionals, tokens } = parseCommandArgs("validate", () =>
    parseArgs({
      args,
      allowPositionals: true,
      tokens: true,
      options: {
        ...FORMAT_OPTIONS,
        ...OUTPUT_OPTIONS,
        ...QUIET_OPTION,
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
  const format: OutputFormat = chosenFormat("validate", values, ["text", "json", "jsonl"], "jsonl");
  const jobs = parseJobs("validate", values.jobs);
  const sources = await resolveInputs(positionals, io, "validate");
  const destination = openDestination(
    values.output,
    io,
    sources.flatMap((source) => (source.path === undefined ? [] : [source.path])),
  );
  const flag = colorFlag(tokens);
  const style = destinationStyle(flag, destination);
  const several = sources.length > 1;
  const progress = progressLine(io.stderr, "validate", {
    totalBytes: totalSize(sources),
    quiet: values.quiet === true,
  });
  const out = bufferedOutput(destination.stream, {
    beforeSend: destination.path === undefined ? progress.clear : undefined,
  });
  const document = format === "json" ? jsonDocumentResults(out) : undefined;
  const results = document?.results ?? out;
  const total = emptyCounts();
  const inputs: InputCounts[] = [];
  let bytesBefore = 0;

  document?.open();
  for (const source of sources) {
    const input = openSource(source, io, "validate");
    const counts = emptyCounts();
    const options: ValidationOptions = {
      json: format !== "text",
      strict: values.strict === true,
      color: format === "text" && style.enabled,
      ...(several ? { file: source.label, fileName: source.name } : {}),
    };
    let bytesRead = 0;
    const afterChunk = (read: number): Promise<void> | undefined => {
      bytesRead = read;
      if (progress.due()) {
        out.send();
        progress.draw(bytesBefore + read, total.events + counts.events);
      }
      return out.pause();
    };
    // The same reading on any number of threads: one JSON array is read on the main thread,
    // JSON Lines in batches on the main thread and the workers.
    const { format: inputFormat, chunks } = await detectFormat(input.chunks, limits.maxArrayBytes);
    if (inputFormat === "array") {
      await readJsonArray(chunks, validationVisitor(options, counts, results.write), {
        limits,
        afterChunk,
        afterRecord: out.pause,
      });
    } else {
      const { validateLines } = await import("./parallel.js");
      await validateLines({
        chunks,
        options,
        threads: threadCount(jobs, input.sizeBytes),
        out: results,
        counts,
        afterChunk,
        limits,
        totalBytes: input.sizeBytes,
      });
    }
    bytesBefore += source.sizeBytes ?? bytesRead;
    addCounts(total, counts);
    inputs.push({ source, counts });
    if (several && format === "text") {
      out.write(`${oneLine(source.name, 300)}: ${summaryLine(counts, source.name, style)}`);
    }
  }
  progress.clear();

  if (document !== undefined) {
    document.close();
    const files = inputs.map(
      ({ source, counts }) =>
        `{"file":${JSON.stringify(source.label)},${countsJson(counts).slice(1)}`,
    );
    out.write(`,"files":[${files.join(",")}],"summary":${countsJson(total)}}\n`);
  }
  if (format === "text") {
    out.write(summaryLines(inputs, total, style));
    await out.flush();
  } else {
    await out.flush();
    // The results are JSON: the summary goes to standard error, as text.
    const stderrStyle = streamStyle(flag, io.stderr);
    const perInput = several
      ? inputs.map(
          ({ source, counts }) =>
            `${oneLine(source.name, 300)}: ${summaryLine(counts, source.name, stderrStyle)}`,
        )
      : [];
    io.stderr.write([...perInput, summaryLines(inputs, total, stderrStyle)].join(""));
  }
  await destination.close();
  return total.invalid > 0 ? EXIT.invalid : EXIT.ok;
}
