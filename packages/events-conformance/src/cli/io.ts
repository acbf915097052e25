/**
 * Input and output of the command: the streams it runs on, opening the input, a buffered
 * writer that respects backpressure, and the progress line.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { CommandError, errorCode } from "./errors.js";
import { expandInputs } from "./reading/inputs.js";
import { count } from "./text.js";

/** A readable byte stream, as `process.stdin`. */
export type InputStream = AsyncIterable<Buffer | string> & { readonly isTTY?: boolean };

/** A writable text stream, as `process.stdout`. */
export interface OutputStream {
  write(text: string): boolean;
  once(event: "drain" | "close" | "error", listener: () => void): unknown;
  off(event: "drain" | "close" | "error", listener: () => void): unknown;
  readonly isTTY?: boolean;
  /** Width of a terminal, in columns. */
  readonly columns?: number;
}

/** The streams a command runs on (the process's, or test doubles). */
export interface CliIo {
  readonly stdin: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
}

/** A writer that batches small writes and reports when the stream asks to wait. */
export interface BufferedOutput {
  /** Queues text; the batch goes to the stream once it reaches the batch size. */
  write(text: string): void;
  /** Sends what is queued now (without waiting). */
  send(): void;
  /** A promise to await when the stream asked to wait (`write` returned false), else undefined. */
  pause(): Promise<void> | undefined;
  /** Sends what is queued and waits until the stream has taken it. */
  flush(): Promise<void>;
}

/** Options of {@link bufferedOutput}. */
export interface BufferedOutputOptions {
  /** Characters queued before a batch is sent (default 64 KiB). */
  readonly batchSize?: number;
  /** Runs just before each batch is sent (e.g. to erase a progress line). */
  readonly beforeSend?: () => void;
}

/**
 * Writes `texts` one after the other (each after `prefix`), waiting after any of them when
 * the stream asks to (backpressure per written record); `undefined` when it never had to wait.
 */
export function writeEach(
  out: BufferedOutput,
  texts: readonly string[],
  from = 0,
  prefix = "",
): Promise<void> | undefined {
  for (let k = from; k < texts.length; k++) {
    if (prefix !== "") out.write(prefix);
    out.write(texts[k] as string);
    const waiting = out.pause();
    if (waiting) return waiting.then(() => writeEach(out, texts, k + 1, prefix));
  }
  return undefined;
}

/** Writes `pieces` one after the other, waiting whenever the stream asks to (backpressure). */
export async function writePieces(out: BufferedOutput, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    out.write(piece);
    const waiting = out.pause();
    if (waiting) await waiting;
  }
}

/** Buffers writes to `stream` in batches; respects backpressure through {@link BufferedOutput.pause}. */
export function bufferedOutput(
  stream: OutputStream,
  options: BufferedOutputOptions = {},
): BufferedOutput {
  const batchSize = options.batchSize ?? 64 * 1024;
  const beforeSend = options.beforeSend;
  let parts: string[] = [];
  let size = 0;
  let waiting: Promise<void> | undefined;

  const waitForDrain = (): Promise<void> =>
    new Promise((resolve) => {
      const done = (): void => {
        stream.off("drain", done);
        stream.off("close", done);
        stream.off("error", done);
        waiting = undefined;
        resolve();
      };
      stream.once("drain", done);
      stream.once("close", done);
      stream.once("error", done);
    });

  const send = (): void => {
    if (parts.length === 0) return;
    const text = parts.length === 1 ? (parts[0] as string) : parts.join("");
    parts = [];
    size = 0;
    beforeSend?.();
    if (!stream.write(text) && waiting === undefined) waiting = waitForDrain();
  };

  return {
    write(text) {
      // A long text goes out on its own, not copied into one with the texts queued before it.
      if (text.length >= batchSize) send();
      parts.push(text);
      size += text.length;
      if (size >= batchSize) send();
    },
    send,
    pause() {
      return waiting;
    },
    async flush() {
      send();
      if (waiting) await waiting;
    },
  };
}

/**
 * The progress line of a long run: drawn on standard error when it is a terminal, at most
 * once per second, rewritten in place.
 */
export interface Progress {
  /** True when a new progress line is due (never when the line is off). */
  due(): boolean;
  /**
   * Draws the line: `validate: 45%, 120,000 events, 84.2 of 187.0 MB, 42.1 MB/s,
   * 60,000 events/s, 3s left` when the total size is known, else
   * `validate: 120,000 events, 84.2 MB read, 42.1 MB/s, 60,000 events/s`.
   */
  draw(bytesRead: number, records: number): void;
  /** Erases the line if it is shown (before other output goes to the terminal). */
  clear(): void;
}

/** Options of {@link progressLine}. */
export interface ProgressOptions {
  /** Size of the whole input in bytes, when known: the line shows percent and time left. */
  readonly totalBytes?: number | undefined;
  /** No progress line at all (`--quiet`). */
  readonly quiet?: boolean;
  /** The clock, in milliseconds (tests give their own). */
  readonly now?: () => number;
}

/** A duration in seconds as `42s`, `3m05s` or `1h02m`. */
export function durationText(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  if (whole < 60) return `${whole}s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes}m${String(whole % 60).padStart(2, "0")}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}

/** The text of a progress line (without the escape codes that draw it). */
export function progressText(
  label: string,
  bytesRead: number,
  records: number,
  elapsedMs: number,
  totalBytes: number | undefined,
): string {
  const seconds = elapsedMs / 1000;
  const bytesPerSecond = seconds > 0 ? bytesRead / seconds : 0;
  const rate = `${(bytesPerSecond / 1e6).toFixed(1)} MB/s, ${count(seconds > 0 ? Math.round(records / seconds) : 0)} events/s`;
  const megabytes = (bytesRead / 1e6).toFixed(1);
  if (totalBytes === undefined || totalBytes <= 0) {
    return `${label}: ${count(records)} events, ${megabytes} MB read, ${rate}`;
  }
  const done = Math.min(bytesRead, totalBytes);
  const percent = Math.floor((done / totalBytes) * 100);
  const left =
    bytesPerSecond > 0 ? `, ${durationText((totalBytes - done) / bytesPerSecond)} left` : "";
  return `${label}: ${percent}%, ${count(records)} events, ${megabytes} of ${(totalBytes / 1e6).toFixed(1)} MB, ${rate}${left}`;
}

/**
 * A progress line on `stderr`, only when `stderr` is a terminal and not `quiet`. Output that
 * may share the terminal should erase it first ({@link BufferedOutputOptions.beforeSend}).
 */
export function progressLine(
  stderr: OutputStream,
  label: string,
  options: ProgressOptions = {},
): Progress {
  const now = options.now ?? Date.now;
  const enabled = stderr.isTTY === true && options.quiet !== true;
  const start = enabled ? now() : 0;
  let last = start;
  let shown = false;
  return {
    due() {
      return enabled && now() - last >= 1000;
    },
    draw(bytesRead, records) {
      if (!enabled) return;
      last = now();
      shown = true;
      const text = progressText(label, bytesRead, records, last - start, options.totalBytes);
      // A line wider than the terminal would wrap, and then not be erased in place.
      const width = stderr.columns;
      const fitted = width !== undefined && width > 1 ? text.slice(0, width - 1) : text;
      stderr.write(`\r\x1b[K${fitted}`);
    },
    clear() {
      if (shown) stderr.write("\r\x1b[K");
      shown = false;
    },
  };
}

/** An opened input: its chunks and a name for messages. */
export interface OpenedInput {
  /** The bytes of the input. */
  readonly chunks: AsyncIterable<Buffer | string>;
  /** The path, or `standard input`. */
  readonly name: string;
  /** Size of a file in bytes; `undefined` for standard input. */
  readonly sizeBytes: number | undefined;
}

function readFailure(path: string, error: unknown, command: string): CommandError {
  const code = errorCode(error);
  if (code === "ENOENT") {
    return new CommandError(
      `file not found: ${path}`,
      `check the path, or give - to read standard input (cat events.jsonl | spec-kitty-events ${command} -)`,
    );
  }
  if (code === "EISDIR") return isDirectory(path, command);
  if (code === "EACCES" || code === "EPERM") {
    return new CommandError(
      `cannot read ${path}: permission denied`,
      "check the file's permissions",
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new CommandError(`cannot read ${path}: ${reason}`);
}

function isDirectory(path: string, command: string): CommandError {
  return new CommandError(
    `${path} is a directory, not a file`,
    `give a JSON Lines file (spec-kitty-events ${command} ${path.replace(/\/+$/, "")}/events.jsonl), or - to read standard input`,
  );
}

async function* readingErrorsAsCommandErrors(
  chunks: AsyncIterable<Buffer | string>,
  path: string,
  command: string,
): AsyncGenerator<Buffer | string> {
  try {
    yield* chunks;
  } catch (error) {
    throw readFailure(path, error, command);
  }
}

/** An input of a stream command, checked (it exists and is not a directory), not opened yet. */
export interface InputSource {
  /** The path, or `undefined` for standard input. */
  readonly path: string | undefined;
  /** The path, or `standard input`: for messages. */
  readonly name: string;
  /** The path, or `-` for standard input: for JSON output. */
  readonly label: string;
  /** Size of a regular file in bytes; `undefined` for standard input, pipes and devices. */
  readonly sizeBytes: number | undefined;
}

const STANDARD_INPUT: InputSource = Object.freeze({
  path: undefined,
  name: "standard input",
  label: "-",
  sizeBytes: undefined,
});

/** Checks one input path: it exists, is readable as far as `stat` tells, is not a directory. */
async function checkedSource(path: string, command: string): Promise<InputSource> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw readFailure(path, error, command);
  }
  if (info.isDirectory()) throw isDirectory(path, command);
  return { path, name: path, label: path, sizeBytes: info.isFile() ? info.size : undefined };
}

/**
 * The inputs of a stream command, from its arguments: paths, globs (expanded by
 * {@link expandInputs}) and `-` for standard input. Without arguments, standard input is read
 * unless it is a terminal (then the user forgot the file). Every path is checked before any
 * is read, so that a wrong path fails before any output.
 *
 * @throws {CommandError} for a missing file, a directory, or a glob that matches nothing.
 */
export async function resolveInputs(
  args: readonly string[],
  io: CliIo,
  command: string,
): Promise<InputSource[]> {
  if (args.length === 0) {
    if (io.stdin.isTTY === true) {
      throw new CommandError(
        "no input given",
        `give a FILE, or - to read standard input: spec-kitty-events ${command} events.jsonl`,
      );
    }
    return [STANDARD_INPUT];
  }
  const sources: InputSource[] = [];
  for (const input of expandInputs(command, args)) {
    sources.push(input === "-" ? STANDARD_INPUT : await checkedSource(input, command));
  }
  return sources;
}

/** The total size of `sources` in bytes, when every one has a known size. */
export function totalSize(sources: readonly InputSource[]): number | undefined {
  let total = 0;
  for (const source of sources) {
    if (source.sizeBytes === undefined) return undefined;
    total += source.sizeBytes;
  }
  return total;
}

/** Opens a checked input: a file's bytes, or standard input. */
export function openSource(source: InputSource, io: CliIo, command: string): OpenedInput {
  if (source.path === undefined) {
    return { chunks: io.stdin, name: source.name, sizeBytes: undefined };
  }
  const stream = createReadStream(source.path, { highWaterMark: 256 * 1024 });
  return {
    chunks: readingErrorsAsCommandErrors(stream, source.path, command),
    name: source.name,
    sizeBytes: source.sizeBytes,
  };
}
