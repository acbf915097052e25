import { describe, expect, it } from "vitest";
import {
  DEFAULT_ENVELOPE_SCHEMA_VERSION,
  EventSchema,
  parseEvent,
  safeParseEvent,
} from "../src/envelope/event.js";
import { ModelValidationError } from "../src/model/model.js";
import type { ModelIssue } from "../src/model/violation.js";
import { ENVELOPE_KEYS, REQUIRED_ENVELOPE_KEYS } from "./support/arbitraries.js";

const ULID = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
const PROJECT = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

/** A minimal valid envelope: required fields only. */
const MINIMAL = Object.freeze({
  event_id: ULID,
  event_type: "WPStatusChanged",
  aggregate_id: "WP01",
  timestamp: "2026-02-27T12:00:00Z",
  node_id: "node-1",
  lamport_clock: 1,
  project_uuid: PROJECT,
  correlation_id: ULID,
});

function withField(key: string, value: unknown): Record<string, unknown> {
  return { ...MINIMAL, [key]: value };
}

function withoutField(key: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...MINIMAL };
  delete copy[key];
  return copy;
}

function issuesOf(input: unknown): readonly ModelIssue[] {
  const result = safeParseEvent(input);
  return result.success ? [] : result.issues;
}

function fieldValue(key: string, value: unknown): unknown {
  return (parseEvent(withField(key, value)) as unknown as Record<string, unknown>)[key];
}

function onlyIssue(input: unknown): Pick<ModelIssue, "field" | "violationType"> {
  const issues = issuesOf(input);
  expect(issues).toHaveLength(1);
  const [issue] = issues;
  return { field: issue?.field ?? "", violationType: issue?.violationType ?? "missing" };
}

describe("Event envelope: JSON output (envelope-and-ordering.md)", () => {
  it("writes the minimal envelope with defaults, in the table's key order", () => {
    expect(JSON.stringify(parseEvent(MINIMAL))).toBe(
      '{"event_id":"01ARZ3NDEKTSV4RRFFQ69G5FAV","event_type":"WPStatusChanged",' +
        '"aggregate_id":"WP01","payload":{},"timestamp":"2026-02-27T12:00:00Z",' +
        '"node_id":"node-1","lamport_clock":1,"causation_id":null,' +
        '"project_uuid":"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee","project_slug":null,' +
        '"correlation_id":"01ARZ3NDEKTSV4RRFFQ69G5FAV","schema_version":"1.0.0","data_tier":0}',
    );
  });

  it("normalises every field of a full envelope given in lax forms and in another key order", () => {
    const input = {
      data_tier: "3",
      schema_version: "2.10.0",
      correlation_id: "AAAAAAAABBBBCCCCDDDDEEEEEEEEEEEE",
      project_slug: "my-project",
      project_uuid: "{AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE}",
      causation_id: "01arz3ndektsv4rrffq69g5fav",
      lamport_clock: 42.0,
      node_id: "node-2",
      timestamp: "2026-02-27 12:00:00.5+0100",
      payload: { to_lane: "done", nested: { list: [1, "two", null, true] } },
      aggregate_id: "WP02",
      event_type: "WPStatusChanged",
      event_id: "AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEF",
      unknown_key: "dropped",
    };
    expect(JSON.stringify(parseEvent(input))).toBe(
      '{"event_id":"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeef","event_type":"WPStatusChanged",' +
        '"aggregate_id":"WP02","payload":{"to_lane":"done","nested":{"list":[1,"two",null,true]}},' +
        '"timestamp":"2026-02-27T12:00:00.500000+01:00","node_id":"node-2","lamport_clock":42,' +
        '"causation_id":"01ARZ3NDEKTSV4RRFFQ69G5FAV",' +
        '"project_uuid":"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee","project_slug":"my-project",' +
        '"correlation_id":"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee","schema_version":"2.10.0",' +
        '"data_tier":3}',
    );
  });

  it("has exactly the table's keys, in order", () => {
    expect(Object.keys(parseEvent({ ...MINIMAL, extra: 1 }))).toEqual([...ENVELOPE_KEYS]);
    expect(Object.keys(EventSchema.entries)).toEqual([...ENVELOPE_KEYS]);
  });

  it.each<[string, string]>([
    ["2026-02-27T12:20:00+00:00", "2026-02-27T12:20:00Z"],
    ["2026-02-27T12:00:00-00:00", "2026-02-27T12:00:00Z"],
    ["2026-02-27", "2026-02-27T00:00:00"],
    ["2026-02-27T12:00:00.123456789Z", "2026-02-27T12:00:00.123456Z"],
    ["1700000000", "2023-11-14T22:13:20Z"],
    ["20000000001", "1970-08-20T11:33:20.001000Z"],
  ])("writes timestamp %j in the JSON form %j", (input, json) => {
    const text = JSON.stringify(parseEvent(withField("timestamp", input)));
    expect(text).toContain(`"timestamp":"${json}"`);
  });

  it("reads a JSON-number timestamp (model layer) and writes it as text", () => {
    expect(JSON.stringify(parseEvent(withField("timestamp", 1700000000)))).toContain(
      '"timestamp":"2023-11-14T22:13:20Z"',
    );
  });

  it("keeps the timestamp as a DateTimeValue with both output forms", () => {
    const event = parseEvent(withField("timestamp", "2026-02-27T12:00:00Z"));
    expect(event.timestamp.json).toBe("2026-02-27T12:00:00Z");
    expect(event.timestamp.isoformat).toBe("2026-02-27T12:00:00+00:00");
  });
});

describe("Event envelope: fields, defaults and bounds", () => {
  it.each(REQUIRED_ENVELOPE_KEYS)("a missing %s is reported as `missing` at its path", (key) => {
    expect(issuesOf(withoutField(key))).toEqual([
      { field: key, violationType: "missing", message: "Field required", inputValue: undefined },
    ]);
  });

  it("an empty object reports all eight required fields", () => {
    expect(issuesOf({}).map((i) => [i.field, i.violationType])).toEqual(
      REQUIRED_ENVELOPE_KEYS.map((key) => [key, "missing"]),
    );
  });

  it.each<[string, unknown]>([
    ["null", null],
    ["an array", []],
    ["a string", "{}"],
    ["a number", 0],
  ])("payload %s is rejected as dict_type", (_label, payload) => {
    expect(onlyIssue(withField("payload", payload))).toEqual({
      field: "payload",
      violationType: "dict_type",
    });
  });

  it("payload defaults to {} and keeps any JSON object", () => {
    expect(parseEvent(MINIMAL).payload).toEqual({});
    const payload = { a: [1, { b: null }], "": "empty key", ü: 1.5 };
    expect(parseEvent(withField("payload", payload)).payload).toEqual(payload);
  });

  it.each<[unknown, number]>([
    [0, 0],
    [7, 7],
    [3.0, 3],
    ["3", 3],
    [true, 1],
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  ])("lamport_clock %j is read as %j", (input, clock) => {
    expect(fieldValue("lamport_clock", input)).toBe(clock);
  });

  it.each<[unknown, string]>([
    [-1, "greater_than_equal"],
    ["-1", "greater_than_equal"],
    [1.5, "int_from_float"],
    ["x", "int_parsing"],
    [null, "int_type"],
  ])("lamport_clock %j is rejected as %s", (input, violationType) => {
    expect(onlyIssue(withField("lamport_clock", input))).toEqual({
      field: "lamport_clock",
      violationType,
    });
  });

  it.each([0, 1, 2, 3, 4])("data_tier %j is accepted", (tier) => {
    expect(fieldValue("data_tier", tier)).toBe(tier);
  });

  it.each<[unknown, string]>([
    [-1, "greater_than_equal"],
    [5, "less_than_equal"],
    [2.5, "int_from_float"],
    [null, "int_type"],
  ])("data_tier %j is rejected as %s", (input, violationType) => {
    expect(onlyIssue(withField("data_tier", input))).toEqual({ field: "data_tier", violationType });
  });

  it("data_tier defaults to 0 and schema_version to 1.0.0", () => {
    const event = parseEvent(MINIMAL);
    expect(event.data_tier).toBe(0);
    expect(event.schema_version).toBe("1.0.0");
    expect(DEFAULT_ENVELOPE_SCHEMA_VERSION).toBe("1.0.0");
  });

  it.each(["1.0.0", "2.10.0", "01.002.0003", "10.20.30", "\uff11.0.0"])(
    "schema_version %j matches ^\\d+\\.\\d+\\.\\d+$ (\\d is any Unicode digit in the model layer)",
    (version) => {
      expect(fieldValue("schema_version", version)).toBe(version);
    },
  );

  it.each<[unknown, string]>([
    ["1.0", "string_pattern_mismatch"],
    ["1.0.0.0", "string_pattern_mismatch"],
    ["v1.0.0", "string_pattern_mismatch"],
    ["1.0.0\n", "string_pattern_mismatch"],
    ["1.0.0-beta", "string_pattern_mismatch"],
    ["", "string_pattern_mismatch"],
    [1, "string_type"],
    [null, "string_type"],
  ])("schema_version %j is rejected as %s", (input, violationType) => {
    expect(onlyIssue(withField("schema_version", input))).toEqual({
      field: "schema_version",
      violationType,
    });
  });

  it.each<[unknown, string | null]>([
    [null, null],
    [ULID, ULID],
    ["01arz3ndektsv4rrffq69g5fav", ULID],
    ["AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE", PROJECT],
    ["aaaaaaaabbbbccccddddeeeeeeeeeeee", PROJECT],
  ])("causation_id %j is read as %j", (input, output) => {
    expect(fieldValue("causation_id", input)).toBe(output);
  });

  it("causation_id defaults to null", () => {
    expect(parseEvent(MINIMAL).causation_id).toBeNull();
  });

  it.each<[unknown, string]>([
    [
      "01ARZ3NDEKTSV4RRFFQ69G5FAI",
      `26-char event_id must be valid Crockford base32 (chars I, L, O, U are not allowed); got '01ARZ3NDEKTSV4RRFFQ69G5FAI'`,
    ],
    [
      "short",
      "event_id must be 26-char ULID (Crockford base32), 36-char UUID, or 32-char hex UUID; got 5 chars",
    ],
    [5, "event_id must be a string; got int"],
  ])("causation_id %j is rejected with value_error %j", (input, message) => {
    expect(issuesOf(withField("causation_id", input))).toEqual([
      { field: "causation_id", violationType: "value_error", message, inputValue: input },
    ]);
  });

  it.each(["event_id", "correlation_id"])("%s is normalised, never null", (key) => {
    expect(fieldValue(key, "01arz3ndektsv4rrffq69g5fav")).toBe(ULID);
    expect(fieldValue(key, "AAAAAAAABBBBCCCCDDDDEEEEEEEEEEEE")).toBe(PROJECT);
    expect(onlyIssue(withField(key, null))).toEqual({ field: key, violationType: "value_error" });
    expect(issuesOf(withField(key, null))[0]?.message).toBe(
      "event_id must be a string; got NoneType",
    );
  });

  it.each<[string, string]>([
    ["AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE", PROJECT],
    ["aaaaaaaabbbbccccddddeeeeeeeeeeee", PROJECT],
    ["{aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee}", PROJECT],
    ["urn:uuid:aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", PROJECT],
  ])("project_uuid %j is written lower-case hyphenated", (input, output) => {
    expect(fieldValue("project_uuid", input)).toBe(output);
  });

  it.each<[unknown, string]>([
    ["not-a-uuid", "uuid_parsing"],
    [12, "uuid_type"],
    [null, "uuid_type"],
  ])("project_uuid %j is rejected as %s", (input, violationType) => {
    expect(onlyIssue(withField("project_uuid", input))).toEqual({
      field: "project_uuid",
      violationType,
    });
  });

  it.each<[unknown, string | null]>([
    [null, null],
    ["slug", "slug"],
    ["", ""],
  ])("project_slug %j is read as %j", (input, output) => {
    expect(fieldValue("project_slug", input)).toBe(output);
  });

  it("project_slug defaults to null and must otherwise be a string", () => {
    expect(parseEvent(MINIMAL).project_slug).toBeNull();
    expect(onlyIssue(withField("project_slug", 5))).toEqual({
      field: "project_slug",
      violationType: "string_type",
    });
  });

  it.each(["event_type", "aggregate_id", "node_id"])("%s needs at least one code point", (key) => {
    expect(fieldValue(key, " ")).toBe(" ");
    expect(fieldValue(key, "\u{1F600}")).toBe("\u{1F600}");
    expect(onlyIssue(withField(key, ""))).toEqual({
      field: key,
      violationType: "string_too_short",
    });
    expect(onlyIssue(withField(key, 1))).toEqual({ field: key, violationType: "string_type" });
    expect(onlyIssue(withField(key, null))).toEqual({ field: key, violationType: "string_type" });
  });

  it.each<[unknown, string]>([
    ["2026-02-30", "datetime_from_date_parsing"],
    [" 2026-02-27T12:00:00Z", "datetime_from_date_parsing"],
    [true, "datetime_type"],
    [null, "datetime_type"],
  ])("timestamp %j is rejected as %s", (input, violationType) => {
    expect(onlyIssue(withField("timestamp", input))).toEqual({ field: "timestamp", violationType });
  });

  it("drops unknown keys", () => {
    const event = parseEvent({ ...MINIMAL, extra: 1, Event_Id: "x", payload_extra: {} });
    expect(Object.keys(event)).toEqual([...ENVELOPE_KEYS]);
    expect(JSON.stringify(event)).not.toContain("extra");
  });

  it.each<[string, unknown]>([
    ["null", null],
    ["an array", [MINIMAL]],
    ["a string", JSON.stringify(MINIMAL)],
    ["a number", 1],
  ])("an envelope that is %s is rejected as model_type", (_label, input) => {
    expect(issuesOf(input)).toEqual([
      {
        field: "",
        violationType: "model_type",
        message: "Input should be a valid dictionary or instance of Event",
        inputValue: input,
      },
    ]);
  });
});

describe("Event envelope: immutability and prototype safety", () => {
  it("freezes the event, its payload (deeply) and its timestamp", () => {
    const event = parseEvent(withField("payload", { a: { b: [1, { c: 2 }] } }));
    const payload = event.payload as { a: { b: [number, { c: number }] } };
    for (const part of [event, event.timestamp, payload, payload.a, payload.a.b, payload.a.b[1]]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    expect(() => {
      (event as { lamport_clock: number }).lamport_clock = 9;
    }).toThrow(TypeError);
    expect(() => {
      (payload.a as Record<string, unknown>).d = 1;
    }).toThrow(TypeError);
  });

  it("copies the payload: later changes to the input do not reach the event", () => {
    const payload = { list: [1] };
    const event = parseEvent(withField("payload", payload));
    payload.list.push(2);
    expect(event.payload).toEqual({ list: [1] });
  });

  it("gives each event its own default payload", () => {
    const first = parseEvent(MINIMAL);
    const second = parseEvent(MINIMAL);
    expect(first.payload).not.toBe(second.payload);
    expect(Object.isFrozen(first.payload)).toBe(true);
  });

  it("keeps a __proto__ payload key as data and pollutes nothing", () => {
    const text = JSON.stringify({ ...MINIMAL, payload: {} }).replace(
      '"payload":{}',
      '"payload":{"__proto__":{"polluted":true},"ok":1}',
    );
    const event = parseEvent(JSON.parse(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(event.payload)).toBe(Object.prototype);
    expect(Object.hasOwn(event.payload, "__proto__")).toBe(true);
    expect((event.payload as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(event)).toContain('"payload":{"__proto__":{"polluted":true},"ok":1}');
  });

  it("ignores a __proto__ key at the envelope's top level", () => {
    const text = JSON.stringify(MINIMAL).replace("{", '{"__proto__":{"lamport_clock":99},');
    const event = parseEvent(JSON.parse(text));
    expect(event.lamport_clock).toBe(1);
    expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).lamport_clock).toBeUndefined();
  });

  it("does not read required fields from the prototype chain", () => {
    const input = Object.create(MINIMAL) as Record<string, unknown>;
    expect(issuesOf(input)).toHaveLength(REQUIRED_ENVELOPE_KEYS.length);
  });

  it("accepts a payload nested far deeper than the call stack allows for recursion", () => {
    const depth = 50_000;
    const payload = JSON.parse(`${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`);
    const result = safeParseEvent(withField("payload", payload));
    expect(result.success).toBe(true);
  });
});

describe("Event envelope: errors", () => {
  it("parseEvent throws a ModelValidationError whose message names every bad field", () => {
    const input = {
      ...MINIMAL,
      event_id: "bad",
      lamport_clock: -1,
      payload: null,
      data_tier: 9,
    };
    delete (input as Record<string, unknown>).node_id;
    let caught: unknown;
    try {
      parseEvent(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ModelValidationError);
    const error = caught as ModelValidationError;
    expect(error.modelName).toBe("Event");
    expect(error.message).toBe(
      "Invalid Event: " +
        "event_id: event_id must be 26-char ULID (Crockford base32), 36-char UUID, or 32-char hex UUID; got 3 chars (value_error); " +
        "payload: Input should be a valid dictionary (dict_type); " +
        "node_id: Field required (missing); " +
        "lamport_clock: Input should be greater than or equal to 0 (greater_than_equal); " +
        "data_tier: Input should be less than or equal to 4 (less_than_equal)",
    );
    expect(error.issues.map((i) => i.field)).toEqual([
      "event_id",
      "payload",
      "node_id",
      "lamport_clock",
      "data_tier",
    ]);
  });

  it("safeParseEvent returns the event or the issues, never throwing", () => {
    const ok = safeParseEvent(MINIMAL);
    expect(ok.success).toBe(true);
    expect(ok.success && ok.output.event_id).toBe(ULID);
    const bad = safeParseEvent(withField("lamport_clock", "x"));
    expect(bad).toEqual({
      success: false,
      issues: [
        {
          field: "lamport_clock",
          violationType: "int_parsing",
          message: "Input should be a valid integer, unable to parse string as an integer",
          inputValue: "x",
        },
      ],
    });
  });
});
