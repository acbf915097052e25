import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Event, parseEvent, safeParseEvent } from "../src/envelope/event.js";
import { reducibleEvent, safeParseReducibleEvent } from "../src/envelope/reducible.js";
import { type ModelParseResult, ModelValidationError } from "../src/model/model.js";
import {
  compareStatusEvents,
  dedupEvents,
  sortStatusEvents,
  statusEventSortKey,
} from "../src/ordering/sort.js";
import type { ReducibleEvent } from "../src/reducers/pipeline.js";
import {
  dateTimeCaseArb,
  ENVELOPE_KEYS,
  envelopeInputArb,
  eventIdInputArb,
  orderingEventsArb,
  uuidCaseArb,
} from "./support/arbitraries.js";

/** A list together with a random permutation of it. */
function withPermutation<T>(listArb: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> {
  return listArb.chain((list) =>
    fc
      .shuffledSubarray(list, { minLength: list.length, maxLength: list.length })
      .map((permuted) => [list, permuted] as [T[], T[]]),
  );
}

/** Events with pairwise different sort keys (ids unique), drawn with many ties on clock and time. */
const distinctKeyEventsArb = orderingEventsArb.map((events) => dedupEvents(events));

const json = (events: readonly Event[]): string => JSON.stringify(events);

describe("ordering properties", () => {
  it("sorting any permutation of events with distinct keys gives the same JSON", () => {
    fc.assert(
      fc.property(withPermutation(distinctKeyEventsArb), ([events, permuted]) => {
        expect(json(sortStatusEvents(permuted))).toBe(json(sortStatusEvents(events)));
      }),
      { numRuns: 300 },
    );
  });

  it("sorting any permutation gives the same sequence of keys, duplicates included", () => {
    fc.assert(
      fc.property(withPermutation(orderingEventsArb), ([events, permuted]) => {
        const keys = (list: readonly Event[]) => JSON.stringify(list.map(statusEventSortKey));
        expect(keys(sortStatusEvents(permuted))).toBe(keys(sortStatusEvents(events)));
      }),
      { numRuns: 300 },
    );
  });

  it("the sorted list is ordered, a permutation of the input, and stable", () => {
    fc.assert(
      fc.property(orderingEventsArb, (events) => {
        const sorted = sortStatusEvents(events);
        expect(sorted).toHaveLength(events.length);
        expect(new Set(sorted)).toEqual(new Set(events));
        for (let i = 1; i < sorted.length; i++) {
          const previous = sorted[i - 1] as Event;
          const current = sorted[i] as Event;
          const order = compareStatusEvents(previous, current);
          expect(order).toBeLessThanOrEqual(0);
          if (order === 0) expect(events.indexOf(previous)).toBeLessThan(events.indexOf(current));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("dedup is idempotent and keeps, for each id, the first event of the sorted list", () => {
    fc.assert(
      fc.property(orderingEventsArb, (events) => {
        const sorted = sortStatusEvents(events);
        const once = dedupEvents(sorted);
        expect(dedupEvents(once)).toEqual(once);
        const ids = once.map((e) => e.event_id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set(events.map((e) => e.event_id)));
        for (const kept of once) {
          expect(sorted.find((e) => e.event_id === kept.event_id)).toBe(kept);
        }
        // kept events stay in sorted order
        expect(once).toEqual(sorted.filter((e) => once.includes(e)));
      }),
      { numRuns: 300 },
    );
  });

  it("sort then dedup of any permutation of distinct-key events gives the same JSON", () => {
    fc.assert(
      fc.property(withPermutation(distinctKeyEventsArb), ([events, permuted]) => {
        const pipeline = (list: readonly Event[]) => json(dedupEvents(sortStatusEvents(list)));
        expect(pipeline(permuted)).toBe(pipeline(events));
      }),
      { numRuns: 200 },
    );
  });
});

describe("envelope round trip", () => {
  it("parse -> JSON.stringify -> JSON.parse -> parse gives byte-identical JSON", () => {
    fc.assert(
      fc.property(envelopeInputArb, (input) => {
        const first = JSON.stringify(parseEvent(input));
        const second = JSON.stringify(parseEvent(JSON.parse(first)));
        expect(second).toBe(first);
      }),
      { numRuns: 1000 },
    );
  });

  it("the output has the table's keys in order and normalised ids", () => {
    fc.assert(
      fc.property(envelopeInputArb, (input) => {
        const event = parseEvent(input);
        expect(Object.keys(event)).toEqual([...ENVELOPE_KEYS]);
        expect(event.event_id).toMatch(
          /^(?:[0-9A-HJKMNP-TV-Z]{26}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
        );
        expect(event.project_uuid).toMatch(
          /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
        );
        expect(Object.isFrozen(event)).toBe(true);
        expect(Object.isFrozen(event.payload)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("writes each generated timestamp in its expected JSON form", () => {
    fc.assert(
      fc.property(envelopeInputArb, dateTimeCaseArb, (input, c) => {
        const event = parseEvent({ ...input, timestamp: c.input });
        expect(event.timestamp.json).toBe(c.json);
        expect(statusEventSortKey(event)[1]).toBe(c.isoformat);
      }),
      { numRuns: 300 },
    );
  });

  it("writes project_uuid lower-case hyphenated from any of its four forms", () => {
    fc.assert(
      fc.property(envelopeInputArb, uuidCaseArb, (input, c) => {
        expect(parseEvent({ ...input, project_uuid: c.input }).project_uuid).toBe(c.normalized);
      }),
      { numRuns: 200 },
    );
  });
});

/** Throws anything `parseEvent` throws, except a ModelValidationError. */
function parseOrValidationError(input: unknown): void {
  try {
    parseEvent(input);
  } catch (error) {
    if (!(error instanceof ModelValidationError)) throw error;
  }
}

/** Objects with envelope keys holding random JSON (or a valid value), keys present or absent. */
const messyEnvelopeArb = fc
  .tuple(
    envelopeInputArb,
    fc.dictionary(fc.constantFrom(...ENVELOPE_KEYS), fc.jsonValue({ maxDepth: 3 })),
    fc.subarray([...ENVELOPE_KEYS]),
  )
  .map(([valid, random, removed]) => {
    const out: Record<string, unknown> = { ...valid, ...random };
    for (const key of removed) delete out[key];
    return out;
  });

describe("parsing never throws anything but ModelValidationError", () => {
  it("on any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        parseOrValidationError(input);
        const result = safeParseEvent(input);
        expect(typeof result.success).toBe("boolean");
      }),
      { numRuns: 1000 },
    );
  });

  it("on objects with envelope keys holding random JSON", () => {
    fc.assert(
      fc.property(
        fc.record(
          Object.fromEntries(ENVELOPE_KEYS.map((key) => [key, fc.jsonValue({ maxDepth: 3 })])),
          { requiredKeys: [] },
        ),
        (input) => {
          parseOrValidationError(input);
          expect(typeof safeParseEvent(input).success).toBe("boolean");
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("on valid envelopes with some keys replaced by random JSON or removed", () => {
    fc.assert(
      fc.property(messyEnvelopeArb, (input) => {
        parseOrValidationError(input);
        const result = safeParseEvent(input);
        if (!result.success) {
          expect(result.issues.length).toBeGreaterThan(0);
          for (const issue of result.issues) {
            expect((ENVELOPE_KEYS as readonly string[]).includes(issue.field)).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("on ids of any text, and the verdicts of parse and safeParse agree", () => {
    fc.assert(
      fc.property(
        envelopeInputArb,
        fc.oneof(eventIdInputArb, fc.string({ unit: "binary", maxLength: 40 })),
        (input, id) => {
          const candidate = { ...input, event_id: id };
          const result = safeParseEvent(candidate);
          if (result.success) expect(parseEvent(candidate)).toEqual(result.output);
          else expect(() => parseEvent(candidate)).toThrow(ModelValidationError);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("safeParseReducibleEvent", () => {
  /** What safeParseReducibleEvent should give: safeParseEvent, then reducibleEvent. */
  function expected(input: unknown): ModelParseResult<ReducibleEvent> {
    const result = safeParseEvent(input);
    return result.success ? { success: true, output: reducibleEvent(result.output) } : result;
  }

  it("gives the verdict and issues of safeParseEvent, and the reducible fields of its event", () => {
    fc.assert(
      fc.property(fc.oneof(messyEnvelopeArb, envelopeInputArb, fc.jsonValue()), (input) => {
        const result = safeParseReducibleEvent(input);
        const want = expected(input);
        expect(result.success).toBe(want.success);
        if (result.success && want.success) {
          expect(JSON.stringify(result.output)).toBe(JSON.stringify(want.output));
          expect(result.output.timestamp.isoformat).toBe(want.output.timestamp.isoformat);
          expect(Object.isFrozen(result.output)).toBe(true);
          expect(Object.isFrozen(result.output.payload)).toBe(true);
        } else {
          expect(result.issues).toEqual(want.issues);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("copies the payload it keeps (the input stays unfrozen)", () => {
    fc.assert(
      fc.property(envelopeInputArb, (input) => {
        const result = safeParseReducibleEvent(input);
        expect(result.success).toBe(true);
        if (result.success && typeof input.payload === "object" && input.payload !== null) {
          expect(result.output.payload).not.toBe(input.payload);
          expect(Object.isFrozen(input.payload)).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });
});
