import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DateTimeFields,
  type DateTimeValue,
  datetimeField,
  epochSeconds,
  isDateTimeValue,
  makeDateTime,
  parseDateTime,
  parseDateTimeText,
} from "../src/rules/datetime.js";
import { dateTimeCaseArb } from "./support/arbitraries.js";
import { modelNumberMicros, modelTextMicros, utcFormsOfMicros } from "./support/unix-time-model.js";

function parsed(input: unknown): DateTimeValue {
  const result = parseDateTime(input);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(input)} to parse: ${result.message}`);
  return result.value;
}

function violationOf(input: unknown): string | undefined {
  const result = parseDateTime(input);
  return result.ok ? undefined : result.violation;
}

describe("datetime: accepted forms (input-coercion.md)", () => {
  // [input, JSON form, isoformat form]
  it.each<[string, string, string]>([
    // RFC 3339 style, separators T / t / space, Z / z
    ["2026-02-27T12:00:00Z", "2026-02-27T12:00:00Z", "2026-02-27T12:00:00+00:00"],
    ["2026-02-27t12:00:00Z", "2026-02-27T12:00:00Z", "2026-02-27T12:00:00+00:00"],
    ["2026-02-27 12:00:00Z", "2026-02-27T12:00:00Z", "2026-02-27T12:00:00+00:00"],
    ["2026-02-27T12:00:00z", "2026-02-27T12:00:00Z", "2026-02-27T12:00:00+00:00"],
    ["2026-02-27t12:00:00z", "2026-02-27T12:00:00Z", "2026-02-27T12:00:00+00:00"],
    // `_` as the separator
    ["2026-02-27_12:00:00Z", "2026-02-27T12:00:00Z", "2026-02-27T12:00:00+00:00"],
    ["2026-02-27_12:00", "2026-02-27T12:00:00", "2026-02-27T12:00:00"],
    [
      "2026-02-27_12:00:00.5+01:00",
      "2026-02-27T12:00:00.500000+01:00",
      "2026-02-27T12:00:00.500000+01:00",
    ],
    // offsets +HH:MM, -HH:MM, +HHMM, -HHMM; zero offsets are UTC
    ["2026-02-27T12:00:00+05:30", "2026-02-27T12:00:00+05:30", "2026-02-27T12:00:00+05:30"],
    ["2026-02-27T12:00:00-05:30", "2026-02-27T12:00:00-05:30", "2026-02-27T12:00:00-05:30"],
    ["2026-02-27T12:00:00+0100", "2026-02-27T12:00:00+01:00", "2026-02-27T12:00:00+01:00"],
    ["2026-02-27T12:00:00-0130", "2026-02-27T12:00:00-01:30", "2026-02-27T12:00:00-01:30"],
    ["2026-02-27T12:00:00+00:30", "2026-02-27T12:00:00+00:30", "2026-02-27T12:00:00+00:30"],
    ["2026-02-27T12:00:00-00:30", "2026-02-27T12:00:00-00:30", "2026-02-27T12:00:00-00:30"],
    ["2026-02-27T12:00:00+00:00", "2026-02-27T12:00:00Z", "2026-02-27T12:00:00+00:00"],
    ["2026-02-27T12:00:00-00:00", "2026-02-27T12:00:00Z", "2026-02-27T12:00:00+00:00"],
    ["2026-02-27T12:00:00+0000", "2026-02-27T12:00:00Z", "2026-02-27T12:00:00+00:00"],
    ["2026-02-27T12:00:00-0000", "2026-02-27T12:00:00Z", "2026-02-27T12:00:00+00:00"],
    ["2026-02-27T12:20:00+00:00", "2026-02-27T12:20:00Z", "2026-02-27T12:20:00+00:00"],
    // U+2212 minus sign in the offset, like `-`
    ["2026-02-27T12:00:00\u221205:00", "2026-02-27T12:00:00-05:00", "2026-02-27T12:00:00-05:00"],
    ["2026-02-27T12:00:00\u22120530", "2026-02-27T12:00:00-05:30", "2026-02-27T12:00:00-05:30"],
    ["2026-02-27T12:00\u221201:00", "2026-02-27T12:00:00-01:00", "2026-02-27T12:00:00-01:00"],
    [
      "2026-02-27_12:00:00.25\u221223:59",
      "2026-02-27T12:00:00.250000-23:59",
      "2026-02-27T12:00:00.250000-23:59",
    ],
    ["2026-02-27T12:00:00\u221200:00", "2026-02-27T12:00:00Z", "2026-02-27T12:00:00+00:00"],
    // offsets under 24h: +23:59 / -23:59 are the largest
    ["2026-02-27T12:00:00+23:59", "2026-02-27T12:00:00+23:59", "2026-02-27T12:00:00+23:59"],
    ["2026-02-27T12:00:00-23:59", "2026-02-27T12:00:00-23:59", "2026-02-27T12:00:00-23:59"],
    ["2026-02-27T12:00:00+2359", "2026-02-27T12:00:00+23:59", "2026-02-27T12:00:00+23:59"],
    // no offset: naive
    ["2026-02-27T12:00:00", "2026-02-27T12:00:00", "2026-02-27T12:00:00"],
    ["2026-02-27 12:00:00", "2026-02-27T12:00:00", "2026-02-27T12:00:00"],
    // seconds omitted: seconds 0
    ["2026-02-27T12:00Z", "2026-02-27T12:00:00Z", "2026-02-27T12:00:00+00:00"],
    ["2026-02-27T12:00", "2026-02-27T12:00:00", "2026-02-27T12:00:00"],
    ["2026-02-27t12:00", "2026-02-27T12:00:00", "2026-02-27T12:00:00"],
    ["2026-02-27 12:00", "2026-02-27T12:00:00", "2026-02-27T12:00:00"],
    ["2026-02-27T12:00+01:00", "2026-02-27T12:00:00+01:00", "2026-02-27T12:00:00+01:00"],
    ["2026-02-27T12:00-0330", "2026-02-27T12:00:00-03:30", "2026-02-27T12:00:00-03:30"],
    // fractions with `.` or `,`, any length, truncated (not rounded) to microseconds
    ["2026-02-27T12:00:00.5Z", "2026-02-27T12:00:00.500000Z", "2026-02-27T12:00:00.500000+00:00"],
    ["2026-02-27T12:00:00,5Z", "2026-02-27T12:00:00.500000Z", "2026-02-27T12:00:00.500000+00:00"],
    ["2026-02-27T12:00:00.1", "2026-02-27T12:00:00.100000", "2026-02-27T12:00:00.100000"],
    ["2026-02-27T12:00:00.12Z", "2026-02-27T12:00:00.120000Z", "2026-02-27T12:00:00.120000+00:00"],
    [
      "2026-02-27T12:00:00.123456Z",
      "2026-02-27T12:00:00.123456Z",
      "2026-02-27T12:00:00.123456+00:00",
    ],
    [
      "2026-02-27T12:00:00.123456789Z",
      "2026-02-27T12:00:00.123456Z",
      "2026-02-27T12:00:00.123456+00:00",
    ],
    [
      "2026-02-27T12:00:00.9999999Z",
      "2026-02-27T12:00:00.999999Z",
      "2026-02-27T12:00:00.999999+00:00",
    ],
    [
      "2026-02-27T23:59:59.999999999-23:59",
      "2026-02-27T23:59:59.999999-23:59",
      "2026-02-27T23:59:59.999999-23:59",
    ],
    [
      "2026-02-27T12:00:00.1234567891234567890123Z",
      "2026-02-27T12:00:00.123456Z",
      "2026-02-27T12:00:00.123456+00:00",
    ],
    [
      "2026-02-27T12:00:00,123456789-05:00",
      "2026-02-27T12:00:00.123456-05:00",
      "2026-02-27T12:00:00.123456-05:00",
    ],
    [
      "2026-02-27T12:00:00.1234567+0530",
      "2026-02-27T12:00:00.123456+05:30",
      "2026-02-27T12:00:00.123456+05:30",
    ],
    ["2026-02-27T12:00:00.000001", "2026-02-27T12:00:00.000001", "2026-02-27T12:00:00.000001"],
    // a fraction that truncates to zero microseconds is not written
    ["2026-02-27T12:00:00.000000Z", "2026-02-27T12:00:00Z", "2026-02-27T12:00:00+00:00"],
    ["2026-02-27T12:00:00.0000009Z", "2026-02-27T12:00:00Z", "2026-02-27T12:00:00+00:00"],
    [
      "2026-02-27T12:00:00.5+01:00",
      "2026-02-27T12:00:00.500000+01:00",
      "2026-02-27T12:00:00.500000+01:00",
    ],
    [
      "2026-02-27T12:00:00.5-00:00",
      "2026-02-27T12:00:00.500000Z",
      "2026-02-27T12:00:00.500000+00:00",
    ],
    // date only: naive midnight
    ["2026-02-27", "2026-02-27T00:00:00", "2026-02-27T00:00:00"],
    ["2024-02-29", "2024-02-29T00:00:00", "2024-02-29T00:00:00"],
    ["2000-02-29", "2000-02-29T00:00:00", "2000-02-29T00:00:00"],
    ["9999-12-31", "9999-12-31T00:00:00", "9999-12-31T00:00:00"],
    // years are zero-padded to 4 digits; the range is 0001..9999
    ["0001-01-01", "0001-01-01T00:00:00", "0001-01-01T00:00:00"],
    ["0001-01-01T00:00:00+01:00", "0001-01-01T00:00:00+01:00", "0001-01-01T00:00:00+01:00"],
    ["0999-01-01T00:00:00Z", "0999-01-01T00:00:00Z", "0999-01-01T00:00:00+00:00"],
    ["1000-01-01T00:00:00Z", "1000-01-01T00:00:00Z", "1000-01-01T00:00:00+00:00"],
    ["9999-12-31T23:59:59", "9999-12-31T23:59:59", "9999-12-31T23:59:59"],
    ["9999-12-31T23:59:59-01:00", "9999-12-31T23:59:59-01:00", "9999-12-31T23:59:59-01:00"],
    // unix time as integer or decimal text: seconds up to 2e10, milliseconds above
    ["1700000000", "2023-11-14T22:13:20Z", "2023-11-14T22:13:20+00:00"],
    ["1700000000.5", "2023-11-14T22:13:20.500000Z", "2023-11-14T22:13:20.500000+00:00"],
    ["+1700000000", "2023-11-14T22:13:20Z", "2023-11-14T22:13:20+00:00"],
    [".5", "1970-01-01T00:00:00.500000Z", "1970-01-01T00:00:00.500000+00:00"],
    ["1700000000.000001", "2023-11-14T22:13:20.000001Z", "2023-11-14T22:13:20.000001+00:00"],
    ["-1700000000", "1916-02-18T01:46:40Z", "1916-02-18T01:46:40+00:00"],
    ["-1700000000.5", "1916-02-18T01:46:39.500000Z", "1916-02-18T01:46:39.500000+00:00"],
    ["0", "1970-01-01T00:00:00Z", "1970-01-01T00:00:00+00:00"],
    ["-0", "1970-01-01T00:00:00Z", "1970-01-01T00:00:00+00:00"],
    ["-0.5", "1969-12-31T23:59:59.500000Z", "1969-12-31T23:59:59.500000+00:00"],
    ["1.", "1970-01-01T00:00:01Z", "1970-01-01T00:00:01+00:00"],
    ["00001700000000", "2023-11-14T22:13:20Z", "2023-11-14T22:13:20+00:00"],
    ["20000000000", "2603-10-11T11:33:20Z", "2603-10-11T11:33:20+00:00"],
    ["20000000001", "1970-08-20T11:33:20.001000Z", "1970-08-20T11:33:20.001000+00:00"],
    ["20000000000.5", "1970-08-20T11:33:20.000500Z", "1970-08-20T11:33:20.000500+00:00"],
    ["-20000000000", "1336-03-23T12:26:40Z", "1336-03-23T12:26:40+00:00"],
    ["-20000000001", "1969-05-14T12:26:39.999000Z", "1969-05-14T12:26:39.999000+00:00"],
    ["-20000000000.5", "1969-05-14T12:26:39.999500Z", "1969-05-14T12:26:39.999500+00:00"],
    ["253402300799999", "9999-12-31T23:59:59.999000Z", "9999-12-31T23:59:59.999000+00:00"],
    ["-62135596800000", "0001-01-01T00:00:00Z", "0001-01-01T00:00:00+00:00"],
    // decimal text with an exponent (only with a `.`): read as a double, then as unix time
    ["1.5e3", "1970-01-01T00:25:00Z", "1970-01-01T00:25:00+00:00"],
    [".5e3", "1970-01-01T00:08:20Z", "1970-01-01T00:08:20+00:00"],
    ["1.e3", "1970-01-01T00:16:40Z", "1970-01-01T00:16:40+00:00"],
    ["1.5E+3", "1970-01-01T00:25:00Z", "1970-01-01T00:25:00+00:00"],
    ["1.5e-3", "1970-01-01T00:00:00.001500Z", "1970-01-01T00:00:00.001500+00:00"],
    ["-1.5e3", "1969-12-31T23:35:00Z", "1969-12-31T23:35:00+00:00"],
    ["+1.e+3", "1970-01-01T00:16:40Z", "1970-01-01T00:16:40+00:00"],
    ["1700000000.5e0", "2023-11-14T22:13:20.500000Z", "2023-11-14T22:13:20.500000+00:00"],
    ["1.7e9", "2023-11-14T22:13:20Z", "2023-11-14T22:13:20+00:00"],
    ["1.5e-400", "1970-01-01T00:00:00Z", "1970-01-01T00:00:00+00:00"],
    // decimal text is a double rounded to the nearest microsecond (not truncated)
    ["1700000000.99999949", "2023-11-14T22:13:21Z", "2023-11-14T22:13:21+00:00"],
    ["1700000000.123456789", "2023-11-14T22:13:20.123457Z", "2023-11-14T22:13:20.123457+00:00"],
    ["-1.25", "1969-12-31T23:59:58.750000Z", "1969-12-31T23:59:58.750000+00:00"],
    ["0.0000015", "1970-01-01T00:00:00.000002Z", "1970-01-01T00:00:00.000002+00:00"],
    ["-0.0000015", "1969-12-31T23:59:59.999999Z", "1969-12-31T23:59:59.999999+00:00"],
    // decimal text still above 2e10 once read as milliseconds: its whole seconds are read as
    // milliseconds again, the microseconds are kept (measured on the reference)
    ["20000000001000.0", "1970-08-20T11:33:20.001000Z", "1970-08-20T11:33:20.001000+00:00"],
    ["1700000000000000.5", "2023-11-14T22:13:20.000488Z", "2023-11-14T22:13:20.000488+00:00"],
    ["20000000001000", "2603-10-11T11:33:21Z", "2603-10-11T11:33:21+00:00"],
    ["253402300799999.9995", "1978-01-11T21:31:40.800000Z", "1978-01-11T21:31:40.800000+00:00"],
  ])("%j -> JSON %j, isoformat %j", (input, json, isoformat) => {
    const value = parsed(input);
    expect(value.json).toBe(json);
    expect(value.isoformat).toBe(isoformat);
    expect(JSON.stringify(value)).toBe(JSON.stringify(json));
  });

  it.each<[number, string]>([
    [1700000000, "2023-11-14T22:13:20Z"],
    [1700000000.5, "2023-11-14T22:13:20.500000Z"],
    [-1700000000.5, "1916-02-18T01:46:39.500000Z"],
    // a negative number with a fraction: floor(v) plus the absolute fraction (mirrored)
    [-1.25, "1969-12-31T23:59:58.250000Z"],
    [-1700000000.25, "1916-02-18T01:46:39.250000Z"],
    [-1e-7, "1969-12-31T23:59:59Z"],
    [-1.5, "1969-12-31T23:59:58.500000Z"],
    // the fraction is rounded to microseconds, halves away from zero
    [JSON.parse("1700000000.123456789") as number, "2023-11-14T22:13:20.123457Z"],
    [0.0078125, "1970-01-01T00:00:00.007813Z"],
    // above 2e10 the fraction counts milliseconds; between 2e10 and 2e10 + 1 the whole part
    // is still seconds
    [20000000000.5, "2603-10-11T11:33:20.000500Z"],
    [20000000001.5, "1970-08-20T11:33:20.001500Z"],
    [-20000000000.5, "1969-05-14T12:26:39.999500Z"],
    [19999999999.5, "2603-10-11T11:33:19.500000Z"],
    [0, "1970-01-01T00:00:00Z"],
    [20000000000, "2603-10-11T11:33:20Z"],
    [20000000001, "1970-08-20T11:33:20.001000Z"],
    [253402300799999, "9999-12-31T23:59:59.999000Z"],
    [-62135596800000, "0001-01-01T00:00:00Z"],
  ])("JSON number %j (unix time, same rules) -> %j", (input, json) => {
    expect(parsed(input).json).toBe(json);
  });

  it("reads JSON 3.0-style numbers the same as integers", () => {
    expect(parsed(JSON.parse("1700000000.0")).json).toBe("2023-11-14T22:13:20Z");
  });
});

describe("datetime: rejected forms (input-coercion.md)", () => {
  it.each<[string, string]>([
    ["leading space", " 2026-02-27T12:00:00Z"],
    ["trailing space", "2026-02-27T12:00:00Z "],
    ["leading space before unix text", " 1700000000"],
    ["basic format", "20260227T120000Z"],
    ["+HH offset", "2026-02-27T12:00:00+05"],
    ["-HH offset", "2026-02-27T12:00:00-05"],
    ["+HH offset after a fraction", "2026-02-27T12:00:00.123+01"],
    ["UTC suffix", "2026-02-27T12:00:00UTC"],
    ["space before Z", "2026-02-27T12:00:00 Z"],
    ["space before offset", "2026-02-27T12:00:00 +01:00"],
    ["one-digit month", "2026-2-27"],
    ["one-digit day", "2026-02-7"],
    ["one-digit hour", "2026-02-27T1:00"],
    ["one-digit minute", "2026-02-27T12:1"],
    ["hour-only time", "2026-02-27T12Z"],
    ["hour-only time, naive", "2026-02-27T12"],
    ["empty fraction with .", "2026-02-27T12:00:00.Z"],
    ["empty fraction with ,", "2026-02-27T12:00:00,Z"],
    ["empty fraction at end", "2026-02-27T12:00:00."],
    ["fraction without seconds", "2026-02-27T12:00.5Z"],
    ["exponent number", "1e9"],
    ["exponent without a `.`", "10e2"],
    ["exponent without a `.`, zero", "5e0"],
    ["negative exponent number", "-1e9"],
    ["exponent without digits", "1.5e"],
    ["exponent sign without digits", "1.5e+"],
    ["exponent with no mantissa digits", ".e3"],
    ["decimal text past the double range", "1.5e400"],
    ["two points", "1..5"],
    ["U+2212 before unix text", "\u22121.5"],
    ["U+2013 dash as the offset sign", "2026-02-27T12:00:00\u201305:00"],
    ["U+2212 offset of 24 hours", "2026-02-27T12:00:00\u221224:00"],
    ["U+2212 offset on a date", "2026-02-27\u221205:00"],
    ["dangling `_`", "2026-02-27_"],
    ["two `_`", "2026-02-27__12:00"],
    ["decimal text read twice as ms, past year 9999", "1.7e18"],
    ["decimal text read twice as ms, before year 1", "-1.e17"],
    ["Feb 29 of a non-leap year", "2025-02-29"],
    ["Feb 29 of a century non-leap year", "2100-02-29"],
    ["Feb 29 of 1900 with a time", "1900-02-29T00:00:00Z"],
    ["Feb 30", "2026-02-30"],
    ["April 31", "2026-04-31"],
    ["month 13", "2026-13-01"],
    ["month 0", "2026-00-10"],
    ["day 0", "2026-01-00"],
    ["hour 24", "2026-02-27T24:00:00"],
    ["minute 60", "2026-02-27T12:60:00"],
    ["second 60", "2026-02-27T12:00:60"],
    ["year 0", "0000-01-01T00:00:00"],
    ["year 0, date only", "0000-01-01"],
    ["offset +24:00", "2026-02-27T12:00:00+24:00"],
    ["offset -24:00", "2026-02-27T12:00:00-24:00"],
    ["offset +2400", "2026-02-27T12:00:00+2400"],
    ["offset minutes 60", "2026-02-27T12:00:00+00:60"],
    ["offset with seconds", "2026-02-27T12:00:00+01:00:00"],
    ["offset then Z", "2026-02-27T12:00:00+01:00Z"],
    ["date with Z only", "2026-02-27Z"],
    ["date with offset only", "2026-02-27+01:00"],
    ["dangling T", "2026-02-27T"],
    ["dangling colon", "2026-02-27T12:00:"],
    ["other separator", "2026-02-27X12:00:00"],
    ["two spaces", "2026-02-27  12:00:00"],
    ["signed year", "+2026-02-27"],
    ["five-digit year", "12026-02-27"],
    ["full-width digits", "１７００００００００"],
    ["underscores in unix text", "1_700_000_000"],
    ["empty text", ""],
    ["a word", "now"],
    ["unix ms past year 9999", "253402300800000"],
    ["unix ms before year 1", "-62135596800001"],
    ["unix text past year 9999", "999999999999999"],
    ["huge unix text", "999999999999999999999"],
  ])("%s (%j) -> datetime_from_date_parsing", (_label, input) => {
    const result = parseDateTime(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violation).toBe("datetime_from_date_parsing");
    expect(result.message).toMatch(/^Input should be a valid datetime/);
  });

  it.each<[string, number]>([
    ["unix ms number past year 9999", 253402300800000],
    ["unix ms number before year 1", -62135596800001],
    ["number 1e15", 1e15],
    ["number 1e20", 1e20],
  ])("%s (%j) -> datetime_from_date_parsing", (_label, input) => {
    expect(violationOf(input)).toBe("datetime_from_date_parsing");
  });

  it.each<[string, unknown]>([
    ["true", true],
    ["false", false],
    ["null", null],
    ["an object", { year: 2026 }],
    ["an array", [2026, 2, 27]],
    ["undefined", undefined],
  ])("%s -> datetime_type", (_label, input) => {
    const result = parseDateTime(input);
    expect(result).toEqual({
      ok: false,
      violation: "datetime_type",
      message: "Input should be a valid datetime",
    });
  });
});

/** The calendar fields and the offset of a parsed value, as a plain object. */
function calendarFieldsOf(value: DateTimeValue): DateTimeFields {
  return {
    year: value.year,
    month: value.month,
    day: value.day,
    hour: value.hour,
    minute: value.minute,
    second: value.second,
    microsecond: value.microsecond,
    offsetMinutes: value.offsetMinutes,
  };
}

describe("datetime: the parsed value", () => {
  it("exposes the calendar fields, the offset and both output forms", () => {
    const value = parsed("2026-02-27T12:34:56.789+05:30");
    expect(calendarFieldsOf(value)).toEqual({
      year: 2026,
      month: 2,
      day: 27,
      hour: 12,
      minute: 34,
      second: 56,
      microsecond: 789000,
      offsetMinutes: 330,
    });
    expect(value.toJSON()).toBe("2026-02-27T12:34:56.789000+05:30");
  });

  it.each<[string, number | null]>([
    ["2026-02-27T12:00:00", null],
    ["2026-02-27T12:00:00Z", 0],
    ["2026-02-27T12:00:00-00:00", 0],
    ["2026-02-27T12:00:00-01:30", -90],
    ["1700000000", 0],
  ])("offset of %j is %j minutes (null when naive)", (input, offset) => {
    expect(parsed(input).offsetMinutes).toBe(offset);
  });

  it("-00:00 gives offset 0, not -0", () => {
    expect(Object.is(parsed("2026-02-27T12:00:00-00:00").offsetMinutes, 0)).toBe(true);
  });

  it("is frozen and recognised by isDateTimeValue", () => {
    const value = parsed("2026-02-27T12:00:00Z");
    expect(Object.isFrozen(value)).toBe(true);
    expect(() => {
      (value as { year: number }).year = 1999;
    }).toThrow(TypeError);
    expect(isDateTimeValue(value)).toBe(true);
    expect(isDateTimeValue({ ...value })).toBe(false);
    expect(isDateTimeValue("2026-02-27T12:00:00Z")).toBe(false);
    expect(isDateTimeValue(null)).toBe(false);
  });

  it.each(["2026-02-27T12:00:00Z", "2026-02-27T12:00:00.5+01:00", "2026-02-27T12:00:00"])(
    "%s holds its isoformat text as its one own field; the others are read from it",
    (text) => {
      const value = parsed(text);
      expect(Object.keys(value)).toEqual(["isoformat"]);
      expect(Object.getOwnPropertyNames(value)).toEqual(["isoformat"]);
      expect(JSON.stringify({ at: value })).toBe(`{"at":${JSON.stringify(value.json)}}`);
    },
  );

  it("accepts an already parsed value and a valid Date", () => {
    const value = parsed("2026-02-27T12:00:00.5+01:00");
    expect(parsed(value)).toBe(value);
    expect(parsed(new Date("2026-02-27T12:00:00.123Z")).json).toBe("2026-02-27T12:00:00.123000Z");
    expect(parsed(new Date(-1)).json).toBe("1969-12-31T23:59:59.999000Z");
    expect(violationOf(new Date(Number.NaN))).toBe("datetime_type");
  });

  it("rejects non-finite JS numbers", () => {
    expect(violationOf(Number.NaN)).toBe("datetime_from_date_parsing");
    expect(violationOf(Number.POSITIVE_INFINITY)).toBe("datetime_from_date_parsing");
  });

  it("parseDateTimeText agrees with parseDateTime on text", () => {
    expect(parseDateTimeText("2026-02-27 12:00Z")).toEqual(parseDateTime("2026-02-27 12:00Z"));
    expect(parseDateTimeText("2026-02-30").ok).toBe(false);
  });

  it("makeDateTime formats fields it is given", () => {
    const value = makeDateTime({
      year: 7,
      month: 1,
      day: 2,
      hour: 3,
      minute: 4,
      second: 5,
      microsecond: 60,
      offsetMinutes: -(23 * 60 + 59),
    });
    expect(value.json).toBe("0007-01-02T03:04:05.000060-23:59");
    expect(value.isoformat).toBe("0007-01-02T03:04:05.000060-23:59");
  });

  it.each<[string, number]>([
    ["1970-01-01T00:00:00Z", 0],
    ["1970-01-01T01:00:00+01:00", 0],
    ["1970-01-01T00:00:00", 0],
    ["2023-11-14T22:13:20Z", 1700000000],
    ["0001-01-01T00:00:00Z", -62135596800],
    ["9999-12-31T23:59:59Z", 253402300799],
  ])("epochSeconds(%j) = %j (naive read as UTC)", (input, seconds) => {
    expect(epochSeconds(parsed(input))).toBe(seconds);
  });

  it("datetimeField runs the same rule and carries the wire form", () => {
    const schema = datetimeField();
    expect(schema.wire).toEqual({ type: "string", format: "date-time" });
    const ok = schema["~standard"].validate("2026-02-27T12:00:00+00:00");
    expect(ok).toHaveProperty("value.json", "2026-02-27T12:00:00Z");
    const bad = schema["~standard"].validate(true);
    expect(bad).toHaveProperty("issues.0.type", "datetime_type");
  });
});

describe("datetime: properties", () => {
  it("every generated accepted form gives its expected JSON and isoformat forms", () => {
    fc.assert(
      fc.property(dateTimeCaseArb, (c) => {
        const value = parsed(c.input);
        expect(value.json).toBe(c.json);
        expect(value.isoformat).toBe(c.isoformat);
      }),
      { numRuns: 2000 },
    );
  });

  it("the JSON form parses back to the same value", () => {
    fc.assert(
      fc.property(dateTimeCaseArb, (c) => {
        const again = parsed(c.json);
        expect(again.json).toBe(c.json);
        expect(again.isoformat).toBe(c.isoformat);
      }),
    );
  });

  it.each<[string, string]>([
    ["2026-02-27T12:00:00+00:00", "2026-02-27T12:00:00+00:00"],
    ["2026-02-27T12:00:00.000001-23:59", "2026-02-27T12:00:00.000001-23:59"],
    ["2026-02-27T12:00:00", "2026-02-27T12:00:00"],
    ["2026-02-27T12:00:00.123456", "2026-02-27T12:00:00.123456"],
    ["2026-02-27T12:00:00.000000+00:00", "2026-02-27T12:00:00+00:00"],
    ["2026-02-27T12:00:00.000000", "2026-02-27T12:00:00"],
    ["2026-02-27T12:00:00-00:00", "2026-02-27T12:00:00+00:00"],
    ["2026-02-27T12:00:00+0100", "2026-02-27T12:00:00+01:00"],
    ["2026-02-27T12:00:00Z", "2026-02-27T12:00:00+00:00"],
    ["2026-02-27t12:00:00+01:00", "2026-02-27T12:00:00+01:00"],
    ["2026-02-27 12:00:00+01:00", "2026-02-27T12:00:00+01:00"],
    ["2026-02-27T12:00:00,123456+01:00", "2026-02-27T12:00:00.123456+01:00"],
    ["2026-02-27T12:00:00.1234567+01:00", "2026-02-27T12:00:00.123456+01:00"],
    ["2026-02-27T12:00:00.12345+01:00", "2026-02-27T12:00:00.123450+01:00"],
    ["2026-02-27T12:00:00.1234567", "2026-02-27T12:00:00.123456"],
    ["2026-02-27T12:00:00\u221201:00", "2026-02-27T12:00:00-01:00"],
    ["2026-02-27T12:00+01:00", "2026-02-27T12:00:00+01:00"],
  ])("%s has the isoformat %s (text already in that form is kept as it is)", (input, isoformat) => {
    const value = parsed(input);
    expect(value.isoformat).toBe(isoformat);
    expect(parsed(isoformat).isoformat).toBe(isoformat);
    expect(parsed(value.json).isoformat).toBe(isoformat);
  });

  it("makeDateTime gives back every field it is given, and the forms that follow from them", () => {
    const fieldsArb = fc
      .record({
        year: fc.integer({ min: 1, max: 9999 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        second: fc.integer({ min: 0, max: 59 }),
        microsecond: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 999_999 })),
        offsetMinutes: fc.oneof(
          fc.constant(null),
          fc.constant(0),
          fc.constant(-0),
          fc.integer({ min: -1439, max: 1439 }),
        ),
      })
      .chain((f) =>
        fc
          .integer({
            min: 1,
            max: [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][f.month - 1] ?? 28,
          })
          .map((day) => ({ ...f, day })),
      );
    fc.assert(
      fc.property(fieldsArb, (fields) => {
        const value = makeDateTime(fields);
        const offset = fields.offsetMinutes === null ? null : fields.offsetMinutes + 0;
        expect(calendarFieldsOf(value)).toEqual({ ...fields, offsetMinutes: offset });
        expect(Object.is(value.offsetMinutes, offset)).toBe(true);
        expect(value.json).toBe(
          offset === 0 ? `${value.isoformat.slice(0, -6)}Z` : value.isoformat,
        );
        const again = parsed(value.isoformat);
        expect(again.isoformat).toBe(value.isoformat);
        expect(again.json).toBe(value.json);
      }),
      { numRuns: 2000 },
    );
  });

  it("the model layer never throws on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        const result = parseDateTime(text);
        expect(typeof result.ok).toBe("boolean");
      }),
    );
  });
});

/** Decimal digits, `min` to `max` of them. */
const digitsArb = (min: number, max: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: min, maxLength: max });

const signArb = fc.constantFrom("", "", "-", "+");

/** Unix time as text: integers, decimals with a `.`, exponents with and without a `.`. */
const unixTextArb: fc.Arbitrary<string> = fc.oneof(
  // integer text, seconds or milliseconds
  fc.tuple(signArb, digitsArb(1, 16)).map(([sign, whole]) => sign + whole),
  // decimal text: any number of fraction digits, maybe no whole or no fraction digits
  fc
    .tuple(signArb, digitsArb(0, 16), digitsArb(0, 12))
    .filter(([, whole, fraction]) => whole.length + fraction.length > 0)
    .map(([sign, whole, fraction]) => `${sign}${whole}.${fraction}`),
  // near the 2e10 threshold, and read as milliseconds past 2e13
  fc
    .tuple(
      signArb,
      fc.constantFrom("1999999999", "2000000000", "2000000000000", "2000000000100"),
      digitsArb(1, 1),
      digitsArb(0, 9),
    )
    .map(([sign, head, last, fraction]) => `${sign}${head}${last}.${fraction}`),
  // an exponent, with or without a `.`
  fc
    .tuple(
      signArb,
      digitsArb(0, 6),
      fc.boolean(),
      digitsArb(0, 8),
      fc.constantFrom("e", "E"),
      fc.constantFrom("", "+", "-"),
      fc.integer({ min: 0, max: 22 }),
    )
    .filter(([, whole, dot, fraction]) => whole.length + (dot ? fraction.length : 0) > 0)
    .map(
      ([sign, whole, dot, fraction, e, expSign, exp]) =>
        `${sign}${whole}${dot ? `.${fraction}` : ""}${e}${expSign}${exp}`,
    ),
);

/** Unix time as JSON numbers: negative, fractional, tiny, near 2e10, up to the range ends. */
const unixNumberArb: fc.Arbitrary<number> = fc.oneof(
  fc.double({ min: -7e13, max: 3e14, noNaN: true }),
  fc.double({ min: -3e10, max: 3e10, noNaN: true }),
  fc.double({ min: -2, max: 2, noNaN: true }),
  fc.double({ min: -2, max: 2, noNaN: true }).map((d) => 2e10 + d),
  fc.double({ min: -2, max: 2, noNaN: true }).map((d) => -2e10 + d),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 128),
  fc
    .tuple(signArb, digitsArb(1, 11), digitsArb(1, 9))
    .map(([sign, w, f]) => Number(`${sign}${w}.${f}`)),
);

/** The output forms the independent model gives, or `undefined` when it rejects the input. */
function modelForms(input: string | number): { json: string; isoformat: string } | undefined {
  const micros = typeof input === "number" ? modelNumberMicros(input) : modelTextMicros(input);
  return micros === undefined ? undefined : utcFormsOfMicros(micros);
}

describe("datetime: unix time against an independent model of the contract's rule", () => {
  const schema = datetimeField();

  it.each<[string | number, string | undefined]>([
    // the contract's table "Unix time to a datetime, exactly", through the model itself
    ["1700000000.99999949", "2023-11-14T22:13:21Z"],
    ["1700000000.123456789", "2023-11-14T22:13:20.123457Z"],
    ["-1.25", "1969-12-31T23:59:58.750000Z"],
    [-1.25, "1969-12-31T23:59:58.250000Z"],
    [-1700000000.25, "1916-02-18T01:46:39.250000Z"],
    [-1e-7, "1969-12-31T23:59:59Z"],
    [20000000000.5, "2603-10-11T11:33:20.000500Z"],
    ["20000000000.5", "1970-08-20T11:33:20.000500Z"],
    ["1e9", undefined],
    ["253402300800000", undefined],
    [1e20, undefined],
  ])("the model reads %j as %j", (input, json) => {
    expect(modelForms(input)?.json).toBe(json);
  });

  it("text: the parsed instant, or the rejection, is the model's", () => {
    fc.assert(
      fc.property(unixTextArb, (text) => {
        const expected = modelForms(text);
        const result = parseDateTime(text);
        expect(result.ok ? result.value.isoformat : undefined).toBe(expected?.isoformat);
        expect(result.ok ? JSON.stringify(result.value) : undefined).toBe(
          expected && JSON.stringify(expected.json),
        );
        expect(schema.test(text)).toBe(expected !== undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it("JSON numbers: the parsed instant, or the rejection, is the model's", () => {
    fc.assert(
      fc.property(unixNumberArb, (value) => {
        const expected = modelForms(value);
        const result = parseDateTime(value);
        expect(result.ok ? result.value.isoformat : undefined).toBe(expected?.isoformat);
        expect(result.ok ? result.value.json : undefined).toBe(expected?.json);
        expect(schema.test(value)).toBe(expected !== undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it("a JSON number and its text differ only as the contract says", () => {
    // same instant for integers; mirrored for negative fractions; 2e10 < v < 2e10 + 1 differs
    fc.assert(
      fc.property(fc.integer({ min: -2e10, max: 2e10 }), (n) => {
        expect(parsed(n).json).toBe(parsed(String(n)).json);
      }),
    );
    expect(parsed(-1.25).json).not.toBe(parsed("-1.25").json);
    expect(parsed(20000000000.5).json).not.toBe(parsed("20000000000.5").json);
  });
});
