// Every family reducer (derived from the list of families, in each of its modes) on parsed
// events whose payloads are hostile: random JSON under the families' field names, nesting
// thousands of levels deep, objects shared many times over (a DAG), cycles (a JavaScript
// caller's), integers past 2^53. A reducer returns, or throws one of the contract's errors
// (where the reference raises); it never throws anything else, and each case stays within
// a generous time bound (a hang or exponential walk would blow it by orders of magnitude).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEvent } from "../src/envelope/event.js";
import { PayloadValidationError, SpecKittyEventsError } from "../src/errors.js";
import { EVENT_TYPE_REGISTRY, REDUCING_FAMILIES } from "../src/registry.js";
import { ulid } from "./support/connector-sync.js";

/** Milliseconds one reduce may take here; real cases take well under 50. */
const TIME_BOUND_MS = 2_000;

/** Field names of every registered payload model (what the reducers read), and hostile keys. */
const FIELD_NAMES = [
  ...new Set([
    ...[...EVENT_TYPE_REGISTRY.values()].flatMap((registration) =>
      Object.keys(registration.model.entries),
    ),
    "__proto__",
    "constructor",
    "toString",
    "x",
  ]),
];

function deepValue(depth: number, leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { k: value };
  return value;
}

function sharedValue(levels: number): unknown {
  let value: Record<string, unknown> = { leaf: "x" };
  for (let i = 0; i < levels; i++) value = { a: value, b: [value, value] };
  return value;
}

function cyclicValue(): unknown {
  const value: Record<string, unknown> = { list: [] };
  (value.list as unknown[]).push(value);
  value.self = value;
  return value;
}

/** One hostile field value. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.integer({ min: 100, max: 6_000 }).map((depth) => deepValue(depth, "leaf")),
  fc.integer({ min: 10, max: 40 }).map(sharedValue),
  fc.constant(null).map(cyclicValue),
  fc.constantFrom(2 ** 53 + 2, -(2 ** 60), Number.MAX_VALUE, 1e-320, -0),
  fc.constantFrom(`1${"0".repeat(400)}`, "9".repeat(30), "", " ", "\u0000", "\uD800"),
);

const payloadArb = fc.dictionary(fc.constantFrom(...FIELD_NAMES), hostileValue, {
  maxKeys: 8,
});

const ALL_EVENT_TYPES = [...REDUCING_FAMILIES.values()].flatMap((family) => [...family.eventTypes]);

const eventArb = fc.record({
  type: fc.constantFrom(...ALL_EVENT_TYPES, "NoSuchType", "__proto__"),
  clock: fc.nat({ max: 5 }),
  payload: fc.oneof(payloadArb, fc.constant({})),
  sharedId: fc.boolean(),
});

const CASES = [...REDUCING_FAMILIES.values()].flatMap((family) => {
  const modes = family.reducer?.modes ?? [];
  return (modes.length === 0 ? [undefined] : modes).map(
    (mode) => [`${family.name}${mode === undefined ? "" : ` (${mode})`}`, family, mode] as const,
  );
});

describe.each(CASES)("reducer %s on hostile payloads", (_label, family, mode) => {
  it("returns, or throws only the contract's errors, within the time bound", () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 12 }), (items) => {
        const events = items.map((item, i) =>
          parseEvent({
            event_id: ulid(item.sharedId ? 1 : i + 2),
            event_type: item.type,
            aggregate_id: "aggregate-1",
            payload: item.payload,
            timestamp: "2026-02-27T12:00:00Z",
            node_id: "node-1",
            lamport_clock: item.clock,
            project_uuid: "0f8fad5b-d9cb-469f-a165-70867728950e",
            correlation_id: ulid(0),
          }),
        );
        const started = performance.now();
        try {
          family.reducer?.reduce(events, mode === undefined ? undefined : { mode });
        } catch (error) {
          const allowed =
            error instanceof SpecKittyEventsError || error instanceof PayloadValidationError;
          if (!allowed) throw error;
        }
        expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS);
      }),
      { numRuns: 150 },
    );
  });
});
