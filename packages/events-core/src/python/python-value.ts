import { pythonRepr } from "./python-repr.js";

/**
 * Python's `repr()` of a finite float: the shortest round-trip digits, in scientific notation
 * (`1e-05`, `1.5e+16`, exponent of at least two digits) when the exponent is below -4 or at
 * least 16, otherwise positional with at least one decimal (`0.0001`, `1e15` as
 * `1000000000000000.0`, `-0.0`); `nan`, `inf` and `-inf` for the others.
 */
export function pythonFloatRepr(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (value === Number.POSITIVE_INFINITY) return "inf";
  if (value === Number.NEGATIVE_INFINITY) return "-inf";
  if (Object.is(value, -0)) return "-0.0";
  const [mantissa = "", exponentText = "0"] = value.toExponential().split("e");
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    return `${mantissa}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  const text = String(value);
  return text.includes(".") ? text : `${text}.0`;
}

/** Python's `repr()` of a value that holds no list or object. */
function scalarRepr(value: unknown): string {
  if (typeof value === "string") return pythonRepr(value);
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") {
    return Number.isInteger(value) && Math.abs(value) < 1e21
      ? String(value === 0 ? 0 : value)
      : pythonFloatRepr(value);
  }
  return String(value);
}

/** A list or object being written: its items and how far the writing got. */
interface Frame {
  readonly container: object;
  readonly keys: readonly string[] | undefined;
  readonly length: number;
  readonly close: string;
  index: number;
}

/** A list or object entered by {@link enterValue}: its keys (`undefined` for a list), length. */
interface Entered {
  readonly isList: boolean;
  readonly keys: readonly string[] | undefined;
  readonly length: number;
}

/**
 * The first step of writing `item`, shared by both writers: a scalar is pushed as its repr,
 * a list or object already open (a value that contains itself) as `[...]` / `{...}`, and
 * `undefined` is returned; any other list or object is marked open and returned entered.
 */
function enterValue(
  item: unknown,
  open: Set<object>,
  push: (text: string) => void,
): Entered | undefined {
  if (item === null || typeof item !== "object") {
    push(scalarRepr(item));
    return undefined;
  }
  const isList = Array.isArray(item);
  if (open.has(item)) {
    push(isList ? "[...]" : "{...}");
    return undefined;
  }
  open.add(item);
  const keys = isList ? undefined : Object.keys(item);
  return { isList, keys, length: isList ? item.length : (keys as string[]).length };
}

/**
 * Python's `repr()` of a JSON-decoded value: strings by the string rule (`'a'`, `"it's"`),
 * `None`, `True`, `False`, lists `[1, 'a', None]` and objects `{'k': 'v'}` in input order
 * with `, ` and `: `. An integral number below 1e21 is written as an integer (`3`), as JSON
 * writes it and Python reads such JSON text; a JSON `3.0` has become the number 3, so it is
 * written `3` where the reference writes `3.0`. Other numbers as Python writes a float
 * (`1.5`, `1e-05`, `inf`). Any nesting depth is written without recursion; a value that
 * contains itself is written `[...]` / `{...}` there, as Python does. With `maxLength`, the
 * text stops after that many characters (then `...` is added), so that a value whose text
 * would be huge (e.g. a JavaScript object shared many times over) costs no more than that.
 */
export function pythonValueRepr(value: unknown, maxLength = Number.POSITIVE_INFINITY): string {
  const out: string[] = [];
  let written = 0;
  const push = (text: string): void => {
    out.push(text);
    written += text.length;
  };
  const stack: Frame[] = [];
  const open = new Set<object>();
  const write = (item: unknown): void => {
    const entered = enterValue(item, open, push);
    if (entered === undefined) return;
    const { isList, keys, length } = entered;
    push(isList ? "[" : "{");
    stack.push({ container: item as object, keys, length, close: isList ? "]" : "}", index: 0 });
  };
  write(value);
  for (let top = stack.at(-1); top !== undefined; top = stack.at(-1)) {
    if (written > maxLength) return `${out.join("").slice(0, maxLength)}...`;
    if (top.index >= top.length) {
      push(top.close);
      open.delete(top.container);
      stack.pop();
      continue;
    }
    if (top.index > 0) push(", ");
    const { keys } = top;
    let item: unknown;
    if (keys === undefined) item = (top.container as unknown[])[top.index];
    else {
      const key = keys[top.index] as string;
      push(`${pythonRepr(key)}: `);
      item = (top.container as Record<string, unknown>)[key];
    }
    top.index++;
    write(item);
  }
  const text = out.join("");
  return text.length > maxLength ? `${text.slice(0, maxLength)}...` : text;
}

/** A list or object being written backwards: its items from the last, and a key to write. */
interface TailFrame {
  readonly container: object;
  readonly keys: readonly string[] | undefined;
  readonly last: number;
  readonly open: string;
  index: number;
  key: string | undefined;
}

/**
 * The last `maxLength` characters of {@link pythonValueRepr} of `value` (all of it when
 * shorter), written backwards from the end so that the work is bounded by `maxLength` (plus
 * the last item's text) whatever the size of the value: for texts that show both ends of a
 * value, such as pydantic's shortened `input_value`.
 */
export function pythonValueReprTail(value: unknown, maxLength: number): string {
  const pieces: string[] = [];
  let written = 0;
  const push = (text: string): void => {
    pieces.push(text);
    written += text.length;
  };
  const stack: TailFrame[] = [];
  const open = new Set<object>();
  const write = (item: unknown): void => {
    const entered = enterValue(item, open, push);
    if (entered === undefined) return;
    const { isList, keys, length } = entered;
    push(isList ? "]" : "}");
    stack.push({
      container: item as object,
      keys,
      last: length - 1,
      open: isList ? "[" : "{",
      index: length - 1,
      key: undefined,
    });
  };
  write(value);
  for (let top = stack.at(-1); top !== undefined && written < maxLength; top = stack.at(-1)) {
    if (top.key !== undefined) {
      // The value of an object entry is written: its key comes before it.
      push(`${pythonRepr(top.key)}: `);
      top.key = undefined;
      continue;
    }
    if (top.index < 0) {
      push(top.open);
      open.delete(top.container);
      stack.pop();
      continue;
    }
    if (top.index < top.last) push(", ");
    const { keys } = top;
    let item: unknown;
    if (keys === undefined) item = (top.container as unknown[])[top.index];
    else {
      const key = keys[top.index] as string;
      top.key = key;
      item = (top.container as Record<string, unknown>)[key];
    }
    top.index--;
    write(item);
  }
  const text = pieces.reverse().join("");
  return text.length > maxLength ? text.slice(text.length - maxLength) : text;
}
