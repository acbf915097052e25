import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Event, parseEvent } from "../src/envelope/event.js";
import { reducibleEvent } from "../src/envelope/reducible.js";
import { PayloadValidationError, SpecKittyEventsError } from "../src/errors.js";
import { COLLABORATION_EVENT_TYPES } from "../src/families/collaboration/constants.js";
import { UnknownParticipantError } from "../src/families/collaboration/errors.js";
import { reduceCollaborationEvents } from "../src/families/collaboration/reducer.js";
import { collabId } from "./support/collaboration.js";

const TYPES = [...COLLABORATION_EVENT_TYPES];
const PIDS = ["p1", "p2", "7", "o'brien", ""];
const TIMESTAMPS = [
  "2026-03-02T09:00:00Z",
  "2026-03-02T09:00:00.5Z",
  "2026-03-02T10:00:00+01:00",
  "2026-03-02T09:00:00",
];

/** A well-typed value for each payload key the reducer reads. */
const wellTyped: Record<string, fc.Arbitrary<unknown>> = {
  participant_id: fc.constantFrom(...PIDS),
  mission_id: fc.constantFrom("m1", "m2"),
  participant_identity: fc.constantFrom(
    { participant_id: "p1", participant_type: "human" },
    { participant_id: "x", participant_type: "llm_context", display_name: "X" },
    { participant_id: "p1", participant_type: "robot" },
  ),
  intent: fc.constantFrom("active", "inactive", "other"),
  focus_target: fc.constantFrom(
    { target_type: "wp", target_id: "A" },
    { target_type: "step", target_id: "B" },
    { target_type: "repo", target_id: "C" },
  ),
  step_id: fc.constantFrom("s1", "s2"),
  warning_id: fc.constantFrom("w1", "w2", ""),
  participant_ids: fc.array(fc.constantFrom(...PIDS), { maxLength: 3 }),
  acknowledgement: fc.constantFrom("continue", "hold"),
  comment_id: fc.constantFrom("c1", "c2"),
  content: fc.constantFrom("hi", ""),
  reply_to: fc.constantFrom(null, "c1"),
  decision_id: fc.constant("d1"),
  topic: fc.constant("t"),
  chosen_option: fc.constant("o"),
  referenced_warning_id: fc.constantFrom(null, "w1"),
  linked_session_id: fc.constantFrom("s-a", "s-b"),
};

const KEYS = Object.keys(wellTyped);

/** A payload: some of the read keys, each well typed, or (when `wild`) any JSON value. */
function payloadArb(wild: boolean): fc.Arbitrary<Record<string, unknown>> {
  const value = (key: string) =>
    wild
      ? fc.oneof(
          { weight: 3, arbitrary: wellTyped[key] ?? fc.constant(null) },
          fc.jsonValue({ maxDepth: 2 }),
        )
      : (wellTyped[key] ?? fc.constant(null));
  return fc
    .subarray(KEYS, { minLength: 2 })
    .chain((keys) => fc.tuple(...keys.map((key) => value(key).map((v) => [key, v] as const))))
    .map((entries) => Object.fromEntries(entries));
}

interface Spec {
  readonly type: string;
  readonly clock: number;
  readonly timestamp: string;
  readonly payload: Record<string, unknown>;
}

function specArb(wild: boolean): fc.Arbitrary<Spec> {
  return fc.record({
    type: fc.oneof(
      { weight: 3, arbitrary: fc.constant("ParticipantJoined") },
      { weight: 9, arbitrary: fc.constantFrom(...TYPES) },
      fc.constant("WPStatusChanged"),
    ),
    clock: fc.nat({ max: 8 }),
    timestamp: fc.constantFrom(...TIMESTAMPS),
    payload: payloadArb(wild),
  });
}

/** Envelopes with distinct ids (and so distinct sort keys). */
function envelopes(specs: readonly Spec[]): Event[] {
  return specs.map((spec, i) =>
    parseEvent({
      event_id: collabId(i + 1),
      event_type: spec.type,
      aggregate_id: "m1",
      payload: spec.payload,
      timestamp: spec.timestamp,
      node_id: "n",
      lamport_clock: spec.clock,
      project_uuid: "0f8fad5b-d9cb-469f-a165-70867728950e",
      correlation_id: collabId(999_999),
    }),
  );
}

type Outcome = { readonly ok: string } | { readonly error: string; readonly message: string };

function outcome(events: readonly Event[], mode?: string): Outcome {
  try {
    return { ok: JSON.stringify(reduceCollaborationEvents(events, { mode })) };
  } catch (error) {
    return { error: (error as Error).name, message: (error as Error).message };
  }
}

function thrownBy(events: readonly Event[], mode?: string): unknown {
  try {
    reduceCollaborationEvents(events, { mode });
    return undefined;
  } catch (error) {
    return error;
  }
}

describe("reduceCollaborationEvents properties", () => {
  it("the same events in any order give the same outcome (output, or error and message)", () => {
    fc.assert(
      fc.property(
        fc.array(specArb(true), { maxLength: 14 }).chain((specs) => {
          const events = envelopes(specs);
          return fc.tuple(
            fc.constant(events),
            fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
          );
        }),
        fc.constantFrom("strict", "permissive"),
        ([events, shuffled], mode) => {
          expect(outcome(shuffled, mode)).toEqual(outcome(events, mode));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("exact duplicates change nothing, wherever they are", () => {
    fc.assert(
      fc.property(
        fc.array(specArb(false), { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        fc.constantFrom("strict", "permissive"),
        (specs, picks, mode) => {
          const events = envelopes(specs);
          const copies = picks.map((pick) => events[pick % events.length] as Event);
          expect(outcome([...copies, ...events, ...copies], mode)).toEqual(outcome(events, mode));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("with well-typed payloads, permissive mode never throws; strict mode throws only its two classes", () => {
    fc.assert(
      fc.property(fc.array(specArb(false), { maxLength: 20 }), (specs) => {
        const events = envelopes(specs);
        expect(thrownBy(events, "permissive")).toBeUndefined();
        const error = thrownBy(events, "strict");
        if (error !== undefined) {
          expect(error).toBeInstanceOf(SpecKittyEventsError);
          expect(["SpecKittyEventsError", "UnknownParticipantError"]).toContain(
            (error as Error).name,
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it("on any JSON payload, only the reference's classes are thrown; strict success means the permissive output", () => {
    fc.assert(
      fc.property(fc.array(specArb(true), { maxLength: 16 }), (specs) => {
        const events = envelopes(specs);
        const permissive = thrownBy(events, "permissive");
        if (permissive !== undefined) {
          // Permissive mode raises only what the reference raises in both modes.
          const valid =
            permissive instanceof TypeError || permissive instanceof PayloadValidationError;
          expect(valid, String(permissive)).toBe(true);
          expect(permissive).not.toBeInstanceOf(SpecKittyEventsError);
        }
        const strict = thrownBy(events, "strict");
        if (strict !== undefined) {
          const valid =
            strict instanceof TypeError ||
            strict instanceof PayloadValidationError ||
            strict instanceof UnknownParticipantError ||
            (strict as Error).name === "SpecKittyEventsError";
          expect(valid, String(strict)).toBe(true);
        } else {
          // Nothing strict mode refuses happened: both modes project the same output.
          expect(permissive).toBeUndefined();
          expect(outcome(events, "permissive")).toEqual(outcome(events, "strict"));
        }
      }),
      { numRuns: 800 },
    );
  });

  it("reads only what a reducible event holds (reducibleEvent copies give the same outcome)", () => {
    fc.assert(
      fc.property(
        fc.array(specArb(true), { maxLength: 12 }),
        fc.constantFrom("strict", "permissive"),
        (specs, mode) => {
          const events = envelopes(specs);
          const reduced = events.map(reducibleEvent) as unknown as Event[];
          expect(outcome(reduced, mode)).toEqual(outcome(events, mode));
        },
      ),
      { numRuns: 200 },
    );
  });
});
