// Internal speed-up: a model's verdict as one function per model, its fields unrolled (not
// exported from the package entry).

/**
 * The verdict of a model's fields as one function made for the model, or `undefined` where
 * functions cannot be made from text (a Content Security Policy without `unsafe-eval`): the
 * model then keeps its loop over the fields. The function is the loop unrolled, with the same
 * reads in the same order (property-tested against the loop): the input must be an object,
 * not an array; each field is its own value (`undefined` when absent or inherited); a
 * missing required field fails, and every field's value must pass its test; reading the input
 * may throw (a getter, a Proxy trap), which fails. Each field's read and test call has its
 * own place in the code, so the engine learns each one (a loop shares one read and one call
 * between every field of every model).
 *
 * @param keys The fields, in declaration order.
 * @param optional Whether each field may be missing.
 * @param tests The verdict of each field's schema.
 */
export function compiledFieldsTest(
  keys: readonly string[],
  optional: readonly boolean[],
  tests: readonly ((input: unknown) => boolean)[],
): ((input: unknown) => boolean) | undefined {
  const lines = keys.map((key, i) => {
    const name = JSON.stringify(key);
    const missing = optional[i] ? "" : "v === undefined || ";
    return `v = hasOwn(p, ${name}) ? p[${name}] : undefined; if (${missing}!t${i}(v)) return false;`;
  });
  const body = [
    "return function test(p) {",
    "  try {",
    "    if (typeof p !== 'object' || p === null || isArray(p)) return false;",
    "    let v;",
    ...lines.map((line) => `    ${line}`),
    "    return true;",
    "  } catch {",
    "    return false;",
    "  }",
    "};",
  ].join("\n");
  try {
    const make = new Function("hasOwn", "isArray", ...keys.map((_, i) => `t${i}`), body);
    return make(Object.hasOwn, Array.isArray, ...tests) as (input: unknown) => boolean;
  } catch {
    return undefined;
  }
}
