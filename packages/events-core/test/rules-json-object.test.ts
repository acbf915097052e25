import { describe, expect, it } from "vitest";
import {
  freezeJsonCopy,
  isJsonObject,
  jsonObjectField,
  ownValue,
  parseJsonObject,
} from "../src/rules/json-object.js";
import { deepFreeze, frozenSet } from "../src/support/frozen.js";

function nested(depth: number): unknown {
  return JSON.parse(`${'{"a":'.repeat(depth)}[1,{"b":2}]${"}".repeat(depth)}`);
}

function innermost(value: unknown): unknown {
  let current = value as { a?: unknown };
  while (current !== null && typeof current === "object" && "a" in current) {
    current = current.a as { a?: unknown };
  }
  return current;
}

describe("JSON objects (the envelope's payload)", () => {
  it.each<[string, unknown]>([
    ["null", null],
    ["an array", [1, 2]],
    ["a string", "{}"],
    ["a number", 1],
    ["a boolean", false],
    ["undefined", undefined],
  ])("%s -> dict_type", (_label, input) => {
    expect(parseJsonObject(input)).toEqual({
      ok: false,
      violation: "dict_type",
      message: "Input should be a valid dictionary",
    });
  });

  it("accepts any JSON object and returns a frozen deep copy", () => {
    const input = { a: 1, b: [1, { c: "x" }], d: { e: null }, f: true };
    const result = parseJsonObject(input);
    if (!result.ok) throw new Error(result.message);
    const copy = result.value as typeof input;
    expect(copy).toEqual(input);
    expect(copy).not.toBe(input);
    expect(copy.b).not.toBe(input.b);
    for (const part of [copy, copy.b, copy.b[1], copy.d]) expect(Object.isFrozen(part)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(input));
  });

  it("keeps key order, including integer-like keys as JSON.parse orders them", () => {
    const input = JSON.parse('{"z":1,"a":2,"10":3,"2":4}');
    expect(JSON.stringify(freezeJsonCopy(input))).toBe(JSON.stringify(input));
  });

  it("copies a __proto__ key as data without touching any prototype", () => {
    const input = JSON.parse('{"__proto__":{"polluted":true},"x":{"__proto__":[1]}}');
    const copy = freezeJsonCopy(input) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(copy, "__proto__")?.value).toEqual({ polluted: true });
    expect((copy as { polluted?: unknown }).polluted).toBeUndefined();
    expect(JSON.stringify(copy)).toBe('{"__proto__":{"polluted":true},"x":{"__proto__":[1]}}');
  });

  it("copies any nesting depth without exhausting the call stack", () => {
    const deep = nested(100_000);
    const result = parseJsonObject(deep);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // (assertions avoid handing the deep value itself to expect, which walks it recursively)
    expect(result.value === deep).toBe(false);
    expect(innermost(result.value)).toEqual([1, { b: 2 }]);
    expect(Object.isFrozen(innermost(result.value))).toBe(true);
  });

  it("copies a value nested just past the recursion depth the same as a shallow one", () => {
    const input = nested(250);
    expect(JSON.stringify(freezeJsonCopy(input))).toBe(JSON.stringify(input));
  });

  it("copies a cyclic (non-JSON) object as a cyclic frozen copy instead of looping", () => {
    const input: Record<string, unknown> = { list: [1, { back: null }] };
    ((input.list as unknown[])[1] as Record<string, unknown>).back = input;
    input.self = input;
    const copy = freezeJsonCopy(input) as typeof input;
    expect(copy).not.toBe(input);
    expect(copy.self).toBe(copy);
    expect(((copy.list as unknown[])[1] as Record<string, unknown>).back).toBe(copy);
    expect(Object.isFrozen(copy.list)).toBe(true);
  });

  it("copies a shared object once and shares the copy: work linear in the distinct objects", () => {
    // 60 levels, each object held twice by the one above: 2^60 paths, 61 distinct objects.
    let shared: Record<string, unknown> = { leaf: [1] };
    for (let i = 0; i < 60; i++) shared = { a: shared, b: shared };
    const copy = freezeJsonCopy({ root: shared, again: shared }) as Record<string, unknown>;
    expect(copy.root).toBe(copy.again);
    let node = copy.root as Record<string, unknown>;
    for (let i = 0; i < 60; i++) {
      expect(node.a).toBe(node.b);
      expect(Object.isFrozen(node)).toBe(true);
      node = node.a as Record<string, unknown>;
    }
    expect(node).toEqual({ leaf: [1] });
  });

  it("shares copies the same way past the recursion depth (the explicit-stack walker)", () => {
    let shared: unknown = ["end"];
    for (let i = 0; i < 400; i++) shared = { a: shared, b: [shared] };
    const copy = freezeJsonCopy(shared) as { a: unknown; b: unknown[] };
    let node = copy;
    for (let i = 0; i < 400; i++) {
      expect(node.b[0]).toBe(node.a);
      node = node.a as typeof copy;
    }
    expect(node).toEqual(["end"]);
    expect(Object.isFrozen(node)).toBe(true);
  });

  it("returns primitives unchanged", () => {
    expect(freezeJsonCopy("x")).toBe("x");
    expect(freezeJsonCopy(null)).toBe(null);
    expect(freezeJsonCopy(3)).toBe(3);
  });

  it("isJsonObject is true for objects only", () => {
    expect([{}, Object.create(null), [], null, "x", 1].map(isJsonObject)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it("jsonObjectField has the wire form of an open object", () => {
    expect(jsonObjectField().wire).toEqual({ additionalProperties: true, type: "object" });
  });
});

describe("ownValue (a payload key read as dict.get reads it)", () => {
  const hostile = JSON.parse('{"__proto__": {"polluted": 1}, "a": null}') as Record<
    string,
    unknown
  >;
  it.each<[string, Record<string, unknown>, string, unknown, unknown]>([
    ["an own value", { a: 1 }, "a", undefined, 1],
    ["an own null, not the fallback", { a: null }, "a", "fallback", null],
    ["a missing key: the fallback", { a: 1 }, "b", "fallback", "fallback"],
    ["a missing key without fallback: undefined", { a: 1 }, "b", undefined, undefined],
    ["an inherited property is not a value", {}, "toString", undefined, undefined],
    ["`__proto__` as data", hostile, "__proto__", undefined, { polluted: 1 }],
    ["nothing read through `__proto__`", hostile, "polluted", undefined, undefined],
  ])("%s", (_label, record, key, fallback, expected) => {
    expect(ownValue(record, key, fallback)).toEqual(expected);
  });
});

describe("frozen helpers", () => {
  it("frozenSet refuses add, delete and clear", () => {
    const set = frozenSet(["a", "b"]) as Set<string>;
    expect(() => set.add("c")).toThrow(TypeError);
    expect(() => set.delete("a")).toThrow(TypeError);
    expect(() => set.clear()).toThrow(TypeError);
    expect([...set]).toEqual(["a", "b"]);
    expect(set.has("a")).toBe(true);
    expect(Object.isFrozen(set)).toBe(true);
  });

  it("deepFreeze freezes everything reachable and returns its input", () => {
    const value = { a: [{ b: 1 }], c: { d: {} } };
    expect(deepFreeze(value)).toBe(value);
    for (const part of [value, value.a, value.a[0], value.c, value.c.d]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
  });
});
