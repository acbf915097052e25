/**
 * Names checked where they are written: event types and fixture categories complete to the
 * registered names and a misspelt literal is a type error (checked by `pnpm typecheck`, which
 * runs over this file), while a `string` known only at run time is still accepted.
 */
import "../src/vitest.js";
import { describe, expect, expectTypeOf, it } from "vitest";
import { assertPayloadConforms, assertPayloadFails } from "../src/assertions.js";
import { loadFixtures } from "../src/fixtures.js";
import { type ConformanceResult, UnknownEventTypeError, validateEvent } from "../src/validate.js";

const fromData = (text: string): string => JSON.parse(JSON.stringify(text));

describe("event-type arguments", () => {
  it("validateEvent takes a registered name or a run-time string; a misspelt literal is a type error", () => {
    expectTypeOf(validateEvent({}, "ConnectorRevoked")).toEqualTypeOf<ConformanceResult>();
    // @ts-expect-error misspelt event type
    expect(() => validateEvent({}, "ConnectorProvisiond")).toThrow(UnknownEventTypeError);
    expect(() => validateEvent({}, fromData("ConnectorProvisiond"))).toThrow(UnknownEventTypeError);
    expect(validateEvent({}, fromData("ConnectorRevoked")).valid).toBe(false);
  });

  it("assertPayloadConforms and assertPayloadFails check the name the same way", () => {
    // @ts-expect-error misspelt event type
    expect(() => assertPayloadConforms({}, "SyncIngestAcepted")).toThrow(UnknownEventTypeError);
    // @ts-expect-error misspelt event type
    expect(() => assertPayloadFails({}, "SyncIngestAcepted")).toThrow(UnknownEventTypeError);
    expect(assertPayloadFails({}, fromData("SyncIngestAccepted")).valid).toBe(false);
  });

  it("toConformTo checks the name the same way", () => {
    // @ts-expect-error misspelt event type
    expect(() => expect({}).toConformTo("ConnectorRevokd")).toThrow(UnknownEventTypeError);
    expect({}).not.toConformTo(fromData("ConnectorRevoked"));
  });
});

describe("fixture category arguments", () => {
  it("loadFixtures takes a known category or a run-time string; a misspelt literal is a type error", () => {
    expect(loadFixtures("connector").length).toBeGreaterThan(0);
    // The replay category (streams that span families) is a category too: no payload cases.
    expect(loadFixtures("replay")).toEqual([]);
    // @ts-expect-error misspelt category
    expect(() => loadFixtures("connectors")).toThrow(/Unknown fixture category/);
    expect(loadFixtures(fromData("sync")).length).toBeGreaterThan(0);
  });
});
