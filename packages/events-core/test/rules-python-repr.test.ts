import { describe, expect, it } from "vitest";
import { pythonRepr, pythonTupleRepr } from "../src/rules/python-repr.js";

describe("pythonRepr (Python's repr() of a str)", () => {
  it.each<[string, string, string]>([
    // quote choice
    ["plain text", "abc", "'abc'"],
    ["empty", "", "''"],
    ["a single quote only: double quotes", "it's", `"it's"`],
    ["a lone single quote", "'", `"'"`],
    ["a double quote only: single quotes", 'say "hi"', `'say "hi"'`],
    ["a lone double quote", '"', `'"'`],
    ["both quotes: single quotes, the single one escaped", `both ' and "`, `'both \\' and "'`],
    // escapes
    ["a backslash", "back\\slash", "'back\\\\slash'"],
    ["a tab", "tab\there", "'tab\\there'"],
    ["a newline", "nl\nx", "'nl\\nx'"],
    ["a carriage return", "cr\rx", "'cr\\rx'"],
    ["NUL", "\u0000", "'\\x00'"],
    ["unit separator", "\u001f", "'\\x1f'"],
    ["vertical tab and form feed", "\u000b\u000c", "'\\x0b\\x0c'"],
    ["DEL", "\u007f", "'\\x7f'"],
    ["NEL (C1 control)", "\u0085", "'\\x85'"],
    ["no-break space", "\u00a0", "'\\xa0'"],
    ["soft hyphen (format)", "\u00ad", "'\\xad'"],
    ["line separator", "\u2028", "'\\u2028'"],
    ["zero-width space", "\u200b", "'\\u200b'"],
    ["byte order mark", "\ufeff", "'\\ufeff'"],
    ["ideographic space", "\u3000", "'\\u3000'"],
    ["an unassigned code point", "\u0378", "'\\u0378'"],
    ["a private-use character", "\ue000", "'\\ue000'"],
    ["a lone surrogate", "\ud800", "'\\ud800'"],
    ["an astral format character", "\u{E0001}", "'\\U000e0001'"],
    ["the last code point (private use)", "\u{10FFFF}", "'\\U0010ffff'"],
    // printable characters are kept, ASCII space included
    ["a space", " ", "' '"],
    ["an accented letter", "é", "'é'"],
    ["CJK", "日本", "'日本'"],
    ["an emoji", "\u{1F600}", "'\u{1F600}'"],
    ["an astral symbol", "\u{1D11E}", "'\u{1D11E}'"],
  ])("%s: %j -> %s", (_label, input, repr) => {
    expect(pythonRepr(input)).toBe(repr);
  });

  it.each<[string[], string]>([
    [[], "()"],
    [["a"], "('a',)"],
    [["a", "b"], "('a', 'b')"],
    [["it's", "x"], `("it's", 'x')`],
  ])("pythonTupleRepr(%j) = %s", (items, repr) => {
    expect(pythonTupleRepr(items)).toBe(repr);
  });
});
