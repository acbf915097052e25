import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { Event } from "../src/envelope/event.js";
import {
  CONNECTOR_EVENT_TYPES,
  type ConnectorEventType,
} from "../src/families/connector/constants.js";
import type { ConnectorProvisionedPayload } from "../src/families/connector/payloads.js";
import { CONTRACT_FAMILIES } from "../src/families/index.js";
import { SYNC_EVENT_TYPES } from "../src/families/sync/constants.js";
import type { SyncIngestAcceptedPayload } from "../src/families/sync/payloads.js";
import { ModelValidationError } from "../src/model/model.js";
import { EVENT_TYPE_REGISTRY } from "../src/registry.js";
import type { DateTimeValue } from "../src/rules/datetime.js";
import {
  type EventType,
  type EventTypeName,
  type FixtureCategory,
  hasEventType,
  isEventType,
  isKnownEvent,
  isPayloadEventType,
  type KnownEvent,
  type PayloadEventType,
  type PayloadOf,
  parseKnownEvent,
  safeParseKnownEvent,
} from "../src/typed-events.js";
import { CONNECTOR_EXAMPLES, SYNC_EXAMPLES } from "./support/connector-sync.js";

function envelope(eventType: string, payload: unknown): Record<string, unknown> {
  return {
    event_id: "01HV0000000000000000000001",
    event_type: eventType,
    aggregate_id: "conn-github-1",
    payload,
    timestamp: "2026-02-27T12:00:00Z",
    node_id: "tracker-1",
    lamport_clock: 3,
    project_uuid: "0f8fad5b-d9cb-469f-a165-70867728950e",
    correlation_id: "01HV0000000000000000000002",
  };
}

describe("EventType and PayloadOf (types)", () => {
  it("name every registered event type, and a misspelt one is a type error", () => {
    expectTypeOf<"ConnectorProvisioned">().toExtend<EventType>();
    expectTypeOf<"SyncIngestAccepted">().toExtend<PayloadEventType>();
    expectTypeOf<"Event">().toExtend<EventType>();
    expectTypeOf<"Event">().not.toExtend<PayloadEventType>();
    expectTypeOf<"ConnectorProvisiond">().not.toExtend<EventType>();
    // @ts-expect-error a misspelt event type is not an EventType
    const misspelt: EventType = "ConnectorProvisiond";
    expect(isEventType(misspelt)).toBe(false);
  });

  it("give each event type its payload model's output", () => {
    expectTypeOf<PayloadOf<"ConnectorProvisioned">>().toEqualTypeOf<ConnectorProvisionedPayload>();
    expectTypeOf<PayloadOf<"SyncIngestAccepted">>().toEqualTypeOf<SyncIngestAcceptedPayload>();
    expectTypeOf<PayloadOf<"ConnectorProvisioned">["recorded_at"]>().toEqualTypeOf<DateTimeValue>();
    expectTypeOf<PayloadOf<"Event">>().toEqualTypeOf<Event>();
  });

  it("check names where they are written, and accept any string from data", () => {
    const check = <TName extends string>(name: EventTypeName<TName>): string => name;
    expect(check("ConnectorRevoked")).toBe("ConnectorRevoked");
    // @ts-expect-error a misspelt literal is a type error
    expect(check("ConnectorRevokd")).toBe("ConnectorRevokd");
    const fromData: string = JSON.parse('"anything"');
    expect(check(fromData)).toBe("anything");
  });

  it("name every fixture category of the families", () => {
    expectTypeOf<"connector">().toExtend<FixtureCategory>();
    expectTypeOf<"connectors">().not.toExtend<FixtureCategory>();
    const categories: readonly string[] = CONTRACT_FAMILIES.flatMap((f) => f.fixtureCategories);
    expect(categories).toContain("connector");
  });
});

describe("KnownEvent", () => {
  it("is a union narrowed by event_type", () => {
    const event = parseKnownEvent(
      envelope("ConnectorProvisioned", CONNECTOR_EXAMPLES.ConnectorProvisioned),
    );
    if (event.event_type === "ConnectorProvisioned") {
      expectTypeOf(event.payload).toEqualTypeOf<ConnectorProvisionedPayload>();
      expect(event.payload.credentials_ref).toBe("vault://connectors/github-1");
      expect(event.payload.recorded_at.json).toBe("2026-02-27T12:00:00Z");
    } else {
      expect.unreachable("the event is a ConnectorProvisioned event");
    }
    expectTypeOf<
      Extract<KnownEvent, { event_type: "SyncIngestAccepted" }>["payload"]
    >().toEqualTypeOf<SyncIngestAcceptedPayload>();
  });

  it("keeps every envelope field of the parsed event, payload parsed by its model", () => {
    const raw = envelope("SyncIngestAccepted", SYNC_EXAMPLES.SyncIngestAccepted);
    const known = parseKnownEvent(raw);
    const { payload, ...rest } = known;
    expect(rest.event_type).toBe("SyncIngestAccepted");
    expect(rest.lamport_clock).toBe(3);
    expect(JSON.parse(JSON.stringify(payload))).toEqual(
      JSON.parse(
        JSON.stringify(
          EVENT_TYPE_REGISTRY.get("SyncIngestAccepted")?.model["~run"](
            { value: SYNC_EXAMPLES.SyncIngestAccepted },
            {},
          ).value,
        ),
      ),
    );
    expect(Object.isFrozen(known)).toBe(true);
    expect(isKnownEvent(known)).toBe(true);
  });

  it("reports payload problems under payload., and unknown types as a value error", () => {
    const bad = safeParseKnownEvent(
      envelope("ConnectorRevoked", {
        ...CONNECTOR_EXAMPLES.ConnectorRevoked,
        revocation_reason: "",
      }),
    );
    expect(bad.success).toBe(false);
    expect(bad.issues?.map((issue) => [issue.field, issue.violationType])).toEqual([
      ["payload.revocation_reason", "string_too_short"],
    ]);
    const unknown = safeParseKnownEvent(envelope("ConnectorExploded", {}));
    expect(unknown.issues?.map((issue) => [issue.field, issue.violationType])).toEqual([
      ["event_type", "value_error"],
    ]);
    const whole = safeParseKnownEvent(envelope("Event", {}));
    expect(whole.success).toBe(false);
    expect(() => parseKnownEvent(envelope("ConnectorExploded", {}))).toThrow(ModelValidationError);
    const envelopeProblem = safeParseKnownEvent({ event_type: "ConnectorRevoked" });
    expect(envelopeProblem.issues?.some((issue) => issue.field === "event_id")).toBe(true);
  });

  it("isKnownEvent is true only for events built by the parse functions", () => {
    const raw = envelope("ConnectorRevoked", CONNECTOR_EXAMPLES.ConnectorRevoked);
    expect(isKnownEvent(raw)).toBe(false);
    expect(isKnownEvent(structuredClone(parseKnownEvent(raw)))).toBe(false);
    expect(isKnownEvent(null)).toBe(false);
    expect(isKnownEvent("ConnectorRevoked")).toBe(false);
  });

  it("never throws on any JSON input, and agrees with the registry on the type", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EVENT_TYPE_REGISTRY.keys(), "Nope"),
        fc.jsonValue(),
        (eventType, payload) => {
          const result = safeParseKnownEvent(envelope(eventType, payload));
          if (result.success) {
            expect(isPayloadEventType(result.output.event_type)).toBe(true);
            expect(EVENT_TYPE_REGISTRY.get(eventType)?.model.test(payload)).toBe(true);
          }
        },
      ),
    );
  });
});

describe("family sets and their guard", () => {
  it("are typed by their members, and hasEventType narrows", () => {
    expectTypeOf(CONNECTOR_EVENT_TYPES).toEqualTypeOf<ReadonlySet<ConnectorEventType>>();
    const type: string = JSON.parse('"ConnectorDegraded"');
    if (hasEventType(CONNECTOR_EVENT_TYPES, type)) {
      expectTypeOf(type).toEqualTypeOf<ConnectorEventType>();
      expect(type).toBe("ConnectorDegraded");
    } else {
      expect.unreachable("ConnectorDegraded is a connector event type");
    }
    expect(hasEventType(SYNC_EVENT_TYPES, type)).toBe(false);
    expect(hasEventType(SYNC_EVENT_TYPES, 42)).toBe(false);
    expect(hasEventType(SYNC_EVENT_TYPES, "SyncIngestAccepted")).toBe(true);
  });

  it("isEventType and isPayloadEventType follow the registry", () => {
    for (const eventType of EVENT_TYPE_REGISTRY.keys()) {
      expect(isEventType(eventType)).toBe(true);
      expect(isPayloadEventType(eventType)).toBe(eventType !== "Event");
    }
    for (const other of ["", "event", "__proto__", "toString", 7, null]) {
      expect(isEventType(other)).toBe(false);
    }
  });
});
