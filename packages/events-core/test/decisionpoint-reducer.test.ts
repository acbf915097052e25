import { describe, expect, it } from "vitest";
import { DECISION_POINT_PAYLOAD_MODELS } from "../src/families/decisionpoint/payloads.js";
import {
  DECISION_POINT_FOLD_STEPS,
  DECISION_POINT_TARGET_STATES,
  DECISION_POINT_TRANSITIONS,
  reduceDecisionPointEvents,
} from "../src/families/decisionpoint/reducer.js";
import { dpEvent, dpPayload, rawEvent } from "./support/audit-decisionpoint.js";
import { isDeepFrozen, ulid } from "./support/connector-sync.js";

const O = "DecisionPointOpened";
const D = "DecisionPointDiscussing";
const R = "DecisionPointResolved";
const V = "DecisionPointOverridden";

const EMPTY_JSON =
  '{"state":null,"decision_point_id":null,"mission_id":null,"run_id":null,"feature_slug":null,' +
  '"phase":null,"last_actor_id":null,"last_actor_type":null,"last_authority_role":null,' +
  '"last_rationale":null,"last_alternatives_considered":null,"last_evidence_refs":null,' +
  '"last_state_entered_at":null,"anomalies":[],"event_count":0}';

const LLM_OPEN = {
  actor_type: "llm",
  phase: "P0",
  authority_role: "advisory",
  mission_owner_authority_flag: false,
};

function kinds(events: Parameters<typeof reduceDecisionPointEvents>[0]): string[] {
  return reduceDecisionPointEvents(events).anomalies.map((anomaly) => anomaly.kind);
}

describe("reduceDecisionPointEvents", () => {
  it("returns the default state for no events (exact JSON)", () => {
    expect(JSON.stringify(reduceDecisionPointEvents([]))).toBe(EMPTY_JSON);
  });

  it("follows open -> discussing -> resolved -> overridden and takes every field from the last event", () => {
    const result = reduceDecisionPointEvents([
      dpEvent(O, 1, { state_entered_at: "2026-03-01T10:00:01Z" }),
      dpEvent(D, 2, {
        actor_id: "user:bo",
        authority_role: "advisory",
        mission_owner_authority_flag: false,
        phase: "P2",
        state_entered_at: "2026-03-01T10:00:02Z",
      }),
      dpEvent(R, 3, { state_entered_at: "2026-03-01T10:00:03Z" }),
      dpEvent(V, 4, {
        phase: "P3",
        rationale: "Owner changed course.",
        alternatives_considered: ["revert", "revert", "keep"],
        evidence_refs: ["pr/88", "chat/12"],
        state_entered_at: "2026-03-01T10:00:04Z",
      }),
    ]);
    expect(JSON.stringify(result)).toBe(
      '{"state":"overridden","decision_point_id":"dp-1","mission_id":"mission-077",' +
        '"run_id":"run-2026-03-01-a","feature_slug":"077-audit-trail","phase":"P3",' +
        '"last_actor_id":"user:ana","last_actor_type":"human","last_authority_role":"mission_owner",' +
        '"last_rationale":"Owner changed course.","last_alternatives_considered":["revert","revert","keep"],' +
        '"last_evidence_refs":["pr/88","chat/12"],"last_state_entered_at":"2026-03-01T10:00:04Z",' +
        '"anomalies":[],"event_count":4}',
    );
    expect(isDeepFrozen(result)).toBe(true);
  });

  it("allows discussing -> discussing and open -> resolved", () => {
    expect(kinds([dpEvent(O, 1), dpEvent(D, 2), dpEvent(D, 3), dpEvent(R, 4)])).toEqual([]);
    expect(reduceDecisionPointEvents([dpEvent(O, 1), dpEvent(R, 2)]).state).toBe("resolved");
  });

  // The sheet's table (§4.1), written out independently of the implementation's data.
  const ALLOWED: Record<string, readonly string[]> = {
    None: ["open"],
    open: ["discussing", "resolved"],
    discussing: ["discussing", "resolved"],
    resolved: ["overridden"],
    overridden: [],
  };
  const PATH_TO: Record<string, readonly string[]> = {
    None: [],
    open: [O],
    discussing: [O, D],
    resolved: [O, R],
    overridden: [O, R, V],
  };
  const TYPE_OF: Record<string, string> = { open: O, discussing: D, resolved: R, overridden: V };
  const cases = Object.keys(ALLOWED).flatMap((from) =>
    Object.keys(TYPE_OF).map((to) => [from, to, ALLOWED[from]?.includes(to) ?? false] as const),
  );

  it.each(cases)("transition %s -> %s allowed: %s", (from, to, allowed) => {
    const path = PATH_TO[from] as readonly string[];
    const events = [...path, TYPE_OF[to] as string].map((type, i) => dpEvent(type, i + 1));
    const result = reduceDecisionPointEvents(events);
    const lastId = ulid(events.length);
    if (allowed) {
      expect(result.anomalies).toEqual([]);
      expect(result.state).toBe(to);
    } else if (from === "overridden") {
      expect(result.anomalies).toEqual([
        {
          kind: "event_after_terminal",
          event_id: lastId,
          message: `Event '${TYPE_OF[to]}' arrived after terminal state 'overridden'`,
        },
      ]);
      expect(result.state).toBe("overridden");
    } else {
      expect(result.anomalies).toEqual([
        {
          kind: "invalid_transition",
          event_id: lastId,
          message: `Invalid transition: ${from} -> ${to}`,
        },
      ]);
      expect(result.state).toBe(from === "None" ? null : from);
    }
  });

  it("keeps its transition table and target states as frozen data matching the sheet", () => {
    expect(Object.isFrozen(DECISION_POINT_TRANSITIONS)).toBe(true);
    const table = Object.fromEntries(
      Object.entries(DECISION_POINT_TRANSITIONS).map(([from, to]) => [
        from === "null" ? "None" : from,
        [...to].sort(),
      ]),
    );
    expect(table).toEqual(
      Object.fromEntries(Object.entries(ALLOWED).map(([k, v]) => [k, [...v].sort()])),
    );
    expect(DECISION_POINT_TARGET_STATES).toEqual({
      [O]: "open",
      [D]: "discussing",
      [R]: "resolved",
      [V]: "overridden",
    });
    for (const type of [O, D, R, V] as const) {
      expect(DECISION_POINT_FOLD_STEPS.get(type)).toEqual({
        target: DECISION_POINT_TARGET_STATES[type],
        model: DECISION_POINT_PAYLOAD_MODELS[type],
      });
    }
    expect([...DECISION_POINT_FOLD_STEPS.keys()]).toEqual([O, D, R, V]);
  });

  it("Q-P1: events of different decision points fold together without an anomaly", () => {
    const result = reduceDecisionPointEvents([
      dpEvent(O, 1, { decision_point_id: "A" }),
      dpEvent(R, 2, { decision_point_id: "B" }),
    ]);
    expect([result.state, result.decision_point_id, result.anomalies]).toEqual([
      "resolved",
      "B",
      [],
    ]);
  });

  it("Q-P2: an illegal transition is reported before the payload is validated", () => {
    expect(reduceDecisionPointEvents([rawEvent(R, 1, {})]).anomalies).toEqual([
      {
        kind: "invalid_transition",
        event_id: ulid(1),
        message: "Invalid transition: None -> resolved",
      },
    ]);
  });

  it("Q-P3: malformed_payload embeds pydantic's error text with the 2.13 documentation link", () => {
    expect(reduceDecisionPointEvents([dpEvent(O, 1, { rationale: "" })]).anomalies).toEqual([
      {
        kind: "malformed_payload",
        event_id: ulid(1),
        message:
          "Payload validation failed for 'DecisionPointOpened': 1 validation error for DecisionPointOpenedPayload\n" +
          "rationale\n" +
          "  String should have at least 1 character [type=string_too_short, input_value='', input_type=str]\n" +
          "    For further information visit https://errors.pydantic.dev/2.13/v/string_too_short",
      },
    ]);
  });

  it("malformed_payload lists several errors, tuple items before too_short, and the payload for a missing field", () => {
    const payload = dpPayload({ evidence_refs: [null], actor_type: "bot" });
    delete payload.decision_point_id;
    const [anomaly] = reduceDecisionPointEvents([rawEvent(O, 1, payload)]).anomalies;
    const lines = anomaly?.message.split("\n") ?? [];
    expect(lines[0]).toBe(
      "Payload validation failed for 'DecisionPointOpened': 4 validation errors for DecisionPointOpenedPayload",
    );
    expect(lines.filter((_, i) => i % 3 === 1)).toEqual([
      "decision_point_id",
      "actor_type",
      "evidence_refs.0",
      "evidence_refs",
    ]);
    expect(lines[2]).toBe(
      "  Field required [type=missing, input_value={'mission_id': 'mission-0... '2026-03-01T10:00:01Z'}, input_type=dict]",
    );
    expect(lines[11]).toBe(
      "  Tuple should have at least 1 item after validation, not 0 [type=too_short, input_value=[None], input_type=list]",
    );
    expect(reduceDecisionPointEvents([rawEvent(O, 1, payload)]).state).toBeNull();
  });

  it("Q-P4: an LLM resolving is an authority violation, never an LLM-policy one, and changes nothing", () => {
    const result = reduceDecisionPointEvents([dpEvent(O, 1), dpEvent(R, 2, LLM_OPEN)]);
    expect(result.state).toBe("open");
    expect(result.anomalies).toEqual([
      {
        kind: "authority_policy_violation",
        event_id: ulid(2),
        message:
          "'DecisionPointResolved' requires actor_type='human', authority_role='mission_owner', and mission_owner_authority_flag=True; got actor_type='llm', authority_role='advisory', mission_owner_authority_flag=False",
      },
    ]);
  });

  it.each([
    [
      { actor_type: "service" },
      "actor_type='service', authority_role='mission_owner', mission_owner_authority_flag=True",
    ],
    [
      { authority_role: "informed" },
      "actor_type='human', authority_role='informed', mission_owner_authority_flag=True",
    ],
    [
      { mission_owner_authority_flag: false },
      "actor_type='human', authority_role='mission_owner', mission_owner_authority_flag=False",
    ],
  ])("overridden needs mission-owner authority too: %j", (fields, got) => {
    const result = reduceDecisionPointEvents([dpEvent(O, 1), dpEvent(R, 2), dpEvent(V, 3, fields)]);
    expect(result.state).toBe("resolved");
    expect(result.anomalies.map((a) => a.message)).toEqual([
      `'DecisionPointOverridden' requires actor_type='human', authority_role='mission_owner', and mission_owner_authority_flag=True; got ${got}`,
    ]);
  });

  it("open and discussing need no authority: an advisory service may open", () => {
    const result = reduceDecisionPointEvents([
      dpEvent(O, 1, {
        actor_type: "service",
        authority_role: "informed",
        mission_owner_authority_flag: false,
      }),
    ]);
    expect([result.state, result.last_actor_type, result.last_authority_role]).toEqual([
      "open",
      "service",
      "informed",
    ]);
  });

  it("accepts an LLM opening or discussing in phase P0 with an advisory or informed role and no flag", () => {
    const result = reduceDecisionPointEvents([
      dpEvent(O, 1, LLM_OPEN),
      dpEvent(D, 2, { ...LLM_OPEN, authority_role: "informed" }),
    ]);
    expect([result.state, result.last_actor_type, result.anomalies]).toEqual([
      "discussing",
      "llm",
      [],
    ]);
  });

  it.each([
    [{ phase: "P1" }, "LLM actor only allowed in phase='P0'; got phase='P1'"],
    [{ phase: "p0" }, "LLM actor only allowed in phase='P0'; got phase='p0'"],
    [
      { authority_role: "mission_owner" },
      "LLM actor must have advisory or informed role; got authority_role='mission_owner'",
    ],
    [{ mission_owner_authority_flag: "yes" }, "LLM actor must not carry mission-owner authority"],
    [{ mission_owner_authority_flag: 1 }, "LLM actor must not carry mission-owner authority"],
    // All three broken: only the first check (phase) is reported.
    [
      { phase: "P2", authority_role: "mission_owner", mission_owner_authority_flag: true },
      "LLM actor only allowed in phase='P0'; got phase='P2'",
    ],
    // Role and flag broken: the role check comes first.
    [
      { authority_role: "mission_owner", mission_owner_authority_flag: true },
      "LLM actor must have advisory or informed role; got authority_role='mission_owner'",
    ],
  ])("LLM policy on an open event: %j", (fields, message) => {
    const result = reduceDecisionPointEvents([dpEvent(O, 1, { ...LLM_OPEN, ...fields })]);
    expect(result.anomalies).toEqual([
      { kind: "llm_policy_violation", event_id: ulid(1), message },
    ]);
    expect(result.state).toBeNull();
  });

  it("Q-P5: the phase in the LLM message uses Python repr quoting", () => {
    const messages = (phase: string) =>
      reduceDecisionPointEvents([dpEvent(O, 1, { ...LLM_OPEN, phase })]).anomalies.map(
        (a) => a.message,
      );
    expect(messages("p'0")).toEqual([`LLM actor only allowed in phase='P0'; got phase="p'0"`]);
    expect(messages("a'b\"c\n")).toEqual([
      `LLM actor only allowed in phase='P0'; got phase='a\\'b"c\\n'`,
    ]);
  });

  it.each([
    ["2026-01-01T05:30:00.5+05:30", "2026-01-01T05:30:00.500000+05:30"],
    ["2026-01-01", "2026-01-01T00:00:00"],
    ["2026-01-01T00:00:00+00:00", "2026-01-01T00:00:00Z"],
    ["2026-01-01T00:00:00-00:00", "2026-01-01T00:00:00Z"],
    [1700000000, "2023-11-14T22:13:20Z"],
  ])("Q-P6: state_entered_at %j keeps its offset or naivety and is output as %s", (input, json) => {
    const result = reduceDecisionPointEvents([dpEvent(O, 1, { state_entered_at: input })]);
    expect(JSON.parse(JSON.stringify(result)).last_state_entered_at).toBe(json);
  });

  it("Q-P7: foreign events count toward event_count without an anomaly", () => {
    const result = reduceDecisionPointEvents([rawEvent("Other", 1, {}), dpEvent(O, 2)]);
    expect([result.event_count, result.anomalies, result.state]).toEqual([2, [], "open"]);
  });

  it("Q-P8: after overridden every family event is event_after_terminal, even with an invalid payload", () => {
    const result = reduceDecisionPointEvents([
      dpEvent(O, 1),
      dpEvent(R, 2),
      dpEvent(V, 3),
      rawEvent(O, 4, {}),
    ]);
    expect(result.anomalies).toEqual([
      {
        kind: "event_after_terminal",
        event_id: ulid(4),
        message: "Event 'DecisionPointOpened' arrived after terminal state 'overridden'",
      },
    ]);
  });

  it("Q-P9: recorded_at and mission_owner_authority_path are validated but never output", () => {
    const bad = reduceDecisionPointEvents([dpEvent(O, 1, { recorded_at: "yesterday" })]);
    expect(bad.anomalies.map((a) => a.kind)).toEqual(["malformed_payload"]);
    const badPath = reduceDecisionPointEvents([
      dpEvent(O, 1, { mission_owner_authority_path: null }),
    ]);
    expect(badPath.anomalies.map((a) => a.kind)).toEqual(["malformed_payload"]);
    const text = JSON.stringify(reduceDecisionPointEvents([dpEvent(O, 1)]));
    expect(text).not.toContain("recorded_at");
    expect(text).not.toContain("authority_path");
    expect(text).not.toContain("/missions/077/owner");
  });

  it("Q-P10: a digits-only datetime string is Unix time, not a year", () => {
    const result = reduceDecisionPointEvents([dpEvent(O, 1, { state_entered_at: "2026" })]);
    expect(result.last_state_entered_at?.json).toBe("1970-01-01T00:33:46Z");
  });

  it("Q-P11: a negative non-integral Unix number is mirrored around its floor; the same text is exact", () => {
    const at = (input: unknown) =>
      reduceDecisionPointEvents([dpEvent(O, 1, { state_entered_at: input })]).last_state_entered_at
        ?.json;
    expect(at(-1.25)).toBe("1969-12-31T23:59:58.250000Z");
    expect(at("-1.25")).toBe("1969-12-31T23:59:58.750000Z");
  });

  it("Q-P12: messages show coerced values (a flag 'no' shows as False)", () => {
    const result = reduceDecisionPointEvents([
      dpEvent(O, 1),
      dpEvent(R, 2, { mission_owner_authority_flag: "no" }),
    ]);
    expect(result.anomalies[0]?.message).toMatch(
      /got actor_type='human', authority_role='mission_owner', mission_owner_authority_flag=False$/,
    );
  });

  it("a skipped event changes nothing: the last applied event's fields stay", () => {
    const result = reduceDecisionPointEvents([
      dpEvent(O, 1, { rationale: "first" }),
      dpEvent(D, 2, { rationale: "", phase: "P9" }),
      dpEvent(R, 3, { rationale: "second", actor_type: "llm" }),
    ]);
    expect([result.state, result.last_rationale, result.phase]).toEqual(["open", "first", "P1"]);
    expect(result.anomalies.map((a) => a.kind)).toEqual([
      "malformed_payload",
      "authority_policy_violation",
    ]);
  });

  it("sorts by (lamport, isoformat, event_id) before folding, whatever the input order", () => {
    const events = [dpEvent(R, 2), dpEvent(O, 1)];
    expect(reduceDecisionPointEvents(events).state).toBe("resolved");
  });

  it("breaks lamport ties by isoformat text, not by instant (Q-D9 of the sheet applies here too)", () => {
    // 09:00+05:00 is 04:00Z, earlier than 08:00Z, but sorts after it as text.
    const events = [
      dpEvent(
        O,
        1,
        { decision_point_id: "early" },
        { id: ulid(1), timestamp: "2026-01-01T09:00:00+05:00" },
      ),
      dpEvent(
        O,
        1,
        { decision_point_id: "late" },
        { id: ulid(2), timestamp: "2026-01-01T08:00:00Z" },
      ),
    ];
    const result = reduceDecisionPointEvents(events);
    expect(result.decision_point_id).toBe("late");
    expect(result.anomalies.map((a) => a.message)).toEqual(["Invalid transition: open -> open"]);
  });

  it("keeps the first copy of each event_id after sorting, and ids are compared normalised", () => {
    const id = "01HZABCDEFGHJKMNPQRSTVWXYZ";
    const result = reduceDecisionPointEvents([
      dpEvent(O, 5, { decision_point_id: "late-copy" }, { id }),
      dpEvent(O, 1, { decision_point_id: "early-copy" }, { id: id.toLowerCase() }),
    ]);
    expect([result.event_count, result.decision_point_id]).toEqual([1, "early-copy"]);
  });

  it("keeps the payload lists as given, duplicates and order included", () => {
    const result = reduceDecisionPointEvents([
      dpEvent(O, 1, { alternatives_considered: ["b", "a", "b", ""], evidence_refs: ["z", "z"] }),
    ]);
    expect(result.last_alternatives_considered).toEqual(["b", "a", "b", ""]);
    expect(result.last_evidence_refs).toEqual(["z", "z"]);
  });

  it("reproduces the sheet's with-anomaly stream: Opened, Resolved, Overridden, Discussing", () => {
    const result = reduceDecisionPointEvents([
      dpEvent(O, 1, { state_entered_at: "2026-02-27T12:00:00+00:00" }),
      dpEvent(R, 2, { state_entered_at: "2026-02-27T12:00:02+00:00" }),
      dpEvent(V, 3, { state_entered_at: "2026-02-27T12:00:03+00:00" }),
      dpEvent(D, 4, { state_entered_at: "2026-02-27T12:00:04+00:00" }),
    ]);
    expect(result.state).toBe("overridden");
    expect(result.event_count).toBe(4);
    expect(result.last_state_entered_at?.json).toBe("2026-02-27T12:00:03Z");
    expect(result.anomalies).toEqual([
      {
        kind: "event_after_terminal",
        event_id: ulid(4),
        message: "Event 'DecisionPointDiscussing' arrived after terminal state 'overridden'",
      },
    ]);
  });
});
