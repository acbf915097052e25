/**
 * The package's internal speed-ups, each behind a plain function: what a caller gets is the
 * same as the plain code named beside it (property-tested), only faster. Nothing here is
 * exported from the package entry.
 *
 * - {@link firstOfEachKey}: which items are the first of their key (as a `Set` of keys tells);
 * - {@link sortStringPairsMarkingRepeats}: a stable code-point sort of string pairs and which
 *   repeat the one before (as `sort(compareStringPairs)` and comparing neighbours);
 * - {@link createStringPool}: one shared copy of repeated short strings (an equal string);
 * - {@link compiledFieldsTest}: a model's verdict with its fields unrolled in one function
 *   made for the model (as the model's loop over its fields);
 * - {@link modelOutputOf}: a model's parse (as `safeParseModel(model, input).output`), which
 *   gives an input already in the model's output form itself (an equal value);
 *   {@link outputFormTest} tells such inputs, with its check tree made into one function
 *   (as the tree's interpreter, `passes`);
 * - {@link flatString}: a concatenation held in one piece (the same string).
 */

export { compiledFieldsTest } from "./compiled-verdict.js";
export { firstOfEachKey } from "./first-of-each.js";
export { flatString } from "./flat-string.js";
export { modelOutputOf, outputFormTest } from "./output-form.js";
export { type SortedStringPairs, sortStringPairsMarkingRepeats } from "./pair-sort.js";
export { createStringPool, type StringPool } from "./string-pool.js";
