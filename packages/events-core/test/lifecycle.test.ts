import { describe, expect, it } from "vitest";
import type { Event } from "../src/envelope/event.js";
import {
  LIFECYCLE_SCHEMA_VERSION,
  MISSION_CANCELLED,
  MISSION_COMPLETED,
  MISSION_EVENT_TYPES,
  MISSION_STARTED,
  PHASE_ENTERED,
  REVIEW_ROLLBACK,
  TERMINAL_MISSION_STATUSES,
} from "../src/families/lifecycle/constants.js";
import { MissionStatus } from "../src/families/lifecycle/enums.js";
import { LIFECYCLE_FAMILY } from "../src/families/lifecycle/family.js";
import {
  MISSION_PAYLOAD_MODELS,
  MissionCancelledPayloadSchema,
  MissionCompletedPayloadSchema,
  MissionStartedPayloadSchema,
  PhaseEnteredPayloadSchema,
  ReviewRollbackPayloadSchema,
} from "../src/families/lifecycle/payloads.js";
import { reduceLifecycleEvents } from "../src/families/lifecycle/reducer.js";
import { reduceStatusEvents } from "../src/families/status/reducer.js";
import {
  type ModelEntries,
  type ModelSchema,
  parseModel,
  safeParseModel,
} from "../src/model/model.js";
import {
  cancelled,
  completed,
  eid,
  ev,
  phase,
  rollback,
  STATUS_GATES_LIFECYCLE_EXAMPLES,
  started,
  wp,
} from "./support/status-gates-lifecycle.js";

const W = "WPStatusChanged";
const reasons = (events: readonly Event[]) =>
  reduceLifecycleEvents(events).anomalies.map((a) => a.reason);

function violations(schema: ModelSchema<ModelEntries>, input: unknown): [string, string][] {
  const result = safeParseModel(schema, input);
  return result.success ? [] : result.issues.map((i) => [i.field, i.violationType]);
}

describe("lifecycle constants (§3.1)", () => {
  it("has the reference's constants, immutable sets and MissionStatus", () => {
    expect(LIFECYCLE_SCHEMA_VERSION).toBe("2.0.0");
    expect([
      MISSION_STARTED,
      MISSION_COMPLETED,
      MISSION_CANCELLED,
      PHASE_ENTERED,
      REVIEW_ROLLBACK,
    ]).toEqual([
      "MissionStarted",
      "MissionCompleted",
      "MissionCancelled",
      "PhaseEntered",
      "ReviewRollback",
    ]);
    expect([...MISSION_EVENT_TYPES]).toEqual([
      "MissionStarted",
      "MissionCompleted",
      "MissionCancelled",
      "PhaseEntered",
      "ReviewRollback",
    ]);
    expect(MissionStatus).toEqual({
      ACTIVE: "active",
      COMPLETED: "completed",
      CANCELLED: "cancelled",
    });
    expect([...TERMINAL_MISSION_STATUSES]).toEqual(["completed", "cancelled"]);
    expect(() => (MISSION_EVENT_TYPES as Set<string>).add("X")).toThrow(TypeError);
    expect(() => (TERMINAL_MISSION_STATUSES as Set<string>).clear()).toThrow(TypeError);
  });
});

describe("lifecycle payload models (§3.2)", () => {
  it("have the reference's fields in order", () => {
    expect(Object.keys(MissionStartedPayloadSchema.entries)).toEqual([
      "mission_id",
      "mission_type",
      "initial_phase",
      "actor",
    ]);
    expect(Object.keys(MissionCompletedPayloadSchema.entries)).toEqual([
      "mission_id",
      "mission_type",
      "final_phase",
      "actor",
    ]);
    expect(Object.keys(MissionCancelledPayloadSchema.entries)).toEqual([
      "mission_id",
      "reason",
      "actor",
      "cancelled_wp_ids",
    ]);
    expect(Object.keys(PhaseEnteredPayloadSchema.entries)).toEqual([
      "mission_id",
      "phase_name",
      "previous_phase",
      "actor",
    ]);
    expect(Object.keys(ReviewRollbackPayloadSchema.entries)).toEqual([
      "mission_id",
      "review_ref",
      "target_phase",
      "affected_wp_ids",
      "actor",
    ]);
    expect(Object.keys(MISSION_PAYLOAD_MODELS)).toEqual([...MISSION_EVENT_TYPES]);
  });

  it("fill the defaults and drop unknown keys", () => {
    expect(
      JSON.stringify(parseModel(MissionCancelledPayloadSchema, { ...cancelled(), extra: 1 })),
    ).toBe('{"mission_id":"M1","reason":"r","actor":"a","cancelled_wp_ids":[]}');
    expect(JSON.stringify(parseModel(PhaseEnteredPayloadSchema, phase("plan")))).toBe(
      '{"mission_id":"M1","phase_name":"plan","previous_phase":null,"actor":"a"}',
    );
    expect(parseModel(ReviewRollbackPayloadSchema, rollback("spec")).affected_wp_ids).toEqual([]);
  });

  for (const [eventType, example] of Object.entries(STATUS_GATES_LIFECYCLE_EXAMPLES)) {
    const schema = MISSION_PAYLOAD_MODELS[eventType as keyof typeof MISSION_PAYLOAD_MODELS];
    if (schema === undefined) continue;
    it(`${eventType}: every field but the id lists is required and non-empty`, () => {
      expect(violations(schema, example)).toEqual([]);
      for (const key of Object.keys(example)) {
        const { [key]: _removed, ...rest } = example;
        const optional = ["cancelled_wp_ids", "affected_wp_ids", "previous_phase"].includes(key);
        expect(violations(schema, rest), key).toEqual(optional ? [] : [[key, "missing"]]);
        if (!optional)
          expect(violations(schema, { ...example, [key]: "" }), key).toEqual([
            [key, "string_too_short"],
          ]);
        expect(violations(schema, { ...example, [key]: 5 }), key).toEqual([
          [key, key.endsWith("_ids") ? "list_type" : "string_type"],
        ]);
      }
    });
  }

  it.each<[ModelSchema<ModelEntries>, Record<string, unknown>, string]>([
    [MissionCancelledPayloadSchema, cancelled(), "cancelled_wp_ids"],
    [ReviewRollbackPayloadSchema, rollback("spec"), "affected_wp_ids"],
  ])("an explicit null id list is refused, items may be empty", (schema, base, key) => {
    expect(violations(schema, { ...base, [key]: null })).toEqual([[key, "list_type"]]);
    expect(violations(schema, { ...base, [key]: "WP01" })).toEqual([[key, "list_type"]]);
    expect(violations(schema, { ...base, [key]: ["", "WP01"] })).toEqual([]);
    expect(violations(schema, { ...base, [key]: ["WP01", 2] })).toEqual([
      [`${key}.1`, "string_type"],
    ]);
  });

  it("previous_phase is null or non-empty text", () => {
    expect(violations(PhaseEnteredPayloadSchema, { ...phase("x"), previous_phase: null })).toEqual(
      [],
    );
    expect(violations(PhaseEnteredPayloadSchema, { ...phase("x"), previous_phase: "" })).toEqual([
      ["previous_phase", "string_too_short"],
    ]);
  });
});

describe("reduce_lifecycle_events (§3.4)", () => {
  it("an empty input gives the defaults", () => {
    expect(JSON.stringify(reduceLifecycleEvents([]))).toBe(
      '{"mission_id":null,"mission_status":null,"mission_type":null,"current_phase":null,"phases_entered":[],"wp_states":{},"anomalies":[],"event_count":0,"last_processed_event_id":null}',
    );
  });

  it("the sheet's example: started, phase, rollback, completed, late events, WP events", () => {
    const events = [
      ev(MISSION_STARTED, started("M1", "spec"), 1, 1),
      ev(PHASE_ENTERED, phase("plan"), 2, 2),
      ev(REVIEW_ROLLBACK, rollback("spec"), 3, 3),
      ev(MISSION_COMPLETED, completed(), 4, 4),
      ev(PHASE_ENTERED, phase("late"), 5, 5),
      ev(MISSION_STARTED, started("M1"), 6, 6),
      ev("GatePassed", {}, 7, 7),
      ev(W, wp(null, "planned"), 8, 8),
      ev(W, wp("claimed", "in_progress"), 9, 9),
    ];
    const result = reduceLifecycleEvents(events);
    expect(JSON.stringify(result)).toBe(
      JSON.stringify({
        mission_id: "M1",
        mission_status: "completed",
        mission_type: "t",
        current_phase: "spec",
        phases_entered: ["spec", "plan", "spec"],
        wp_states: {
          WP01: {
            wp_id: "WP01",
            current_lane: "planned",
            last_event_id: eid(8),
            last_transition_at: "2026-01-01T00:00:08Z",
            evidence: null,
          },
        },
        anomalies: [
          {
            event_id: eid(5),
            event_type: "PhaseEntered",
            reason: "Event after terminal state (MissionStatus.COMPLETED)",
          },
          {
            event_id: eid(6),
            event_type: "MissionStarted",
            reason: "Event after terminal state (MissionStatus.COMPLETED)",
          },
          {
            event_id: eid(9),
            event_type: "WPStatusChanged",
            reason: "WP WP01: from_lane mismatch: expected Lane.PLANNED, got Lane.CLAIMED",
          },
        ],
        event_count: 9,
        last_processed_event_id: eid(9),
      }),
    );
  });

  it("quirk 11: counts every distinct event of any type; the last id may be an unrelated event", () => {
    const result = reduceLifecycleEvents([ev("Other", {}, 1, 60)]);
    expect([result.event_count, result.last_processed_event_id]).toEqual([1, eid(60)]);
  });

  it("quirk 12: timestamps are ignored inside a lamport group; last_processed_event_id uses them", () => {
    const result = reduceLifecycleEvents([
      ev(MISSION_STARTED, started(), 1, 1),
      ev(PHASE_ENTERED, phase("A"), 2, 20, "2026-01-01T02:00:00Z"),
      ev(PHASE_ENTERED, phase("B"), 2, 21, "2026-01-01T01:00:00Z"),
    ]);
    expect([result.current_phase, result.phases_entered, result.last_processed_event_id]).toEqual([
      "B",
      ["spec", "A", "B"],
      eid(20),
    ]);
  });

  it("quirk 13: cancel is applied last in its clock, so it loses to a same-clock completion", () => {
    const events = [
      ev(MISSION_STARTED, started(), 1, 1),
      ev(MISSION_CANCELLED, cancelled(), 2, 2),
      ev(MISSION_COMPLETED, completed(), 2, 3),
    ];
    expect(reduceLifecycleEvents(events).mission_status).toBe("completed");
    expect(reasons(events)).toEqual(["Event after terminal state (MissionStatus.COMPLETED)"]);
    expect(reduceLifecycleEvents(events).anomalies[0]).toEqual({
      event_id: eid(2),
      event_type: "MissionCancelled",
      reason: "Event after terminal state (MissionStatus.COMPLETED)",
    });
  });

  it("quirk 14: no mission_id consistency checks", () => {
    const result = reduceLifecycleEvents([
      ev(MISSION_STARTED, started(), 1, 1),
      ev(PHASE_ENTERED, phase("x", "OTHER"), 2, 2),
    ]);
    expect([result.mission_id, result.current_phase, result.anomalies]).toEqual(["M1", "x", []]);
  });

  it("quirk 15: WP events are reduced regardless of the mission's state", () => {
    const result = reduceLifecycleEvents([
      ev(MISSION_STARTED, started(), 1, 1),
      ev(MISSION_CANCELLED, cancelled(), 2, 2),
      ev(W, wp(null, "planned"), 3, 3),
    ]);
    expect([result.mission_status, [...result.wp_states.keys()], result.anomalies]).toEqual([
      "cancelled",
      ["WP01"],
      [],
    ]);
    expect([...reduceLifecycleEvents([ev(W, wp(null, "planned"), 1, 1)]).wp_states.keys()]).toEqual(
      ["WP01"],
    );
  });

  it("quirk 16: an invalid MissionStarted leaves the mission unstarted; a later valid one is accepted", () => {
    const events = [
      ev(MISSION_STARTED, { mission_id: "M1" }, 1, 1),
      ev(PHASE_ENTERED, phase("x"), 2, 2),
      ev(MISSION_STARTED, started("M2", "s"), 3, 3),
    ];
    expect(reduceLifecycleEvents(events).mission_id).toBe("M2");
    expect(reasons(events)).toEqual([
      "Invalid MissionStarted payload",
      "Event before MissionStarted",
    ]);
  });

  it("quirk 17: the terminal check precedes the duplicate check", () => {
    expect(
      reasons([
        ev(MISSION_STARTED, started(), 1, 1),
        ev(MISSION_COMPLETED, completed(), 2, 2),
        ev(MISSION_STARTED, started(), 3, 3),
      ]),
    ).toEqual(["Event after terminal state (MissionStatus.COMPLETED)"]);
  });

  it("quirk 36: cancelled missions render MissionStatus.CANCELLED", () => {
    expect(
      reasons([
        ev(MISSION_STARTED, started(), 1, 1),
        ev(MISSION_CANCELLED, cancelled(), 2, 2),
        ev(PHASE_ENTERED, phase("x"), 3, 3),
      ]),
    ).toEqual(["Event after terminal state (MissionStatus.CANCELLED)"]);
  });

  it("quirk 37: the status anomalies are wrapped as 'WP <wp_id>: ...', <unknown> included", () => {
    const [anomaly] = reduceLifecycleEvents([ev(W, {}, 1, 1)]).anomalies;
    expect(anomaly?.event_type).toBe("WPStatusChanged");
    expect(anomaly?.reason.startsWith("WP <unknown>: payload validation failed: ")).toBe(true);
    expect(Object.keys(anomaly ?? {})).toEqual(["event_id", "event_type", "reason"]);
  });

  it("quirk 31: dedup runs across event types before the filter", () => {
    const events = [
      ev("Other", {}, 1, 5),
      ev(W, wp(null, "planned"), 1, 5, "2026-01-01T00:00:09Z"),
    ];
    expect([...reduceStatusEvents(events).wp_states.keys()]).toEqual(["WP01"]);
    const lifecycle = reduceLifecycleEvents(events);
    expect([[...lifecycle.wp_states.keys()], lifecycle.event_count]).toEqual([[], 1]);
  });

  it("a duplicate MissionStarted: first one wins", () => {
    const result = reduceLifecycleEvents([
      ev(MISSION_STARTED, started("M1", "a"), 1, 1),
      ev(MISSION_STARTED, started("M2", "b"), 2, 2),
    ]);
    expect([result.mission_id, result.phases_entered]).toEqual(["M1", ["a"]]);
    expect(result.anomalies.map((a) => a.reason)).toEqual([
      "Duplicate MissionStarted (first one wins)",
    ]);
  });

  it.each<[string, Record<string, unknown>]>([
    [PHASE_ENTERED, { mission_id: "M1", actor: "a" }],
    [MISSION_COMPLETED, { mission_id: "M1", actor: "a" }],
    [MISSION_CANCELLED, { mission_id: "M1", reason: "", actor: "a" }],
    [
      REVIEW_ROLLBACK,
      { mission_id: "M1", review_ref: "R", target_phase: "t", actor: "a", affected_wp_ids: null },
    ],
  ])(
    "an invalid %s payload is 'Invalid <EventType> payload' and changes nothing",
    (eventType, payload) => {
      const result = reduceLifecycleEvents([
        ev(MISSION_STARTED, started(), 1, 1),
        ev(eventType, payload, 2, 2),
      ]);
      expect(result.anomalies).toEqual([
        { event_id: eid(2), event_type: eventType, reason: `Invalid ${eventType} payload` },
      ]);
      expect([result.mission_status, result.current_phase, result.phases_entered]).toEqual([
        "active",
        "spec",
        ["spec"],
      ]);
    },
  );

  it.each([PHASE_ENTERED, MISSION_COMPLETED, MISSION_CANCELLED, REVIEW_ROLLBACK])(
    "%s before MissionStarted is an anomaly, even with an invalid payload",
    (eventType) => {
      expect(reasons([ev(eventType, {}, 1, 1)])).toEqual(["Event before MissionStarted"]);
    },
  );

  it("the effects: phases append, rollbacks set the phase, completion and cancellation set the status", () => {
    const result = reduceLifecycleEvents([
      ev(MISSION_STARTED, started("M9", "specify"), 1, 1),
      ev(PHASE_ENTERED, phase("plan"), 2, 2),
      ev(PHASE_ENTERED, phase("implement"), 3, 3),
      ev(REVIEW_ROLLBACK, rollback("plan"), 4, 4),
      ev(MISSION_CANCELLED, cancelled(), 5, 5),
    ]);
    expect([
      result.mission_id,
      result.mission_status,
      result.mission_type,
      result.current_phase,
    ]).toEqual(["M9", "cancelled", "t", "plan"]);
    expect(result.phases_entered).toEqual(["specify", "plan", "implement", "plan"]);
  });

  it("mission anomalies come first (fold order), then the WP anomalies", () => {
    const result = reduceLifecycleEvents([
      ev(W, wp("planned", "claimed"), 1, 1),
      ev(PHASE_ENTERED, phase("x"), 2, 2),
    ]);
    expect(result.anomalies.map((a) => a.event_id)).toEqual([eid(2), eid(1)]);
  });

  it("inside a clock group, cancellations go last, the rest by event_id", () => {
    const result = reduceLifecycleEvents([
      ev(MISSION_STARTED, started(), 1, 1),
      ev(MISSION_CANCELLED, cancelled(), 2, 2, "2026-01-01T00:00:00Z"),
      ev(PHASE_ENTERED, phase("z"), 2, 9, "2026-01-01T00:00:01Z"),
      ev(PHASE_ENTERED, phase("y"), 2, 8, "2026-01-01T00:00:05Z"),
    ]);
    expect(result.phases_entered).toEqual(["spec", "y", "z"]);
    expect(result.mission_status).toBe("cancelled");
    expect(result.anomalies).toEqual([]);
  });

  it("the output is immutable", () => {
    const result = reduceLifecycleEvents([
      ev(MISSION_STARTED, started(), 1, 1),
      ev(PHASE_ENTERED, {}, 2, 2),
    ]);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.phases_entered)).toBe(true);
    expect(Object.isFrozen(result.anomalies)).toBe(true);
    expect(Object.isFrozen(result.anomalies[0])).toBe(true);
  });
});

describe("LIFECYCLE_FAMILY", () => {
  it("describes the family and reduces with reduceLifecycleEvents", () => {
    expect(LIFECYCLE_FAMILY.name).toBe("lifecycle");
    expect(LIFECYCLE_FAMILY.schemaVersion).toBe("2.0.0");
    expect(LIFECYCLE_FAMILY.payloads.map((p) => p.schemaName)).toEqual([
      "mission_started_payload",
      "mission_completed_payload",
      "mission_cancelled_payload",
      "phase_entered_payload",
      "review_rollback_payload",
    ]);
    expect(LIFECYCLE_FAMILY.reducer?.outputModel).toBe("ReducedMissionState");
    expect(LIFECYCLE_FAMILY.eventTypes).toBe(MISSION_EVENT_TYPES);
    expect([...(LIFECYCLE_FAMILY.reducer?.payloadTypes ?? [])]).toEqual([
      ...MISSION_EVENT_TYPES,
      "WPStatusChanged",
    ]);
  });

  it("summarises the projection", () => {
    const state = reduceLifecycleEvents([
      ev(MISSION_STARTED, started("M1", "spec"), 1, 1),
      ev(PHASE_ENTERED, phase("plan"), 2, 2),
      ev(W, wp(null, "planned"), 3, 3),
      ev(PHASE_ENTERED, {}, 4, 4),
    ]);
    const summary = LIFECYCLE_FAMILY.reducer?.summarize(state);
    expect(summary?.rows.map((row) => [row.label, row.value, row.items])).toEqual([
      ["events", "4 (after dedup, all families)", undefined],
      ["mission", "M1", undefined],
      ["status", "active", undefined],
      ["mission type", "t", undefined],
      ["current phase", "plan", undefined],
      ["phases entered", "2", ["1. spec", "2. plan"]],
      ["work packages", "1", ["WP01  planned"]],
      ["anomalies", "1", [`${eid(4)}  PhaseEntered: Invalid PhaseEntered payload`]],
    ]);
  });
});
