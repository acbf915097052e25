import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PayloadValidationError, ValueError } from "../src/errors.js";
import {
  type ErrorEntry,
  ErrorEntrySchema,
  ErrorLog,
  errorEntryRepr,
  parseErrorEntry,
  safeParseErrorEntry,
} from "../src/primitives/error-log.js";
import { type ErrorStorage, InMemoryErrorStorage } from "../src/primitives/storage.js";

const BASE = {
  timestamp: "2026-01-01T00:00:00Z",
  action_attempted: "sync mission",
  error_message: "timeout",
};

describe("ErrorEntry (§0.2)", () => {
  it("fills the defaults (resolution '', agent 'unknown'), in field order, and ignores unknown keys", () => {
    const entry = parseErrorEntry({ ...BASE, extra: 1 });
    expect(Object.keys(entry)).toEqual([
      "timestamp",
      "action_attempted",
      "error_message",
      "resolution",
      "agent",
    ]);
    expect(JSON.stringify(entry)).toBe(
      '{"timestamp":"2026-01-01T00:00:00Z","action_attempted":"sync mission",' +
        '"error_message":"timeout","resolution":"","agent":"unknown"}',
    );
    expect(Object.isFrozen(entry)).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ["whitespace-only text passes min_length 1", { action_attempted: " ", error_message: "\t" }],
    ["explicit resolution and agent", { resolution: "retried", agent: "claude" }],
    ["empty resolution and agent", { resolution: "", agent: "" }],
    ["a unix-time timestamp", { timestamp: 1700000000 }],
    ["an offset timestamp", { timestamp: "2026-01-01T05:00:00+05:00" }],
  ])("accepts %s", (_, fields) => {
    expect(safeParseErrorEntry({ ...BASE, ...fields }).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, [string, string][]]>([
    ["missing timestamp", { timestamp: undefined }, [["timestamp", "missing"]]],
    [
      "bad timestamp text",
      { timestamp: "yesterday" },
      [["timestamp", "datetime_from_date_parsing"]],
    ],
    ["timestamp null", { timestamp: null }, [["timestamp", "datetime_type"]]],
    [
      "empty action_attempted",
      { action_attempted: "" },
      [["action_attempted", "string_too_short"]],
    ],
    ["empty error_message", { error_message: "" }, [["error_message", "string_too_short"]]],
    ["non-text action_attempted", { action_attempted: 5 }, [["action_attempted", "string_type"]]],
    ["null resolution", { resolution: null }, [["resolution", "string_type"]]],
    ["non-text agent", { agent: ["a"] }, [["agent", "string_type"]]],
    [
      "every problem at once, in field order",
      { timestamp: undefined, action_attempted: "", error_message: undefined },
      [
        ["timestamp", "missing"],
        ["action_attempted", "string_too_short"],
        ["error_message", "missing"],
      ],
    ],
  ])("rejects %s", (_, fields, expected) => {
    const result = safeParseErrorEntry({ ...BASE, ...fields });
    expect(result.success).toBe(false);
    expect(result.issues?.map((i) => [i.field, i.violationType])).toEqual(expected);
  });

  it("rejects a non-object as model_type", () => {
    expect(safeParseErrorEntry("x").issues?.map((i) => i.violationType)).toEqual(["model_type"]);
  });

  it("parseErrorEntry throws pydantic's ValidationError with its text", () => {
    let error: unknown;
    try {
      parseErrorEntry({ ...BASE, error_message: "" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(PayloadValidationError);
    expect((error as Error).name).toBe("ValidationError");
    expect((error as Error).message.split("\n").slice(0, 2)).toEqual([
      "1 validation error for ErrorEntry",
      "error_message",
    ]);
  });

  it("its schema is named ErrorEntry", () => {
    expect(ErrorEntrySchema.name).toBe("ErrorEntry");
  });

  it("property: never throws from safeParseErrorEntry on any JSON input", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (input) => {
        expect(typeof safeParseErrorEntry(input).success).toBe("boolean");
      }),
    );
  });
});

describe("errorEntryRepr (§0.2)", () => {
  it.each<[string, Record<string, unknown>, string]>([
    [
      "short action: '...' is always appended; UTC as +00:00 (isoformat)",
      {},
      "ErrorEntry(timestamp=2026-01-01T00:00:00+00:00, action=sync mission..., agent=unknown)",
    ],
    [
      "long action cut to 30 characters",
      { action_attempted: "abcdefghijklmnopqrstuvwxyz0123456789", agent: "bot" },
      "ErrorEntry(timestamp=2026-01-01T00:00:00+00:00, action=abcdefghijklmnopqrstuvwxyz0123..., agent=bot)",
    ],
    [
      "characters are code points",
      { action_attempted: "\u{1F600}".repeat(31) },
      `ErrorEntry(timestamp=2026-01-01T00:00:00+00:00, action=${"\u{1F600}".repeat(30)}..., agent=unknown)`,
    ],
    [
      "microseconds and offsets as Python's isoformat",
      { timestamp: "2026-01-01T05:00:00.5+05:00", agent: "" },
      "ErrorEntry(timestamp=2026-01-01T05:00:00.500000+05:00, action=sync mission..., agent=)",
    ],
    [
      "a naive timestamp has no offset",
      { timestamp: "2026-01-01T00:00:00" },
      "ErrorEntry(timestamp=2026-01-01T00:00:00, action=sync mission..., agent=unknown)",
    ],
  ])("%s", (_, fields, repr) => {
    expect(errorEntryRepr(parseErrorEntry({ ...BASE, ...fields }))).toBe(repr);
  });
});

describe("ErrorLog (§4.6)", () => {
  const entry = (action: string): ErrorEntry =>
    parseErrorEntry({ ...BASE, action_attempted: action });

  it("logError appends to the storage; getRecentErrors reads it, newest first, 10 by default", () => {
    const storage = new InMemoryErrorStorage();
    const log = new ErrorLog(storage);
    for (let i = 0; i < 12; i++) log.logError(entry(`a${i}`));
    const recent = log.getRecentErrors();
    expect(recent).toHaveLength(10);
    expect(recent[0]?.action_attempted).toBe("a11");
    expect(log.getRecentErrors(2).map((e) => e.action_attempted)).toEqual(["a11", "a10"]);
    expect(storage.loadRecent(1)[0]?.action_attempted).toBe("a11");
  });

  it("only delegates: calls reach the storage with the given limit", () => {
    const calls: unknown[] = [];
    const storage: ErrorStorage = {
      append: (e) => calls.push(["append", e.action_attempted]),
      loadRecent: (limit) => {
        calls.push(["loadRecent", limit]);
        return [];
      },
    };
    const log = new ErrorLog(storage);
    log.logError(entry("x"));
    log.getRecentErrors();
    log.getRecentErrors(3);
    expect(calls).toEqual([
      ["append", "x"],
      ["loadRecent", 10],
      ["loadRecent", 3],
    ]);
  });

  it("storage errors propagate (limit 0 -> ValueError)", () => {
    const log = new ErrorLog(new InMemoryErrorStorage());
    expect(() => log.getRecentErrors(0)).toThrow(ValueError);
    expect(() => log.getRecentErrors(0)).toThrow("Limit must be ≥ 1, got 0");
  });
});
