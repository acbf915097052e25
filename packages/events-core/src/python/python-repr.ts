// Characters Python's str.isprintable() rejects: Unicode categories Cc, Cf, Cs, Co, Cn,
// Zl, Zp and Zs, except the ASCII space.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, "0");
}

/**
 * True for text made only of printable ASCII (U+0020-U+007E) with no single quote and no
 * backslash: text whose Python repr is itself between single quotes.
 */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e || code === 0x27 || code === 0x5c) return false;
  }
  return true;
}

/**
 * Python's `repr()` of a string: single quotes unless the text contains a single quote and
 * no double quote; backslash, the quote, `\n`, `\r`, `\t` escaped; other non-printable
 * characters as `\xNN`, `\uNNNN` or `\UNNNNNNNN`; printable non-ASCII kept.
 */
export function pythonRepr(text: string): string {
  if (isPlainAscii(text)) return `'${text}'`;
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
      out +=
        code < 0x100
          ? `\\x${hex(code, 2)}`
          : code < 0x10000
            ? `\\u${hex(code, 4)}`
            : `\\U${hex(code, 8)}`;
    } else out += ch;
  }
  return out + quote;
}

/** Python's `repr()` of a tuple of strings, e.g. `('a', 'b')`. */
export function pythonTupleRepr(items: readonly string[]): string {
  return items.length === 1
    ? `(${pythonRepr(items[0] ?? "")},)`
    : `(${items.map(pythonRepr).join(", ")})`;
}
