import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EVENT_ID_PATTERN,
  eventIdField,
  normalizeEventId,
  pythonTypeName,
} from "../src/rules/event-id.js";
import { eventIdCaseArb } from "./support/arbitraries.js";

const ULID = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
const UUID = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

function crockfordError(value: string): string {
  return `26-char event_id must be valid Crockford base32 (chars I, L, O, U are not allowed); got '${value}'`;
}

function shapeError(length: number): string {
  return `event_id must be 26-char ULID (Crockford base32), 36-char UUID, or 32-char hex UUID; got ${length} chars`;
}

describe("event id normalisation (envelope-and-ordering.md)", () => {
  it.each<[string, string, string]>([
    ["26-char ULID, upper case", ULID, ULID],
    ["26-char ULID, lower case -> upper case", "01arz3ndektsv4rrffq69g5fav", ULID],
    ["26-char ULID, mixed case -> upper case", "01aRz3NdEkTsV4rRfFq69G5fAv", ULID],
    ["26 digits", "01234567890123456789012345", "01234567890123456789012345"],
    ["26 chars of the whole alphabet", "0123456789abcdefghjkmnpqrs", "0123456789ABCDEFGHJKMNPQRS"],
    ["36-char UUID, lower case", UUID, UUID],
    ["36-char UUID, upper case -> lower case", "AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE", UUID],
    ["32 hex digits -> lower-case hyphenated", "aaaaaaaabbbbccccddddeeeeeeeeeeee", UUID],
    [
      "32 hex digits, upper case -> lower-case hyphenated",
      "AAAAAAAABBBBCCCCDDDDEEEEEEEEEEEE",
      UUID,
    ],
    [
      "32 decimal digits (also hex)",
      "01234567890123456789012345678901",
      "01234567-8901-2345-6789-012345678901",
    ],
  ])("%s: %j -> %j", (_label, input, output) => {
    expect(normalizeEventId(input)).toEqual({ ok: true, value: output });
  });

  it.each<[string, string]>([
    ["letter I", "01ARZ3NDEKTSV4RRFFQ69G5FAI"],
    ["letter L", "01ARZ3NDEKTSV4RRFFQ69G5FAL"],
    ["letter O", "01ARZ3NDEKTSV4RRFFQ69G5FAO"],
    ["letter U", "01ARZ3NDEKTSV4RRFFQ69G5FAU"],
    ["lower-case u", "01arz3ndektsv4rrffq69g5fau"],
    ["a hyphen", "01ARZ3NDEKTSV4RRFFQ69G5FA-"],
    ["a space", "01ARZ3NDEKTSV4RRFFQ69G5FA "],
    ["a non-ASCII letter", "01ARZ3NDEKTSV4RRFFQ69G5FAé"],
    ["25 chars and an astral character (26 code points)", "01ARZ3NDEKTSV4RRFFQ69G5FA\u{1F600}"],
  ])("26 chars with %s -> the Crockford error", (_label, input) => {
    expect(normalizeEventId(input)).toEqual({
      ok: false,
      violation: "value_error",
      message: crockfordError(input),
    });
  });

  it.each<[string, string, number]>([
    ["empty", "", 0],
    ["3 chars", "abc", 3],
    ["25 chars", ULID.slice(1), 25],
    ["27 chars", `${ULID}0`, 27],
    ["36 chars, not hex", "gggggggg-bbbb-cccc-dddd-eeeeeeeeeeee", 36],
    ["36 chars, hyphens misplaced", "aaaaaaa-abbbb-cccc-dddd-eeeeeeeeeeee", 36],
    ["36 chars, no hyphens", "aaaaaaaabbbbccccddddeeeeeeeeeeee0000", 36],
    ["32 chars, not hex", "gaaaaaaabbbbccccddddeeeeeeeeeeee", 32],
    ["braced UUID (38 chars)", `{${UUID}}`, 38],
    ["urn:uuid: UUID (45 chars)", `urn:uuid:${UUID}`, 45],
    ["UUID with a trailing newline", `${UUID}\n`, 37],
    ["13 astral characters (13 code points, 26 UTF-16 units)", "\u{1F600}".repeat(13), 13],
    ["16 astral characters (16 code points, 32 UTF-16 units)", "\u{1F600}".repeat(16), 16],
  ])("%s -> the shape error with the length in code points", (_label, input, length) => {
    expect(normalizeEventId(input)).toEqual({
      ok: false,
      violation: "value_error",
      message: shapeError(length),
    });
  });

  it.each<[string, unknown, string]>([
    ["an integer", 123, "int"],
    ["a float", 1.5, "float"],
    ["a boolean", true, "bool"],
    ["null", null, "NoneType"],
    ["an array", [ULID], "list"],
    ["an object", { id: ULID }, "dict"],
  ])("%s -> 'event_id must be a string; got %s'", (_label, input, typeName) => {
    expect(normalizeEventId(input)).toEqual({
      ok: false,
      violation: "value_error",
      message: `event_id must be a string; got ${typeName}`,
    });
  });

  it.each<[unknown, string]>([
    [0, "int"],
    [-7, "int"],
    [0.5, "float"],
    [false, "bool"],
    [undefined, "NoneType"],
    ["x", "str"],
    [[], "list"],
    [{}, "dict"],
  ])("pythonTypeName(%j) = %j", (value, name) => {
    expect(pythonTypeName(value)).toBe(name);
  });

  it("eventIdField has the wire form: 26 to 36 chars matching the id pattern", () => {
    expect(eventIdField().wire).toEqual({
      type: "string",
      minLength: 26,
      maxLength: 36,
      pattern: EVENT_ID_PATTERN,
    });
    const pattern = new RegExp(EVENT_ID_PATTERN);
    expect([ULID, UUID, "aaaaaaaabbbbccccddddeeeeeeeeeeee"].every((id) => pattern.test(id))).toBe(
      true,
    );
    expect(pattern.test("01ARZ3NDEKTSV4RRFFQ69G5FAI")).toBe(false);
  });

  it("every generated id in the three shapes normalises as the table says, idempotently", () => {
    fc.assert(
      fc.property(eventIdCaseArb, ({ input, normalized }) => {
        expect(normalizeEventId(input)).toEqual({ ok: true, value: normalized });
        expect(normalizeEventId(normalized)).toEqual({ ok: true, value: normalized });
      }),
    );
  });

  it("never throws, and rejects only with value_error", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.jsonValue()),
        (input) => {
          const result = normalizeEventId(input);
          if (!result.ok) expect(result.violation).toBe("value_error");
        },
      ),
    );
  });
});
