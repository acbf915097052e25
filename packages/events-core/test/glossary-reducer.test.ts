/**
 * reduceGlossaryEvents: the pipeline (family sheet, section 0), the handling of each event
 * type (2.4), the exact texts (2.5), the output form (2.3) and every quirk of 2.6 (G1-G6),
 * each named in its test's title.
 */
import { describe, expect, it } from "vitest";
import type { Event } from "../src/envelope/event.js";
import { SpecKittyEventsError } from "../src/errors.js";
import { GLOSSARY_FAMILY } from "../src/families/glossary/family.js";
import {
  CLARIFICATION_BURST_CAP,
  GLOSSARY_REDUCER_MODES,
  GlossaryMessages,
  reduceGlossaryEvents,
} from "../src/families/glossary/reducer.js";
import { envelope, isDeepFrozen, ulid } from "./support/connector-sync.js";
import { GLOSSARY_EXAMPLES, glossaryEvent, MISSION } from "./support/glossary-mission-next.js";

const ACTIVATE = "GlossaryScopeActivated";
const OBSERVE = "TermCandidateObserved";
const CHECK = "SemanticCheckEvaluated";
const REQUEST = "GlossaryClarificationRequested";
const RESOLVE = "GlossaryClarificationResolved";
const SENSE = "GlossarySenseUpdated";
const BLOCK = "GenerationBlockedBySemanticConflict";
const STRICTNESS = "GlossaryStrictnessSet";

/** The error a call throws (fails the test when it does not throw). */
function thrown(call: () => unknown): Error {
  try {
    call();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the call to throw");
}

/** Events with clocks 1, 2, 3, ... (ids ulid(clock)), each `[type, fields]`. */
function stream(...specs: readonly (readonly [string, Record<string, unknown>?])[]): Event[] {
  return specs.map(([type, fields], i) => glossaryEvent(type, i + 1, fields ?? {}));
}

const permissive = { mode: "permissive" } as const;

/** The reasons of a permissive reduction. */
function reasons(events: readonly Event[]): string[] {
  return reduceGlossaryEvents(events, permissive).anomalies.map((a) => a.reason);
}

describe("reduceGlossaryEvents: pipeline", () => {
  it("gives the all-defaults state for no events (exact JSON)", () => {
    expect(JSON.stringify(reduceGlossaryEvents([]))).toBe(
      '{"mission_id":"","active_scopes":{},"current_strictness":"medium","strictness_history":[],' +
        '"term_candidates":{},"term_senses":{},"clarifications":[],"semantic_checks":[],' +
        '"generation_blocks":[],"anomalies":[],"event_count":0,"last_processed_event_id":null}',
    );
  });

  it("gives the all-defaults state when no event is a glossary event", () => {
    const other = envelope({ type: "WPStatusChanged", clock: 1, payload: { mission_id: "m" } });
    expect(reduceGlossaryEvents([other])).toEqual(reduceGlossaryEvents([]));
  });

  it("filters first: another family's event with the same id does not shadow a glossary event", () => {
    const foo = envelope({ type: "Foo", clock: 1, id: ulid(7), payload: {} });
    const activate = glossaryEvent(ACTIVATE, 2, {}, ulid(7));
    const state = reduceGlossaryEvents([foo, activate]);
    expect([...state.active_scopes.keys()]).toEqual(["scope-core"]);
    expect(state.event_count).toBe(1);
    expect(state.last_processed_event_id).toBe(ulid(7));
  });

  it("sorts by (lamport_clock, isoformat(timestamp), event_id), then keeps the first of each id", () => {
    const activateLate = glossaryEvent(ACTIVATE, 5, { glossary_version_id: "late" }, ulid(1));
    const activateEarly = glossaryEvent(ACTIVATE, 1, { glossary_version_id: "early" }, ulid(1));
    const observe = glossaryEvent(OBSERVE, 3);
    const state = reduceGlossaryEvents([observe, activateLate, activateEarly]);
    expect(state.active_scopes.get("scope-core")?.glossary_version_id).toBe("early");
    expect(state.event_count).toBe(2);
    expect(state.last_processed_event_id).toBe(ulid(3));
    expect(state.anomalies).toEqual([]);
  });

  it("counts every glossary event after dedup, anomalies included, and names the last one", () => {
    const events = stream([OBSERVE], [OBSERVE, { scope_id: "other" }], [BLOCK]);
    const state = reduceGlossaryEvents(events, permissive);
    expect(state.event_count).toBe(3);
    expect(state.last_processed_event_id).toBe(ulid(3));
    expect(state.anomalies).toHaveLength(2);
  });

  it("takes mission_id from the first glossary event and never checks the others", () => {
    const state = reduceGlossaryEvents(
      stream([ACTIVATE, { mission_id: "m-first" }], [STRICTNESS, { mission_id: "m-other" }]),
    );
    expect(state.mission_id).toBe("m-first");
    expect(state.strictness_history[0]?.mission_id).toBe("m-other");
  });

  it("returns a deeply frozen state", () => {
    const state = reduceGlossaryEvents(
      stream(
        [ACTIVATE],
        [OBSERVE],
        [SENSE],
        [CHECK],
        [REQUEST, { semantic_check_event_id: ulid(4) }],
      ),
    );
    expect(isDeepFrozen(state)).toBe(true);
    expect(state.clarifications).toHaveLength(1);
  });
});

describe("reduceGlossaryEvents: modes", () => {
  it("has the modes strict (default) and permissive", () => {
    expect(GLOSSARY_REDUCER_MODES).toEqual(["strict", "permissive"]);
    expect(GLOSSARY_FAMILY.reducer?.modes).toEqual(["strict", "permissive"]);
  });

  it("is strict by default", () => {
    expect(thrown(() => reduceGlossaryEvents(stream([OBSERVE]))).name).toBe("SpecKittyEventsError");
  });

  it.each(["permissive", "bogus", "STRICT", "Strict", " strict", ""])(
    "treats any mode other than the exact text 'strict' as permissive: %j",
    (mode) => {
      expect(reduceGlossaryEvents(stream([OBSERVE]), { mode }).anomalies).toHaveLength(1);
    },
  );

  it("takes the mode through the family descriptor as well", () => {
    const events = stream([OBSERVE]);
    expect(() => GLOSSARY_FAMILY.reducer?.reduce(events)).toThrow(SpecKittyEventsError);
    expect(GLOSSARY_FAMILY.reducer?.reduce(events, permissive)).toEqual(
      reduceGlossaryEvents(events, permissive),
    );
  });
});

describe("reduceGlossaryEvents: payload parsing (ValidationError in both modes)", () => {
  it.each(["strict", "permissive"])("%s: a malformed payload throws ValidationError", (mode) => {
    const error = thrown(() =>
      reduceGlossaryEvents(stream([ACTIVATE, { scope_type: "bad" }]), { mode }),
    );
    expect(error.name).toBe("ValidationError");
    expect(error).not.toBeInstanceOf(SpecKittyEventsError);
    expect(error.message).toMatch(
      /^1 validation error for GlossaryScopeActivatedPayload\nscope_type\n/,
    );
  });

  it.each([
    [ACTIVATE, { scope_type: "bad" }, "GlossaryScopeActivatedPayload"],
    [STRICTNESS, { new_strictness: "extreme" }, "GlossaryStrictnessSetPayload"],
    [BLOCK, { conflict_event_ids: [] }, "GenerationBlockedBySemanticConflictPayload"],
    [OBSERVE, { confidence: 2 }, "TermCandidateObservedPayload"],
    [CHECK, { conflicts: [{}] }, "SemanticCheckEvaluatedPayload"],
    [REQUEST, { options: null }, "GlossaryClarificationRequestedPayload"],
    [RESOLVE, { clarification_event_id: "" }, "GlossaryClarificationResolvedPayload"],
    [SENSE, { reason: 1 }, "GlossarySenseUpdatedPayload"],
  ] as const)(
    "quirk G2 malformed payloads abort even in permissive mode: %s",
    (type, fields, model) => {
      const error = thrown(() => reduceGlossaryEvents(stream([type, fields]), permissive));
      expect(error.name).toBe("ValidationError");
      expect(error.message).toContain(`for ${model}`);
      expect((error as unknown as { modelName: string }).modelName).toBe(model);
    },
  );

  it("a strict raise from an earlier event wins over a bad payload further on", () => {
    const events = stream([OBSERVE], [ACTIVATE, { scope_type: "bad" }]);
    expect(thrown(() => reduceGlossaryEvents(events)).name).toBe("SpecKittyEventsError");
  });

  it("a bad payload wins over a strict problem further on", () => {
    const events = stream([ACTIVATE, { scope_type: "bad" }], [OBSERVE, { scope_id: "nowhere" }]);
    expect(thrown(() => reduceGlossaryEvents(events)).name).toBe("ValidationError");
  });

  it("stores the parsed payload: unknown keys dropped, defaults filled, lax values coerced", () => {
    const state = reduceGlossaryEvents(
      stream(
        [ACTIVATE, { note: "dropped" }],
        [OBSERVE, { confidence: "0.5", step_metadata: undefined, extra: 1 }],
        [STRICTNESS, { previous_strictness: undefined }],
      ),
    );
    expect(Object.keys(state.active_scopes.get("scope-core") ?? {})).not.toContain("note");
    expect(JSON.stringify(state.term_candidates)).toBe(
      `{"scope-core":{"work package":[{"mission_id":"${MISSION}","scope_id":"scope-core","step_id":"step-plan","term_surface":"work package","confidence":0.5,"actor":"agent-claude","step_metadata":{}}]}}`,
    );
    expect(state.strictness_history[0]?.previous_strictness).toBeNull();
  });
});

describe("reduceGlossaryEvents: event handling", () => {
  it("re-activating a scope replaces its payload and keeps its position", () => {
    const state = reduceGlossaryEvents(
      stream(
        [ACTIVATE, { scope_id: "b" }],
        [ACTIVATE, { scope_id: "2" }],
        [ACTIVATE, { scope_id: "b", glossary_version_id: "v9" }],
      ),
    );
    expect([...state.active_scopes.keys()]).toEqual(["b", "2"]);
    expect(state.active_scopes.get("b")?.glossary_version_id).toBe("v9");
    // A plain object would write "2" first; the reference's dict keeps insertion order.
    expect(JSON.stringify(state.active_scopes)).toMatch(/^\{"b":\{.*\},"2":\{.*\}\}$/);
  });

  it("sets the current strictness and records every change; previous_strictness is not checked", () => {
    const state = reduceGlossaryEvents(
      stream(
        [STRICTNESS, { new_strictness: "max", previous_strictness: "off" }],
        [STRICTNESS, { new_strictness: "off", previous_strictness: "medium" }],
      ),
    );
    expect(state.current_strictness).toBe("off");
    expect(state.strictness_history.map((p) => p.new_strictness)).toEqual(["max", "off"]);
  });

  it("appends candidates per (scope_id, term_surface)", () => {
    const state = reduceGlossaryEvents(
      stream([ACTIVATE], [OBSERVE, { confidence: 0.1 }], [OBSERVE, { confidence: 0.2 }]),
    );
    expect(
      state.term_candidates
        .get("scope-core")
        ?.get("work package")
        ?.map((c) => c.confidence),
    ).toEqual([0.1, 0.2]);
  });

  it("keeps the last sense of a term", () => {
    const state = reduceGlossaryEvents(
      stream(
        [ACTIVATE],
        [OBSERVE],
        [SENSE, { after_sense: "one" }],
        [SENSE, { after_sense: "two" }],
      ),
    );
    expect(state.term_senses.get("scope-core")?.get("work package")?.after_sense).toBe("two");
  });

  it("records checks, then requests that refer to a check by its normalised event id", () => {
    const state = reduceGlossaryEvents(
      stream([ACTIVATE], [CHECK], [REQUEST, { semantic_check_event_id: ulid(2), term: "lane" }]),
    );
    expect(state.semantic_checks).toHaveLength(1);
    expect(JSON.stringify(state.clarifications)).toBe(
      `[{"request_event_id":"${ulid(3)}","semantic_check_event_id":"${ulid(2)}","term":"lane","resolved":false,"resolution_event_id":null}]`,
    );
  });

  it("resolves the request a resolution names; the last resolution wins", () => {
    const state = reduceGlossaryEvents(
      stream(
        [ACTIVATE],
        [CHECK],
        [REQUEST, { semantic_check_event_id: ulid(2) }],
        [RESOLVE, { clarification_event_id: ulid(3) }],
        [RESOLVE, { clarification_event_id: ulid(3) }],
      ),
    );
    expect(state.clarifications).toEqual([
      {
        request_event_id: ulid(3),
        semantic_check_event_id: ulid(2),
        term: "lane",
        resolved: true,
        resolution_event_id: ulid(5),
      },
    ]);
  });

  it("resolutions are not scope-checked", () => {
    const state = reduceGlossaryEvents(
      stream(
        [ACTIVATE],
        [CHECK],
        [REQUEST, { semantic_check_event_id: ulid(2) }],
        [RESOLVE, { clarification_event_id: ulid(3) }],
      ),
    );
    expect(state.anomalies).toEqual([]);
  });

  it("records generation blocks without looking up their conflict ids", () => {
    const state = reduceGlossaryEvents(stream([BLOCK, { conflict_event_ids: ["nowhere"] }]));
    expect(state.generation_blocks.map((b) => b.conflict_event_ids)).toEqual([["nowhere"]]);
    expect(state.anomalies).toEqual([]);
  });
});

describe("reduceGlossaryEvents: reference problems (section 2.4, texts of 2.5)", () => {
  it("unactivated scope: strict error, permissive anomaly and the event still applies", () => {
    const events = stream([OBSERVE, { scope_id: "s'1" }]);
    const error = thrown(() => reduceGlossaryEvents(events));
    expect(error).toBeInstanceOf(SpecKittyEventsError);
    expect(error.message).toBe(`Event ${ulid(1)} references unactivated scope 's'1'`);
    const state = reduceGlossaryEvents(events, permissive);
    expect(state.anomalies).toEqual([
      { event_id: ulid(1), event_type: OBSERVE, reason: "References unactivated scope 's'1'" },
    ]);
    expect([...state.term_candidates.keys()]).toEqual(["s'1"]);
  });

  it("sense for an unobserved term: strict error, permissive anomaly and the sense is kept", () => {
    const events = stream([ACTIVATE], [SENSE, { term_surface: 'x"y' }]);
    expect(thrown(() => reduceGlossaryEvents(events)).message).toBe(
      `GlossarySenseUpdated for unobserved term 'x"y' in event ${ulid(2)}`,
    );
    const state = reduceGlossaryEvents(events, permissive);
    expect(state.anomalies.map((a) => a.reason)).toEqual([
      `Sense update for unobserved term 'x"y'`,
    ]);
    expect(state.term_senses.get("scope-core")?.get('x"y')?.after_sense).toBe(
      "a unit of planned work",
    );
  });

  it("a candidate in another scope does not count as observed", () => {
    expect(reasons(stream([ACTIVATE], [OBSERVE, { scope_id: "other" }], [SENSE]))).toEqual([
      "References unactivated scope 'other'",
      "Sense update for unobserved term 'work package'",
    ]);
  });

  it("request for an unknown check: strict error, permissive anomaly and no record", () => {
    const events = stream([ACTIVATE], [REQUEST, { semantic_check_event_id: "chk-1" }]);
    expect(thrown(() => reduceGlossaryEvents(events)).message).toBe(
      `GlossaryClarificationRequested references unknown semantic check 'chk-1' in event ${ulid(2)}`,
    );
    const state = reduceGlossaryEvents(events, permissive);
    expect(state.anomalies.map((a) => a.reason)).toEqual([
      "References unknown semantic check 'chk-1'",
    ]);
    expect(state.clarifications).toEqual([]);
  });

  it("one event can give two anomalies, scope first", () => {
    expect(reasons(stream([REQUEST, { scope_id: "s9", semantic_check_event_id: "chk" }]))).toEqual([
      "References unactivated scope 's9'",
      "References unknown semantic check 'chk'",
    ]);
  });

  it("resolution of an unknown request: strict error, permissive anomaly", () => {
    const events = stream([RESOLVE, { clarification_event_id: "req-1" }]);
    expect(thrown(() => reduceGlossaryEvents(events)).message).toBe(
      `GlossaryClarificationResolved references unknown clarification 'req-1' in event ${ulid(1)}`,
    );
    expect(reasons(events)).toEqual(["Resolution for unknown clarification 'req-1'"]);
  });

  it("burst cap: the strict error names the check and the event", () => {
    const request = [REQUEST, { semantic_check_event_id: ulid(2) }] as const;
    const events = stream([ACTIVATE], [CHECK], request, request, request, request);
    const error = thrown(() => reduceGlossaryEvents(events));
    expect(error.name).toBe("SpecKittyEventsError");
    expect(error.message).toBe(
      `Clarification burst cap exceeded for semantic check '${ulid(2)}' in event ${ulid(6)}`,
    );
  });

  it("exports the message catalogue as functions of the quoted values", () => {
    expect(GlossaryMessages.burstCapExceeded("c")).toBe(
      "Burst cap exceeded: >3 active clarifications for semantic check 'c'",
    );
    expect(GlossaryMessages.unactivatedScopeError("E", "s")).toBe(
      "Event E references unactivated scope 's'",
    );
  });
});

describe("reduceGlossaryEvents: quirks (section 2.6)", () => {
  const requests = (count: number) =>
    Array.from({ length: count }, () => [REQUEST, { semantic_check_event_id: ulid(2) }] as const);

  it("quirk G1 the cap text says '>3' but the 4th request is the one refused", () => {
    expect(CLARIFICATION_BURST_CAP).toBe(3);
    const state = reduceGlossaryEvents(stream([ACTIVATE], [CHECK], ...requests(4)), permissive);
    expect(state.clarifications).toHaveLength(3);
    expect(state.anomalies).toEqual([
      {
        event_id: ulid(6),
        event_type: REQUEST,
        reason: `Burst cap exceeded: >3 active clarifications for semantic check '${ulid(2)}'`,
      },
    ]);
  });

  it("quirk G1 resolving one request frees a slot (strict: 4 records, no error)", () => {
    const events = stream(
      [ACTIVATE],
      [CHECK],
      ...requests(3),
      [RESOLVE, { clarification_event_id: ulid(3) }],
      ...requests(1),
    );
    const state = reduceGlossaryEvents(events);
    expect(state.clarifications.map((c) => c.resolved)).toEqual([true, false, false, false]);
  });

  it("quirk G1 the cap counts per semantic check", () => {
    const state = reduceGlossaryEvents(
      stream([ACTIVATE], [CHECK], [CHECK], ...requests(3), [
        REQUEST,
        { semantic_check_event_id: ulid(3) },
      ]),
    );
    expect(state.clarifications).toHaveLength(4);
  });

  it("quirk G2 malformed payloads abort even in permissive mode (no anomaly, ValidationError)", () => {
    const events = stream([ACTIVATE], [STRICTNESS, { new_strictness: "extreme" }]);
    expect(thrown(() => reduceGlossaryEvents(events, permissive)).name).toBe("ValidationError");
  });

  it("quirk G3 id references are not normalised (a lower-case check id is unknown)", () => {
    const checkId = "01HTESTCHECK00000000000001";
    const events = [
      glossaryEvent(ACTIVATE, 1),
      glossaryEvent(CHECK, 2, {}, checkId.toLowerCase()),
      glossaryEvent(REQUEST, 3, { semantic_check_event_id: checkId.toLowerCase() }),
    ];
    expect(reduceGlossaryEvents(events, permissive).anomalies.map((a) => a.reason)).toEqual([
      "References unknown semantic check '01htestcheck00000000000001'",
    ]);
    const upper = [
      ...events.slice(0, 2),
      glossaryEvent(REQUEST, 3, { semantic_check_event_id: checkId }),
    ];
    expect(reduceGlossaryEvents(upper).clarifications).toHaveLength(1);
  });

  it("quirk G3 clarification_event_id is not normalised either", () => {
    const events = stream(
      [ACTIVATE],
      [CHECK],
      [REQUEST, { semantic_check_event_id: ulid(2) }],
      [RESOLVE, { clarification_event_id: ulid(3).toLowerCase() }],
    );
    expect(reasons(events)).toEqual([
      `Resolution for unknown clarification '${ulid(3).toLowerCase()}'`,
    ]);
  });

  it("quirk G4 refused requests cannot be resolved", () => {
    const events = stream([ACTIVATE], [CHECK], ...requests(4), [
      RESOLVE,
      { clarification_event_id: ulid(6) },
    ]);
    expect(reasons(events)).toEqual([
      `Burst cap exceeded: >3 active clarifications for semantic check '${ulid(2)}'`,
      `Resolution for unknown clarification '${ulid(6)}'`,
    ]);
  });

  it("quirk G5 unactivated scopes don't block state changes in permissive mode", () => {
    const events = stream(
      [OBSERVE, { scope_id: "x" }],
      [SENSE, { scope_id: "x" }],
      [CHECK, { scope_id: "x" }],
      [REQUEST, { scope_id: "x", semantic_check_event_id: ulid(3) }],
    );
    const state = reduceGlossaryEvents(events, permissive);
    expect(state.anomalies.map((a) => a.reason)).toEqual(
      Array(4).fill("References unactivated scope 'x'"),
    );
    expect([...state.term_candidates.keys()]).toEqual(["x"]);
    expect([...state.term_senses.keys()]).toEqual(["x"]);
    expect(state.semantic_checks).toHaveLength(1);
    expect(state.clarifications).toHaveLength(1);
  });

  it("quirk G6 no strictness semantics: blocks and checks ignore the current strictness", () => {
    const state = reduceGlossaryEvents(
      stream(
        [STRICTNESS, { new_strictness: "off" }],
        [ACTIVATE],
        [CHECK, { effective_strictness: "max", recommended_action: "block" }],
        [BLOCK, { blocking_strictness: "max" }],
      ),
    );
    expect(state.current_strictness).toBe("off");
    expect(state.semantic_checks).toHaveLength(1);
    expect(state.generation_blocks).toHaveLength(1);
    expect(state.anomalies).toEqual([]);
  });
});

describe("reduceGlossaryEvents: the JSON form of the composite-key maps", () => {
  it("nests {scope_id: {term_surface: value}} sorted by code point, whatever the insertion order", () => {
    const observe = (scope: string, term: string) =>
      [OBSERVE, { scope_id: scope, term_surface: term }] as const;
    const state = reduceGlossaryEvents(
      stream(observe("b", "z"), observe("a", "y"), observe("b", "x"), observe("b", "Z")),
      permissive,
    );
    const json = JSON.parse(JSON.stringify(state.term_candidates));
    expect(Object.keys(json)).toEqual(["a", "b"]);
    expect(JSON.stringify(state.term_candidates)).toMatch(
      /^\{"a":\{"y":\[.*\]\},"b":\{"Z":\[.*\],"x":\[.*\],"z":\[.*\]\}\}$/,
    );
  });

  it("orders by code point, not UTF-16 units: '\u{FF5E}' (U+FF5E) before '\u{1F600}' (U+1F600)", () => {
    const state = reduceGlossaryEvents(
      stream(
        [ACTIVATE],
        [OBSERVE, { term_surface: "\u{1F600}" }],
        [OBSERVE, { term_surface: "\u{FF5E}" }],
        [SENSE, { term_surface: "\u{1F600}" }],
        [SENSE, { term_surface: "\u{FF5E}" }],
      ),
    );
    expect([...(state.term_candidates.get("scope-core")?.keys() ?? [])]).toEqual([
      "\u{FF5E}",
      "\u{1F600}",
    ]);
    expect(JSON.stringify(state.term_senses).indexOf("\u{FF5E}")).toBeLessThan(
      JSON.stringify(state.term_senses).indexOf("\u{1F600}"),
    );
  });

  it("writes integer-like keys in code-point order too ('10' before '2')", () => {
    const state = reduceGlossaryEvents(
      stream(
        [OBSERVE, { scope_id: "2", term_surface: "9" }],
        [OBSERVE, { scope_id: "10", term_surface: "11" }],
        [OBSERVE, { scope_id: "10", term_surface: "1" }],
      ),
      permissive,
    );
    expect([...state.term_candidates.keys()]).toEqual(["10", "2"]);
    expect(JSON.stringify(state.term_candidates)).toMatch(
      /^\{"10":\{"1":\[.*\],"11":\[.*\]\},"2":\{"9":/,
    );
  });

  it("keeps ('a,b', 'c') and ('a', 'b,c') apart", () => {
    const state = reduceGlossaryEvents(
      stream(
        [OBSERVE, { scope_id: "a,b", term_surface: "c" }],
        [OBSERVE, { scope_id: "a", term_surface: "b,c" }],
      ),
      permissive,
    );
    expect([...state.term_candidates.keys()]).toEqual(["a", "a,b"]);
    expect([...(state.term_candidates.get("a")?.keys() ?? [])]).toEqual(["b,c"]);
    expect([...(state.term_candidates.get("a,b")?.keys() ?? [])]).toEqual(["c"]);
  });

  it("treats __proto__ as an ordinary scope and term", () => {
    const state = reduceGlossaryEvents(
      stream([OBSERVE, { scope_id: "__proto__", term_surface: "__proto__" }]),
      permissive,
    );
    expect(JSON.stringify(state.term_candidates)).toMatch(/^\{"__proto__":\{"__proto__":\[/);
    expect(state.term_candidates.get("__proto__")?.has("__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).term_surface).toBeUndefined();
  });
});

describe("reduceGlossaryEvents: a full stream (exact JSON)", () => {
  it("projects a mission's glossary activity", () => {
    const events = stream(
      [ACTIVATE],
      [STRICTNESS, { new_strictness: "max", previous_strictness: null }],
      [OBSERVE],
      [CHECK],
      [REQUEST, { semantic_check_event_id: ulid(4) }],
      [RESOLVE, { clarification_event_id: ulid(5) }],
      [SENSE],
      [BLOCK, { conflict_event_ids: [ulid(4)] }],
    );
    const E = GLOSSARY_EXAMPLES;
    const json = (value: unknown) => JSON.stringify(value);
    expect(JSON.stringify(reduceGlossaryEvents(events))).toBe(
      `{"mission_id":"${MISSION}","active_scopes":{"scope-core":${json(E.GlossaryScopeActivated)}},` +
        `"current_strictness":"max","strictness_history":[${json({ ...E.GlossaryStrictnessSet, previous_strictness: null })}],` +
        `"term_candidates":{"scope-core":{"work package":[${json(E.TermCandidateObserved)}]}},` +
        `"term_senses":{"scope-core":{"work package":${json(E.GlossarySenseUpdated)}}},` +
        `"clarifications":[{"request_event_id":"${ulid(5)}","semantic_check_event_id":"${ulid(4)}","term":"lane","resolved":true,"resolution_event_id":"${ulid(6)}"}],` +
        `"semantic_checks":[${json(E.SemanticCheckEvaluated)}],` +
        `"generation_blocks":[${json({ ...E.GenerationBlockedBySemanticConflict, conflict_event_ids: [ulid(4)] })}],` +
        `"anomalies":[],"event_count":8,"last_processed_event_id":"${ulid(8)}"}`,
    );
  });
});
