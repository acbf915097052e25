/**
 * Where a command's output goes: standard output, or the file of `-o/--output FILE` (created
 * or truncated), and whether it gets colours.
 */
import { createWriteStream, openSync, statSync } from "node:fs";
import { type ColorEnvironment, createStyle, type Style, useColor } from "./color.js";
import { CommandError, errorCode } from "./errors.js";
import type { CliIo, OutputStream } from "./io.js";

/** The destination of a command's output. */
export interface Destination {
  /** The stream to write to. */
  readonly stream: OutputStream;
  /** The file's path, or `undefined` for standard output. */
  readonly path: string | undefined;
  /**
   * Ends the output: for a file, waits until everything is written and closes it.
   *
   * @throws {CommandError} when writing the file failed.
   */
  close(): Promise<void>;
}

/** The usage error of a file that cannot be written. */
function writeFailure(path: string, error: unknown): CommandError {
  const code = errorCode(error);
  if (code === "ENOENT") {
    return new CommandError(
      `cannot write ${path}: its directory does not exist`,
      "create the directory first, or give another path to -o",
    );
  }
  if (code === "EISDIR") {
    return new CommandError(
      `cannot write ${path}: it is a directory`,
      "give a file path to -o (e.g. -o report.txt)",
    );
  }
  if (code === "EACCES" || code === "EPERM" || code === "EROFS") {
    return new CommandError(
      `cannot write ${path}: permission denied`,
      "check the permissions of the file and its directory",
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new CommandError(`cannot write ${path}: ${reason}`);
}

/** Device and inode of a file, to tell whether two paths are the same file. */
function identity(path: string): string | undefined {
  const info = statSync(path, { throwIfNoEntry: false });
  return info?.isFile() ? `${info.dev}:${info.ino}` : undefined;
}

/**
 * Opens the destination of a command: standard output when `path` is undefined, else the
 * file `path`, created or truncated now (so that a path that cannot be written fails before
 * any input is read). `inputs` are the paths the command reads: writing over one of them is
 * refused.
 *
 * @throws {CommandError} when the file cannot be opened, or is one of the inputs.
 */
export function openDestination(
  path: string | undefined,
  io: CliIo,
  inputs: readonly string[] = [],
): Destination {
  if (path === undefined) {
    return { stream: io.stdout, path: undefined, close: async () => undefined };
  }
  const target = identity(path);
  if (target !== undefined && inputs.some((input) => identity(input) === target)) {
    throw new CommandError(
      `-o ${path} is also an input: writing it would destroy the input before it is read`,
      "give another path to -o",
    );
  }
  let fd: number;
  try {
    fd = openSync(path, "w");
  } catch (error) {
    throw writeFailure(path, error);
  }
  const stream = createWriteStream(path, { fd, highWaterMark: 256 * 1024 });
  let failure: unknown;
  stream.on("error", (error) => {
    failure ??= error;
  });
  return {
    stream,
    path,
    close: () =>
      new Promise<void>((resolve, reject) => {
        const done = (error?: unknown): void => {
          failure ??= error ?? undefined;
          if (failure === undefined) resolve();
          else reject(writeFailure(path, failure));
        };
        if (stream.destroyed || failure !== undefined) {
          done();
          return;
        }
        stream.end(done);
      }),
  };
}

/**
 * Whether a command's output gets colours: in a file only with `--color`; on standard output
 * as {@link useColor} decides (the terminal, `NO_COLOR`, `FORCE_COLOR`, the flag).
 */
export function destinationStyle(
  flag: boolean | undefined,
  destination: Destination,
  env: ColorEnvironment = process.env,
): Style {
  return createStyle(
    destination.path === undefined ? useColor(flag, destination.stream, env) : flag === true,
  );
}

/** Whether text written to another stream (standard error) gets colours: {@link useColor}. */
export function streamStyle(
  flag: boolean | undefined,
  stream: { readonly isTTY?: boolean },
  env: ColorEnvironment = process.env,
): Style {
  return createStyle(useColor(flag, stream, env));
}
