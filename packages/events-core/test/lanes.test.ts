import { describe, expect, it } from "vitest";
import { ValidationError } from "../src/errors.js";
import {
  CANONICAL_TO_SYNC_V1,
  canonicalToSyncV1,
  isLane,
  LANE_ALIASES,
  Lane,
  LaneSchema,
  normalizeLane,
  SyncLaneV1,
  SyncLaneV1Schema,
  TERMINAL_LANES,
  UnknownLaneError,
} from "../src/families/status/lanes.js";
import { PythonKeyError } from "../src/python/python-errors.js";

const LANES = ["planned", "claimed", "in_progress", "for_review", "done", "blocked", "canceled"];
const SYNC_LANES = ["planned", "doing", "for_review", "done"];

function unknownLaneText(value: string): string {
  return (
    `Unknown lane value: '${value}'. Valid values: ['planned', 'claimed', 'in_progress', ` +
    `'for_review', 'done', 'blocked', 'canceled']. Aliases: ['doing']`
  );
}

describe("Lane and SyncLaneV1 values (envelope-and-ordering.md)", () => {
  it("Lane has the seven work-package lanes, in order", () => {
    expect(Object.values(Lane)).toEqual(LANES);
    expect(Lane).toEqual({
      PLANNED: "planned",
      CLAIMED: "claimed",
      IN_PROGRESS: "in_progress",
      FOR_REVIEW: "for_review",
      DONE: "done",
      BLOCKED: "blocked",
      CANCELED: "canceled",
    });
  });

  it("SyncLaneV1 has the four compatibility lanes, in order", () => {
    expect(Object.values(SyncLaneV1)).toEqual(SYNC_LANES);
    expect(SyncLaneV1).toEqual({
      PLANNED: "planned",
      DOING: "doing",
      FOR_REVIEW: "for_review",
      DONE: "done",
    });
  });

  it("TERMINAL_LANES is exactly done and canceled", () => {
    expect([...TERMINAL_LANES]).toEqual(["done", "canceled"]);
    expect(LANES.filter((lane) => TERMINAL_LANES.has(lane as Lane))).toEqual(["done", "canceled"]);
  });

  it("LANE_ALIASES maps doing to in_progress, and nothing else", () => {
    expect(LANE_ALIASES).toEqual({ doing: "in_progress" });
  });

  it.each(LANES)("isLane(%j) is true", (lane) => {
    expect(isLane(lane)).toBe(true);
  });

  it.each<unknown>(["doing", "DONE", "", "toString", "__proto__", null, 1])(
    "isLane(%j) is false",
    (value) => {
      expect(isLane(value)).toBe(false);
    },
  );
});

describe("canonical_to_sync_v1", () => {
  const TABLE: [string, string][] = [
    ["planned", "planned"],
    ["claimed", "planned"],
    ["in_progress", "doing"],
    ["for_review", "for_review"],
    ["done", "done"],
    ["blocked", "doing"],
    ["canceled", "planned"],
  ];

  it.each(TABLE)("CANONICAL_TO_SYNC_V1[%j] = %j", (lane, sync) => {
    expect(CANONICAL_TO_SYNC_V1[lane as Lane]).toBe(sync);
  });

  it.each(TABLE)("canonicalToSyncV1(%j) = %j", (lane, sync) => {
    expect(canonicalToSyncV1(lane)).toBe(sync);
  });

  it("covers every lane and nothing more, in lane order", () => {
    expect(Object.keys(CANONICAL_TO_SYNC_V1)).toEqual(LANES);
  });

  it("quirk 19: accepts raw strings and raises KeyError for anything else, the alias doing included", () => {
    expect(canonicalToSyncV1("planned")).toBe("planned");
    for (const value of ["doing", "DONE", "review", "", "toString", "__proto__"]) {
      let caught: unknown;
      try {
        canonicalToSyncV1(value);
      } catch (error) {
        caught = error;
      }
      expect(caught, value).toBeInstanceOf(PythonKeyError);
      expect((caught as Error).name).toBe("KeyError");
      expect((caught as Error).message).toBe(`'${value}'`);
      expect((caught as PythonKeyError).key).toBe(value);
    }
    expect(CANONICAL_TO_SYNC_V1["doing" as string as Lane]).toBeUndefined();
  });

  it("quirk 33: a list or an object raises Python's TypeError (unhashable), not KeyError", () => {
    expect(() => canonicalToSyncV1(["planned"] as unknown as string)).toThrow(
      new TypeError("unhashable type: 'list'"),
    );
    expect(() => canonicalToSyncV1({} as unknown as string)).toThrow(
      new TypeError("unhashable type: 'dict'"),
    );
    expect(() => canonicalToSyncV1(null as unknown as string)).toThrow("None");
  });
});

describe("normalize_lane", () => {
  it.each(LANES)("returns the canonical lane %j as is", (lane) => {
    expect(normalizeLane(lane)).toBe(lane);
  });

  it("returns in_progress for the alias doing", () => {
    expect(normalizeLane("doing")).toBe("in_progress");
  });

  it.each(["DONE", "Doing", "in-progress", " done", "", "toString", "__proto__", "hasOwnProperty"])(
    "rejects %j with the reference's text",
    (value) => {
      let caught: unknown;
      try {
        normalizeLane(value);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(UnknownLaneError);
      expect(caught).toBeInstanceOf(ValidationError);
      expect((caught as UnknownLaneError).message).toBe(unknownLaneText(value));
      expect((caught as UnknownLaneError).name).toBe("ValidationError");
      expect((caught as UnknownLaneError).value).toBe(value);
    },
  );

  it("rejects non-strings with the value in Python repr (§6.3)", () => {
    const tail =
      "Valid values: ['planned', 'claimed', 'in_progress', 'for_review', 'done', 'blocked', 'canceled']. Aliases: ['doing']";
    const cases: [unknown, string][] = [
      [3, "3"],
      [null, "None"],
      [undefined, "None"],
      [true, "True"],
      [1.5, "1.5"],
      ["it's", `"it's"`],
      ["PLANNED", "'PLANNED'"],
      ["a\tb", "'a\\tb'"],
    ];
    for (const [value, repr] of cases) {
      expect(() => normalizeLane(value)).toThrow(`Unknown lane value: ${repr}. ${tail}`);
      expect(() => normalizeLane(value)).toThrow(UnknownLaneError);
    }
  });

  it("quirk 33: a list or an object raises Python's TypeError (unhashable), not ValidationError", () => {
    expect(() => normalizeLane(["doing"])).toThrow(new TypeError("unhashable type: 'list'"));
    expect(() => normalizeLane({ doing: 1 })).toThrow(new TypeError("unhashable type: 'dict'"));
  });
});

describe("immutability of the lane constants", () => {
  it("TERMINAL_LANES refuses add, delete and clear", () => {
    const set = TERMINAL_LANES as Set<Lane>;
    expect(() => set.add("planned")).toThrow(TypeError);
    expect(() => set.delete("done")).toThrow(TypeError);
    expect(() => set.clear()).toThrow(TypeError);
    expect([...TERMINAL_LANES]).toEqual(["done", "canceled"]);
  });

  it.each<[string, object]>([
    ["Lane", Lane],
    ["SyncLaneV1", SyncLaneV1],
    ["LANE_ALIASES", LANE_ALIASES],
    ["CANONICAL_TO_SYNC_V1", CANONICAL_TO_SYNC_V1],
  ])("%s is frozen: writes throw", (_name, constant) => {
    expect(Object.isFrozen(constant)).toBe(true);
    expect(() => {
      (constant as Record<string, string>).extra = "x";
    }).toThrow(TypeError);
  });

  it("an alias cannot be added", () => {
    expect(() => {
      (LANE_ALIASES as Record<string, string>).review = "for_review";
    }).toThrow(TypeError);
    expect(() => normalizeLane("review")).toThrow(UnknownLaneError);
  });
});

describe("lane schemas (published as lane and sync_lane_v1)", () => {
  it("LaneSchema accepts exactly the lane values", () => {
    for (const lane of LANES) expect(LaneSchema.rule(lane)).toEqual({ ok: true, value: lane });
    expect(LaneSchema.rule("doing")).toEqual({
      ok: false,
      violation: "enum",
      message:
        "Input should be 'planned', 'claimed', 'in_progress', 'for_review', 'done', 'blocked' or 'canceled'",
    });
    expect(LaneSchema.rule("DONE")).toMatchObject({ ok: false, violation: "enum" });
  });

  it("SyncLaneV1Schema accepts exactly the sync lane values", () => {
    for (const lane of SYNC_LANES) {
      expect(SyncLaneV1Schema.rule(lane)).toEqual({ ok: true, value: lane });
    }
    expect(SyncLaneV1Schema.rule("in_progress")).toEqual({
      ok: false,
      violation: "enum",
      message: "Input should be 'planned', 'doing', 'for_review' or 'done'",
    });
  });

  it("carry names, values and descriptions for their schemas", () => {
    expect(LaneSchema.wire).toEqual({
      enum: LANES,
      title: "Lane",
      type: "string",
      description: "Work-package lifecycle lanes.",
    });
    expect(SyncLaneV1Schema.wire).toEqual({
      enum: SYNC_LANES,
      title: "SyncLaneV1",
      type: "string",
      description: "V1 compatibility sync lanes for downstream consumers.",
    });
  });
});
