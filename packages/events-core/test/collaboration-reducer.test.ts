import { describe, expect, it } from "vitest";
import type { Event } from "../src/envelope/event.js";
import { PayloadValidationError, SpecKittyEventsError } from "../src/errors.js";
import { UnknownParticipantError } from "../src/families/collaboration/errors.js";
import { COLLABORATION_FAMILY } from "../src/families/collaboration/family.js";
import type { ReducedCollaborationState } from "../src/families/collaboration/output.js";
import type { ParticipantIdentity } from "../src/families/collaboration/payloads.js";
import {
  type CollaborationReducerOptions,
  reduceCollaborationEvents,
} from "../src/families/collaboration/reducer.js";
import {
  COLLABORATION_EXAMPLES,
  collabEvent,
  collabId,
  identity,
  MISSION,
  on,
  type Step,
  stream,
} from "./support/collaboration.js";

const PERMISSIVE = { mode: "permissive" } as const;

/** Reduces the steps (clocks 1, 2, ...) and returns the output as parsed JSON. */
function json(steps: readonly Step[], options: CollaborationReducerOptions = {}) {
  return JSON.parse(JSON.stringify(reduceCollaborationEvents(stream(steps), options)));
}

/** The anomaly reasons of a permissive reduction. */
function reasons(steps: readonly Step[], options: CollaborationReducerOptions = PERMISSIVE) {
  return reduceCollaborationEvents(stream(steps), options).anomalies.map((a) => a.reason);
}

/** The error a reduction throws (fails the test when it does not throw). */
function thrown(steps: readonly Step[], options: CollaborationReducerOptions = {}): Error {
  try {
    reduceCollaborationEvents(stream(steps), options);
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the reducer to throw");
}

const DEFAULTS =
  '{"mission_id":"","participants":{},"departed_participants":{},"presence":{},' +
  '"active_drivers":[],"focus_by_participant":{},"participants_by_focus":{},"warnings":[],' +
  '"decisions":[],"comments":[],"active_executions":{},"linked_sessions":{},"anomalies":[],' +
  '"event_count":0,"last_processed_event_id":null}';

const JOIN_P1_P2: readonly Step[] = [on.join("p1"), on.join("p2")];

describe("reduceCollaborationEvents: pipeline", () => {
  it("returns the defaults for no events (exact JSON, keys in the reference's order)", () => {
    expect(JSON.stringify(reduceCollaborationEvents([]))).toBe(DEFAULTS);
  });

  it("quirk C2: ignores the roster when there is nothing to fold", () => {
    const roster = new Map([["p1", identity("p1") as ParticipantIdentity]]);
    expect(JSON.stringify(reduceCollaborationEvents([], { roster }))).toBe(DEFAULTS);
    const other = collabEvent("WPStatusChanged", 1, { wp_id: "WP01" });
    expect(JSON.stringify(reduceCollaborationEvents([other], { roster }))).toBe(DEFAULTS);
  });

  it("filters first: an event of another family never shadows a family event with its id", () => {
    const id = collabId(7);
    const events = [
      collabEvent("SyncIngestAccepted", 1, { delivery_id: "d" }, { id }),
      collabEvent("ParticipantJoined", 2, COLLABORATION_EXAMPLES.ParticipantJoined ?? {}, { id }),
    ];
    const state = reduceCollaborationEvents(events);
    expect([...state.participants.keys()]).toEqual(["p1"]);
    expect(state.event_count).toBe(1);
    expect(state.last_processed_event_id).toBe(id);
  });

  it("sorts by (lamport_clock, isoformat(timestamp), event_id) and keeps the first of each id", () => {
    const join = (clock: number, pid: string, extra: { id?: string; timestamp?: string }) =>
      collabEvent("ParticipantJoined", clock, { ...on.join(pid)[1], mission_id: pid }, extra);
    const events = [
      join(2, "late", { id: collabId(1) }),
      join(1, "b", { id: collabId(3), timestamp: "2026-03-02T09:00:01Z" }),
      join(1, "a", { id: collabId(4), timestamp: "2026-03-02T09:00:00Z" }),
      join(1, "dup", { id: collabId(4), timestamp: "2026-03-02T09:00:00Z" }),
    ];
    const state = reduceCollaborationEvents(events);
    expect([...state.participants.keys()]).toEqual(["a", "b", "late"]);
    expect(state.mission_id).toBe("a");
    expect(state.event_count).toBe(3);
    expect(state.last_processed_event_id).toBe(collabId(1));
  });

  it("counts every folded family event, skipped and anomalous ones included", () => {
    const events = [
      ...stream([on.join("p1"), on.drive("", "active"), on.leave("ghost")]),
      collabEvent("MissionStarted", 9, {}),
    ];
    const state = reduceCollaborationEvents(events);
    expect(state.event_count).toBe(3);
    expect(state.last_processed_event_id).toBe(collabId(3));
  });

  it("takes mission_id from the first event when it is a non-empty string, else empty", () => {
    expect(
      json([on.join("p1", { mission_id: "m-1" }), on.join("p2", { mission_id: "m-2" })]).mission_id,
    ).toBe("m-1");
    expect(json([on.join("p1", { mission_id: 5 }), on.join("p2")]).mission_id).toBe("");
    expect(json([on.join("p1", { mission_id: "" }), on.join("p2")]).mission_id).toBe("");
    const noMission = collabEvent("ParticipantJoined", 1, {
      participant_id: "p1",
      participant_identity: identity("p1"),
    });
    expect(reduceCollaborationEvents([noMission]).mission_id).toBe("");
  });

  it("is strict by default and only for the exact value 'strict'; any other mode is permissive", () => {
    const steps = [on.drive("ghost", "active")];
    expect(thrown(steps).name).toBe("UnknownParticipantError");
    expect(thrown(steps, { mode: "strict" }).name).toBe("UnknownParticipantError");
    for (const mode of ["permissive", "bogus", "STRICT", "strict ", ""]) {
      expect(reasons(steps, { mode }), mode).toEqual(["Unknown participant 'ghost'"]);
    }
  });

  it("returns an immutable output", () => {
    const state = reduceCollaborationEvents(
      stream([...JOIN_P1_P2, on.drive("p1", "active"), on.comment("p1"), on.ack("p1", "w0")]),
      PERMISSIVE,
    );
    expect(Object.isFrozen(state)).toBe(true);
    expect(() => (state.participants as Map<string, unknown>).set("x", {})).toThrow(TypeError);
    expect(() => (state.presence as Map<string, unknown>).delete("p1")).toThrow(TypeError);
    expect(() => (state.active_drivers as string[]).push("x")).toThrow(TypeError);
    expect(Object.isFrozen(state.comments[0])).toBe(true);
    expect(Object.isFrozen(state.warnings[0]?.participant_ids)).toBe(true);
    const acknowledgements = state.warnings[0]?.acknowledgements as Map<string, string>;
    expect(() => acknowledgements.clear()).toThrow(TypeError);
    expect(Object.isFrozen(state.anomalies[0])).toBe(true);
  });

  it("the descriptor's reducer passes the mode and nothing else", () => {
    const events = stream([on.drive("ghost", "active")]);
    const reducer = COLLABORATION_FAMILY.reducer;
    expect(() => reducer?.reduce(events)).toThrow(UnknownParticipantError);
    expect(() => reducer?.reduce(events, { mode: "strict" })).toThrow(UnknownParticipantError);
    const permissive = reducer?.reduce(events, { mode: "permissive" }) as ReducedCollaborationState;
    expect(permissive.anomalies).toHaveLength(1);
  });
});

describe("ordered maps: JSON in insertion order", () => {
  it("keeps integer-like participant ids where they were inserted", () => {
    const text = JSON.stringify(
      reduceCollaborationEvents(stream([on.join("b"), on.join("2"), on.join("1"), on.join("a")])),
    );
    expect(text).toContain(
      '"participants":{"b":{"participant_id":"b","participant_type":"human","display_name":null,"session_id":null},' +
        '"2":{"participant_id":"2","participant_type":"human","display_name":null,"session_id":null},' +
        '"1":{"participant_id":"1","participant_type":"human","display_name":null,"session_id":null},' +
        '"a":{"participant_id":"a","participant_type":"human","display_name":null,"session_id":null}}',
    );
  });

  it("seeds the roster in its order (a Map keeps any order), then appends joins", () => {
    const roster = new Map<string, ParticipantIdentity>([
      ["9", identity("nine") as ParticipantIdentity],
      ["r", identity("r") as ParticipantIdentity],
    ]);
    const state = reduceCollaborationEvents(stream([on.join("3")]), { roster });
    expect([...state.participants.keys()]).toEqual(["9", "r", "3"]);
    expect(JSON.stringify(state.participants)).toBe(
      '{"9":{"participant_id":"nine","participant_type":"human"},' +
        '"r":{"participant_id":"r","participant_type":"human"},' +
        '"3":{"participant_id":"3","participant_type":"human","display_name":null,"session_id":null}}',
    );
    expect(JSON.stringify(state.participants.get("9"))).toBe(
      '{"participant_id":"nine","participant_type":"human"}',
    );
    const mutable = { participant_id: "m", participant_type: "human" } as ParticipantIdentity;
    const copied = reduceCollaborationEvents(stream([on.join("3")]), {
      roster: new Map([["m", mutable]]),
    });
    expect(Object.isFrozen(copied.participants.get("m"))).toBe(true);
    expect(Object.isFrozen(mutable)).toBe(false);
    expect(copied.participants.get("m")).toEqual(mutable);
    const record = reduceCollaborationEvents(stream([on.join("3")]), {
      roster: { r: identity("r") as ParticipantIdentity },
    });
    expect([...record.participants.keys()]).toEqual(["r", "3"]);
  });

  it("moves a leaver to the end of departed_participants; a rejoin takes it out", () => {
    const state = json([
      on.join("1"),
      on.join("2"),
      on.join("3"),
      on.leave("3"),
      on.leave("1"),
      on.join("3"),
    ]);
    expect(Object.keys(state.departed_participants)).toEqual(["1"]);
    expect(Object.keys(state.participants)).toEqual(["2", "3"]);
    const both = JSON.stringify(
      reduceCollaborationEvents(stream([on.join("b"), on.join("1"), on.leave("b"), on.leave("1")])),
    );
    expect(both).toContain('"departed_participants":{"b":');
    expect(both.indexOf('"b":')).toBeLessThan(both.indexOf('"1":'));
  });

  it("a participant's first acknowledgement fixes its key; a later one replaces the value only", () => {
    const state = reduceCollaborationEvents(
      stream([
        on.join("p"),
        on.join("7"),
        on.driverWarning("w1", ["p", "7"]),
        on.ack("p", "w1", "hold"),
        on.ack("7", "w1", "continue"),
        on.ack("p", "w1", "reassign"),
      ]),
    );
    expect(JSON.stringify(state.warnings[0]?.acknowledgements)).toBe(
      '{"p":"reassign","7":"continue"}',
    );
  });

  it("focus keys: a key emptied and filled again moves to the end (p1->wp:A, p2->wp:B, p1->wp:A)", () => {
    const state = reduceCollaborationEvents(
      stream([
        ...JOIN_P1_P2,
        on.focus("p1", "wp", "A"),
        on.focus("p2", "wp", "B"),
        on.focus("p1", "wp", "A"),
      ]),
    );
    expect(JSON.stringify(state.participants_by_focus)).toBe('{"wp:B":["p2"],"wp:A":["p1"]}');
    expect(JSON.stringify(state.focus_by_participant)).toBe(
      '{"p1":{"target_type":"wp","target_id":"A"},"p2":{"target_type":"wp","target_id":"B"}}',
    );
  });

  it("a key still holding others keeps its place, and focus_by_participant keeps the pid's position", () => {
    const state = reduceCollaborationEvents(
      stream([
        ...JOIN_P1_P2,
        on.focus("p1", "wp", "A"),
        on.focus("p2", "wp", "A"),
        on.focus("p2", "step", "S"),
        on.focus("p1", "file", "f.py"),
      ]),
    );
    expect(JSON.stringify(state.participants_by_focus)).toBe(
      '{"step:S":["p2"],"file:f.py":["p1"]}',
    );
    expect([...state.focus_by_participant.keys()]).toEqual(["p1", "p2"]);
  });
});

describe("quirk C1: sets are written sorted by code point", () => {
  it("active_drivers and each participants_by_focus array, whatever the insertion order", () => {
    const astral = "\u{1F600}";
    const high = "\uFFFF";
    const state = reduceCollaborationEvents(
      stream([
        on.join(astral),
        on.join("p2"),
        on.join(high),
        on.join("p1"),
        on.drive(astral, "active"),
        on.drive("p2", "active"),
        on.drive(high, "active"),
        on.drive("p1", "active"),
        on.focus("p2", "wp", "WP1"),
        on.focus(astral, "wp", "WP1"),
        on.focus("p1", "wp", "WP1"),
        on.focus(high, "wp", "WP1"),
      ]),
    );
    // Code-point order puts U+FFFF before U+1F600 (UTF-16 order would not).
    expect(state.active_drivers).toEqual(["p1", "p2", high, astral]);
    expect(state.participants_by_focus.get("wp:WP1")).toEqual(["p1", "p2", high, astral]);
  });
});

describe("ParticipantInvited", () => {
  it.each([
    ["missing", {}],
    ["empty", { participant_id: "" }],
    ["a number (quirk C6)", { participant_id: 5 }],
    ["null", { participant_id: null }],
  ])("records 'Missing participant_id in payload' when the id is %s", (_label, fields) => {
    expect(
      reasons([["ParticipantInvited", { participant_identity: identity("p1"), ...fields }]], {}),
    ).toEqual(["Missing participant_id in payload"]);
  });

  it.each([
    ["missing", {}],
    ["null", { participant_identity: null }],
    ["a string", { participant_identity: "p1" }],
    ["missing its type", { participant_identity: { participant_id: "p1" } }],
    [
      "of an unknown type",
      { participant_identity: { participant_id: "p1", participant_type: "bot" } },
    ],
  ])("records 'Invalid participant_identity in payload' when the identity is %s", (_l, fields) => {
    expect(
      reasons([["ParticipantInvited", { participant_id: "p1", invited_by: "o", ...fields }]], {}),
    ).toEqual(["Invalid participant_identity in payload"]);
  });

  it("refuses a second invite, and an invite of an active participant, in both modes", () => {
    for (const options of [{}, PERMISSIVE]) {
      expect(
        reasons([on.invite("p1"), on.invite("p1"), on.join("p2"), on.invite("p2")], options),
      ).toEqual([
        "Participant 'p1' already invited or active (duplicate invite)",
        "Participant 'p2' already invited or active (duplicate invite)",
      ]);
    }
  });

  it("quirk C7: invited is not active (strict throws on the invitee's drive intent)", () => {
    const error = thrown([on.invite("p1"), on.drive("p1", "active")]);
    expect(error).toBeInstanceOf(UnknownParticipantError);
    expect(error.message).toBe(
      `Unknown participant 'p1' in event ${collabId(2)} (type=DriveIntentSet). Not in mission roster.`,
    );
    expect(json([on.invite("p1")]).participants).toEqual({});
  });

  it("quirk C11: a re-invite after leave is accepted once, a second one is a duplicate", () => {
    expect(reasons([on.join("p1"), on.leave("p1"), on.invite("p1"), on.invite("p1")], {})).toEqual([
      "Participant 'p1' already invited or active (duplicate invite)",
    ]);
  });
});

describe("ParticipantJoined", () => {
  it("records the same missing-id and invalid-identity anomalies as an invite", () => {
    expect(
      reasons(
        [
          ["ParticipantJoined", { participant_identity: identity("p1") }],
          ["ParticipantJoined", { participant_id: "p1" }],
          ["ParticipantJoined", { participant_id: "p1", participant_identity: [] }],
        ],
        {},
      ),
    ).toEqual([
      "Missing participant_id in payload",
      "Invalid participant_identity in payload",
      "Invalid participant_identity in payload",
    ]);
  });

  it("records a duplicate join, also for a roster participant, in both modes", () => {
    const roster = new Map([["r1", identity("r1") as ParticipantIdentity]]);
    for (const mode of ["strict", "permissive"]) {
      expect(reasons([on.join("p1"), on.join("p1"), on.join("r1")], { mode, roster })).toEqual([
        "Duplicate join for participant 'p1'",
        "Duplicate join for participant 'r1'",
      ]);
    }
  });

  it("quirk C10: stores the nested identity under the outer id, even when they differ", () => {
    const state = json([
      [
        "ParticipantJoined",
        {
          participant_id: "p1",
          participant_identity: {
            participant_id: "OTHER",
            participant_type: "llm_context",
            display_name: "codex",
            unknown: 1,
          },
        },
      ],
    ]);
    expect(state.participants).toEqual({
      p1: {
        participant_id: "OTHER",
        participant_type: "llm_context",
        display_name: "codex",
        session_id: null,
      },
    });
  });

  it("a join takes the participant out of the invited and departed lists", () => {
    // After the join, a new invite is a duplicate (active); after leave and rejoin, the
    // participant is active and no longer departed.
    expect(
      reasons([on.invite("p1"), on.join("p1"), on.invite("p1"), on.leave("p1"), on.join("p1")], {}),
    ).toEqual(["Participant 'p1' already invited or active (duplicate invite)"]);
    const state = json([on.join("p1"), on.leave("p1"), on.join("p1")]);
    expect(Object.keys(state.participants)).toEqual(["p1"]);
    expect(state.departed_participants).toEqual({});
  });
});

describe("ParticipantLeft", () => {
  it("records a missing id and an unknown or repeated leave, in both modes", () => {
    for (const options of [{}, PERMISSIVE]) {
      expect(
        reasons(
          [
            ["ParticipantLeft", { participant_id: 3 }],
            on.join("p1"),
            on.leave("p1"),
            on.leave("p1"),
            on.leave("ghost"),
          ],
          options,
        ),
      ).toEqual([
        "Missing participant_id in payload",
        "Participant 'p1' not in roster (duplicate leave or unknown)",
        "Participant 'ghost' not in roster (duplicate leave or unknown)",
      ]);
    }
  });

  it("clears drive, focus, presence and executions; keeps linked sessions, warnings, comments, decisions", () => {
    const state = json([
      ...JOIN_P1_P2,
      on.heartbeat("p1"),
      on.drive("p1", "active"),
      on.focus("p1", "wp", "A"),
      on.focus("p2", "wp", "A"),
      on.focus("p2", "wp", "B"),
      on.start("p1", "s1"),
      on.link("p1", "cli-1"),
      on.driverWarning("w1", ["p1", "p2"]),
      on.ack("p1", "w1"),
      on.comment("p1"),
      on.decision("p1"),
      on.leave("p1"),
    ]);
    expect(state.active_drivers).toEqual([]);
    expect(state.focus_by_participant).toEqual({ p2: { target_type: "wp", target_id: "B" } });
    expect(state.participants_by_focus).toEqual({ "wp:B": ["p2"] });
    expect(state.presence).toEqual({});
    expect(state.active_executions).toEqual({});
    expect(state.linked_sessions).toEqual({ p1: ["cli-1"] });
    expect(state.warnings[0].acknowledgements).toEqual({ p1: "hold" });
    expect(state.comments).toHaveLength(1);
    expect(state.decisions).toHaveLength(1);
    expect(Object.keys(state.departed_participants)).toEqual(["p1"]);
  });
});

describe("the active check", () => {
  it("throws on a departed participant in strict mode (SpecKittyEventsError), records it in permissive mode", () => {
    const steps = [on.join("p1"), on.leave("p1"), on.drive("p1", "active")];
    const error = thrown(steps);
    expect(error.name).toBe("SpecKittyEventsError");
    expect(error).toBeInstanceOf(SpecKittyEventsError);
    expect(error).not.toBeInstanceOf(UnknownParticipantError);
    expect(error.message).toBe(
      `Participant 'p1' has departed (event_id=${collabId(3)}, event_type=DriveIntentSet)`,
    );
    expect(reasons(steps)).toEqual(["Participant 'p1' has departed"]);
    expect(json(steps, PERMISSIVE).active_drivers).toEqual([]);
  });

  it("throws UnknownParticipantError on an unknown participant, carrying id, event id and type", () => {
    const error = thrown([on.join("p1"), on.comment("o'brien")]);
    expect(error).toBeInstanceOf(UnknownParticipantError);
    expect(error).toBeInstanceOf(SpecKittyEventsError);
    const unknown = error as UnknownParticipantError;
    expect(unknown.participantId).toBe("o'brien");
    expect(unknown.eventId).toBe(collabId(2));
    expect(unknown.eventType).toBe("CommentPosted");
    expect(unknown.message).toBe(
      `Unknown participant "o'brien" in event ${collabId(2)} (type=CommentPosted). Not in mission roster.`,
    );
  });

  it("quirk C6: every other type skips an unusable participant_id silently", () => {
    const unusable = [undefined, "", 5, null, true, ["p1"], { id: "p1" }];
    for (const pid of unusable) {
      const payload = (fields: Record<string, unknown>) =>
        pid === undefined ? fields : { participant_id: pid, ...fields };
      const steps: Step[] = [
        on.join("p1"),
        ["PresenceHeartbeat", payload({})],
        ["DriveIntentSet", payload({ intent: "active" })],
        ["FocusChanged", payload({ focus_target: { target_type: "wp", target_id: "A" } })],
        ["PromptStepExecutionStarted", payload({ step_id: "s" })],
        ["PromptStepExecutionCompleted", payload({ step_id: "s" })],
        ["WarningAcknowledged", payload({ warning_id: "w0", acknowledgement: "hold" })],
        ["CommentPosted", payload({ comment_id: "c", content: "x" })],
        ["DecisionCaptured", payload({ decision_id: "d", topic: "t", chosen_option: "o" })],
        ["SessionLinked", payload({ linked_session_id: "s" })],
      ];
      const state = reduceCollaborationEvents(stream(steps));
      expect(
        JSON.stringify({
          ...JSON.parse(JSON.stringify(state)),
          participants: {},
          mission_id: "",
          event_count: 0,
          last_processed_event_id: null,
        }),
        String(pid),
      ).toBe(DEFAULTS);
      expect(state.event_count).toBe(10);
    }
  });

  it("a roster participant is active like a joined one: it can act, leave and rejoin", () => {
    const roster = new Map([["r1", identity("r1") as ParticipantIdentity]]);
    const state = json([on.drive("r1", "active"), on.leave("r1"), on.join("r1")], { roster });
    expect(Object.keys(state.participants)).toEqual(["r1"]);
    expect(state.active_drivers).toEqual([]);
    expect(reasons([on.leave("r1"), on.drive("r1", "active")], { ...PERMISSIVE, roster })).toEqual([
      "Participant 'r1' has departed",
    ]);
  });
});

describe("PresenceHeartbeat", () => {
  it("stores the envelope timestamp in its JSON form; a later heartbeat replaces it in place", () => {
    const events = [
      ...stream(JOIN_P1_P2),
      collabEvent(
        "PresenceHeartbeat",
        3,
        { participant_id: "p2" },
        { timestamp: "2026-03-02 09:00:00.250+02:00" },
      ),
      collabEvent(
        "PresenceHeartbeat",
        4,
        { participant_id: "p1" },
        { timestamp: "2026-03-02T09:00:00+00:00" },
      ),
      collabEvent(
        "PresenceHeartbeat",
        5,
        { participant_id: "p2" },
        { timestamp: "2026-03-02T10:00:00" },
      ),
    ];
    expect(JSON.stringify(reduceCollaborationEvents(events).presence)).toBe(
      '{"p2":"2026-03-02T10:00:00","p1":"2026-03-02T09:00:00Z"}',
    );
  });

  it("quirk C3: a departed participant's heartbeat records the anomaly and still sets presence", () => {
    const steps = [on.join("p1"), on.leave("p1"), on.heartbeat("p1")];
    const state = reduceCollaborationEvents(stream(steps), PERMISSIVE);
    expect(state.anomalies.map((a) => a.reason)).toEqual(["Participant 'p1' has departed"]);
    expect(JSON.stringify(state.presence)).toBe('{"p1":"2026-03-02T09:00:00Z"}');
    expect(state.participants.size).toBe(0);
    expect(thrown(steps).message).toBe(
      `Participant 'p1' has departed (event_id=${collabId(3)}, event_type=PresenceHeartbeat)`,
    );
  });

  it("an unknown participant's heartbeat throws (strict) or is skipped with an anomaly", () => {
    expect(thrown([on.heartbeat("ghost")]).name).toBe("UnknownParticipantError");
    const state = json([on.heartbeat("ghost")], PERMISSIVE);
    expect(state.presence).toEqual({});
    expect(state.anomalies).toEqual([
      {
        event_id: collabId(1),
        event_type: "PresenceHeartbeat",
        reason: "Unknown participant 'ghost'",
      },
    ]);
  });
});

describe("DriveIntentSet", () => {
  it("adds on 'active', removes on 'inactive', ignores anything else without an anomaly", () => {
    const state = json([
      ...JOIN_P1_P2,
      on.drive("p1", "active"),
      on.drive("p2", "active"),
      on.drive("p2", "inactive"),
      on.drive("p1", "ACTIVE"),
      on.drive("p1", "paused"),
      on.drive("p1", null),
      ["DriveIntentSet", { participant_id: "p1" }],
      on.drive("p2", "inactive"),
    ]);
    expect(state.active_drivers).toEqual(["p1"]);
    expect(state.anomalies).toEqual([]);
  });
});

describe("FocusChanged", () => {
  it.each([
    ["missing", {}],
    ["null", { focus_target: null }],
    ["of an unknown type", { focus_target: { target_type: "repo", target_id: "x" } }],
    ["with an empty id", { focus_target: { target_type: "wp", target_id: "" } }],
  ])(
    "records 'Invalid focus_target in payload' when the target is %s (both modes)",
    (_l, fields) => {
      for (const options of [{}, PERMISSIVE]) {
        const state = json(
          [
            on.join("p1"),
            on.focus("p1", "wp", "A"),
            ["FocusChanged", { participant_id: "p1", ...fields }],
          ],
          options,
        );
        expect(state.anomalies.map((a: { reason: string }) => a.reason)).toEqual([
          "Invalid focus_target in payload",
        ]);
        expect(state.focus_by_participant).toEqual({ p1: { target_type: "wp", target_id: "A" } });
      }
    },
  );

  it("checks the participant before the target, and ignores previous_focus_target", () => {
    expect(thrown([["FocusChanged", { participant_id: "ghost" }]]).name).toBe(
      "UnknownParticipantError",
    );
    const state = json([
      on.join("p1"),
      [
        "FocusChanged",
        {
          participant_id: "p1",
          focus_target: { target_type: "step", target_id: "s:1" },
          previous_focus_target: { target_type: "bogus" },
        },
      ],
    ]);
    expect(state.participants_by_focus).toEqual({ "step:s:1": ["p1"] });
  });
});

describe("prompt step executions", () => {
  it("appends started steps (repeats kept) and removes the first equal one on completion", () => {
    const state = json([
      on.join("p1"),
      on.start("p1", "s1"),
      on.start("p1", "s2"),
      on.start("p1", "s1"),
      on.complete("p1", "s1"),
    ]);
    expect(state.active_executions).toEqual({ p1: ["s2", "s1"] });
  });

  it("quirk C9: an emptied list stays; started twice and completed once leaves one", () => {
    expect(
      json([on.join("p2"), on.start("p2", "s9"), on.complete("p2", "s9")]).active_executions,
    ).toEqual({ p2: [] });
    expect(
      json([on.join("p1"), on.start("p1", "s1"), on.start("p1", "s1"), on.complete("p1", "s1")])
        .active_executions,
    ).toEqual({ p1: ["s1"] });
  });

  it("a completion without a matching start throws (strict) or records the anomaly", () => {
    const steps = [on.join("p1"), on.start("p1", "s1"), on.complete("p1", "s2")];
    const error = thrown(steps);
    expect(error.name).toBe("SpecKittyEventsError");
    expect(error.message).toBe(
      `No matching PromptStepExecutionStarted for step 's2' by participant 'p1' (event_id=${collabId(3)}, event_type=PromptStepExecutionCompleted)`,
    );
    expect(reasons(steps)).toEqual([
      "No matching PromptStepExecutionStarted for step 's2' by participant 'p1'",
    ]);
    expect(reasons([on.join("p1"), on.complete("p1", "s1")])).toEqual([
      "No matching PromptStepExecutionStarted for step 's1' by participant 'p1'",
    ]);
  });

  it("matches steps with Python's == on the decoded values", () => {
    const matched: [unknown, unknown][] = [
      [true, 1],
      [1, true],
      [0, false],
      [null, null],
      [[], []],
      [
        [1, "a"],
        [true, "a"],
      ],
      [
        { a: 1, b: [2] },
        { b: [2], a: 1 },
      ],
      ["s", "s"],
    ];
    for (const [started, completed] of matched) {
      const state = reduceCollaborationEvents(
        stream([on.join("p1"), on.start("p1", started), on.complete("p1", completed)]),
        PERMISSIVE,
      );
      expect(state.anomalies, JSON.stringify([started, completed])).toEqual([]);
      expect(state.active_executions.get("p1")).toEqual([]);
    }
    const unmatched: [unknown, unknown][] = [
      ["1", 1],
      [null, ""],
      [null, 0],
      [[], {}],
      [{ a: 1 }, { a: 1, b: 2 }],
      ["S", "s"],
      [[1], [1, 1]],
    ];
    for (const [started, completed] of unmatched) {
      // The leave drops the list, so a non-string step left in it does not fail the assembly.
      const state = reduceCollaborationEvents(
        stream([
          on.join("p1"),
          on.start("p1", started),
          on.complete("p1", completed),
          on.leave("p1"),
        ]),
        PERMISSIVE,
      );
      expect(state.anomalies, JSON.stringify([started, completed])).toHaveLength(1);
    }
  });

  it("reads a missing step_id as ''", () => {
    expect(
      json([on.join("p1"), ["PromptStepExecutionStarted", { participant_id: "p1" }]])
        .active_executions,
    ).toEqual({ p1: [""] });
  });
});

describe("warnings", () => {
  it("records a warning with the ids as given; an existing id keeps its place and its acks", () => {
    const state = json([
      ...JOIN_P1_P2,
      on.driverWarning("w1", ["p1", "p2"]),
      on.collision("w2", ["p2", "p1"]),
      on.ack("p1", "w1", "hold"),
      on.collision("w1", ["p2", "p2", "p1"]),
    ]);
    expect(state.warnings).toEqual([
      {
        warning_id: "w1",
        event_id: collabId(6),
        warning_type: "PotentialStepCollisionDetected",
        participant_ids: ["p2", "p2", "p1"],
        acknowledgements: { p1: "hold" },
      },
      {
        warning_id: "w2",
        event_id: collabId(4),
        warning_type: "PotentialStepCollisionDetected",
        participant_ids: ["p2", "p1"],
        acknowledgements: {},
      },
    ]);
  });

  it("skips silently a warning whose id is not a non-empty string or whose ids are not a list; no min-2 check", () => {
    const state = json([
      on.join("p1"),
      on.driverWarning("", ["p1", "p1"]),
      on.driverWarning(7, ["p1", "p1"]),
      ["ConcurrentDriverWarning", { participant_ids: ["p1"] }],
      on.driverWarning("w1", "p1"),
      on.driverWarning("w2", null),
      ["ConcurrentDriverWarning", { warning_id: "w3" }],
      on.driverWarning("w4", ["p1"]),
    ]);
    expect(state.anomalies).toEqual([]);
    expect(
      state.warnings.map((w: { warning_id: string; participant_ids: string[] }) => [
        w.warning_id,
        w.participant_ids,
      ]),
    ).toEqual([
      ["w3", []],
      ["w4", ["p1"]],
    ]);
  });

  it("quirk C4: records the warning even with bad participants, one anomaly per failing element", () => {
    const state = json([...JOIN_P1_P2, on.collision("w1", ["p1", "p2", "ghost"])], PERMISSIVE);
    expect(state.anomalies.map((a: { reason: string }) => a.reason)).toEqual([
      "Unknown participant 'ghost'",
    ]);
    expect(state.warnings[0].participant_ids).toEqual(["p1", "p2", "ghost"]);
    expect(reasons([on.join("p2"), on.leave("p2"), on.collision("w1", ["p2", "x", "x"])])).toEqual([
      "Participant 'p2' has departed",
      "Unknown participant 'x'",
      "Unknown participant 'x'",
    ]);
  });

  it("strict mode throws at the first failing element, with the class of its failure", () => {
    const departedFirst = thrown([
      on.join("p2"),
      on.leave("p2"),
      on.driverWarning("w1", ["p2", "x"]),
    ]);
    expect(departedFirst.name).toBe("SpecKittyEventsError");
    expect(departedFirst.message).toBe(
      `Participant 'p2' has departed (event_id=${collabId(3)}, event_type=ConcurrentDriverWarning)`,
    );
    const unknownFirst = thrown([
      on.join("p2"),
      on.leave("p2"),
      on.driverWarning("w1", ["x", "p2"]),
    ]);
    expect(unknownFirst.name).toBe("UnknownParticipantError");
  });

  it("a roster key '' lets an element '' pass the active check", () => {
    const roster = new Map([["", identity("anon") as ParticipantIdentity]]);
    const state = json([on.join("p1"), on.driverWarning("w1", ["p1", ""])], { roster });
    expect(state.anomalies).toEqual([]);
    expect(state.warnings[0].participant_ids).toEqual(["p1", ""]);
  });
});

describe("WarningAcknowledged", () => {
  it("sets the acknowledgement (any value, not checked against the literal set); the last one wins", () => {
    const state = json([
      on.join("p1"),
      on.driverWarning("w1", ["p1", "p1"]),
      on.ack("p1", "w1", "hold"),
      on.ack("p1", "w1", "whatever"),
      ["WarningAcknowledged", { participant_id: "p1", warning_id: "w1" }],
    ]);
    expect(state.warnings[0].acknowledgements).toEqual({ p1: "" });
  });

  it("an unknown warning throws in strict mode after the active check", () => {
    const error = thrown([on.join("p1"), on.ack("p1", "w0")]);
    expect(error.name).toBe("SpecKittyEventsError");
    expect(error.message).toBe(
      `Warning 'w0' not found (event_id=${collabId(2)}, event_type=WarningAcknowledged)`,
    );
    expect(thrown([on.ack("ghost", "w0")]).name).toBe("UnknownParticipantError");
  });

  it("quirk C8: permissive mode adds a placeholder warning (also for a missing warning_id)", () => {
    const state = json(
      [
        ...JOIN_P1_P2,
        on.ack("p2", "w0", "hold"),
        ["WarningAcknowledged", { participant_id: "p1", acknowledgement: "defer" }],
      ],
      PERMISSIVE,
    );
    expect(state.anomalies.map((a: { reason: string }) => a.reason)).toEqual([
      "Warning 'w0' not found",
      "Warning '' not found",
    ]);
    expect(state.warnings).toEqual([
      {
        warning_id: "w0",
        event_id: collabId(3),
        warning_type: "UnknownWarning",
        participant_ids: ["p2"],
        acknowledgements: { p2: "hold" },
      },
      {
        warning_id: "",
        event_id: collabId(4),
        warning_type: "UnknownWarning",
        participant_ids: ["p1"],
        acknowledgements: { p1: "defer" },
      },
    ]);
  });

  it("a later warning event with the placeholder's id replaces type, ids and event id, keeping the acks", () => {
    const state = json(
      [
        ...JOIN_P1_P2,
        on.ack("p2", "w0", "hold"),
        on.driverWarning("w0", ["p1", "p2"]),
        on.ack("p1", "w0", "continue"),
      ],
      PERMISSIVE,
    );
    expect(state.warnings).toEqual([
      {
        warning_id: "w0",
        event_id: collabId(4),
        warning_type: "ConcurrentDriverWarning",
        participant_ids: ["p1", "p2"],
        acknowledgements: { p2: "hold", p1: "continue" },
      },
    ]);
    expect(state.anomalies).toHaveLength(1);
  });
});

describe("CommentPosted and DecisionCaptured", () => {
  it("append entries with defaults for missing keys; rationale is dropped; references are not checked", () => {
    const state = json([
      on.join("p1"),
      ["CommentPosted", { participant_id: "p1" }],
      on.comment("p1", { comment_id: "c2", content: "", reply_to: "c1" }),
      ["DecisionCaptured", { participant_id: "p1", rationale: "because" }],
      on.decision("p1", { referenced_warning_id: "nowhere" }),
    ]);
    expect(state.comments).toEqual([
      { comment_id: "", event_id: collabId(2), participant_id: "p1", content: "", reply_to: null },
      {
        comment_id: "c2",
        event_id: collabId(3),
        participant_id: "p1",
        content: "",
        reply_to: "c1",
      },
    ]);
    expect(state.decisions).toEqual([
      {
        decision_id: "",
        event_id: collabId(4),
        participant_id: "p1",
        topic: "",
        chosen_option: "",
        referenced_warning_id: null,
      },
      {
        decision_id: "d1",
        event_id: collabId(5),
        participant_id: "p1",
        topic: "t",
        chosen_option: "o",
        referenced_warning_id: "nowhere",
      },
    ]);
  });
});

describe("SessionLinked", () => {
  it("appends linked_session_id (no dedup, '' when missing); lists survive a leave", () => {
    const state = json([
      on.join("p1"),
      on.link("p1", "cli-1"),
      on.link("p1", "cli-1"),
      ["SessionLinked", { participant_id: "p1" }],
      on.leave("p1"),
    ]);
    expect(state.linked_sessions).toEqual({ p1: ["cli-1", "cli-1", ""] });
  });
});

describe("quirk C5 and §1.8: wrong value types raise the reference's classes", () => {
  const expectValidationError = (error: Error, model: string) => {
    expect(error.name).toBe("ValidationError");
    expect(error).toBeInstanceOf(PayloadValidationError);
    expect(error).not.toBeInstanceOf(SpecKittyEventsError);
    expect((error as PayloadValidationError).modelName).toBe(model);
  };

  it.each([
    ["comment_id null", on.comment("p1", { comment_id: null }), "CommentEntry"],
    ["content 7", on.comment("p1", { content: 7 }), "CommentEntry"],
    ["reply_to 5", on.comment("p1", { reply_to: 5 }), "CommentEntry"],
    ["topic 5", on.decision("p1", { topic: 5 }), "DecisionEntry"],
    ["decision_id []", on.decision("p1", { decision_id: [] }), "DecisionEntry"],
    [
      "referenced_warning_id false",
      on.decision("p1", { referenced_warning_id: false }),
      "DecisionEntry",
    ],
  ])("while folding, in both modes: %s", (_label, step, model) => {
    for (const options of [{}, PERMISSIVE]) {
      const error = thrown([on.join("p1"), step], options);
      expectValidationError(error, model);
    }
  });

  it("a fold-time ValidationError names the field in the pydantic text", () => {
    const error = thrown([on.join("p1"), on.comment("p1", { content: 7 })]);
    expect(error.message).toContain(
      "1 validation error for CommentEntry\ncontent\n  Input should be a valid string [type=string_type, input_value=7, input_type=int]",
    );
  });

  it("at assembly: a non-string step still active, unless completed or dropped by a leave", () => {
    for (const options of [{}, PERMISSIVE]) {
      expectValidationError(
        thrown([on.join("p1"), on.start("p1", 7)], options),
        "ReducedCollaborationState",
      );
      expect(
        json([on.join("p1"), on.start("p1", 7), on.complete("p1", 7)], options).active_executions,
      ).toEqual({ p1: [] });
      expect(
        json([on.join("p1"), on.start("p1", 7), on.leave("p1")], options).active_executions,
      ).toEqual({});
    }
  });

  it("at assembly: a non-string linked session, always", () => {
    for (const options of [{}, PERMISSIVE]) {
      expectValidationError(
        thrown([on.join("p1"), on.link("p1", null), on.leave("p1")], options),
        "ReducedCollaborationState",
      );
    }
  });

  it("at assembly: a non-string acknowledgement, unless the same participant acknowledged again", () => {
    const base = [on.join("p1"), on.driverWarning("w1", ["p1", "p1"])];
    for (const options of [{}, PERMISSIVE]) {
      expectValidationError(thrown([...base, on.ack("p1", "w1", null)], options), "WarningEntry");
      expect(
        json([...base, on.ack("p1", "w1", null), on.ack("p1", "w1", "hold")], options).warnings[0]
          .acknowledgements,
      ).toEqual({ p1: "hold" });
    }
  });

  it("a non-string warning_id of an acknowledgement: strict raises 'not found', permissive fails at assembly", () => {
    for (const [wid, repr] of [
      [7, "7"],
      [null, "None"],
      [true, "True"],
      [1.5, "1.5"],
    ] as const) {
      const steps = [on.join("p1"), on.ack("p1", wid)];
      expect(thrown(steps).message).toBe(
        `Warning ${repr} not found (event_id=${collabId(2)}, event_type=WarningAcknowledged)`,
      );
      expectValidationError(thrown(steps, PERMISSIVE), "WarningEntry");
    }
  });

  it("non-string warning elements: strict raises UnknownParticipantError with their repr", () => {
    for (const [element, repr] of [
      [5, "5"],
      [null, "None"],
      [true, "True"],
    ] as const) {
      const error = thrown([on.join("p1"), on.driverWarning("w1", ["p1", element])]);
      expect(error.message).toBe(
        `Unknown participant ${repr} in event ${collabId(2)} (type=ConcurrentDriverWarning). Not in mission roster.`,
      );
      expect((error as UnknownParticipantError).participantId).toBe(element);
    }
  });

  it("non-string warning elements: permissive records them and fails at assembly, unless a later warning replaced the list", () => {
    const bad = [on.join("p1"), on.driverWarning("w1", ["p1", 5])];
    expectValidationError(thrown(bad, PERMISSIVE), "WarningEntry");
    const state = json([...bad, on.driverWarning("w1", ["p1", "p1"])], PERMISSIVE);
    expect(state.warnings[0].participant_ids).toEqual(["p1", "p1"]);
    expect(state.anomalies.map((a: { reason: string }) => a.reason)).toEqual([
      "Unknown participant 5",
    ]);
  });

  it("TypeError (unhashable) for an array or object element, in order with the other checks", () => {
    expect(thrown([on.join("p1"), on.driverWarning("w1", [5, {}])]).name).toBe(
      "UnknownParticipantError",
    );
    const first = thrown([on.join("p1"), on.driverWarning("w1", [{}, 5])]);
    expect(first).toBeInstanceOf(TypeError);
    expect(first.message).toBe("unhashable type: 'dict'");
    const permissive = thrown([on.join("p1"), on.collision("w1", [5, ["p1"]])], PERMISSIVE);
    expect(permissive).toBeInstanceOf(TypeError);
    expect(permissive.message).toBe("unhashable type: 'list'");
  });

  it("TypeError for an array or object warning_id of an acknowledgement whose participant passed the check", () => {
    for (const options of [{}, PERMISSIVE]) {
      expect(thrown([on.join("p1"), on.ack("p1", ["w1"])], options)).toBeInstanceOf(TypeError);
      expect(thrown([on.join("p1"), on.ack("p1", { w: 1 })], options).message).toBe(
        "unhashable type: 'dict'",
      );
    }
    expect(thrown([on.ack("ghost", ["w1"])]).name).toBe("UnknownParticipantError");
    expect(reasons([on.ack("ghost", ["w1"])])).toEqual(["Unknown participant 'ghost'"]);
  });

  it("a non-string step of a completion without a match is not a crash", () => {
    const steps = [on.join("p1"), on.complete("p1", null)];
    expect(thrown(steps).message).toBe(
      `No matching PromptStepExecutionStarted for step None by participant 'p1' (event_id=${collabId(2)}, event_type=PromptStepExecutionCompleted)`,
    );
    expect(reasons(steps)).toEqual([
      "No matching PromptStepExecutionStarted for step None by participant 'p1'",
    ]);
  });

  it("the first event that raises decides; fold-time raises win over the assembly checks", () => {
    expect(
      thrown([on.join("p1"), on.drive("x", "active"), on.comment("p1", { content: 7 })]).name,
    ).toBe("UnknownParticipantError");
    expect(
      thrown([on.join("p1"), on.comment("p1", { content: 7 }), on.drive("x", "active")]).name,
    ).toBe("ValidationError");
    expect(
      thrown([on.join("p1"), on.start("p1", 7), on.ack("p1", ["w"])], PERMISSIVE),
    ).toBeInstanceOf(TypeError);
    expect(thrown([on.join("p1"), on.start("p1", 7), on.drive("x", "active")]).name).toBe(
      "UnknownParticipantError",
    );
  });
});

describe("message catalogue (§1.6): Python repr of any JSON value", () => {
  it.each([
    ["o'brien", `"o'brien"`],
    ['say "hi"', `'say "hi"'`],
    ["é\n", "'é\\n'"],
    ["both ' and \"", `'both \\' and "'`],
  ])("quotes %j as %s", (pid, repr) => {
    expect(reasons([on.drive(pid, "active")])).toEqual([`Unknown participant ${repr}`]);
  });

  it("writes non-string values as Python does", () => {
    const step = (value: unknown) =>
      reasons([on.join("p1"), on.complete("p1", value)])[0]?.replace(/ by participant 'p1'$/, "");
    expect(step(1e-5)).toBe("No matching PromptStepExecutionStarted for step 1e-05");
    expect(step(1.5)).toBe("No matching PromptStepExecutionStarted for step 1.5");
    expect(step(-0.5)).toBe("No matching PromptStepExecutionStarted for step -0.5");
    expect(step(42)).toBe("No matching PromptStepExecutionStarted for step 42");
    expect(step(false)).toBe("No matching PromptStepExecutionStarted for step False");
    expect(step([1, "a", null])).toBe(
      "No matching PromptStepExecutionStarted for step [1, 'a', None]",
    );
    expect(step({ "it's": "x", n: [true] })).toBe(
      `No matching PromptStepExecutionStarted for step {"it's": 'x', 'n': [True]}`,
    );
  });

  it("has every anomaly reason of the catalogue, exactly", () => {
    const all = reasons([
      ["ParticipantInvited", { participant_identity: identity("x") }],
      ["ParticipantInvited", { participant_id: "p1", participant_identity: {} }],
      on.join("p1"),
      on.invite("p1"),
      on.join("p1"),
      on.leave("p9"),
      on.join("p2"),
      on.leave("p2"),
      on.drive("p2", "active"),
      on.drive("p3", "active"),
      ["FocusChanged", { participant_id: "p1", focus_target: {} }],
      on.complete("p1", "s1"),
      on.ack("p1", "w1"),
    ]);
    expect(all).toEqual([
      "Missing participant_id in payload",
      "Invalid participant_identity in payload",
      "Participant 'p1' already invited or active (duplicate invite)",
      "Duplicate join for participant 'p1'",
      "Participant 'p9' not in roster (duplicate leave or unknown)",
      "Participant 'p2' has departed",
      "Unknown participant 'p3'",
      "Invalid focus_target in payload",
      "No matching PromptStepExecutionStarted for step 's1' by participant 'p1'",
      "Warning 'w1' not found",
    ]);
  });

  it("writes each anomaly with exactly event_id, event_type and reason, in that order", () => {
    const state = reduceCollaborationEvents(stream([on.drive("ghost", "active")]), PERMISSIVE);
    expect(JSON.stringify(state.anomalies)).toBe(
      `[{"event_id":"${collabId(1)}","event_type":"DriveIntentSet","reason":"Unknown participant 'ghost'"}]`,
    );
  });
});

describe("a full projection (exact JSON)", () => {
  it("writes every key in the reference's order", () => {
    const events: Event[] = stream([
      on.join("p1"),
      on.heartbeat("p1"),
      on.drive("p1", "active"),
      on.focus("p1", "wp", "WP1"),
      on.driverWarning("w1", ["p1", "p1"]),
      on.ack("p1", "w1", "continue"),
      on.decision("p1", { referenced_warning_id: "w1" }),
      on.comment("p1", { reply_to: "c0" }),
      on.start("p1", "s1"),
      on.link("p1", "cli-1"),
    ]);
    expect(JSON.stringify(reduceCollaborationEvents(events))).toBe(
      `{"mission_id":"${MISSION}",` +
        '"participants":{"p1":{"participant_id":"p1","participant_type":"human","display_name":null,"session_id":null}},' +
        '"departed_participants":{},"presence":{"p1":"2026-03-02T09:00:00Z"},"active_drivers":["p1"],' +
        '"focus_by_participant":{"p1":{"target_type":"wp","target_id":"WP1"}},"participants_by_focus":{"wp:WP1":["p1"]},' +
        `"warnings":[{"warning_id":"w1","event_id":"${collabId(5)}","warning_type":"ConcurrentDriverWarning","participant_ids":["p1","p1"],"acknowledgements":{"p1":"continue"}}],` +
        `"decisions":[{"decision_id":"d1","event_id":"${collabId(7)}","participant_id":"p1","topic":"t","chosen_option":"o","referenced_warning_id":"w1"}],` +
        `"comments":[{"comment_id":"c1","event_id":"${collabId(8)}","participant_id":"p1","content":"hi","reply_to":"c0"}],` +
        '"active_executions":{"p1":["s1"]},"linked_sessions":{"p1":["cli-1"]},"anomalies":[],' +
        `"event_count":10,"last_processed_event_id":"${collabId(10)}"}`,
    );
  });
});
