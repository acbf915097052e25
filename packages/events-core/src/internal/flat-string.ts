// Internal speed-up: a concatenated string held in one piece (not exported from the package
// entry).

/**
 * `text`, in one piece: V8 keeps a concatenation of 13 characters or more as a tree of its
 * parts until a character of it is read, and then copies it into one string. Reading one
 * here does that at once, for a string that is kept for long (its parts then become garbage
 * young, and a long-lived value holds one string instead of a tree of several). The value is
 * `text` itself, unchanged.
 */
export function flatString(text: string): string {
  text.charCodeAt(0);
  return text;
}
