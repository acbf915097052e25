/**
 * A JSON text in pieces: a long reducer output is written as it is made, a slice of a long
 * array at a time, never held as one text. Joined, the pieces are the text of
 * `JSON.stringify(value)` (compact) for any value that has a JSON text.
 */

/** Items of a long array stringified per piece. */
export const ITEMS_PER_PIECE = 2048;

/** Depth of the objects and arrays that are written in pieces (deeper values are whole). */
const PIECE_DEPTH = 3;

/** True when `JSON.stringify` asks `value` for its JSON form (`toJSON`). */
function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === "function";
}

/** True for an object made by a literal or `JSON.parse` (or with no prototype). */
function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The pieces of an object: each member on its own, the members' values in pieces. */
function* objectPieces(value: Record<string, unknown>, depth: number): Generator<string> {
  yield "{";
  let separator = "";
  for (const key of Object.keys(value)) {
    const member = value[key];
    const name = `${separator}${JSON.stringify(key)}:`;
    if (typeof member === "object" && member !== null && !hasToJson(member)) {
      // An object or array member always has a JSON text.
      yield name;
      yield* pieces(member, depth + 1);
    } else {
      // A primitive, or an object with `toJSON`, whole. A value without JSON text (undefined,
      // a function, a symbol, or a `toJSON` that gives one) leaves the member out, as
      // JSON.stringify does.
      const text = JSON.stringify(member) as string | undefined;
      if (text === undefined) continue;
      yield `${name}${text}`;
    }
    separator = ",";
  }
  yield "}";
}

/** The pieces of a long array: its items, {@link ITEMS_PER_PIECE} at a time. */
function* longArrayPieces(value: readonly unknown[]): Generator<string> {
  yield "[";
  for (let from = 0; from < value.length; from += ITEMS_PER_PIECE) {
    if (from > 0) yield ",";
    // The items' text without the brackets of their slice (a view of it, not a copy).
    const text = JSON.stringify(value.slice(from, from + ITEMS_PER_PIECE));
    yield text.slice(1, -1);
  }
  yield "]";
}

/** The pieces of `value` at `depth` (0 for the value itself). */
function* pieces(value: unknown, depth: number): Generator<string> {
  if (depth < PIECE_DEPTH && typeof value === "object" && value !== null && !hasToJson(value)) {
    if (Array.isArray(value)) {
      if (value.length > ITEMS_PER_PIECE) {
        yield* longArrayPieces(value);
        return;
      }
    } else if (isPlainObject(value)) {
      yield* objectPieces(value, depth);
      return;
    }
  }
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) throw new TypeError(`no JSON text for a value of type ${typeof value}`);
  yield text;
}

/**
 * The compact JSON text of `value` in pieces: plain objects member by member and long arrays
 * {@link ITEMS_PER_PIECE} items at a time, down to a few levels; the rest whole. Joined, the
 * pieces equal `JSON.stringify(value)`, for values whose `toJSON` methods (if any) do not
 * read their key argument (as a `DateTimeValue`'s does not). Throws where `JSON.stringify`
 * throws (a cycle, a `BigInt`), possibly after some pieces, and for a value without JSON text
 * (`undefined`, a function, a symbol).
 */
export function jsonTextPieces(value: unknown): Generator<string> {
  return pieces(value, 0);
}
