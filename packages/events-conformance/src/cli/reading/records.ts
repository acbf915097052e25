/**
 * The records of a stream: JSON Lines (cut into lines by `line-cutter.ts`, then visited here,
 * on whichever thread processes them) or one JSON array (buffered whole, items visited on the
 * main thread). The same limits apply on every path: a line longer than `maxLineBytes` is not
 * read, a record nested deeper than `maxDepth` is not checked, each reported as a problem of
 * its line. A bad record is reported and the reader goes on with the next one.
 */
import { StringDecoder } from "node:string_decoder";
import { CommandError } from "../errors.js";
import { count } from "../text.js";
import { locateJsonSyntaxError } from "./json-syntax.js";

/** Input formats: JSON Lines, or one JSON array (see `format.ts` for how they are told apart). */
export type InputFormat = "jsonl" | "array";

/** Kinds of record problems found by the reader. */
export type RecordProblemKind =
  | "invalid_json"
  | "line_too_long"
  | "invalid_array"
  | "nesting_too_deep"
  | "unprocessable";

/** A record the reader could not turn into a JSON value to check. */
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
  /** A record that is not a JSON value to check. */
  problem(problem: RecordProblem): void;
}

/** The limits of a run: the same on the main thread and on worker threads. */
export interface ReadLimits {
  /** Longest line read, in bytes (its line end not counted); a longer one is not read. */
  readonly maxLineBytes: number;
  /** Largest JSON array input, in bytes. */
  readonly maxArrayBytes: number;
  /** Deepest nesting of arrays and objects checked in one record; a deeper one is not checked. */
  readonly maxDepth: number;
}

/**
 * Default limits: lines up to 256 MiB, arrays up to 400 MiB, nesting up to 1,000 levels (about
 * where the reference's `json` module stops with a RecursionError; deep enough for any event,
 * shallow enough for every step on any thread).
 */
export const DEFAULT_READ_LIMITS: ReadLimits = Object.freeze({
  maxLineBytes: 256 * 1024 * 1024,
  maxArrayBytes: 400 * 1024 * 1024,
  maxDepth: 1000,
});

function isBlankCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xfeff;
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isBlankCode(text.charCodeAt(i))) return false;
  return true;
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
 * The 0-based offset of the first `[` or `{` that opens a level deeper than `maxDepth` in
 * `text`, a valid JSON text, or -1. A text shorter than `2 * (maxDepth + 1)` cannot nest that
 * deep (each level opens and closes), so most records are not scanned at all.
 */
export function nestingBeyond(text: string, maxDepth: number): number {
  if (text.length < 2 * (maxDepth + 1)) return -1;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) {
      // Skip the string (valid JSON: every quote inside is escaped).
      for (i++; i < text.length; i++) {
        const inside = text.charCodeAt(i);
        if (inside === 0x5c) i++;
        else if (inside === 0x22) break;
      }
    } else if (code === 0x5b || code === 0x7b) {
      if (++depth > maxDepth) return i;
    } else if (code === 0x5d || code === 0x7d) {
      depth--;
    }
  }
  return -1;
}

/** The problem of a record nested deeper than the limit: `column` is the offending bracket's. */
function tooDeepProblem(
  line: number,
  column: number,
  item: number | undefined,
  limits: ReadLimits,
): RecordProblem {
  return {
    line,
    column,
    item,
    kind: "nesting_too_deep",
    message: `more than ${count(limits.maxDepth)} levels of arrays and objects inside one another (not checked)`,
  };
}

/**
 * Parses one JSON Lines line (line end already removed) and hands it to the visitor. Leading
 * byte-order marks are dropped (`skipped` of them already, for the column of an error).
 */
function visitLine(
  text: string,
  lineNumber: number,
  visitor: RecordVisitor,
  limits: ReadLimits,
  skipped = 0,
): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (isBlank(text)) return;
    let start = 0;
    while (text.charCodeAt(start) === 0xfeff) start++;
    if (start > 0) {
      visitLine(text.slice(start), lineNumber, visitor, limits, start);
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
  const tooDeep = nestingBeyond(text, limits.maxDepth);
  if (tooDeep >= 0) {
    visitor.problem(tooDeepProblem(lineNumber, skipped + tooDeep + 1, undefined, limits));
    return;
  }
  visitor.value(value, lineNumber, undefined);
}

/**
 * Calls `each(start, end, line)` for every line of `text` (`end` excludes the line end), lines
 * ending in `\n`, `\r\n` or a lone `\r` (universal newlines), numbered from `firstLine`; a last
 * line without line end included, an empty text has none.
 */
function forEachLine(
  text: string,
  firstLine: number,
  each: (start: number, end: number, line: number) => void,
): void {
  if (text.indexOf("\r") === -1) {
    // Only `\n` line ends (the common case): the plain loop.
    let line = firstLine;
    let start = 0;
    while (start < text.length) {
      const end = text.indexOf("\n", start);
      if (end === -1) {
        each(start, text.length, line);
        return;
      }
      each(start, end, line++);
      start = end + 1;
    }
    return;
  }
  // Some `\r`: the next of each kind of line end is kept, and looked for again once passed.
  let line = firstLine;
  let start = 0;
  let lf = text.indexOf("\n");
  let cr = text.indexOf("\r");
  while (start < text.length) {
    if (lf !== -1 && lf < start) lf = text.indexOf("\n", start);
    if (cr !== -1 && cr < start) cr = text.indexOf("\r", start);
    if (lf === -1 && cr === -1) {
      each(start, text.length, line);
      return;
    }
    const end = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
    each(start, end, line++);
    start = end + (end === cr && text.charCodeAt(cr + 1) === 0x0a ? 2 : 1);
  }
}

/**
 * Visits the lines of a text of complete JSON Lines lines (a batch), numbered from
 * `firstLine`. Blank lines are skipped.
 */
export function visitLines(
  text: string,
  firstLine: number,
  visitor: RecordVisitor,
  limits: ReadLimits,
): void {
  forEachLine(text, firstLine, (start, end, line) => {
    if (end > start) visitLine(text.slice(start, end), line, visitor, limits);
  });
}

/**
 * Reports every non-blank line of a batch as not processed, with `reason` (a batch that could
 * not be processed at all: its lines are reported, never lost).
 */
export function visitUnprocessableLines(
  text: string,
  firstLine: number,
  visitor: RecordVisitor,
  reason: string,
): void {
  forEachLine(text, firstLine, (start, end, line) => {
    if (end === start || isBlank(text.slice(start, end))) return;
    visitor.problem({
      line,
      column: undefined,
      item: undefined,
      kind: "unprocessable",
      message: `could not process this record: ${reason}`,
    });
  });
}

/** The problem of line `line`, longer than `limits.maxLineBytes` and not read. */
export function longLineProblem(line: number, limits: ReadLimits): RecordProblem {
  return {
    line,
    column: undefined,
    item: undefined,
    kind: "line_too_long",
    message: `line longer than ${count(limits.maxLineBytes)} bytes (not read)`,
  };
}

/** A position in a text: 1-based line, and the offset where that line starts. */
interface LineMark {
  readonly line: number;
  readonly lineStart: number;
}

/**
 * 1-based line and column of `offset`, counting line ends (`\n`, `\r\n`, lone `\r`) from a
 * known mark at `from`: linear in `offset - from`.
 */
function positionOf(
  text: string,
  offset: number,
  from: number,
  mark: LineMark,
): { line: number; column: number } {
  let { line, lineStart } = mark;
  for (let k = from; k < offset; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(k + 1) !== 0x0a)) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Visits the items of a JSON array text; each item is parsed on its own. Positions are
 * tracked as the text is scanned, so the whole visit is linear in the text whatever the
 * number of bad items. `afterRecord` runs after each record (output backpressure).
 */
async function visitArray(
  text: string,
  visitor: RecordVisitor,
  limits: ReadLimits,
  afterRecord: () => Promise<void> | undefined,
): Promise<void> {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const newlineAt = (k: number, code: number): boolean =>
    code === 0x0a || (code === 0x0d && text.charCodeAt(k + 1) !== 0x0a);
  while (i < text.length && isBlankCode(text.charCodeAt(i))) {
    if (newlineAt(i, text.charCodeAt(i))) {
      line++;
      lineStart = i + 1;
    }
    i++;
  }
  i++; // the opening '['
  let depth = 1;
  let inString = false;
  let escaped = false;
  let itemStart = i;
  let itemMark: LineMark = { line, lineStart };
  let item = 0;
  let closed = false;

  const problemAt = (offset: number, from: number, mark: LineMark, message: string): void => {
    const position = positionOf(text, offset, from, mark);
    visitor.problem({
      line: position.line,
      column: position.column,
      item: undefined,
      kind: "invalid_array",
      message,
    });
  };

  /** Visits the item that ends at `end`; resolves after the record's `afterRecord`. */
  const finishItem = (end: number, last: boolean): Promise<void> | undefined => {
    let start = itemStart;
    while (start < end && isBlankCode(text.charCodeAt(start))) start++;
    const startMark = positionOf(text, start, itemStart, itemMark);
    const mark: LineMark = { line: startMark.line, lineStart: start - startMark.column + 1 };
    if (start === end) {
      if (last && item === 0) return undefined;
      problemAt(end, itemStart, itemMark, "empty array item (a stray ',')");
      return afterRecord();
    }
    item++;
    const slice = text.slice(start, end);
    let value: unknown;
    try {
      value = JSON.parse(slice);
    } catch (error) {
      const { offset, reason } = explainSyntax(slice, error);
      const position = positionOf(text, start + offset, start, mark);
      visitor.problem({
        line: position.line,
        column: position.column,
        item,
        kind: "invalid_json",
        message: reason,
      });
      return afterRecord();
    }
    const tooDeep = nestingBeyond(slice, limits.maxDepth);
    if (tooDeep >= 0) {
      const position = positionOf(text, start + tooDeep, start, mark);
      visitor.problem(tooDeepProblem(position.line, position.column, item, limits));
      return afterRecord();
    }
    visitor.value(value, mark.line, item);
    return afterRecord();
  };

  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d) {
      if (newlineAt(i, code)) {
        line++;
        lineStart = i + 1;
      }
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
        const waiting = finishItem(i, true);
        if (waiting) await waiting;
        closed = true;
        i++;
        break;
      }
    } else if (code === 0x2c && depth === 1) {
      const waiting = finishItem(i, false);
      if (waiting) await waiting;
      itemStart = i + 1;
      itemMark = { line, lineStart };
    }
  }
  if (!closed) {
    const waiting = finishItem(text.length, false);
    if (waiting) await waiting;
    problemAt(text.length, itemStart, itemMark, "the JSON array is not closed (missing ']')");
    return;
  }
  const afterMark: LineMark = { line, lineStart };
  const afterStart = i;
  while (i < text.length && isBlankCode(text.charCodeAt(i))) i++;
  if (i < text.length) {
    problemAt(
      i,
      afterStart,
      afterMark,
      "unexpected content after the end of the JSON array (an array input holds one array)",
    );
  }
}

/** Options of {@link readJsonArray}. */
export interface ArrayReadOptions {
  /** The limits (defaults: {@link DEFAULT_READ_LIMITS}). */
  readonly limits?: ReadLimits;
  /** Called after each chunk buffered, with the bytes read so far (progress). */
  readonly afterChunk?: (bytesRead: number) => Promise<void> | undefined;
  /** Called after each record visited; a returned promise is awaited (output backpressure). */
  readonly afterRecord?: () => Promise<void> | undefined;
}

/**
 * Reads one JSON array input (buffered whole, at most `maxArrayBytes`) and hands each item to
 * `visitor`, with the line where it starts and its item number.
 *
 * @throws {CommandError} when the input is larger than `maxArrayBytes`.
 */
export async function readJsonArray(
  chunks: AsyncIterable<Buffer | string>,
  visitor: RecordVisitor,
  options: ArrayReadOptions = {},
): Promise<void> {
  const limits = options.limits ?? DEFAULT_READ_LIMITS;
  const decoder = new StringDecoder("utf8");
  const parts: string[] = [];
  let bytesRead = 0;
  for await (const chunk of chunks) {
    bytesRead += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
    if (bytesRead > limits.maxArrayBytes) throw arrayTooLarge(limits.maxArrayBytes);
    parts.push(typeof chunk === "string" ? chunk : decoder.write(chunk));
    const waiting = options.afterChunk?.(bytesRead);
    if (waiting) await waiting;
  }
  parts.push(decoder.end());
  let text: string;
  try {
    text = parts.join("");
  } catch {
    throw arrayTooLarge(limits.maxArrayBytes);
  }
  parts.length = 0;
  await visitArray(text, visitor, limits, options.afterRecord ?? (() => undefined));
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
  if (problem.kind === "nesting_too_deep") return `nesting too deep${at}: ${problem.message}`;
  return problem.message;
}
