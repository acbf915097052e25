import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortStringPairsMarkingRepeats } from "../src/internal/pair-sort.js";
import {
  compareCodePoints,
  compareStringPairs,
  sortStringPairs as plainSortStringPairs,
} from "../src/ordering/code-point.js";

/** The internal sort's order (the machinery below the plain public sort). */
const sortStringPairs = <T extends readonly [string, string]>(pairs: readonly T[]): T[] =>
  sortStringPairsMarkingRepeats(pairs).sorted;

/** Python's order written out: the strings as arrays of code points, compared item by item. */
function codePointOrder(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0) as number);
  const y = Array.from(b, (c) => c.codePointAt(0) as number);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return Math.sign((x[i] as number) - (y[i] as number));
  }
  return Math.sign(x.length - y.length);
}

// Strings from a few code units that meet each other often: prefixes, BMP units above the
// surrogates, paired and unpaired surrogates.
const UNITS = ["a", "b", "\ud7ff", "\ud800", "\udbff", "\udc00", "\udfff", "\ue000", "\uffff"];
const unitString = fc
  .array(fc.constantFrom(...UNITS), { maxLength: 5 })
  .map((units) => units.join(""));
const anyString = fc.oneof(
  unitString,
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
);

/** Each sorted pair is marked exactly when it equals the pair before it. */
function expectRepeatsMarked(sorted: readonly [string, string][], repeats: Uint8Array): void {
  expect(repeats).toHaveLength(sorted.length);
  sorted.forEach((pair, i) => {
    const previous = sorted[i - 1];
    const equal = previous !== undefined && compareStringPairs(previous, pair) === 0;
    expect(repeats[i]).toBe(equal ? 1 : 0);
  });
}

describe("compareCodePoints", () => {
  it.each([
    ["a", "b", -1],
    ["b", "a", 1],
    ["a", "a", 0],
    ["a", "ab", -1],
    ["ab", "a", 1],
    ["", "", 0],
    // U+FF01 is below U+1F600 as a code point, above it as UTF-16 units.
    ["\uff01", "\u{1f600}", -1],
    ["\u{1f600}", "\uff01", 1],
    // An unpaired surrogate is its own code point: U+D800 is below U+E000.
    ["\ud800", "\ue000", -1],
    ["\udc00", "\ue000", -1],
    ["\ud800x", "\ud800\udc00", -1],
    ["\ud800\ud800", "\ud800\udc00", -1],
    ["\ud800\u{10000}", "\ud800\ud800", 1],
  ])("compares %j with %j", (a, b, sign) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(sign);
  });

  it("agrees with comparing arrays of code points, unpaired surrogates included", () => {
    fc.assert(
      fc.property(anyString, anyString, (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(codePointOrder(a, b));
      }),
      { numRuns: 2000 },
    );
  });
});

// Texts that often share long prefixes (the packed keys' window) or are equal.
const pairText = fc.oneof(
  anyString,
  unitString,
  unitString.map((units) => `delivery-0000${units}`),
);

describe("the internal pair sort and the public sortStringPairs", () => {
  it("give the same order and the same repeats as a plain stable sort, for any pairs", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(pairText, pairText), { maxLength: 300 }), (pairs) => {
        const plain = plainSortStringPairs(pairs);
        const { sorted, repeats } = sortStringPairsMarkingRepeats(pairs);
        expect(sorted).toEqual(plain);
        sorted.forEach((pair, i) => {
          expect(sorted[i]).toBe(plain[i]);
          const before = plain[i - 1];
          expect(repeats[i] === 1).toBe(
            before !== undefined && compareStringPairs(before, pair) === 0,
          );
        });
      }),
    );
  });
});

describe("sortStringPairs", () => {
  const pair = fc.tuple(anyString, anyString);
  const sortedCopy = (pairs: [string, string][]) =>
    [...pairs].sort((a, b) => codePointOrder(a[0], b[0]) || codePointOrder(a[1], b[1]));

  it("sorts as Python sorts tuples of str, for any strings", () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 80 }), (pairs) => {
        expect(sortStringPairs([...pairs])).toEqual(sortedCopy(pairs));
      }),
      { numRuns: 1000 },
    );
  });

  it("sorts long runs with shared prefixes (radix steps, not only insertion sort)", () => {
    const prefixed = fc.tuple(
      fc.constantFrom("dlv-", "dlv-0", "", "d"),
      fc.stringMatching(/^[0-9a-f]{0,4}$/),
      fc.constantFrom("sha:", "sha:1", ""),
      fc.stringMatching(/^[0-9a-f]{0,3}$/),
    );
    fc.assert(
      fc.property(fc.array(prefixed, { minLength: 20, maxLength: 400 }), (parts) => {
        const pairs = parts.map(([a, b, c, d]): [string, string] => [a + b, c + d]);
        expect(sortStringPairs([...pairs])).toEqual(sortedCopy(pairs));
      }),
      { numRuns: 300 },
    );
  });

  it("falls back to code-point order when surrogates decide in long runs", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(unitString, unitString), { minLength: 30, maxLength: 300 }),
        (pairs) => {
          expect(sortStringPairs([...pairs])).toEqual(sortedCopy(pairs));
        },
      ),
      { numRuns: 300 },
    );
  });

  // Either string can be the pivot of the first partition: the arrangements put it first.
  const arrangements = [
    ["alternating", (i: number) => i % 2 === 0],
    ["mostly the higher", (i: number) => i < 30],
    ["mostly the lower", (i: number) => i >= 30],
  ] as const;
  it.each(
    arrangements.flatMap(([arranged, isHigh]) => [
      ["U+E000 and U+10000", arranged, "\ue000", "\u{10000}", isHigh],
      ["an unpaired U+D800 and U+E000", arranged, "\ud800", "\ue000", isHigh],
    ]),
  )("orders %s by code point in a long run (%s)", (_, _arranged, low, high, isHigh) => {
    const pairs: [string, string][] = Array.from({ length: 40 }, (_, i) => [
      isHigh(i) ? high : low,
      String(i),
    ]);
    const lowCount = pairs.filter(([first]) => first === low).length;
    const sorted = sortStringPairs([...pairs]);
    expect(sorted.slice(0, lowCount).every(([first]) => first === low)).toBe(true);
    expect(sorted).toEqual(sortedCopy(pairs));
  });

  it("returns a new array, leaves its input as it was, and gives one order for any input order", () => {
    const pairs: [string, string][] = Array.from({ length: 200 }, (_, i) => [
      `dlv-${(i * 7919) % 97}`,
      `fp-${i % 3}`,
    ]);
    const sorted = sortStringPairs(pairs);
    expect(sorted).toEqual(sortedCopy(pairs));
    fc.assert(
      fc.property(fc.shuffledSubarray(pairs, { minLength: pairs.length }), (shuffled) => {
        const before = [...shuffled];
        const result = sortStringPairs(shuffled);
        expect(result).not.toBe(shuffled);
        expect(shuffled).toEqual(before);
        expect(result).toEqual(sorted);
      }),
      { numRuns: 100 },
    );
  });

  it("sorts keys that share long prefixes or differ only beyond the key window", () => {
    const ids = fc.tuple(
      fc.constantFrom("", "dlv-", "dlv-2026-11-24-"),
      fc.stringMatching(/^[0-9a-f]{0,24}$/),
      fc.stringMatching(/^[a-z]{0,3}$/),
    );
    fc.assert(
      fc.property(fc.array(ids, { minLength: 32, maxLength: 300 }), (parts) => {
        const pairs = parts.map(([a, b, c]): [string, string] => [a + b, c]);
        expect(sortStringPairs(pairs)).toEqual(sortedCopy(pairs));
      }),
      { numRuns: 200 },
    );
    const long = Array.from({ length: 100 }, (_, i): [string, string] => [
      `${"x".repeat(40)}${i % 7}${"y".repeat(30)}${(i * 31) % 100}`,
      "",
    ]);
    expect(sortStringPairs(long)).toEqual(sortedCopy(long));
  });

  it("is stable: equal pairs keep their input order, on every path", () => {
    const few = fc.array(fc.tuple(fc.constantFrom("a", "b"), fc.constantFrom("x", "y")), {
      maxLength: 31,
    });
    const many = fc.array(
      fc.tuple(fc.constantFrom("dlv-1", "dlv-2", "dlv-10", ""), fc.constantFrom("x", "y")),
      { minLength: 32, maxLength: 300 },
    );
    const surrogates = fc.array(fc.tuple(unitString, fc.constantFrom("x", "y")), {
      minLength: 32,
      maxLength: 300,
    });
    fc.assert(
      fc.property(fc.oneof(few, many, surrogates), (values) => {
        // Fresh array objects, so that equal pairs are told apart by identity.
        const pairs = values.map(([a, b]): [string, string] => [a, b]);
        const sorted = sortStringPairs(pairs);
        expect(sorted).toEqual(sortedCopy(pairs));
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1] as [string, string], sorted[i] as [string, string]];
          if (compareStringPairs(a, b) === 0) {
            expect(pairs.indexOf(a)).toBeLessThan(pairs.indexOf(b));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("marks each sorted pair that equals the one before it, on every path", () => {
    const few = fc.array(fc.tuple(fc.constantFrom("a", "b"), fc.constantFrom("x", "y")), {
      maxLength: 31,
    });
    const many = fc.array(
      fc.tuple(fc.stringMatching(/^dlv-[0-9a-f]{0,12}$/), fc.constantFrom("x", "y", "")),
      { minLength: 32, maxLength: 300 },
    );
    const repeated = many.chain((pairs) =>
      fc.shuffledSubarray([...pairs, ...pairs.slice(0, 40)], {
        minLength: pairs.length + Math.min(40, pairs.length),
      }),
    );
    const surrogates = fc.array(fc.tuple(unitString, fc.constantFrom("x", "y")), {
      minLength: 32,
      maxLength: 300,
    });
    fc.assert(
      fc.property(fc.oneof(few, many, repeated, surrogates), (values) => {
        const pairs = values.map(([a, b]): [string, string] => [a, b]);
        const { sorted, repeats } = sortStringPairsMarkingRepeats(pairs);
        expect(sorted).toEqual(sortStringPairs(pairs));
        expectRepeatsMarked(sorted, repeats);
      }),
      { numRuns: 300 },
    );
  });

  it("sorts and marks inputs that span several read-ahead blocks (over 1024 pairs)", () => {
    // The first items are read a block at a time; their shared prefix shrinks across blocks.
    const first = fc.tuple(
      fc.constantFrom("dlv-", "dlv-2026-", "x"),
      fc.stringMatching(/^[0-9a-f]{0,6}$/),
    );
    const many = fc.array(fc.tuple(first, fc.constantFrom("x", "y")), {
      minLength: 1025,
      maxLength: 3500,
    });
    fc.assert(
      fc.property(many, (values) => {
        const pairs = values.map(([[a, b], c]): [string, string] => [a + b, c]);
        const { sorted, repeats } = sortStringPairsMarkingRepeats(pairs);
        expect(sorted).toEqual(sortedCopy(pairs));
        expectRepeatsMarked(sorted, repeats);
      }),
      { numRuns: 25 },
    );
  });

  it("orders by the first string, then the second", () => {
    expect(Math.sign(compareStringPairs(["a", "z"], ["b", "a"]))).toBe(-1);
    expect(Math.sign(compareStringPairs(["a", "b"], ["a", "a"]))).toBe(1);
    expect(compareStringPairs(["a", "b"], ["a", "b"])).toBe(0);
    expect(
      sortStringPairs<[string, string]>([
        ["ab", ""],
        ["a", "z"],
        ["a", ""],
      ]),
    ).toEqual([
      ["a", ""],
      ["a", "z"],
      ["ab", ""],
    ]);
  });
});
