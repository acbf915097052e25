/**
 * orderedRecord / orderedRecordOf: frozen records whose keys enumerate in the given order,
 * integer-like keys included, as a Python dict keeps them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { orderedRecord, orderedRecordOf } from "../src/rules/ordered-record.js";

describe("orderedRecord", () => {
  it("lists keys in the given order to JSON.stringify, Object.keys, Object.entries and for-in", () => {
    const record = orderedRecord([
      ["b", 1],
      ["2", 2],
      ["a", 3],
      ["1", 4],
    ]);
    expect(JSON.stringify(record)).toBe('{"b":1,"2":2,"a":3,"1":4}');
    expect(Object.keys(record)).toEqual(["b", "2", "a", "1"]);
    expect(Object.entries(record)).toEqual([
      ["b", 1],
      ["2", 2],
      ["a", 3],
      ["1", 4],
    ]);
    const seen: string[] = [];
    for (const key in record) seen.push(key);
    expect(seen).toEqual(["b", "2", "a", "1"]);
  });

  it("keeps a repeated key at its first place with its last value (Python dict assignment)", () => {
    const record = orderedRecord([
      ["x", 1],
      ["y", 2],
      ["x", 3],
    ]);
    expect(JSON.stringify(record)).toBe('{"x":3,"y":2}');
  });

  it("takes a Map in its insertion order (a deleted then re-added key moves to the end)", () => {
    const map = new Map([
      ["10", "a"],
      ["9", "b"],
    ]);
    map.delete("10");
    map.set("10", "c");
    expect(JSON.stringify(orderedRecord(map))).toBe('{"9":"b","10":"c"}');
  });

  it("is frozen, reads like an object, and treats __proto__ as data", () => {
    const record = orderedRecord<unknown>([
      ["__proto__", { polluted: true }],
      ["k", 1],
    ]);
    expect(Object.isFrozen(record)).toBe(true);
    expect(record.k).toBe(1);
    expect("k" in record).toBe(true);
    expect(Object.hasOwn(record, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(record)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => {
      (record as Record<string, unknown>).k = 2;
    }).toThrow(TypeError);
    expect(JSON.stringify(record)).toBe('{"__proto__":{"polluted":true},"k":1}');
  });

  it("serialises any entries as Python would dump the dict built from them", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.string(), fc.nat().map(String)), fc.integer())),
        (entries) => {
          const keys: string[] = [];
          const values = new Map<string, number>();
          for (const [key, value] of entries) {
            if (!values.has(key)) keys.push(key);
            values.set(key, value);
          }
          const expected = `{${keys.map((key) => `${JSON.stringify(key)}:${values.get(key)}`).join(",")}}`;
          expect(JSON.stringify(orderedRecord(entries))).toBe(expected);
        },
      ),
    );
  });
});

describe("orderedRecordOf", () => {
  it("builds the record of keys in order with the value of each", () => {
    const record = orderedRecordOf(["z", "10", "2"], (key) => key.length);
    expect(JSON.stringify(record)).toBe('{"z":1,"10":2,"2":1}');
    expect(Object.isFrozen(record)).toBe(true);
  });
});
