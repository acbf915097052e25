/**
 * Locates the first syntax error of a JSON text, for messages that say where a line went
 * wrong. Runs only after `JSON.parse` has failed, so it favours clear reasons over speed. It
 * is iterative (an explicit stack), so deep nesting cannot overflow the call stack.
 */

/** The first syntax error of a JSON text: a 0-based offset into the text and a plain reason. */
export interface JsonSyntaxError {
  /** 0-based offset (UTF-16 code units) of the offending character, or the text length at end. */
  readonly offset: number;
  /** Plain-language reason, e.g. `unexpected character '}' (expected a value)`. */
  readonly reason: string;
}

const NON_STANDARD_LITERALS = ["NaN", "Infinity", "-Infinity"] as const;

const NON_STANDARD_HINT =
  "is a non-standard literal: Python's json module writes and accepts it, JSON (and this tool) does not; write null or a string instead";

/** Shows a character in a message: printable ASCII quoted, anything else as U+XXXX. */
export function showCharacter(text: string, offset: number): string {
  const code = text.codePointAt(offset) ?? 0;
  if (code >= 0x20 && code < 0x7f) return `'${String.fromCharCode(code)}'`;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function skipWhitespace(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

function unexpected(text: string, offset: number, expected: string): JsonSyntaxError {
  if (offset >= text.length) {
    return { offset: text.length, reason: `unexpected end of line (expected ${expected})` };
  }
  const rest = text.slice(offset, offset + 9);
  for (const literal of NON_STANDARD_LITERALS) {
    if (rest.startsWith(literal)) return { offset, reason: `${literal} ${NON_STANDARD_HINT}` };
  }
  if (text.charCodeAt(offset) === 0x27) {
    return {
      offset,
      reason: `unexpected character "'" (expected ${expected}; JSON strings use double quotes)`,
    };
  }
  if (text.charCodeAt(offset) === 0xfeff) {
    return { offset, reason: `unexpected byte-order mark U+FEFF (expected ${expected})` };
  }
  return {
    offset,
    reason: `unexpected character ${showCharacter(text, offset)} (expected ${expected})`,
  };
}

/** Scans a string starting at its opening quote; returns the offset after it, or an error. */
function scanString(text: string, start: number): number | JsonSyntaxError {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) {
      return {
        offset: i,
        reason: `control character ${showCharacter(text, i)} inside a string (escape it, e.g. \\n)`,
      };
    }
    if (code === 0x5c) {
      const next = text.charCodeAt(i + 1);
      if (next === 0x75) {
        for (let k = 2; k < 6; k++) {
          const hex = text.charCodeAt(i + k);
          const isHex =
            isDigit(hex) || (hex >= 0x41 && hex <= 0x46) || (hex >= 0x61 && hex <= 0x66);
          if (!isHex) {
            return { offset: i, reason: "invalid \\u escape (expected 4 hex digits)" };
          }
        }
        i += 6;
        continue;
      }
      // " \ / b f n r t
      if (
        next === 0x22 ||
        next === 0x5c ||
        next === 0x2f ||
        next === 0x62 ||
        next === 0x66 ||
        next === 0x6e ||
        next === 0x72 ||
        next === 0x74
      ) {
        i += 2;
        continue;
      }
      if (Number.isNaN(next)) break;
      return { offset: i, reason: `invalid escape \\${String.fromCharCode(next)} in a string` };
    }
    i++;
  }
  return { offset: text.length, reason: "unterminated string (missing closing '\"')" };
}

/** Scans a number; returns the offset after it, or an error. */
function scanNumber(text: string, start: number): number | JsonSyntaxError {
  let i = start;
  if (text.charCodeAt(i) === 0x2d) i++;
  if (text.charCodeAt(i) === 0x30) {
    i++;
    if (isDigit(text.charCodeAt(i))) {
      return { offset: i, reason: "a number must not have leading zeros" };
    }
  } else if (isDigit(text.charCodeAt(i))) {
    while (isDigit(text.charCodeAt(i))) i++;
  } else {
    return unexpected(text, start, "a value");
  }
  if (text.charCodeAt(i) === 0x2e) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return unexpected(text, i, "a digit after '.'");
    while (isDigit(text.charCodeAt(i))) i++;
  }
  const exponent = text.charCodeAt(i);
  if (exponent === 0x65 || exponent === 0x45) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === 0x2b || sign === 0x2d) i++;
    if (!isDigit(text.charCodeAt(i))) return unexpected(text, i, "a digit in the exponent");
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/** Scans one scalar value or opens a container; returns the offset after it, or an error. */
function scanScalar(text: string, start: number): number | JsonSyntaxError {
  const code = text.charCodeAt(start);
  if (code === 0x22) return scanString(text, start);
  if (code === 0x2d || isDigit(code)) {
    if (text.startsWith("-Infinity", start)) {
      return unexpected(text, start, "a value");
    }
    return scanNumber(text, start);
  }
  for (const word of ["true", "false", "null"]) {
    if (text.startsWith(word, start)) return start + word.length;
  }
  return unexpected(text, start, "a value");
}

/**
 * Finds the first syntax error of `text` taken as one complete JSON value (surrounding
 * whitespace allowed), or `undefined` when the text is valid JSON.
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  // Containers still open: 0x5b '[' or 0x7b '{'.
  const open: number[] = [];
  let i = skipWhitespace(text, 0);
  // Expecting a value (true) or, inside a container, what follows a value (false).
  let expectValue = true;
  for (;;) {
    if (expectValue) {
      i = skipWhitespace(text, i);
      const code = text.charCodeAt(i);
      if (code === 0x5b || code === 0x7b) {
        open.push(code);
        i = skipWhitespace(text, i + 1);
        const next = text.charCodeAt(i);
        if (code === 0x5b && next === 0x5d) {
          open.pop();
          i++;
          expectValue = false;
          continue;
        }
        if (code === 0x7b) {
          if (next === 0x7d) {
            open.pop();
            i++;
            expectValue = false;
            continue;
          }
          const key = scanKey(text, i);
          if (typeof key !== "number") return key;
          i = key;
        }
        continue;
      }
      const end = scanScalar(text, i);
      if (typeof end !== "number") return end;
      i = end;
      expectValue = false;
      continue;
    }
    i = skipWhitespace(text, i);
    const container = open.at(-1);
    if (container === undefined) {
      if (i >= text.length) return undefined;
      return {
        offset: i,
        reason: `unexpected ${showCharacter(text, i)} after the end of the JSON value (one event per line)`,
      };
    }
    const code = text.charCodeAt(i);
    const closer = container === 0x5b ? 0x5d : 0x7d;
    if (code === closer) {
      open.pop();
      i++;
      continue;
    }
    if (code === 0x2c) {
      i = skipWhitespace(text, i + 1);
      if (container === 0x7b) {
        const key = scanKey(text, i);
        if (typeof key !== "number") return key;
        i = key;
      }
      expectValue = true;
      continue;
    }
    return unexpected(text, i, container === 0x5b ? "',' or ']'" : "',' or '}'");
  }
}

/** Scans an object key and its colon; returns the offset after the colon, or an error. */
function scanKey(text: string, start: number): number | JsonSyntaxError {
  if (text.charCodeAt(start) !== 0x22) {
    return unexpected(text, start, "a property name in double quotes");
  }
  const end = scanString(text, start);
  if (typeof end !== "number") return end;
  const colon = skipWhitespace(text, end);
  if (text.charCodeAt(colon) !== 0x3a) return unexpected(text, colon, "':'");
  return colon + 1;
}
