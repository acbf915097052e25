/**
 * Builders for the core-primitive tests, after the repro harness of the contract sheet
 * (§9a): `eid(i)` is `01J` + i on 23 digits, `ev(...)` a parsed envelope on aggregate `agg`,
 * node `n1`, timestamp 2026-01-01 + lamport seconds.
 */
import fc from "fast-check";
import { type Event, parseEvent } from "../../src/envelope/event.js";

/** The harness's event id: `01J` followed by `i` on 23 digits. */
export function eid(i: number): string {
  return `01J${String(i).padStart(23, "0")}`;
}

/** Optional envelope fields of {@link ev}. */
export interface EvOptions {
  readonly ts?: string;
  readonly node?: string;
  readonly aggregate?: string;
  readonly causation?: string | null;
  readonly id?: string;
}

/** A parsed event like the harness's `ev(event_type, payload, lamport, i)`. */
export function ev(
  eventType: string,
  payload: Record<string, unknown>,
  lamport: number,
  i: number,
  options: EvOptions = {},
): Event {
  return parseEvent({
    event_id: options.id ?? eid(i),
    event_type: eventType,
    aggregate_id: options.aggregate ?? "agg",
    payload,
    timestamp: options.ts ?? new Date(Date.UTC(2026, 0, 1, 0, 0, lamport)).toISOString(),
    node_id: options.node ?? "n1",
    lamport_clock: lamport,
    causation_id: options.causation ?? null,
    project_uuid: "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
    correlation_id: eid(999),
  });
}

/** Every order of `items` (for permutation properties). */
export function permutationArb<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
}
