import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { createStringPool } from "../src/internal/string-pool.js";
import { describe as withDescription } from "../src/model/describe.js";
import { model } from "../src/model/model.js";
import { enumField } from "../src/rules/enum.js";
import {
  codePointLength,
  nonEmptyStringField,
  parseString,
  patternStringField,
  stringField,
} from "../src/rules/string.js";

const GRINNING = "\u{1F600}"; // one code point, two UTF-16 units

describe("strings with min_length=1 (input-coercion.md)", () => {
  const rule = nonEmptyStringField().rule;

  it.each<[string, string]>([
    ["one space", " "],
    ["one letter", "a"],
    ["one astral character", GRINNING],
    ["a combining sequence", "e\u0301"],
    ["a lone surrogate", "\ud800"],
  ])("%s is valid and kept as is", (_label, input) => {
    expect(rule(input)).toEqual({ ok: true, value: input });
  });

  it('"" is rejected as string_too_short', () => {
    expect(rule("")).toEqual({
      ok: false,
      violation: "string_too_short",
      message: "String should have at least 1 character",
    });
  });

  it.each<[string, unknown]>([
    ["a number", 1],
    ["null", null],
    ["a boolean", true],
    ["an array", ["a"]],
    ["an object", { a: 1 }],
  ])("%s is rejected as string_type", (_label, input) => {
    expect(rule(input)).toEqual({
      ok: false,
      violation: "string_type",
      message: "Input should be a valid string",
    });
  });

  it("has the wire form of a string with minLength 1", () => {
    expect(nonEmptyStringField().wire).toEqual({ type: "string", minLength: 1 });
    expect(stringField().wire).toEqual({ type: "string" });
  });
});

describe("non-empty text fields", () => {
  it("have the verdict of a string of at least one code unit", () => {
    const field = nonEmptyStringField();
    const inputs = fc.oneof(
      fc.anything(),
      fc.string({ unit: "binary", maxLength: 3 }),
      fc.constantFrom("", " ", GRINNING, "\ud800", "\udc00"),
    );
    fc.assert(
      fc.property(inputs, (input) => {
        const expected = typeof input === "string" && input.length > 0;
        expect(field.test(input)).toBe(expected);
        expect(field.rule(input).ok).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it("give a model the verdict of running it, bare, described, optional or checked", () => {
    const sample = model("Sample", "A sample model.", {
      bare: nonEmptyStringField(),
      described: withDescription(nonEmptyStringField(), "text"),
      maybe: v.optional(nonEmptyStringField(), "default"),
      checked: v.pipe(
        nonEmptyStringField(),
        v.check((text: string) => text !== "x"),
      ),
    });
    const value = fc.oneof(
      fc.constantFrom(undefined, "", "x", "y", GRINNING, 0, null),
      fc.anything(),
    );
    const record = fc.record(
      { bare: value, described: value, maybe: value, checked: value },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(record, (input) => {
        const ran = sample["~run"]({ value: input }, {});
        expect(sample.test(input)).toBe(ran.issues === undefined);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("lengths count code points", () => {
  it.each<[string, number]>([
    ["", 0],
    ["a", 1],
    [GRINNING, 1],
    [`${GRINNING}a`, 2],
    [GRINNING.repeat(3), 3],
    ["e\u0301", 2],
    ["\ud800", 1],
    ["\udc00\ud800", 2],
    ["a\ud800", 2],
  ])("codePointLength(%j) = %j", (text, length) => {
    expect(codePointLength(text)).toBe(length);
  });

  it.each<[string, number | undefined, number | undefined, string | undefined]>([
    [GRINNING, 2, undefined, "string_too_short"],
    [GRINNING.repeat(2), 2, undefined, undefined],
    ["ab", 3, undefined, "string_too_short"],
    [GRINNING.repeat(2), undefined, 2, undefined],
    [GRINNING.repeat(3), undefined, 2, "string_too_long"],
    ["abc", undefined, 2, "string_too_long"],
    ["ab", 2, 2, undefined],
  ])("%j with minLength %j, maxLength %j -> %j", (text, minLength, maxLength, violation) => {
    const bounds = {
      ...(minLength === undefined ? {} : { minLength }),
      ...(maxLength === undefined ? {} : { maxLength }),
    };
    const result = parseString(text, bounds);
    expect(result.ok ? undefined : result.violation).toBe(violation);
  });

  it("uses plural messages for bounds above 1", () => {
    const short = parseString("a", { minLength: 2 });
    expect(short.ok ? "" : short.message).toBe("String should have at least 2 characters");
    const long = parseString("abc", { maxLength: 1 });
    expect(long.ok ? "" : long.message).toBe("String should have at most 1 character");
  });
});

describe("patterns (actor_type ^(human|service|system)$)", () => {
  const actorType = patternStringField("^(human|service|system)$", /^(human|service|system)$/);

  it.each(["human", "service", "system"])("%j matches", (input) => {
    expect(actorType.rule(input)).toEqual({ ok: true, value: input });
  });

  it.each<[string, string]>([
    ["upper case (case-sensitive)", "Human"],
    ["all caps", "HUMAN"],
    ["trailing newline ($ is the true end)", "human\n"],
    ["trailing text", "humans"],
    ["leading space", " human"],
    ["empty", ""],
    ["two values", "human|service"],
  ])("%s (%j) -> string_pattern_mismatch", (_label, input) => {
    expect(actorType.rule(input)).toEqual({
      ok: false,
      violation: "string_pattern_mismatch",
      message: "String should match pattern '^(human|service|system)$'",
    });
  });

  it.each<[string, unknown]>([
    ["a number", 1],
    ["null", null],
  ])("%s -> string_type", (_label, input) => {
    expect(actorType.rule(input)).toMatchObject({ ok: false, violation: "string_type" });
  });

  it("writes the pattern text into its wire form", () => {
    expect(actorType.wire).toEqual({ type: "string", pattern: "^(human|service|system)$" });
  });

  it("a global regular expression gives the same answer on every call", () => {
    const sticky = patternStringField("^a$", /^a$/g);
    expect([sticky.rule("a").ok, sticky.rule("a").ok, sticky.rule("a").ok]).toEqual([
      true,
      true,
      true,
    ]);
  });
});

describe("enums (health_status and the like)", () => {
  const health = enumField("HealthStatus", ["healthy", "degraded", "unreachable"], "Health.");

  it.each(["healthy", "degraded", "unreachable"])("%j is accepted", (value) => {
    expect(health.rule(value)).toEqual({ ok: true, value });
  });

  it.each<[string, unknown]>([
    ["upper case", "HEALTHY"],
    ["capitalised", "Healthy"],
    ["padded", " healthy"],
    ["unknown value", "ok"],
    ["a number", 1],
    ["null", null],
  ])("%s (%j) -> enum, with a message listing the values", (_label, input) => {
    expect(health.rule(input)).toEqual({
      ok: false,
      violation: "enum",
      message: "Input should be 'healthy', 'degraded' or 'unreachable'",
    });
  });

  it("lists two values with 'or' and one value alone", () => {
    const two = enumField("Two", ["a", "b"]);
    const one = enumField("One", ["only"]);
    expect(two.rule("c")).toMatchObject({ message: "Input should be 'a' or 'b'" });
    expect(one.rule("c")).toMatchObject({ message: "Input should be 'only'" });
  });

  it("exposes its name, frozen options and wire form", () => {
    expect(health.name).toBe("HealthStatus");
    expect(health.options).toEqual(["healthy", "degraded", "unreachable"]);
    expect(Object.isFrozen(health.options)).toBe(true);
    expect(health.wire).toEqual({
      enum: ["healthy", "degraded", "unreachable"],
      title: "HealthStatus",
      type: "string",
      description: "Health.",
    });
  });
});

describe("createStringPool", () => {
  it("holds each distinct short string once and returns equal strings", () => {
    const pool = createStringPool();
    const texts = ["SyncIngestAccepted", "ConnectorRevoked", "SyncIngestAccepted", ""];
    expect(texts.map((text) => pool.share(text))).toEqual(texts);
    expect(pool.size).toBe(3);
  });

  it("stays bounded: at most 1024 strings, none longer than 128 code units", () => {
    const pool = createStringPool();
    const long = "x".repeat(129);
    expect(pool.share(long)).toBe(long);
    expect(pool.size).toBe(0);
    expect(pool.share("y".repeat(128))).toBe("y".repeat(128));
    expect(pool.size).toBe(1);
    for (let i = 0; i < 5000; i++) expect(pool.share(`type-${i}`)).toBe(`type-${i}`);
    expect(pool.size).toBe(1024);
  });

  it("is what the envelope's event_type goes through: parsed values are unchanged", () => {
    const pool = createStringPool();
    const field = stringField({ minLength: 1 }, pool.share);
    expect(v.parse(field, "WPStatusChanged")).toBe("WPStatusChanged");
    expect(pool.size).toBe(1);
    expect(v.safeParse(field, "").success).toBe(false);
    expect(pool.size).toBe(1);
  });
});
