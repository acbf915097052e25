/**
 * Input and output of the command: the streams it runs on, opening the input, a buffered
 * writer that respects backpressure, and the progress line.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { CommandError } from "./errors.js";
import { count } from "./text.js";

/** A readable byte stream, as `process.stdin`. */
export type InputStream = AsyncIterable<Buffer | string> & { readonly isTTY?: boolean };

/** A writable text stream, as `process.stdout`. */
export interface OutputStream {
  write(text: string): boolean;
  once(event: "drain" | "close" | "error", listener: () => void): unknown;
  off(event: "drain" | "close" | "error", listener: () => void): unknown;
  readonly isTTY?: boolean;
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
 * Writes `texts` one after the other, waiting after any of them when the stream asks to
 * (backpressure per written record); `undefined` when it never had to wait.
 */
export function writeEach(
  out: BufferedOutput,
  texts: readonly string[],
  from = 0,
): Promise<void> | undefined {
  for (let k = from; k < texts.length; k++) {
    out.write(texts[k] as string);
    const waiting = out.pause();
    if (waiting) return waiting.then(() => writeEach(out, texts, k + 1));
  }
  return undefined;
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
  /** True when a new progress line is due (never when standard error is not a terminal). */
  due(): boolean;
  /** Draws the line: `validate: 120,000 events, 84.2 MB read`. */
  draw(bytesRead: number, records: number): void;
  /** Erases the line if it is shown (before other output goes to the terminal). */
  clear(): void;
}

/**
 * A progress line on `stderr`, only when `stderr` is a terminal. Output that may share the
 * terminal should erase it first ({@link BufferedOutputOptions.beforeSend}).
 */
export function progressLine(
  stderr: OutputStream,
  label: string,
  now: () => number = Date.now,
): Progress {
  const enabled = stderr.isTTY === true;
  let last = enabled ? now() : 0;
  let shown = false;
  return {
    due() {
      return enabled && now() - last >= 1000;
    },
    draw(bytesRead, records) {
      if (!enabled) return;
      last = now();
      shown = true;
      const megabytes = (bytesRead / 1e6).toFixed(1);
      stderr.write(`\r\x1b[K${label}: ${count(records)} events, ${megabytes} MB read`);
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

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;
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

/**
 * Opens the input of a stream command: a file, or standard input for `-`. Without a path,
 * standard input is read unless it is a terminal (then the user forgot the file).
 *
 * @throws {CommandError} for a missing file, a directory or an unreadable file.
 */
export async function openInput(
  path: string | undefined,
  io: CliIo,
  command: string,
): Promise<OpenedInput> {
  if (path === undefined || path === "-") {
    if (path === undefined && io.stdin.isTTY === true) {
      throw new CommandError(
        "no input given",
        `give a FILE, or - to read standard input: spec-kitty-events ${command} events.jsonl`,
      );
    }
    return { chunks: io.stdin, name: "standard input", sizeBytes: undefined };
  }
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw readFailure(path, error, command);
  }
  if (info.isDirectory()) throw isDirectory(path, command);
  const stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  return {
    chunks: readingErrorsAsCommandErrors(stream, path, command),
    name: path,
    sizeBytes: info.isFile() ? info.size : undefined,
  };
}
