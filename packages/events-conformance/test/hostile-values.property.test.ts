// validateEvent and safeParseEvent never throw on any JavaScript value: random values of
// every kind, cycles, getters and Proxy traps that throw, revoked proxies, nesting thousands
// of levels deep, objects shared many times over, numbers past the double range as text. Each
// returns violations instead, within a generous time bound per case (a hang or an
// exponential walk would blow it by orders of magnitude).
import { safeParseEvent } from "@spec-kitty/events-core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { registeredEventTypes, validateEvent } from "../src/validate.js";
import { CONNECTOR_PAYLOADS, envelope, SYNC_PAYLOADS } from "./cli-support.js";

/** Milliseconds one call may take here; real cases take well under 10. */
const TIME_BOUND_MS = 2_000;

function thrower(what: string): () => never {
  return () => {
    throw new Error(what);
  };
}

const TRAPS = [
  "get",
  "has",
  "ownKeys",
  "getOwnPropertyDescriptor",
  "getPrototypeOf",
  "defineProperty",
  "set",
] as const;

/** A Proxy over `target` whose chosen traps throw. */
function trapped(target: object, traps: readonly (typeof TRAPS)[number][]): object {
  const handler: ProxyHandler<object> = {};
  for (const trap of traps) handler[trap] = thrower(`${trap} trap`);
  return new Proxy(target, handler);
}

function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** `target` with a throwing getter under `key` (enumerable, own). */
function withThrowingGetter(target: object, key: string): object {
  return Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get: thrower(`getter ${key}`),
  });
}

function deepValue(depth: number, asObjects: boolean): unknown {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = asObjects ? { k: value } : [value];
  return value;
}

function sharedValue(levels: number): unknown {
  let value: Record<string, unknown> = { leaf: [1] };
  for (let i = 0; i < levels; i++) value = { a: value, b: value };
  return value;
}

/** `value` (an object or array) with a cycle back to itself added. */
function withCycle(value: unknown): unknown {
  if (Array.isArray(value)) {
    value.push(value);
    return value;
  }
  if (typeof value === "object" && value !== null) {
    (value as Record<string, unknown>).self = value;
    return value;
  }
  const cycle: unknown[] = [value];
  cycle.push(cycle);
  return cycle;
}

const ENVELOPE_KEYS = Object.keys(envelope(1, "ConnectorProvisioned", {}));
const PAYLOAD_KEYS = [
  ...new Set(
    [...Object.values(CONNECTOR_PAYLOADS), ...Object.values(SYNC_PAYLOADS)].flatMap((payload) =>
      Object.keys(payload),
    ),
  ),
];

const anything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

/**
 * One hostile value (for a whole input, or for one field), as a function that builds it:
 * fast-check itself reads the values it generates, which a revoked proxy would not survive.
 */
type Build = () => unknown;

const hostile: fc.Arbitrary<Build> = fc.oneof(
  anything.map((value) => () => value),
  anything.map((value) => () => withCycle(structuredCloneOrSelf(value))),
  fc.tuple(fc.integer({ min: 1_000, max: 20_000 }), fc.boolean()).map(
    ([depth, asObjects]) =>
      () =>
        deepValue(depth, asObjects),
  ),
  fc.integer({ min: 20, max: 60 }).map((levels) => () => sharedValue(levels)),
  fc
    .tuple(fc.constantFrom("object", "array", "filled"), fc.subarray([...TRAPS], { minLength: 1 }))
    .map(
      ([kind, traps]) =>
        () =>
          trapped(kind === "object" ? {} : kind === "array" ? [] : { a: 1 }, traps),
    ),
  fc.constant(revoked),
  fc
    .constantFrom(...ENVELOPE_KEYS, ...PAYLOAD_KEYS)
    .map((key) => () => withThrowingGetter({}, key)),
  fc
    .constantFrom<unknown>(`1${"0".repeat(400)}`, `-${"9".repeat(400)}.0`, "1e400", 1e308)
    .map((value) => () => value),
  fc.constant(() => Symbol("s")),
  fc.constant(() => () => 1),
  fc.constant(() => ({
    toString: thrower("toString"),
    [Symbol.toPrimitive]: thrower("toPrimitive"),
  })),
);

/** A copy of a value fast-check made (so a cycle added to it stays in this run), or itself. */
function structuredCloneOrSelf(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

/** A valid envelope or payload with some of its keys given hostile values (getters included). */
function spoiled(base: Record<string, unknown>): fc.Arbitrary<Build> {
  const keys = Object.keys(base);
  return fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...keys), hostile, fc.boolean()), {
        minLength: 1,
        maxLength: 4,
      }),
      fc.boolean(),
    )
    .map(([changes, asProxy]) => () => {
      const copy: Record<string, unknown> = { ...base };
      for (const [key, build, asGetter] of changes) {
        if (asGetter) withThrowingGetter(copy, key);
        else {
          Object.defineProperty(copy, key, {
            configurable: true,
            enumerable: true,
            writable: true,
            value: build(),
          });
        }
      }
      return asProxy ? trapped(copy, ["getPrototypeOf"]) : copy;
    });
}

const validEnvelope = envelope(
  1,
  "ConnectorProvisioned",
  CONNECTOR_PAYLOADS.ConnectorProvisioned ?? {},
);

const input: fc.Arbitrary<Build> = fc.oneof(
  hostile,
  spoiled(validEnvelope),
  spoiled({ ...validEnvelope, payload: { ...SYNC_PAYLOADS.SyncIngestAccepted } }),
  ...Object.values(CONNECTOR_PAYLOADS).map(spoiled),
  ...Object.values(SYNC_PAYLOADS).map(spoiled),
);

/** Runs `call`, failing when it throws or takes longer than the bound. */
function withinBound<T>(call: () => T): T {
  const started = performance.now();
  const result = call();
  expect(performance.now() - started).toBeLessThan(TIME_BOUND_MS);
  return result;
}

describe("hostile JavaScript values", () => {
  it("validateEvent returns a verdict for any value and any registered type", () => {
    fc.assert(
      fc.property(input, fc.constantFrom(...registeredEventTypes()), (build, eventType) => {
        const value = build();
        const result = withinBound(() => validateEvent(value, eventType));
        expect(result.eventType).toBe(eventType);
        expect(result.valid).toBe(
          result.modelViolations.length === 0 && result.schemaViolations.length === 0,
        );
      }),
      { numRuns: 400 },
    );
  });

  it("safeParseEvent returns the event or issues for any value", () => {
    fc.assert(
      fc.property(input, (build) => {
        const value = build();
        const result = withinBound(() => safeParseEvent(value));
        if (!result.success) expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it("reports the unreadable parts as get_attribute_error and unreadable, where they are", () => {
    const input = withThrowingGetter({ ...validEnvelope }, "node_id");
    const parsed = safeParseEvent(input);
    expect(parsed.issues).toEqual([
      {
        field: "node_id",
        violationType: "get_attribute_error",
        message: "Error extracting attribute: Error: getter node_id",
        inputValue: undefined,
      },
    ]);
    const verdict = validateEvent(input, "Event");
    expect(verdict.modelViolations.map((v) => [v.field, v.violationType])).toEqual([
      ["node_id", "get_attribute_error"],
    ]);
    expect(verdict.schemaViolations).toEqual([
      {
        jsonPath: "$",
        message: "the value could not be read: Error: getter node_id",
        validator: "unreadable",
        validatorValue: null,
        schemaPath: "",
      },
    ]);
    const proxy = validateEvent(revoked(), "SyncIngestAccepted");
    expect(proxy.valid).toBe(false);
    expect(proxy.modelViolations[0]?.violationType).toBe("get_attribute_error");
  });

  it("never turns integer text past the double range into Infinity (or null in JSON)", () => {
    const clock = `1${"0".repeat(400)}`;
    const parsed = safeParseEvent({ ...validEnvelope, lamport_clock: clock });
    expect(parsed.issues?.map((issue) => [issue.field, issue.violationType])).toEqual([
      ["lamport_clock", "int_parsing_size"],
    ]);
    const verdict = validateEvent({ ...validEnvelope, lamport_clock: clock }, "Event");
    expect(verdict.valid).toBe(false);
    expect(verdict.modelViolations[0]?.violationType).toBe("int_parsing_size");
  });
});
