import { describe, expect, it } from "vitest";
import {
  pythonPatternEngine,
  translatePythonPattern,
  UnsupportedPatternError,
} from "../src/python-pattern.js";

// Each row: pattern, input, and whether Python's `re.search(pattern, input)` finds a match.
const CASES: ReadonlyArray<readonly [pattern: string, input: string, matches: boolean]> = [
  ["^\\d+\\.\\d+\\.\\d+$", "1.0.0", true],
  ["^\\d+\\.\\d+\\.\\d+$", "1.0.0\n", true], // `$` also matches before one final newline
  ["^\\d+\\.\\d+\\.\\d+$", "1.0.0\n\n", false],
  ["^\\d+\\.\\d+\\.\\d+$", "\n1.0.0", false],
  ["^\\d+\\.\\d+\\.\\d+$", "١.٠.٠", true], // Arabic-Indic digits are `\d` in Python
  ["^\\d+\\.\\d+\\.\\d+$", "1.0", false],
  ["^\\D$", "x", true],
  ["^\\D$", "٣", false],
  ["^[\\d]+$", "٣٤", true],
  ["^(human|service|system)$", "human", true],
  ["^(human|service|system)$", "human\n", true],
  ["^(human|service|system)$", "Human", false],
  ["^(human|service|system)$", "humans", false],
  ["^a.c$", "a\rc", true], // Python `.` matches `\r`, U+2028 and U+2029
  ["^a.c$", "a\u2028c", true],
  ["^a.c$", "a\nc", false],
  ["\\Aab\\Z", "ab", true],
  ["\\Aab\\Z", "ab\n", false], // `\Z` is the very end
  ["^a\\$$", "a$", true],
  ["^[$]$", "$", true],
  ["^[]a]+$", "]a]", true], // a `]` right after `[` is a literal
  ["^[^]]$", "x", true],
  ["^[^]]$", "]", false],
  ["^(?P<x>a)(?P=x)$", "aa", true],
  ["^(?P<x>a)(?P=x)$", "ab", false],
  [
    "^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$|^[0-9a-fA-F]{32}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
    "01KJF62GH0BH3BSHWEMCVA6R32\n",
    true,
  ],
  ["abc", "xxabcxx", true], // search, not full match
];

describe("translatePythonPattern", () => {
  it.each(CASES)("%j on %j matches like Python: %s", (pattern, input, matches) => {
    expect(pythonPatternEngine(pattern, "u").test(input)).toBe(matches);
  });

  it("rewrites only what differs", () => {
    expect(translatePythonPattern("^\\d+$")).toBe("^\\p{Nd}+(?=\\n?$)");
    expect(translatePythonPattern("^(human|service)")).toBe("^(human|service)");
    expect(translatePythonPattern("[a$.]")).toBe("[a$.]");
  });

  it.each(["\\w+", "^\\s$", "\\bword", "x\\S", "[\\W]", "\\B"])(
    "rejects %j, whose Unicode semantics differ between engines",
    (pattern) => {
      expect(() => translatePythonPattern(pattern)).toThrow(UnsupportedPatternError);
    },
  );

  it("rejects a trailing backslash", () => {
    expect(() => translatePythonPattern("abc\\")).toThrow(/trailing backslash/);
  });
});
