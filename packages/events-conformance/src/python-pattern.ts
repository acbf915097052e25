/**
 * JSON Schema `pattern` with the semantics of the reference's schema layer.
 *
 * The reference validates `pattern` with Python's `re.search` on `str` values. Where
 * Python's regular expressions differ from ECMAScript's, the pattern is rewritten so that
 * the schema layer reaches the reference's verdict:
 *
 * - `$` (outside a class) also matches before one final `\n`: `(?=\n?$)`;
 * - `\d` / `\D` are Unicode decimal digits (`\p{Nd}` / `\P{Nd}`);
 * - `.` matches every character but `\n` (ECMAScript also excludes `\r`, U+2028, U+2029);
 * - `\A` and `\Z` are the start and the very end of the text;
 * - `(?P<name>...)` and `(?P=name)` are named groups and back-references.
 *
 * `\w`, `\W`, `\s`, `\S`, `\b` and `\B` have Unicode definitions that differ in details
 * between the two engines; no schema of the contract uses them, and a pattern that does is
 * rejected with an error rather than silently given other semantics.
 */

const UNSUPPORTED_ESCAPES = new Set(["w", "W", "s", "S", "b", "B"]);

/** Raised when a schema pattern uses a construct whose Python semantics are not translated. */
export class UnsupportedPatternError extends Error {
  /** The pattern as written in the schema. */
  readonly pattern: string;

  constructor(pattern: string, construct: string) {
    super(
      `Schema pattern ${JSON.stringify(pattern)} uses ${construct}, whose Python semantics ` +
        "are not translated to ECMAScript",
    );
    this.name = "UnsupportedPatternError";
    this.pattern = pattern;
  }
}

/** Rewrites a Python `re` pattern into an ECMAScript pattern (for the `u` flag) with the same matches. */
export function translatePythonPattern(pattern: string): string {
  let out = "";
  let inClass = false;
  let classStart = -1; // index in `pattern` just after `[` or `[^`
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === "\\") {
      const next = pattern[i + 1];
      if (next === undefined) throw new UnsupportedPatternError(pattern, "a trailing backslash");
      i++;
      if (next === "d") out += "\\p{Nd}";
      else if (next === "D") out += "\\P{Nd}";
      else if (!inClass && next === "A") out += "^";
      else if (!inClass && next === "Z") out += "$";
      else if (UNSUPPORTED_ESCAPES.has(next))
        throw new UnsupportedPatternError(pattern, `\\${next}`);
      else out += `\\${next}`;
      continue;
    }
    if (inClass) {
      if (ch === "]" && i !== classStart) inClass = false;
      else if (ch === "]") {
        out += "\\]"; // Python: a `]` right after `[` or `[^` is a literal
        continue;
      }
      out += ch;
      continue;
    }
    if (ch === "[") {
      inClass = true;
      if (pattern[i + 1] === "^") {
        out += "[^";
        i++;
      } else out += "[";
      classStart = i + 1;
      continue;
    }
    if (ch === "$") out += "(?=\\n?$)";
    else if (ch === ".") out += "[^\\n]";
    else if (ch === "(" && pattern.startsWith("?P<", i + 1)) {
      out += "(?<";
      i += 3;
    } else if (ch === "(" && pattern.startsWith("?P=", i + 1)) {
      const end = pattern.indexOf(")", i);
      if (end < 0) throw new UnsupportedPatternError(pattern, "an unterminated (?P=name)");
      out += `\\k<${pattern.slice(i + 4, end)}>`;
      i = end;
    } else out += ch;
  }
  return out;
}

/**
 * An ajv regular-expression engine (`code.regExp` option) that compiles each schema pattern
 * with Python `re.search` semantics (see {@link translatePythonPattern}).
 */
export const pythonPatternEngine = Object.assign(
  (pattern: string, _flags: string): RegExp => new RegExp(translatePythonPattern(pattern), "u"),
  { code: "pythonPatternEngine" },
);
