/**
 * reduceMissionNextEvents: the pipeline (family sheet, section 0), the steps of 3.4 in their
 * order, the exact texts of 3.5, the output form of 3.3 and every quirk of 3.6 (M1-M6), each
 * named in its test's title.
 */
import { describe, expect, it } from "vitest";
import type { Event } from "../src/envelope/event.js";
import {
  MissionNextMessages,
  reduceMissionNextEvents,
} from "../src/families/mission_next/reducer.js";
import { envelope, isDeepFrozen, ulid } from "./support/connector-sync.js";
import {
  LLM_ACTOR,
  MISSION_NEXT_EXAMPLES,
  missionEvent,
  RUN,
} from "./support/glossary-mission-next.js";

const START = "MissionRunStarted";
const PLANNED = "NextStepPlanned";
const ISSUE = "NextStepIssued";
const AUTO = "NextStepAutoCompleted";
const REQUEST = "DecisionInputRequested";
const ANSWER = "DecisionInputAnswered";
const COMPLETE = "MissionRunCompleted";
const ALIAS = "MissionCompleted";

/** A lifecycle `MissionCompleted` payload (not a run completion). */
const LIFECYCLE_COMPLETION = {
  mission_id: "m-1",
  mission_type: "software-dev",
  final_phase: "done",
};

/** Events with clocks 1, 2, 3, ... (ids ulid(clock)), each `[type, fields]`. */
function stream(...specs: readonly (readonly [string, Record<string, unknown>?])[]): Event[] {
  return specs.map(([type, fields], i) => missionEvent(type, i + 1, fields ?? {}));
}

/** `[event_type, reason]` of each anomaly. */
function anomalies(events: readonly Event[]): [string, string][] {
  return reduceMissionNextEvents(events).anomalies.map((a) => [a.event_type, a.reason]);
}

describe("reduceMissionNextEvents: pipeline and output", () => {
  it("gives the all-defaults state for no events (exact JSON)", () => {
    expect(JSON.stringify(reduceMissionNextEvents([]))).toBe(
      '{"run_id":null,"mission_key":null,"run_status":null,"current_step_id":null,' +
        '"completed_steps":[],"pending_decisions":{},"answered_decisions":{},"anomalies":[],' +
        '"event_count":0,"last_processed_event_id":null}',
    );
  });

  it("ignores other families' events and does not count them", () => {
    const other = envelope({ type: "WPStatusChanged", clock: 1, payload: {} });
    expect(reduceMissionNextEvents([other])).toEqual(reduceMissionNextEvents([]));
  });

  it("filters first: another family's event with the same id does not shadow a mission-next event", () => {
    const foo = envelope({ type: "Foo", clock: 1, id: ulid(5), payload: {} });
    const start = missionEvent(START, 2, {}, ulid(5));
    const state = reduceMissionNextEvents([foo, start]);
    expect(state.run_id).toBe(RUN);
    expect(state.event_count).toBe(1);
  });

  it("sorts by the status sort key and keeps the first event of each id", () => {
    const start = missionEvent(START, 1);
    const issueB = missionEvent(ISSUE, 3, { step_id: "b" });
    const issueA = missionEvent(ISSUE, 2, { step_id: "a" });
    const redelivered = missionEvent(ISSUE, 9, { step_id: "late" }, ulid(3));
    const state = reduceMissionNextEvents([redelivered, issueB, start, issueA]);
    expect(state.current_step_id).toBe("b");
    expect(state.event_count).toBe(3);
    expect(state.last_processed_event_id).toBe(ulid(3));
  });

  it("projects the run (exact JSON), with nested payloads dumped in full", () => {
    const human = { actor_id: "user-robert", actor_type: "human", display_name: "Robert" };
    const events = stream(
      [START],
      [ISSUE, { step_id: "setup" }],
      [AUTO, { step_id: "setup" }],
      [REQUEST, { decision_id: "d2", input_key: "input:db" }],
      [REQUEST, { decision_id: "d1", options: undefined, actor: human }],
      [ANSWER, { decision_id: "d2", actor: human }],
    );
    const fullHuman = { ...human, provider: null, model: null, tool: null };
    expect(JSON.stringify(reduceMissionNextEvents(events))).toBe(
      `{"run_id":"${RUN}","mission_key":"software-dev","run_status":"running","current_step_id":null,` +
        `"completed_steps":["setup"],` +
        `"pending_decisions":{"d1":${JSON.stringify({ ...MISSION_NEXT_EXAMPLES.DecisionInputRequested, decision_id: "d1", options: [], actor: fullHuman })}},` +
        `"answered_decisions":{"d2":${JSON.stringify({ ...MISSION_NEXT_EXAMPLES.DecisionInputAnswered, decision_id: "d2", actor: fullHuman })}},` +
        `"anomalies":[],"event_count":6,"last_processed_event_id":"${ulid(6)}"}`,
    );
  });

  it("keeps decision maps in insertion order, integer-like ids included", () => {
    const state = reduceMissionNextEvents(
      stream([START], [REQUEST, { decision_id: "b" }], [REQUEST, { decision_id: "2" }]),
    );
    expect([...state.pending_decisions.keys()]).toEqual(["b", "2"]);
    expect(JSON.stringify(state.pending_decisions)).toMatch(/^\{"b":\{.*\},"2":\{.*\}\}$/);
  });

  it("returns a deeply frozen state", () => {
    const state = reduceMissionNextEvents(
      stream([START], [REQUEST], [ANSWER, { decision_id: "d9" }], [ISSUE, { run_id: "x" }]),
    );
    expect(isDeepFrozen(state)).toBe(true);
  });
});

describe("reduceMissionNextEvents: the steps of section 3.4", () => {
  it("step 1: NextStepPlanned is skipped silently but counted", () => {
    const state = reduceMissionNextEvents(stream([START], [PLANNED, { anything: 1 }]));
    expect(state.anomalies).toEqual([]);
    expect(state.event_count).toBe(2);
    expect(state.last_processed_event_id).toBe(ulid(2));
  });

  it("step 1: NextStepPlanned is silent before any start and after completion too", () => {
    expect(anomalies(stream([PLANNED], [START], [COMPLETE], [PLANNED]))).toEqual([]);
  });

  it("step 2: a valid alias completes the run; its anomalies name MissionCompleted", () => {
    const state = reduceMissionNextEvents(
      stream([START], [ALIAS, MISSION_NEXT_EXAMPLES.MissionRunCompleted]),
    );
    expect(state.run_status).toBe("completed");
    expect(
      anomalies(
        stream([START], [ALIAS, { ...MISSION_NEXT_EXAMPLES.MissionRunCompleted, run_id: "other" }]),
      ),
    ).toEqual([[ALIAS, `run_id mismatch: expected '${RUN}', got 'other'`]]);
  });

  it("step 2: a valid alias before any start is 'Event before MissionRunStarted'", () => {
    expect(anomalies(stream([ALIAS, MISSION_NEXT_EXAMPLES.MissionRunCompleted]))).toEqual([
      [ALIAS, "Event before MissionRunStarted"],
    ]);
  });

  it("step 3: after completion a completion is a duplicate, even with an invalid payload", () => {
    expect(anomalies(stream([START], [COMPLETE], [COMPLETE, { run_id: "" }]))).toEqual([
      [COMPLETE, "Duplicate completion (terminal idempotency)"],
    ]);
  });

  it("step 3: after completion a start is 'Event after terminal state'", () => {
    expect(anomalies(stream([START], [COMPLETE], [START]))).toEqual([
      [START, "Event after terminal state (MissionRunStatus.COMPLETED)"],
    ]);
  });

  it("step 4: an invalid start is refused, and a later valid start still starts the run", () => {
    const state = reduceMissionNextEvents(
      stream([START, { run_id: undefined }], [START, { run_id: "r-2" }]),
    );
    expect(state.anomalies.map((a) => a.reason)).toEqual(["Invalid MissionRunStarted payload"]);
    expect(state.run_id).toBe("r-2");
    expect(state.run_status).toBe("running");
  });

  it("step 4: the first start wins", () => {
    const state = reduceMissionNextEvents(stream([START], [START, { run_id: "r-2" }]));
    expect(state.run_id).toBe(RUN);
    expect(state.anomalies.map((a) => a.reason)).toEqual([
      "Duplicate MissionRunStarted (first one wins)",
    ]);
  });

  it("step 5: events before a start are refused without reading their payload", () => {
    expect(anomalies(stream([ISSUE, { step_id: "" }], [REQUEST], [COMPLETE]))).toEqual([
      [ISSUE, "Event before MissionRunStarted"],
      [REQUEST, "Event before MissionRunStarted"],
      [COMPLETE, "Event before MissionRunStarted"],
    ]);
  });

  it.each([
    [ISSUE, { step_id: "" }],
    [AUTO, { result: null }],
    [REQUEST, { options: null }],
    [ANSWER, { actor: { actor_id: "a", actor_type: "robot" } }],
    [COMPLETE, { actor: "agent" }],
  ] as const)("step 6: an invalid %s payload is 'Invalid <Type> payload'", (type, fields) => {
    expect(anomalies(stream([START], [type, fields]))).toEqual([[type, `Invalid ${type} payload`]]);
  });

  it("step 6: a payload of another run is a run_id mismatch (raw quoting, no escaping)", () => {
    const events = [
      missionEvent(START, 1, { run_id: "a'b" }),
      missionEvent(ISSUE, 2, { run_id: 'x"y' }),
    ];
    expect(anomalies(events)).toEqual([[ISSUE, `run_id mismatch: expected 'a'b', got 'x"y'`]]);
  });

  it("NextStepIssued overwrites the current step; NextStepAutoCompleted records steps once, in order", () => {
    const state = reduceMissionNextEvents(
      stream(
        [START],
        [ISSUE, { step_id: "a" }],
        [AUTO, { step_id: "x", result: "failed" }],
        [AUTO, { step_id: "a" }],
        [AUTO, { step_id: "x" }],
      ),
    );
    expect(state.completed_steps).toEqual(["x", "a"]);
    expect(state.current_step_id).toBeNull();
  });

  it("DecisionInputRequested: a second request of a pending decision is a duplicate (first wins)", () => {
    const state = reduceMissionNextEvents(
      stream([START], [REQUEST, { question: "first?" }], [REQUEST, { question: "second?" }]),
    );
    expect(state.pending_decisions.get("d1")?.question).toBe("first?");
    expect(state.anomalies.map((a) => a.reason)).toEqual(["Duplicate decision request 'd1'"]);
  });

  it("DecisionInputAnswered: the last answer wins, an unknown decision may be answered", () => {
    const state = reduceMissionNextEvents(
      stream(
        [START],
        [ANSWER, { decision_id: "z", answer: "one" }],
        [ANSWER, { decision_id: "z", answer: "two" }],
      ),
    );
    expect(state.answered_decisions.get("z")?.answer).toBe("two");
    expect(state.anomalies).toEqual([]);
  });

  it("MissionRunCompleted does not compare the mission key", () => {
    const state = reduceMissionNextEvents(stream([START], [COMPLETE, { mission_key: "other" }]));
    expect(state.run_status).toBe("completed");
    expect(state.mission_key).toBe("software-dev");
  });

  it("exports the message catalogue", () => {
    expect(MissionNextMessages.aliasIgnored).toBe(
      "MissionCompleted alias ignored: payload does not conform to MissionRunCompletedPayload (likely a lifecycle MissionCompleted event)",
    );
    expect(MissionNextMessages.invalidPayload("NextStepIssued")).toBe(
      "Invalid NextStepIssued payload",
    );
    expect(MissionNextMessages.duplicateDecisionRequest("q'1")).toBe(
      "Duplicate decision request 'q'1'",
    );
  });
});

describe("reduceMissionNextEvents: quirks (section 3.6)", () => {
  it("quirk M1 the terminal text is the Python 3.11 enum form", () => {
    expect(anomalies(stream([START], [COMPLETE], [ISSUE]))).toEqual([
      [ISSUE, "Event after terminal state (MissionRunStatus.COMPLETED)"],
    ]);
  });

  it("quirk M2 a lifecycle MissionCompleted alone pollutes the projection", () => {
    const state = reduceMissionNextEvents(stream([ALIAS, LIFECYCLE_COMPLETION]));
    expect(state.run_status).toBeNull();
    expect(state.event_count).toBe(1);
    expect(state.anomalies).toEqual([
      { event_id: ulid(1), event_type: ALIAS, reason: MissionNextMessages.aliasIgnored },
    ]);
  });

  it("quirk M2 after completion a lifecycle MissionCompleted gives the alias text, not the terminal one", () => {
    const events = [
      missionEvent(START, 1),
      missionEvent(COMPLETE, 2),
      envelope({ type: ALIAS, clock: 3, payload: LIFECYCLE_COMPLETION }),
      envelope({ type: ALIAS, clock: 4, payload: MISSION_NEXT_EXAMPLES.MissionRunCompleted }),
    ];
    expect(anomalies(events)).toEqual([
      [ALIAS, MissionNextMessages.aliasIgnored],
      [ALIAS, "Duplicate completion (terminal idempotency)"],
    ]);
  });

  it("quirk M3 the reducer accepts a run-scoped completion under the alias (the validator uses the lifecycle model)", () => {
    const state = reduceMissionNextEvents([
      missionEvent(START, 1),
      envelope({
        type: ALIAS,
        clock: 2,
        payload: { run_id: RUN, mission_key: "k", actor: LLM_ACTOR },
      }),
    ]);
    expect(state.run_status).toBe("completed");
    expect(state.anomalies).toEqual([]);
  });

  it("quirk M4 re-requesting an answered decision reopens it", () => {
    const state = reduceMissionNextEvents(stream([START], [REQUEST], [ANSWER], [REQUEST]));
    expect([...state.pending_decisions.keys()]).toEqual(["d1"]);
    expect([...state.answered_decisions.keys()]).toEqual(["d1"]);
    expect(state.anomalies).toEqual([]);
  });

  it("quirk M5 duplicate start is checked before validity", () => {
    expect(anomalies(stream([START], [START, { actor: null }]))).toEqual([
      [START, "Duplicate MissionRunStarted (first one wins)"],
    ]);
  });

  it("quirk M6 current_step_id is a single slot", () => {
    const state = reduceMissionNextEvents(
      stream(
        [START],
        [ISSUE, { step_id: "a" }],
        [ISSUE, { step_id: "b" }],
        [AUTO, { step_id: "a" }],
      ),
    );
    expect(state.current_step_id).toBe("b");
    expect(state.completed_steps).toEqual(["a"]);
  });

  it("never throws: an actor type 'llm\\n' makes the payload invalid, not the call", () => {
    const events = stream([START, { actor: { actor_id: "a", actor_type: "llm\n" } }]);
    expect(anomalies(events)).toEqual([[START, "Invalid MissionRunStarted payload"]]);
  });
});
