/**
 * Reads a stream of JSON records: JSON Lines (one value per line, read chunk by chunk, memory
 * flat whatever the file size) or one JSON array (buffered whole). A bad record is reported
 * and the reader goes on with the next one.
 */
import { StringDecoder } from "node:string_decoder";
import { CommandError } from "../errors.js";
import { locateJsonSyntaxError } from "./json-syntax.js";

/** Input formats: JSON Lines, or a JSON array (first significant character `[`). */
export type InputFormat = "jsonl" | "array";

/** Kinds of record problems found by the reader. */
export type RecordProblemKind = "invalid_json" | "line_too_long" | "invalid_array";

/** A record the reader could not turn into a JSON value. */
export interface RecordProblem {
  /** 1-based line where the problem is. */
  readonly line: number;
  /** 1-based column (UTF-16 code units) when known. */
  readonly column: number | undefined;
  /** 1-based item number in a JSON array input; `undefined` for JSON Lines. */
  readonly item: number | undefined;
  /** What kind of problem. */
  readonly kind: RecordProblemKind;
  /** Plain-language reason (without the position). */
  readonly message: string;
}

/** Receives the records of a stream, in order. */
export interface RecordVisitor {
  /** A parsed JSON value that starts on `line` (`item`: 1-based position in a JSON array input). */
  value(value: unknown, line: number, item: number | undefined): void;
  /** A record that is not a JSON value. */
  problem(problem: RecordProblem): void;
}

/** Options of {@link readJsonRecords}. */
export interface ReadOptions {
  /**
   * Called after each chunk of input (JSON Lines) or every 1024 items (JSON array), with the
   * bytes read so far; the reader waits for a returned promise (output backpressure).
   */
  readonly pause?: (bytesRead: number) => Promise<void> | undefined;
  /** Longest accepted line, in UTF-16 code units (default 256 MiB). */
  readonly maxLineLength?: number;
  /** Largest accepted JSON array input, in UTF-16 code units (default 400 MiB). */
  readonly maxArrayLength?: number;
}

/** Longest accepted line by default, in UTF-16 code units (256 MiB). */
export const DEFAULT_MAX_LINE_LENGTH = 256 * 1024 * 1024;
const DEFAULT_MAX_ARRAY_LENGTH = 400 * 1024 * 1024;
const ITEMS_PER_PAUSE = 1024;

function isBlankCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xfeff;
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isBlankCode(text.charCodeAt(i))) return false;
  return true;
}

/** The first character that is not whitespace or a byte-order mark, or `undefined`. */
export function firstSignificant(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    if (!isBlankCode(text.charCodeAt(i))) return text[i];
  }
  return undefined;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}...`;
}

/**
 * Explains why `text` (a line or an array item) is not JSON: the 0-based offset in `text`
 * and a reason. Falls back to the parser's message when the scanner finds nothing.
 */
function explainSyntax(text: string, error: unknown): { offset: number; reason: string } {
  const located = locateJsonSyntaxError(text);
  if (located) return located;
  const message = error instanceof Error ? error.message : String(error);
  return { offset: 0, reason: truncate(message, 200) };
}

/**
 * Parses one JSON Lines line (line end already removed) and hands it to the visitor. Leading
 * byte-order marks are dropped (`skipped` of them already, for the column of an error).
 */
function visitLine(text: string, lineNumber: number, visitor: RecordVisitor, skipped = 0): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (isBlank(text)) return;
    let start = 0;
    while (text.charCodeAt(start) === 0xfeff) start++;
    if (start > 0) {
      visitLine(text.slice(start), lineNumber, visitor, start);
      return;
    }
    const { offset, reason } = explainSyntax(text, error);
    visitor.problem({
      line: lineNumber,
      column: skipped + offset + 1,
      item: undefined,
      kind: "invalid_json",
      message: reason,
    });
    return;
  }
  visitor.value(value, lineNumber, undefined);
}

/** The problem of line `line`, longer than `maxLineLength` and skipped unread. */
export function longLineProblem(line: number, maxLineLength: number): RecordProblem {
  return {
    line,
    column: undefined,
    item: undefined,
    kind: "line_too_long",
    message: `line longer than ${maxLineLength} characters: skipped`,
  };
}

/** Feeds text to a JSON Lines reader. */
export interface LineSplitter {
  /** Feeds decoded text; complete lines are visited at once. */
  feed(text: string): void;
  /** Visits a last line that has no newline. */
  end(): void;
}

/**
 * Splits decoded text into lines (on `\n`, dropping a `\r` before it) and visits each as a
 * JSON Lines record; `firstLine` is the number of the first line fed.
 */
export function createLineSplitter(
  visitor: RecordVisitor,
  maxLineLength: number = DEFAULT_MAX_LINE_LENGTH,
  firstLine = 1,
): LineSplitter {
  let lineNumber = firstLine - 1;
  let pieces: string[] = [];
  let pendingLength = 0;
  let tooLong = false;

  const finishLine = (tail: string): void => {
    lineNumber++;
    if (tooLong || pendingLength + tail.length > maxLineLength) {
      pieces = [];
      visitor.problem(longLineProblem(lineNumber, maxLineLength));
      tooLong = false;
      pendingLength = 0;
      return;
    }
    let line = tail;
    if (pieces.length > 0) {
      pieces.push(tail);
      line = pieces.join("");
      pieces = [];
      pendingLength = 0;
    }
    if (line.length > 0 && line.charCodeAt(line.length - 1) === 0x0d) line = line.slice(0, -1);
    if (line.length > 0) visitLine(line, lineNumber, visitor);
  };

  return {
    feed(text: string): void {
      let start = 0;
      for (;;) {
        const newline = text.indexOf("\n", start);
        if (newline === -1) break;
        finishLine(text.slice(start, newline));
        start = newline + 1;
      }
      if (start >= text.length) return;
      const rest = start === 0 ? text : text.slice(start);
      pendingLength += rest.length;
      if (tooLong) return;
      if (pendingLength > maxLineLength) {
        tooLong = true;
        pieces = [];
        return;
      }
      pieces.push(rest);
    },
    end(): void {
      if (pieces.length > 0 || tooLong) finishLine("");
    },
  };
}

/** 1-based line and column of `offset`, counting lines from a known `(from, fromLine)`. */
function positionOf(
  text: string,
  offset: number,
  from: number,
  fromLine: number,
): { line: number; column: number } {
  let line = fromLine;
  for (let k = from; k < offset; k++) if (text.charCodeAt(k) === 0x0a) line++;
  const lineStart = offset === 0 ? 0 : text.lastIndexOf("\n", offset - 1) + 1;
  return { line, column: offset - lineStart + 1 };
}

/** Visits the items of a JSON array text; each item is parsed on its own. */
async function visitArray(
  text: string,
  visitor: RecordVisitor,
  pause: () => Promise<void> | undefined,
): Promise<void> {
  let i = 0;
  let line = 1;
  while (i < text.length && isBlankCode(text.charCodeAt(i))) {
    if (text.charCodeAt(i) === 0x0a) line++;
    i++;
  }
  i++; // the opening '['
  let depth = 1;
  let inString = false;
  let escaped = false;
  let itemStart = i;
  let itemLine = line;
  let item = 0;
  let closed = false;

  const problemAt = (offset: number, from: number, fromLine: number, message: string): void => {
    const position = positionOf(text, offset, from, fromLine);
    visitor.problem({
      line: position.line,
      column: position.column,
      item: undefined,
      kind: "invalid_array",
      message,
    });
  };

  const finishItem = (end: number, last: boolean): void => {
    let start = itemStart;
    let startLine = itemLine;
    while (start < end && isBlankCode(text.charCodeAt(start))) {
      if (text.charCodeAt(start) === 0x0a) startLine++;
      start++;
    }
    if (start === end) {
      if (last && item === 0) return;
      problemAt(end, itemStart, itemLine, "empty array item (a stray ',')");
      return;
    }
    item++;
    const slice = text.slice(start, end);
    let value: unknown;
    try {
      value = JSON.parse(slice);
    } catch (error) {
      const { offset, reason } = explainSyntax(slice, error);
      const position = positionOf(text, start + offset, start, startLine);
      visitor.problem({
        line: position.line,
        column: position.column,
        item,
        kind: "invalid_json",
        message: reason,
      });
      return;
    }
    visitor.value(value, startLine, item);
  };

  let sincePause = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      line++;
      continue;
    }
    if (inString) {
      if (escaped) escaped = false;
      else if (code === 0x5c) escaped = true;
      else if (code === 0x22) inString = false;
      continue;
    }
    if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) depth++;
    else if (code === 0x5d || code === 0x7d) {
      depth--;
      if (depth === 0) {
        finishItem(i, true);
        closed = true;
        i++;
        break;
      }
    } else if (code === 0x2c && depth === 1) {
      finishItem(i, false);
      itemStart = i + 1;
      itemLine = line;
      if (++sincePause >= ITEMS_PER_PAUSE) {
        sincePause = 0;
        await pause();
      }
    }
  }
  if (!closed) {
    finishItem(text.length, false);
    problemAt(text.length, itemStart, itemLine, "the JSON array is not closed (missing ']')");
    return;
  }
  const afterLine = line;
  const afterStart = i;
  while (i < text.length && isBlankCode(text.charCodeAt(i))) i++;
  if (i < text.length) {
    problemAt(
      i,
      afterStart,
      afterLine,
      "unexpected content after the end of the JSON array (an array input holds one array)",
    );
  }
}

/**
 * Reads JSON records from a byte (or text) stream and hands each to `visitor`. Detects the
 * format from the first character that is not whitespace or a byte-order mark: `[` means one
 * JSON array (buffered whole), anything else JSON Lines (read chunk by chunk). Blank lines are
 * skipped; CRLF line ends, byte-order marks and a last line without newline are accepted.
 *
 * @returns The detected format (`jsonl` for an empty input).
 * @throws {CommandError} when a JSON array input is too large to buffer.
 */
export async function readJsonRecords(
  chunks: AsyncIterable<Buffer | string>,
  visitor: RecordVisitor,
  options: ReadOptions = {},
): Promise<InputFormat> {
  const maxLineLength = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  const maxArrayLength = options.maxArrayLength ?? DEFAULT_MAX_ARRAY_LENGTH;
  const pauseAt = options.pause ?? (() => undefined);
  const decoder = new StringDecoder("utf8");
  const lines = createLineSplitter(visitor, maxLineLength);
  let format: InputFormat | undefined;
  let head: string[] = [];
  let headLength = 0;
  let bytesRead = 0;

  const take = (text: string): void => {
    if (text.length === 0) return;
    if (format === "jsonl") {
      lines.feed(text);
      return;
    }
    head.push(text);
    headLength += text.length;
    if (format === "array") {
      if (headLength > maxArrayLength) throw arrayTooLarge(maxArrayLength);
      return;
    }
    const first = firstSignificant(text);
    if (first === undefined) return;
    format = first === "[" ? "array" : "jsonl";
    if (format === "jsonl") {
      const buffered = head.join("");
      head = [];
      headLength = 0;
      lines.feed(buffered);
    }
  };

  for await (const chunk of chunks) {
    if (typeof chunk === "string") {
      bytesRead += Buffer.byteLength(chunk);
      take(chunk);
    } else {
      bytesRead += chunk.length;
      take(decoder.write(chunk));
    }
    const waiting = pauseAt(bytesRead);
    if (waiting) await waiting;
  }
  take(decoder.end());
  if (format === "array") {
    let text: string;
    try {
      text = head.join("");
    } catch {
      throw arrayTooLarge(maxArrayLength);
    }
    head = [];
    await visitArray(text, visitor, () => pauseAt(bytesRead));
    return "array";
  }
  // Only blanks so far (or JSON Lines): blank lines are skipped by the splitter.
  if (format === undefined) {
    for (const text of head) lines.feed(text);
  }
  lines.end();
  return "jsonl";
}

function arrayTooLarge(max: number): CommandError {
  return new CommandError(
    `the JSON array input is larger than ${Math.round(max / 1024 / 1024)} MiB, too large to hold in memory`,
    "convert it to JSON Lines, which is read line by line: jq -c '.[]' FILE > FILE.jsonl",
  );
}

/**
 * One-line description of a record problem:
 * `invalid JSON at column 6: unexpected character '}' (expected a value)`.
 */
export function describeRecordProblem(problem: RecordProblem): string {
  const at = problem.column === undefined ? "" : ` at column ${problem.column}`;
  if (problem.kind === "invalid_json") return `invalid JSON${at}: ${problem.message}`;
  if (problem.kind === "invalid_array") return `invalid JSON array${at}: ${problem.message}`;
  return problem.message;
}
