import { describe, expect, it } from "vitest";
import {
  assertLaneMapping,
  assertPayloadConforms,
  assertPayloadFails,
  ConformanceAssertionError,
  formatViolations,
} from "../src/assertions.js";
import { UnknownEventTypeError } from "../src/validate.js";

const REVOKED = {
  connector_id: "conn-jira-acme-plat",
  connector_type: "jira",
  provider: "atlassian",
  mission_id: "034-connector-sync-hardening",
  project_uuid: "5f0c8a3e-9b1d-4c6e-8f2a-7d4b3c1e9a60",
  actor_id: "user:mkowalski",
  actor_type: "human",
  endpoint_url: "https://acme.atlassian.net/rest/api/3",
  recorded_at: "2026-02-28T16:00:00Z",
  revocation_reason: "token_rotated_by_admin",
};
const { revocation_reason: _dropped, ...WITHOUT_REASON } = REVOKED;

function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}

describe("assertPayloadConforms", () => {
  it("returns the verdict for a conforming payload", () => {
    expect(assertPayloadConforms(REVOKED, "ConnectorRevoked").valid).toBe(true);
  });

  it("lists every violation of both layers in its error", () => {
    const error = thrown(() => assertPayloadConforms(WITHOUT_REASON, "ConnectorRevoked"));
    expect(error).toBeInstanceOf(ConformanceAssertionError);
    expect(error.message).toBe(
      [
        "Expected the payload to conform to ConnectorRevoked, but it does not:",
        "  model  revocation_reason: Field required (missing)",
        "  schema $: 'revocation_reason' is a required property (required)",
      ].join("\n"),
    );
    expect((error as ConformanceAssertionError).result?.valid).toBe(false);
  });

  it("lets an unknown event type through as UnknownEventTypeError", () => {
    expect(() => assertPayloadConforms(REVOKED, "ConnectorGone" as string)).toThrow(
      UnknownEventTypeError,
    );
  });
});

describe("assertPayloadFails", () => {
  it("passes for a failing payload, with or without an expected model violation", () => {
    expect(assertPayloadFails(WITHOUT_REASON, "ConnectorRevoked").valid).toBe(false);
    expect(() =>
      assertPayloadFails(WITHOUT_REASON, "ConnectorRevoked", {
        field: "revocation_reason",
        violationType: "missing",
      }),
    ).not.toThrow();
    expect(() =>
      assertPayloadFails(WITHOUT_REASON, "ConnectorRevoked", { field: "revocation_reason" }),
    ).not.toThrow();
    expect(() =>
      assertPayloadFails(WITHOUT_REASON, "ConnectorRevoked", { violationType: "missing" }),
    ).not.toThrow();
  });

  it("fails for a conforming payload", () => {
    expect(() => assertPayloadFails(REVOKED, "ConnectorRevoked")).toThrow(
      "Expected the payload to fail ConnectorRevoked, but it conforms",
    );
  });

  it("fails when no model violation matches the expectation, listing what was found", () => {
    expect(() =>
      assertPayloadFails(WITHOUT_REASON, "ConnectorRevoked", {
        field: "revocation_reason",
        violationType: "string_too_short",
      }),
    ).toThrow(
      "Expected a model violation with field 'revocation_reason' and violation type 'string_too_short' for ConnectorRevoked; found:\n  model  revocation_reason: Field required (missing)",
    );
    expect(() =>
      assertPayloadFails(WITHOUT_REASON, "ConnectorRevoked", { field: "connector_id" }),
    ).toThrow(/with field 'connector_id' for ConnectorRevoked/);
  });

  it("counts a schema-only failure as a failure", () => {
    const result = assertPayloadFails({ ...REVOKED, recorded_at: 1700000000 }, "ConnectorRevoked");
    expect(result.modelViolations).toEqual([]);
    expect(result.schemaViolations.map((v) => v.jsonPath)).toEqual(["$.recorded_at"]);
  });
});

describe("assertLaneMapping", () => {
  it.each([
    ["planned", "planned"],
    ["claimed", "planned"],
    ["in_progress", "doing"],
    ["for_review", "for_review"],
    ["done", "done"],
    ["blocked", "doing"],
    ["canceled", "planned"],
  ])("%s maps to %s", (canonical, sync) => {
    expect(() => assertLaneMapping(canonical, sync)).not.toThrow();
  });

  it.each([
    [
      "blocked",
      "planned",
      "Lane mapping failed: lane 'blocked' maps to SyncLaneV1 'doing', not 'planned'",
    ],
    [
      "done",
      "finished",
      "Lane mapping failed: lane 'done' maps to SyncLaneV1 'done', not 'finished' (not a SyncLaneV1 value)",
    ],
    [
      "archived",
      "done",
      "Lane mapping failed: 'archived' is not a canonical lane (valid: ['planned', 'claimed', 'in_progress', 'for_review', 'done', 'blocked', 'canceled'])",
    ],
    ["doing", "doing", "Lane mapping failed: 'doing' is not a canonical lane"],
    ["DONE", "done", "Lane mapping failed: 'DONE' is not a canonical lane"],
  ])("rejects %s -> %s", (canonical, sync, message) => {
    const error = thrown(() => assertLaneMapping(canonical, sync));
    expect(error).toBeInstanceOf(ConformanceAssertionError);
    expect(error.message.startsWith(message)).toBe(true);
  });
});

describe("formatViolations", () => {
  it("says so when there is nothing to list", () => {
    expect(
      formatViolations({
        valid: true,
        modelViolations: [],
        schemaViolations: [],
        schemaCheckSkipped: false,
        eventType: "Event",
      }),
    ).toBe("  (no violations)");
  });
});
