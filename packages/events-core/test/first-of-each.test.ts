import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstOfEachKey, hashText } from "../src/internal/first-of-each.js";

/** The reference: keep the items a Set of keys does not hold yet. */
function firstsBySet(keys: readonly string[]): number[] {
  const seen = new Set<string>();
  return keys.map((key) => {
    const size = seen.size;
    return seen.add(key).size !== size ? 1 : 0;
  });
}

const identity = (key: string) => key;

describe("firstOfEachKey", () => {
  it("marks the first item of each key, as a Set of keys does", () => {
    const keys = fc.oneof(
      fc.array(fc.constantFrom("a", "b", "", "01ARZ3NDEKTSV4RRFFQ69G5FAV", "\u{1F600}")),
      fc.array(fc.string({ unit: "binary" }), { maxLength: 200 }),
      fc.array(fc.stringMatching(/^[0-9A-Z]{0,3}$/), { minLength: 50, maxLength: 2000 }),
    );
    fc.assert(
      fc.property(keys, (list) => {
        expect([...firstOfEachKey(list, identity)]).toEqual(firstsBySet(list));
      }),
      { numRuns: 300 },
    );
  });

  it("marks keys repeated across read-ahead blocks (over 1024 items), empty keys included", () => {
    const keys = fc.array(fc.stringMatching(/^[0-9A-Z]{0,3}$/), {
      minLength: 1025,
      maxLength: 5000,
    });
    fc.assert(
      fc.property(keys, (list) => {
        expect([...firstOfEachKey(list, identity)]).toEqual(firstsBySet(list));
      }),
      { numRuns: 30 },
    );
    const spread = Array.from({ length: 4500 }, (_, i) => `id-${(i * 7919) % 2600}`);
    expect([...firstOfEachKey(spread, identity)]).toEqual(firstsBySet(spread));
  });

  it("reads keys through keyOf", () => {
    const events = [{ id: "x" }, { id: "y" }, { id: "x" }];
    expect([...firstOfEachKey(events, (event) => event.id)]).toEqual([1, 1, 0]);
  });

  it("stays exact when keys share a hash slot beyond the probe limit (switches to a Set)", () => {
    // 1000 items use a table of 2048 slots: find 60 keys that all hash to slot 0.
    const crowded: string[] = [];
    for (let i = 0; crowded.length < 60; i++) {
      const key = `k${i}`;
      if ((hashText(key) & 2047) === 0) crowded.push(key);
    }
    const others = Array.from({ length: 880 }, (_, i) => `other-${i % 700}`);
    const keys = [...crowded, ...others, ...crowded];
    expect(keys).toHaveLength(1000);
    expect([...firstOfEachKey(keys, identity)]).toEqual(firstsBySet(keys));
  });
});
