import { describe, expect, it } from "vitest";
import type { Event } from "../src/envelope/event.js";
import { STATUS_FAMILY } from "../src/families/status/family.js";
import { reduceStatusEvents } from "../src/families/status/reducer.js";
import { EV, eid, ev, secondsAfterNewYear, wp } from "./support/status-gates-lifecycle.js";

const W = "WPStatusChanged";

const lanes = (events: readonly Event[]) =>
  Object.fromEntries(
    [...reduceStatusEvents(events).wp_states].map(([id, s]) => [id, s.current_lane]),
  );
const reasons = (events: readonly Event[]) =>
  reduceStatusEvents(events).anomalies.map((a) => a.reason);

/** The happy path of WP01 up to for_review, clocks 1-4, ids 1-4. */
const TO_REVIEW = [
  ev(W, wp(null, "planned"), 1, 1),
  ev(W, wp("planned", "claimed"), 2, 2),
  ev(W, wp("claimed", "in_progress"), 3, 3),
  ev(W, wp("in_progress", "for_review"), 4, 4),
];

describe("reduce_status_events: pipeline (§1.8)", () => {
  it("an empty input (or one without WPStatusChanged events) gives the defaults", () => {
    const empty = '{"wp_states":{},"anomalies":[],"event_count":0,"last_processed_event_id":null}';
    expect(JSON.stringify(reduceStatusEvents([]))).toBe(empty);
    expect(JSON.stringify(reduceStatusEvents([ev("Other", {}, 1, 1)]))).toBe(empty);
  });

  it("the happy path to done, serialised as the reference's JSON", () => {
    const events = [...TO_REVIEW, ev(W, wp("for_review", "done", { evidence: EV }), 5, 5)];
    expect(JSON.stringify(reduceStatusEvents(events))).toBe(
      '{"wp_states":{"WP01":{"wp_id":"WP01","current_lane":"done","last_event_id":"01J00000000000000000000005","last_transition_at":"2026-01-01T00:00:05Z","evidence":{"repos":[{"repo":"r","branch":"b","commit":"c","files_touched":null}],"verification":[],"review":{"reviewer":"x","verdict":"ok","reference":null}}}},"anomalies":[],"event_count":5,"last_processed_event_id":"01J00000000000000000000005"}',
    );
  });

  it("sorts by (lamport, isoformat, event_id) whatever the input order", () => {
    const events = [...TO_REVIEW].reverse();
    expect(lanes(events)).toEqual({ WP01: "for_review" });
    expect(reduceStatusEvents(events).anomalies).toEqual([]);
  });

  it("keeps the first of each event_id after sorting (the lower clock wins)", () => {
    const events = [
      ev(W, wp(null, "planned"), 1, 1),
      ev(W, wp("planned", "blocked"), 3, 2),
      ev(W, wp("planned", "claimed"), 2, 2),
    ];
    const result = reduceStatusEvents(events);
    expect(result.wp_states.get("WP01")?.current_lane).toBe("claimed");
    expect(result.event_count).toBe(2);
  });

  it("quirk 11: event_count counts distinct WPStatusChanged events only, the unparseable ones included", () => {
    const result = reduceStatusEvents([ev(W, { bad: 1 }, 1, 1), ev("Other", {}, 2, 2)]);
    expect(result.event_count).toBe(1);
    expect(result.last_processed_event_id).toBe(eid(1));
  });

  it("last_processed_event_id is the last event in sort order, valid or not", () => {
    const result = reduceStatusEvents([
      ev(W, wp(null, "planned"), 1, 1),
      ev(W, wp("done", "planned"), 9, 2),
    ]);
    expect(result.last_processed_event_id).toBe(eid(2));
    expect(result.anomalies).toHaveLength(1);
  });

  it("no parsed event: the parse anomalies, the count and the last id", () => {
    const result = reduceStatusEvents([ev(W, {}, 1, 1), ev(W, { wp_id: "WP02" }, 2, 2)]);
    expect(result.wp_states.size).toBe(0);
    expect(result.anomalies.map((a) => [a.event_id, a.wp_id])).toEqual([
      [eid(1), "<unknown>"],
      [eid(2), "WP02"],
    ]);
    expect([result.event_count, result.last_processed_event_id]).toEqual([2, eid(2)]);
  });
});

describe("reduce_status_events: payload anomalies (§1.8 step 5)", () => {
  it("quirk 2: the reason is 'payload validation failed: ' and a pydantic-style dump", () => {
    const [reason] = reasons([ev(W, wp("planned", "claimed", { force: true }), 1, 1)]);
    expect(reason).toBe(
      "payload validation failed: 1 validation error for StatusTransitionPayload\n" +
        "  Value error, force=True requires a non-empty reason [type=value_error, input_value={'feature_slug': 'f', 'wp...orktree', 'force': True}, input_type=dict]\n" +
        "    For further information visit https://errors.pydantic.dev/2.13/v/value_error",
    );
  });

  it("quirk 26: an unusable wp_id falls back to <unknown>; the lanes are read leniently", () => {
    const [anomaly] = reduceStatusEvents([
      ev(W, { wp_id: "", from_lane: "doing", to_lane: "bogus" }, 1, 1),
    ]).anomalies;
    expect(anomaly).toMatchObject({ wp_id: "<unknown>", from_lane: "in_progress", to_lane: null });
    expect(
      anomaly?.reason.startsWith(
        "payload validation failed: 5 validation errors for StatusTransitionPayload\nfeature_slug\n  Field required [type=missing, input_value={'wp_id': '', 'from_lane'...ng', 'to_lane': 'bogus'}, input_type=dict]",
      ),
    ).toBe(true);
  });

  it.each<[unknown, string]>([
    [undefined, "<unknown>"],
    [null, "<unknown>"],
    [7, "<unknown>"],
    [["WP01"], "<unknown>"],
    [" ", " "],
    ["WP09", "WP09"],
  ])("wp_id %j gives the anomaly wp_id %j", (wpId, expected) => {
    const payload =
      wpId === undefined ? { to_lane: "planned" } : { wp_id: wpId, to_lane: "planned" };
    expect(reduceStatusEvents([ev(W, payload, 1, 1)]).anomalies[0]?.wp_id).toBe(expected);
  });

  it.each<[unknown, string | null]>([
    ["planned", "planned"],
    ["doing", "in_progress"],
    ["DOING", null],
    [5, null],
    [null, null],
    [["planned"], null],
  ])("a raw lane %j reads as %j in the anomaly", (lane, expected) => {
    const [anomaly] = reduceStatusEvents([
      ev(W, { from_lane: lane, to_lane: lane }, 1, 1),
    ]).anomalies;
    expect([anomaly?.from_lane, anomaly?.to_lane]).toEqual([expected, expected]);
  });

  it("parse anomalies come first, then transition anomalies in applied order", () => {
    const result = reduceStatusEvents([
      ev(W, wp("claimed", "in_progress"), 1, 1),
      ev(W, { wp_id: "WP02" }, 2, 2),
    ]);
    expect(result.anomalies.map((a) => a.event_id)).toEqual([eid(2), eid(1)]);
  });
});

describe("reduce_status_events: applying transitions (§1.8 steps 7-9)", () => {
  it("from_lane must match the current lane (None for a new work package)", () => {
    const result = reduceStatusEvents([
      ev(W, wp("planned", "claimed"), 1, 1),
      ev(W, wp(null, "planned"), 2, 2),
    ]);
    expect(result.anomalies).toEqual([
      {
        event_id: eid(1),
        wp_id: "WP01",
        from_lane: "planned",
        to_lane: "claimed",
        reason: "from_lane mismatch: expected None, got Lane.PLANNED",
      },
    ]);
    expect(result.wp_states.get("WP01")?.current_lane).toBe("planned");
  });

  it("quirk 5: force never bypasses the from_lane check", () => {
    expect(
      reasons([
        ev(W, wp(null, "planned"), 1, 1),
        ev(W, wp("claimed", "in_progress", { force: true, reason: "x" }), 2, 2),
      ]),
    ).toEqual(["from_lane mismatch: expected Lane.PLANNED, got Lane.CLAIMED"]);
  });

  it("a transition the rules refuse is an anomaly with the violations joined by '; '", () => {
    const result = reduceStatusEvents([
      ...TO_REVIEW,
      ev(W, wp("for_review", "done", { evidence: EV }), 5, 5),
      ev(W, wp("done", "planned"), 6, 6),
    ]);
    expect(result.anomalies).toEqual([
      {
        event_id: eid(6),
        wp_id: "WP01",
        from_lane: "done",
        to_lane: "planned",
        reason:
          "done is terminal; requires force=True to exit; Transition Lane.DONE -> Lane.PLANNED is not allowed",
      },
    ]);
  });

  it("quirk 6: a rollback with review_ref '' is ordered last, rejected, and the concurrent done wins", () => {
    const events = [
      ...TO_REVIEW,
      ev(W, wp("for_review", "in_progress", { review_ref: "" }), 5, 10),
      ev(W, wp("for_review", "done", { evidence: EV }), 5, 11),
    ];
    expect(lanes(events)).toEqual({ WP01: "done" });
    expect(reasons(events)).toEqual(["for_review -> in_progress requires review_ref"]);
  });

  it("a valid rollback is applied after a concurrent done, so the rollback wins", () => {
    const events = [
      ...TO_REVIEW,
      ev(W, wp("for_review", "in_progress", { review_ref: "PR-7" }), 5, 10),
      ev(W, wp("for_review", "done", { evidence: EV }), 5, 11),
    ];
    const result = reduceStatusEvents(events);
    expect(result.wp_states.get("WP01")).toMatchObject({
      current_lane: "in_progress",
      last_event_id: eid(10),
      evidence: null,
    });
    expect(result.anomalies).toEqual([]);
  });

  it("quirk 7: same-clock causal chains are rejected (each event meets the group-start snapshot)", () => {
    const events = [
      ev(W, wp(null, "planned"), 1, 1),
      ev(W, wp("planned", "claimed"), 2, 30),
      ev(W, wp("claimed", "in_progress"), 2, 31),
    ];
    expect(lanes(events)).toEqual({ WP01: "claimed" });
    expect(reasons(events)).toEqual([
      "from_lane mismatch: expected Lane.PLANNED, got Lane.CLAIMED",
    ]);
  });

  it("quirk 8: competing valid concurrent transitions resolve silently by sort order", () => {
    const events = [
      ev(W, wp(null, "planned"), 1, 1),
      ev(W, wp("planned", "blocked"), 2, 21),
      ev(W, wp("planned", "claimed"), 2, 20),
    ];
    expect(lanes(events)).toEqual({ WP01: "blocked" });
    expect(reasons(events)).toEqual([]);
  });

  it("quirk 9: the sort key compares local wall-clock text, not instants", () => {
    // id1 at 05:00+05:00 (00:00Z) and id2 at 01:00Z, same clock: id2 sorts first.
    const events = [
      ev(W, wp(null, "planned", {}, "A"), 0, 1, "2026-01-01T05:00:00+05:00"),
      ev(W, wp(null, "planned", {}, "B"), 0, 2, "2026-01-01T01:00:00Z"),
    ];
    expect([...reduceStatusEvents(events).wp_states.keys()]).toEqual(["B", "A"]);
    expect(reduceStatusEvents(events).last_processed_event_id).toBe(eid(1));
    // A naive timestamp sorts before an aware one with the same wall time.
    const naive = [
      ev(W, wp(null, "planned", {}, "aware"), 0, 1, "2026-01-01T01:00:00Z"),
      ev(W, wp(null, "planned", {}, "naive"), 0, 2, "2026-01-01T01:00:00"),
    ];
    expect([...reduceStatusEvents(naive).wp_states.keys()]).toEqual(["naive", "aware"]);
  });

  it("quirk 10: dedup of conflicting duplicates keeps the earlier one in the input", () => {
    const a = ev(W, wp(null, "planned", {}, "A"), 1, 7);
    const b = ev(W, wp(null, "planned", {}, "B"), 1, 7);
    expect([...reduceStatusEvents([a, b]).wp_states.keys()]).toEqual(["A"]);
    expect([...reduceStatusEvents([b, a]).wp_states.keys()]).toEqual(["B"]);
  });

  it("groups of one clock are ordered by where each work package first appears", () => {
    // U = [WP02 a, WP01 b, WP02 c] at one clock: groups (WP02: a, c), (WP01: b).
    const events = [
      ev(W, wp("claimed", "in_progress", {}, "WP02"), 1, 1),
      ev(W, wp("claimed", "in_progress", {}, "WP01"), 1, 2),
      ev(W, wp("claimed", "in_progress", {}, "WP02"), 1, 3),
    ];
    expect(reduceStatusEvents(events).anomalies.map((a) => a.event_id)).toEqual([
      eid(1),
      eid(3),
      eid(2),
    ]);
  });

  it("wp_id is compared exactly: WP01, wp01 and 'WP01 ' are three work packages", () => {
    const events = [
      ev(W, wp(null, "planned", {}, "WP01"), 1, 1),
      ev(W, wp(null, "planned", {}, "wp01"), 1, 2),
      ev(W, wp(null, "planned", {}, "WP01 "), 1, 3),
    ];
    expect([...reduceStatusEvents(events).wp_states.keys()]).toEqual(["WP01", "wp01", "WP01 "]);
  });

  it("quirk 23: evidence is dropped for non-done targets and cleared on a forced reopen", () => {
    const events = [
      ev(W, wp(null, "planned", { evidence: EV }), 1, 1),
      ev(W, wp("planned", "done", { force: true, reason: "x", evidence: EV }), 2, 2),
      ev(W, wp("done", "planned", { force: true, reason: "reopen", evidence: EV }), 3, 3),
    ];
    const reduced = reduceStatusEvents(events);
    expect(reduced.wp_states.get("WP01")).toMatchObject({
      current_lane: "planned",
      evidence: null,
    });
    expect(reduceStatusEvents(events.slice(0, 1)).wp_states.get("WP01")?.evidence).toBeNull();
    expect(reduceStatusEvents(events.slice(0, 2)).wp_states.get("WP01")?.evidence).toEqual({
      repos: [{ repo: "r", branch: "b", commit: "c", files_touched: null }],
      verification: [],
      review: { reviewer: "x", verdict: "ok", reference: null },
    });
  });

  it("evidence written in full (as the producer's model dumps it) gives the same state", () => {
    const full = {
      repos: [{ repo: "r", branch: "b", commit: "c", files_touched: null }],
      verification: [],
      review: { reviewer: "x", verdict: "ok", reference: null },
    };
    const partial = [...TO_REVIEW, ev(W, wp("for_review", "done", { evidence: EV }), 5, 5)];
    const written = [...TO_REVIEW, ev(W, wp("for_review", "done", { evidence: full }), 5, 5)];
    expect(JSON.stringify(reduceStatusEvents(written))).toBe(
      JSON.stringify(reduceStatusEvents(partial)),
    );
    const bad = { ...full, repos: [{ ...full.repos[0], commit: "" }] };
    const refused = reduceStatusEvents([ev(W, wp(null, "done", { evidence: bad }), 1, 1)]);
    expect(refused.wp_states.size).toBe(0);
    expect(refused.anomalies[0]?.reason).toMatch(/^payload validation failed: 1 validation error/);
    expect(refused.anomalies[0]?.reason).toContain("evidence.repos.0.commit");
  });

  it("last_transition_at keeps the original offset and microseconds", () => {
    const state = reduceStatusEvents([
      ev(W, wp(null, "planned"), 1, 1, "2026-01-01T05:00:00.5+05:30"),
    ]).wp_states.get("WP01");
    expect(JSON.stringify(state?.last_transition_at)).toBe('"2026-01-01T05:00:00.500000+05:30"');
  });
});

describe("reduce_status_events: wp_states order and immutability", () => {
  it("keeps first-applied order in the JSON text, integer-like ids included", () => {
    const ids = ["WP02", "2", "WP01", "10", "1"];
    const events = ids.map((id, i) => ev(W, wp(null, "planned", {}, id), 1, i + 1));
    const result = reduceStatusEvents(events);
    expect([...result.wp_states.keys()]).toEqual(ids);
    expect(Object.keys(JSON.parse(JSON.stringify(result)).wp_states)).toEqual([
      "1",
      "2",
      "10",
      "WP02",
      "WP01",
    ]);
    expect(JSON.stringify(result).indexOf('"WP02":')).toBeLessThan(
      JSON.stringify(result).indexOf('"2":'),
    );
    expect(JSON.stringify(result.wp_states)).toMatch(
      /^\{"WP02":.*\},"2":.*\},"WP01":.*\},"10":.*\},"1":/,
    );
  });

  it("a later transition replaces a state but keeps its key position", () => {
    const events = [
      ev(W, wp(null, "planned", {}, "B"), 1, 1),
      ev(W, wp(null, "planned", {}, "A"), 2, 2),
      ev(W, wp("planned", "claimed", {}, "B"), 3, 3),
    ];
    const result = reduceStatusEvents(events);
    expect([...result.wp_states.keys()]).toEqual(["B", "A"]);
    expect(result.wp_states.get("B")?.last_event_id).toBe(eid(3));
  });

  it("a work package that never applied a transition has no state", () => {
    expect(lanes([ev(W, wp("planned", "claimed", {}, "X"), 1, 1)])).toEqual({});
  });

  it("__proto__ and constructor are ordinary work-package ids", () => {
    const events = [
      ev(W, wp(null, "planned", {}, "__proto__"), 1, 1),
      ev(W, wp(null, "planned", {}, "constructor"), 1, 2),
    ];
    const result = reduceStatusEvents(events);
    const json = JSON.parse(JSON.stringify(result));
    expect(Object.keys(json.wp_states)).toEqual(["__proto__", "constructor"]);
    expect(Object.hasOwn(json.wp_states, "__proto__")).toBe(true);
    expect(JSON.stringify(result)).toContain('"__proto__":{"wp_id":"__proto__"');
    expect(({} as Record<string, unknown>).current_lane).toBeUndefined();
    expect(result.wp_states.get("constructor")?.current_lane).toBe("planned");
  });

  it("the output is immutable", () => {
    const result = reduceStatusEvents([...TO_REVIEW, ev(W, { bad: 1 }, 9, 9)]);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.anomalies)).toBe(true);
    expect(Object.isFrozen(result.anomalies[0])).toBe(true);
    expect(Object.isFrozen(result.wp_states.get("WP01"))).toBe(true);
    expect(() => (result.wp_states as Map<string, unknown>).set("X", 1)).toThrow(TypeError);
    expect(() => (result.wp_states as Map<string, unknown>).delete("WP01")).toThrow(TypeError);
    expect(() => (result.wp_states as Map<string, unknown>).clear()).toThrow(TypeError);
  });
});

describe("STATUS_FAMILY", () => {
  it("describes the family and reduces with reduceStatusEvents", () => {
    expect(STATUS_FAMILY.name).toBe("status");
    expect(STATUS_FAMILY.since).toBe("2.0.0");
    expect(STATUS_FAMILY.fixtureCategories).toEqual(["events", "lane_mapping", "edge_cases"]);
    expect([...STATUS_FAMILY.eventTypes]).toEqual(["WPStatusChanged"]);
    expect(STATUS_FAMILY.payloads.map((p) => [p.eventType, p.schemaName])).toEqual([
      ["WPStatusChanged", "status_transition_payload"],
    ]);
    expect(STATUS_FAMILY.enums.map((e) => e.schemaName)).toEqual(["lane", "sync_lane_v1"]);
    expect(STATUS_FAMILY.reducer?.outputModel).toBe("ReducedStatus");
    const events = [...TO_REVIEW, ev(W, wp("planned", "done"), 9, 9)];
    expect(JSON.stringify(STATUS_FAMILY.reducer?.reduce(events))).toBe(
      JSON.stringify(reduceStatusEvents(events)),
    );
  });

  it("summarises the projection: counts, work packages, anomalies on one line each", () => {
    const events = [...TO_REVIEW, ev(W, { wp_id: "WP02" }, 5, 5)];
    const summary = STATUS_FAMILY.reducer?.summarize(reduceStatusEvents(events));
    expect(summary?.title).toBe("work-package status projection");
    expect(summary?.rows.map((row) => [row.label, row.value])).toEqual([
      ["events", "5 (distinct WPStatusChanged)"],
      ["last processed", eid(5)],
      ["work packages", "1"],
      ["anomalies", "1"],
    ]);
    expect(summary?.rows[2]?.items).toEqual([
      `WP01  for_review  (${eid(4)} at ${secondsAfterNewYear(4)})`,
    ]);
    const [line] = summary?.rows[3]?.items ?? [];
    expect(line).toMatch(
      new RegExp(
        `^${eid(5)}  WP02: payload validation failed: 4 validation errors for StatusTransitionPayload feature_slug Field required \\[type=missing`,
      ),
    );
    expect(line).not.toContain("\n");
    expect(line).not.toContain("errors.pydantic.dev");
  });
});
