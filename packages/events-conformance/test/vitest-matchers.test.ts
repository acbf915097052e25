import { describe, expect, it } from "vitest";
import "../src/vitest.js";
import { conformanceMatchers } from "../src/vitest.js";

const ACCEPTED = {
  delivery_id: "dlv-0042",
  source_event_fingerprint: "sha256:e3b0c442",
  connector_id: "conn-github-acme-platform",
  mission_id: "034-connector-sync-hardening",
  recorded_at: "2026-02-27T13:00:05Z",
  ingest_batch_id: "batch-0042",
  ingested_count: 15,
};

describe("toConformTo", () => {
  it("passes for a conforming payload and fails under .not", () => {
    expect(ACCEPTED).toConformTo("SyncIngestAccepted");
    expect(() => expect(ACCEPTED).not.toConformTo("SyncIngestAccepted")).toThrow(
      "expected the payload not to conform to SyncIngestAccepted, but it does",
    );
  });

  it("fails for a non-conforming payload with every violation in the message", () => {
    const bad = { ...ACCEPTED, ingested_count: 0 };
    expect(bad).not.toConformTo("SyncIngestAccepted");
    expect(() => expect(bad).toConformTo("SyncIngestAccepted")).toThrow(
      ["expected the payload to conform to SyncIngestAccepted:", "  model  ingested_count: "].join(
        "\n",
      ),
    );
    expect(() => expect(bad).toConformTo("SyncIngestAccepted")).toThrow(
      "  schema $.ingested_count: 0 is less than or equal to the minimum of 0 (exclusiveMinimum)",
    );
  });

  it("works as an asymmetric matcher", () => {
    expect({ events: [ACCEPTED] }).toEqual({
      events: [expect.toConformTo("SyncIngestAccepted")],
    });
  });

  it("lets an unknown event type surface as an error", () => {
    expect(() => expect(ACCEPTED).toConformTo("SyncExploded" as string)).toThrow(
      /^Unknown event type: 'SyncExploded'/,
    );
  });

  it("exports the matcher object for expect.extend", () => {
    expect(Object.keys(conformanceMatchers)).toEqual(["toConformTo"]);
  });
});
