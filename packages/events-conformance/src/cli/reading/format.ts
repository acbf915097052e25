/**
 * Tells one JSON array input from JSON Lines, by looking ahead in the bytes (the same decision
 * on any number of threads). An input is one JSON array when its whole content is one: its
 * first significant character is `[` and either that array spans several lines (a
 * pretty-printed array; a truncated one too) or it ends on its first line with nothing
 * significant after that line. JSON Lines whose first line happens to be an array (`[]`,
 * `[1,2]`) followed by more lines is JSON Lines.
 */
import type { InputFormat } from "./records.js";

const BOM = [0xef, 0xbb, 0xbf] as const;

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09;
}

function isLineEnd(byte: number): boolean {
  return byte === 0x0a || byte === 0x0d;
}

/** Where the look-ahead is. */
type Phase =
  /** Before the first significant byte. */
  | "start"
  /** Inside the first line's array (`[` seen, not closed, no line end yet). */
  | "first-line"
  /** The array closed on its first line; the rest of that line. */
  | "after-close"
  /** After the first line: is there anything significant? */
  | "rest";

/** The look-ahead's state machine, fed byte by byte; `decided` once it knows. */
class FormatScanner {
  decided: InputFormat | undefined;
  #phase: Phase = "start";
  #bomBytes = 0;
  #depth = 0;
  #inString = false;
  #escaped = false;

  /** Feeds bytes until the format is known. */
  feed(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length && this.decided === undefined; i++) {
      this.#step(bytes[i] as number);
    }
  }

  /** The input ended: what it is, if not decided yet. */
  end(): InputFormat {
    // Only blanks (an empty JSON Lines input), or an array on the first line: unclosed (the
    // array reader reports it), or closed with nothing significant after it.
    this.decided ??= this.#phase === "start" ? "jsonl" : "array";
    return this.decided;
  }

  /** A byte-order mark (EF BB BF) is not significant, before the array or after its line. */
  #isBomByte(byte: number): boolean {
    if (byte === BOM[this.#bomBytes]) {
      this.#bomBytes = (this.#bomBytes + 1) % 3;
      return true;
    }
    return false;
  }

  #step(byte: number): void {
    switch (this.#phase) {
      case "start":
        if (this.#isBomByte(byte)) return;
        if (this.#bomBytes === 0 && (isSpace(byte) || isLineEnd(byte))) return;
        if (this.#bomBytes !== 0 || byte !== 0x5b) {
          this.decided = "jsonl";
          return;
        }
        this.#phase = "first-line";
        this.#depth = 1;
        return;
      case "first-line":
        if (isLineEnd(byte)) {
          // The array goes on past its first line: a (pretty-printed) JSON array.
          this.decided = "array";
          return;
        }
        if (this.#inString) {
          if (this.#escaped) this.#escaped = false;
          else if (byte === 0x5c) this.#escaped = true;
          else if (byte === 0x22) this.#inString = false;
          return;
        }
        if (byte === 0x22) this.#inString = true;
        else if (byte === 0x5b || byte === 0x7b) this.#depth++;
        else if ((byte === 0x5d || byte === 0x7d) && --this.#depth === 0) {
          this.#phase = "after-close";
        }
        return;
      case "after-close":
        if (isLineEnd(byte)) {
          this.#phase = "rest";
          this.#bomBytes = 0;
        }
        return;
      case "rest":
        if (this.#isBomByte(byte)) return;
        if (this.#bomBytes === 0 && (isSpace(byte) || isLineEnd(byte))) return;
        // More lines with content after a first line that is a whole array: JSON Lines.
        this.decided = "jsonl";
        return;
    }
  }
}

/**
 * Looks ahead in `chunks` until the format is known (at most the first line and the blanks
 * after it, or `maxLookAheadBytes`, past which an undecided input counts as an array, which
 * the array reader then refuses as too large). Returns the format and the chunks to read,
 * the looked-at ones first.
 */
export async function detectFormat(
  chunks: AsyncIterable<Buffer | string>,
  maxLookAheadBytes: number,
): Promise<{ readonly format: InputFormat; readonly chunks: AsyncIterable<Buffer | string> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const seen: (Buffer | string)[] = [];
  const scanner = new FormatScanner();
  let seenBytes = 0;
  let format: InputFormat | undefined;
  while (format === undefined) {
    const next = await iterator.next();
    if (next.done) {
      format = scanner.end();
      break;
    }
    seen.push(next.value);
    const bytes = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    seenBytes += bytes.length;
    scanner.feed(bytes);
    format = scanner.decided ?? (seenBytes > maxLookAheadBytes ? "array" : undefined);
  }
  async function* replay(): AsyncGenerator<Buffer | string> {
    yield* seen.splice(0);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield next.value;
    }
  }
  return { format, chunks: replay() };
}
