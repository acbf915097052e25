import { describe, expect, it } from "vitest";
import { hyphenateHex, parseUuid, uuidField } from "../src/rules/uuid.js";

const CANONICAL = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

describe("UUIDs (input-coercion.md)", () => {
  it.each<[string, string, string]>([
    ["hyphenated, lower case", CANONICAL, CANONICAL],
    ["hyphenated, upper case", "AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE", CANONICAL],
    ["hyphenated, mixed case", "aAaAaAaA-bBbB-cCcC-dDdD-eEeEeEeEeEeE", CANONICAL],
    ["32 hex digits", "aaaaaaaabbbbccccddddeeeeeeeeeeee", CANONICAL],
    ["32 hex digits, upper case", "AAAAAAAABBBBCCCCDDDDEEEEEEEEEEEE", CANONICAL],
    ["braced", "{aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee}", CANONICAL],
    ["braced, upper case", "{AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE}", CANONICAL],
    ["urn:uuid:", "urn:uuid:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", CANONICAL],
    ["urn:uuid:, upper-case hex", "urn:uuid:AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE", CANONICAL],
    [
      "a random v4 UUID",
      "123E4567-E89B-42D3-A456-426614174000",
      "123e4567-e89b-42d3-a456-426614174000",
    ],
    [
      "the nil UUID",
      "00000000-0000-0000-0000-000000000000",
      "00000000-0000-0000-0000-000000000000",
    ],
    [
      "the max UUID",
      "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
      "ffffffff-ffff-ffff-ffff-ffffffffffff",
    ],
  ])("%s: %j -> %j (version and variant bits not checked)", (_label, input, output) => {
    expect(parseUuid(input)).toEqual({ ok: true, value: output });
  });

  it.each<[string, unknown]>([
    ["a number", 123],
    ["null", null],
    ["a boolean", true],
    ["an object", {}],
    ["an array", []],
  ])("%s -> uuid_type", (_label, input) => {
    expect(parseUuid(input)).toEqual({
      ok: false,
      violation: "uuid_type",
      message: "UUID input should be a string",
    });
  });

  it.each<[string, string]>([
    ["empty", ""],
    ["35 chars", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeee"],
    ["a non-hex character", "gaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"],
    ["a missing hyphen", "aaaaaaaabbbb-cccc-dddd-eeeeeeeeeeee"],
    ["hyphens in the wrong places", "aaaaaaa-abbbb-cccc-dddd-eeeeeeeeeeee"],
    ["leading space", " aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"],
    ["trailing newline", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\n"],
    ["an opening brace only", "{aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"],
    ["a closing brace only", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee}"],
    ["32 hex digits in braces", "{aaaaaaaabbbbccccddddeeeeeeeeeeee}"],
    ["urn:uuid: with 32 hex digits", "urn:uuid:aaaaaaaabbbbccccddddeeeeeeeeeeee"],
    ["an upper-case URN:UUID: prefix", "URN:UUID:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"],
    ["urn: without uuid:", "urn:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"],
    ["a ULID", "01ARZ3NDEKTSV4RRFFQ69G5FAV"],
  ])("%s -> uuid_parsing", (_label, input) => {
    const result = parseUuid(input);
    expect(result).toMatchObject({ ok: false, violation: "uuid_parsing" });
    expect(result.ok ? "" : result.message).toMatch(/^Input should be a valid UUID/);
  });

  it("hyphenateHex formats 32 hex digits lower-case 8-4-4-4-12", () => {
    expect(hyphenateHex("AAAAAAAABBBBCCCCDDDDEEEEEEEEEEEE")).toBe(CANONICAL);
  });

  it("uuidField has the wire form of a uuid-formatted string", () => {
    expect(uuidField().wire).toEqual({ type: "string", format: "uuid" });
  });
});
