/**
 * Cuts a JSON Lines byte stream into batches of complete lines, without decoding it. Line ends
 * are `\n`, `\r\n` and a lone `\r` (universal newlines); a `\r` at the end of a chunk waits
 * for the next byte, so a `\r\n` is never cut in two. A line longer than the limit (in bytes,
 * its line end not counted) is not kept: it becomes a long-line item, in its place.
 */

/** Bytes of complete lines gathered before a batch is cut. */
export const BATCH_BYTES = 512 * 1024;

/** Lines gathered before a batch is cut (bounds a batch's output when lines are short). */
export const BATCH_LINES = 1024;

/** A batch of complete lines. */
export interface CutBatch {
  readonly kind: "batch";
  /** 1-based number of the batch's first line. */
  readonly firstLine: number;
  /** The bytes (in a buffer of their own, so that it can be sent to a worker). */
  readonly bytes: Uint8Array<ArrayBuffer>;
}

/** A line longer than the limit, not kept. */
export interface CutLongLine {
  readonly kind: "long";
  /** Its 1-based line number. */
  readonly line: number;
}

/** What the cutter gives, in input order. */
export type CutItem = CutBatch | CutLongLine;

const CR = new Uint8Array([0x0d]);
const CRLF = new Uint8Array([0x0d, 0x0a]);
const NO_LINE_END = new Uint8Array(0);

/** Copies pieces into one fresh buffer. */
function standalone(pieces: readonly Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(new ArrayBuffer(length));
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.length;
  }
  return bytes;
}

/** Cuts JSON Lines bytes into batches (see the module comment). */
export class LineCutter {
  readonly #maxLineBytes: number;
  /** Number of the line being read. */
  #line = 1;
  /** Complete lines of the next batch. */
  #batch: Uint8Array[] = [];
  #batchBytes = 0;
  #batchLines = 0;
  #batchFirstLine = 1;
  /** Complete lines of the next batch that lie together in the current chunk, not yet in #batch. */
  #run: Uint8Array | undefined;
  #runStart = 0;
  #runEnd = 0;
  /** Bytes of the line being read, begun in an earlier chunk (without its line end). */
  #pending: Uint8Array[] = [];
  #pendingBytes = 0;
  /** The line being read is longer than the limit: its bytes are dropped. */
  #tooLong = false;
  /** The line being read ended with a `\r` at the end of the last chunk. */
  #pendingCr = false;

  /** @param maxLineBytes Longest line kept, in bytes (its line end not counted). */
  constructor(maxLineBytes: number) {
    this.#maxLineBytes = maxLineBytes;
  }

  /** Takes the next chunk; returns the batches and long lines it completed, in order. */
  push(chunk: Uint8Array): CutItem[] {
    const items: CutItem[] = [];
    if (chunk.length === 0) return items;
    let i = 0;
    if (this.#pendingCr) {
      this.#pendingCr = false;
      const crlf = chunk[0] === 0x0a;
      this.#finishLine(items, crlf ? CRLF : CR);
      if (crlf) i = 1;
    }
    let nextLf = chunk.indexOf(0x0a, i);
    let nextCr = chunk.indexOf(0x0d, i);
    while (i < chunk.length) {
      if (nextLf !== -1 && nextLf < i) nextLf = chunk.indexOf(0x0a, i);
      if (nextCr !== -1 && nextCr < i) nextCr = chunk.indexOf(0x0d, i);
      let contentEnd: number;
      let lineEnd: number;
      if (nextCr === -1 || (nextLf !== -1 && nextLf < nextCr)) {
        if (nextLf === -1) break;
        contentEnd = nextLf;
        lineEnd = nextLf + 1;
      } else if (nextCr === chunk.length - 1) {
        // Is it `\r\n`? The next chunk tells.
        this.#append(chunk.subarray(i, nextCr));
        this.#pendingCr = true;
        this.#flushRun();
        return items;
      } else {
        contentEnd = nextCr;
        lineEnd = chunk[nextCr + 1] === 0x0a ? nextCr + 2 : nextCr + 1;
      }
      if (this.#pendingBytes === 0 && !this.#tooLong && contentEnd - i <= this.#maxLineBytes) {
        this.#keepInChunk(items, chunk, i, lineEnd);
      } else {
        this.#append(chunk.subarray(i, contentEnd));
        this.#finishLine(items, chunk.subarray(contentEnd, lineEnd));
      }
      i = lineEnd;
    }
    if (i < chunk.length) this.#append(chunk.subarray(i));
    this.#flushRun();
    return items;
  }

  /** Ends the input: the last line (with or without a line end) and the last batch. */
  end(): CutItem[] {
    const items: CutItem[] = [];
    if (this.#pendingCr) {
      this.#pendingCr = false;
      this.#finishLine(items, CR);
    } else if (this.#tooLong || this.#pendingBytes > 0) {
      this.#finishLine(items, NO_LINE_END);
    }
    this.#cut(items);
    return items;
  }

  #append(piece: Uint8Array): void {
    if (piece.length === 0 || this.#tooLong) return;
    this.#pendingBytes += piece.length;
    if (this.#pendingBytes > this.#maxLineBytes) {
      this.#tooLong = true;
      this.#pending = [];
      return;
    }
    this.#pending.push(piece);
  }

  /** Counts a complete line into the batch. */
  #countLine(items: CutItem[], bytes: number): void {
    if (this.#batchLines === 0) this.#batchFirstLine = this.#line;
    this.#batchBytes += bytes;
    this.#batchLines++;
    this.#line++;
    if (this.#batchBytes >= BATCH_BYTES || this.#batchLines >= BATCH_LINES) this.#cut(items);
  }

  /** Keeps a whole line of `chunk` (`start` to `end`, line end included) in the batch. */
  #keepInChunk(items: CutItem[], chunk: Uint8Array, start: number, end: number): void {
    if (this.#run !== chunk || this.#runEnd !== start) {
      this.#flushRun();
      this.#run = chunk;
      this.#runStart = start;
    }
    this.#runEnd = end;
    this.#countLine(items, end - start);
  }

  /** Ends the line being read (begun in an earlier chunk) with `lineEnd`. */
  #finishLine(items: CutItem[], lineEnd: Uint8Array): void {
    if (this.#tooLong) {
      this.#cut(items);
      items.push({ kind: "long", line: this.#line });
      this.#line++;
      this.#tooLong = false;
      this.#pendingBytes = 0;
      this.#batchFirstLine = this.#line;
      return;
    }
    this.#flushRun();
    for (const piece of this.#pending) this.#batch.push(piece);
    if (lineEnd.length > 0) this.#batch.push(lineEnd);
    const bytes = this.#pendingBytes + lineEnd.length;
    this.#pending = [];
    this.#pendingBytes = 0;
    this.#countLine(items, bytes);
  }

  #flushRun(): void {
    if (this.#run === undefined) return;
    if (this.#runEnd > this.#runStart)
      this.#batch.push(this.#run.subarray(this.#runStart, this.#runEnd));
    this.#run = undefined;
  }

  #cut(items: CutItem[]): void {
    this.#flushRun();
    if (this.#batchLines === 0) return;
    items.push({
      kind: "batch",
      firstLine: this.#batchFirstLine,
      bytes: standalone(this.#batch, this.#batchBytes),
    });
    this.#batch = [];
    this.#batchBytes = 0;
    this.#batchLines = 0;
    this.#batchFirstLine = this.#line;
  }
}
