/**
 * True for a character Python's `str.strip()` removes: U+0009–U+000D, U+001C–U+001F, U+0020,
 * U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 (the
 * reference's whitespace, enumerated over every code point). Unlike JavaScript's `trim()`,
 * U+001C–U+001F and U+0085 are whitespace and U+FEFF is not.
 */
export function isPythonWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code >= 0x1c;
  if (code < 0x85) return false;
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** Python's `str.strip()`: `text` without Python whitespace at either end. */
export function pythonStrip(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isPythonWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isPythonWhitespace(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}

/**
 * The reference's blank check (`not text or not text.strip()`): true for `null`, `undefined`,
 * `""` and text made only of Python whitespace (see {@link isPythonWhitespace}).
 */
export function isPythonBlank(text: string | null | undefined): boolean {
  if (text === null || text === undefined) return true;
  for (let i = 0; i < text.length; i++) if (!isPythonWhitespace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * How Python 3.11+ writes a string-enum member in an f-string: `<EnumName>.<MEMBER>`, the
 * member name being the upper-case of its value in the reference's enums (`Lane.IN_PROGRESS`,
 * `MissionStatus.COMPLETED`); `None` for `null` or `undefined`. (Python 3.10 writes the value.)
 *
 * @example pythonEnumRepr("Lane", "in_progress") // "Lane.IN_PROGRESS"
 */
export function pythonEnumRepr(enumName: string, value: string | null | undefined): string {
  return value === null || value === undefined ? "None" : `${enumName}.${value.toUpperCase()}`;
}
