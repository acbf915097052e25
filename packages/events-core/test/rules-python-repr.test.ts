import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pythonRepr, pythonTupleRepr } from "../src/python/python-repr.js";

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

// The implementation before the plain-ASCII shortcut (every character through the escape
// rules), kept as the oracle of the shortcut.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
function characterByCharacterRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "\\") out += "\\\\";
    else if (ch === quote) out += `\\${quote}`;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch !== " " && NON_PRINTABLE.test(ch)) {
      const hex = (width: number) => code.toString(16).padStart(width, "0");
      out += code < 0x100 ? `\\x${hex(2)}` : code < 0x10000 ? `\\u${hex(4)}` : `\\U${hex(8)}`;
    } else out += ch;
  }
  return out + quote;
}

describe("pythonRepr's shortcut for plain ASCII text", () => {
  // Printable ASCII (the shortcut's domain) mixed with the characters at its edges.
  const edgy = fc.constantFrom(
    "'",
    '"',
    "\\",
    "\x1f",
    "\x7f",
    " ",
    "~",
    "\n",
    "é",
    "\u2028",
    "\u{1F600}",
  );
  const textArb = fc.oneof(
    fc.string({ unit: "grapheme-ascii" }),
    fc
      .array(fc.oneof(fc.string({ unit: "grapheme-ascii", maxLength: 4 }), edgy))
      .map((parts) => parts.join("")),
    fc.string({ unit: "binary" }),
  );

  it("gives the character-by-character repr of any text", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(pythonRepr(text)).toBe(characterByCharacterRepr(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("covers every ASCII unit alone", () => {
    for (let code = 0; code < 0x80; code++) {
      const text = String.fromCharCode(code);
      expect(pythonRepr(`a${text}b`)).toBe(characterByCharacterRepr(`a${text}b`));
    }
  });
});
