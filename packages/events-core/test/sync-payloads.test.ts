import { describe, expect, expectTypeOf, it } from "vitest";
import {
  EXTERNAL_REFERENCE_LINKED,
  SYNC_DEAD_LETTERED,
  SYNC_EVENT_TYPES,
  SYNC_INGEST_ACCEPTED,
  SYNC_INGEST_REJECTED,
  SYNC_REPLAY_COMPLETED,
  SYNC_RETRY_SCHEDULED,
  SYNC_SCHEMA_VERSION,
} from "../src/families/sync/constants.js";
import { SyncOutcome, SyncOutcomeSchema } from "../src/families/sync/enums.js";
import {
  type ExternalReferenceLinkedPayload,
  ExternalReferenceLinkedPayloadSchema,
  SYNC_PAYLOAD_MODELS,
  SyncDeadLetteredPayloadSchema,
  SyncIngestAcceptedPayloadSchema,
  SyncIngestRejectedPayloadSchema,
  SyncReplayCompletedPayloadSchema,
  type SyncRetryScheduledPayload,
  SyncRetryScheduledPayloadSchema,
} from "../src/families/sync/payloads.js";
import { type ModelEntries, type ModelSchema, safeParseModel } from "../src/model/model.js";
import type { DateTimeValue } from "../src/rules/datetime.js";
import { hasEventType } from "../src/typed-events.js";
import { SYNC_EXAMPLES } from "./support/connector-sync.js";

const IDEMPOTENCY_FIELDS = [
  "delivery_id",
  "source_event_fingerprint",
  "connector_id",
  "mission_id",
  "recorded_at",
];

// Model, event type, name and required fields in the reference's order.
const MODELS: readonly {
  schema: ModelSchema<ModelEntries>;
  eventType: string;
  name: string;
  fields: readonly string[];
}[] = [
  {
    schema: SyncIngestAcceptedPayloadSchema,
    eventType: "SyncIngestAccepted",
    name: "SyncIngestAcceptedPayload",
    fields: [...IDEMPOTENCY_FIELDS, "ingest_batch_id", "ingested_count"],
  },
  {
    schema: SyncIngestRejectedPayloadSchema,
    eventType: "SyncIngestRejected",
    name: "SyncIngestRejectedPayload",
    fields: [...IDEMPOTENCY_FIELDS, "rejection_reason", "rejected_payload_ref"],
  },
  {
    schema: SyncRetryScheduledPayloadSchema,
    eventType: "SyncRetryScheduled",
    name: "SyncRetryScheduledPayload",
    fields: [...IDEMPOTENCY_FIELDS, "retry_attempt", "max_retries", "next_retry_at"],
  },
  {
    schema: SyncDeadLetteredPayloadSchema,
    eventType: "SyncDeadLettered",
    name: "SyncDeadLetteredPayload",
    fields: [...IDEMPOTENCY_FIELDS, "failure_reason", "total_attempts", "dead_letter_ref"],
  },
  {
    schema: SyncReplayCompletedPayloadSchema,
    eventType: "SyncReplayCompleted",
    name: "SyncReplayCompletedPayload",
    fields: [...IDEMPOTENCY_FIELDS, "replay_id", "replayed_count", "replay_source"],
  },
  {
    schema: ExternalReferenceLinkedPayloadSchema,
    eventType: "ExternalReferenceLinked",
    name: "ExternalReferenceLinkedPayload",
    fields: [
      "link_id",
      "connector_id",
      "external_provider",
      "external_ref_type",
      "external_ref_id",
      "external_ref_url",
      "internal_aggregate_type",
      "internal_aggregate_id",
      "mission_id",
      "linked_by",
      "recorded_at",
    ],
  },
];

// Fields that are not plain non-empty strings (datetimes, integers, the URL).
const NOT_PLAIN_STRINGS = new Set([
  "recorded_at",
  "next_retry_at",
  "ingested_count",
  "retry_attempt",
  "max_retries",
  "total_attempts",
  "replayed_count",
  "external_ref_url",
]);

function example(eventType: string): Record<string, unknown> {
  return { ...SYNC_EXAMPLES[eventType] };
}

function violations(schema: ModelSchema<ModelEntries>, input: unknown) {
  const result = safeParseModel(schema, input);
  return result.success ? [] : result.issues.map((i) => [i.field, i.violationType]);
}

describe("sync constants", () => {
  it("has schema version 2.7.0", () => {
    expect(SYNC_SCHEMA_VERSION).toBe("2.7.0");
  });

  it("names the six event types", () => {
    expect([
      SYNC_INGEST_ACCEPTED,
      SYNC_INGEST_REJECTED,
      SYNC_RETRY_SCHEDULED,
      SYNC_DEAD_LETTERED,
      SYNC_REPLAY_COMPLETED,
      EXTERNAL_REFERENCE_LINKED,
    ]).toEqual([
      "SyncIngestAccepted",
      "SyncIngestRejected",
      "SyncRetryScheduled",
      "SyncDeadLettered",
      "SyncReplayCompleted",
      "ExternalReferenceLinked",
    ]);
  });

  it("SYNC_EVENT_TYPES holds exactly the five Sync* types (not ExternalReferenceLinked)", () => {
    expect([...SYNC_EVENT_TYPES].sort()).toEqual([
      "SyncDeadLettered",
      "SyncIngestAccepted",
      "SyncIngestRejected",
      "SyncReplayCompleted",
      "SyncRetryScheduled",
    ]);
    expect(hasEventType(SYNC_EVENT_TYPES, "ExternalReferenceLinked")).toBe(false);
    expect(hasEventType(SYNC_EVENT_TYPES, "ConnectorProvisioned")).toBe(false);
    const mutable = SYNC_EVENT_TYPES as Set<string>;
    expect(() => mutable.add("ExternalReferenceLinked")).toThrow(TypeError);
    expect(() => mutable.delete("SyncIngestAccepted")).toThrow(TypeError);
    expect(() => mutable.clear()).toThrow(TypeError);
    expect(SYNC_EVENT_TYPES.size).toBe(5);
  });

  it("SYNC_PAYLOAD_MODELS covers exactly SYNC_EVENT_TYPES and is frozen", () => {
    expect(Object.keys(SYNC_PAYLOAD_MODELS).sort()).toEqual([...SYNC_EVENT_TYPES].sort());
    expect(Object.isFrozen(SYNC_PAYLOAD_MODELS)).toBe(true);
  });
});

describe("SyncOutcome", () => {
  it("has exactly its values, in order, frozen", () => {
    const expected = [
      "accepted",
      "rejected",
      "retry_scheduled",
      "dead_lettered",
      "replay_completed",
    ];
    expect(Object.values(SyncOutcome)).toEqual(expected);
    expect(Object.isFrozen(SyncOutcome)).toBe(true);
    expect(SyncOutcomeSchema.options).toEqual(expected);
    expect(SyncOutcomeSchema.name).toBe("SyncOutcome");
    expect(SyncOutcome.DEAD_LETTERED).toBe("dead_lettered");
  });

  it("its schema accepts exact values only", () => {
    expect(SyncOutcomeSchema.rule("accepted").ok).toBe(true);
    expect(SyncOutcomeSchema.rule("ACCEPTED").ok).toBe(false);
    expect(SyncOutcomeSchema.rule("retry").ok).toBe(false);
  });
});

describe.each(MODELS)("$name", ({ schema, eventType, name, fields }) => {
  it("has the reference's name, description and fields in order", () => {
    expect(schema.name).toBe(name);
    expect(schema.description).toBe(`Payload for ${eventType} events.`);
    expect(Object.keys(schema.entries)).toEqual(fields);
  });

  it("accepts a complete valid example and returns a frozen object", () => {
    const result = safeParseModel(schema, example(eventType));
    expect(result.success).toBe(true);
    expect(Object.keys(result.output as object)).toEqual(fields);
    expect(Object.isFrozen(result.output)).toBe(true);
    expect(JSON.stringify((result.output as Record<string, unknown>).recorded_at)).toBe(
      '"2026-02-27T12:00:00Z"',
    );
  });

  it.each(fields)("reports %s as missing when removed", (field) => {
    const input = example(eventType);
    delete input[field];
    expect(violations(schema, input)).toEqual([[field, "missing"]]);
  });

  it.each(fields.filter((f) => !NOT_PLAIN_STRINGS.has(f)))(
    "%s rejects the empty string",
    (field) => {
      expect(violations(schema, { ...example(eventType), [field]: "" })).toEqual([
        [field, "string_too_short"],
      ]);
    },
  );

  it("drops unknown keys", () => {
    const result = safeParseModel(schema, { ...example(eventType), extra: "x", status: 1 });
    expect(Object.keys(result.output as object)).toEqual(fields);
  });

  it("rejects a non-object payload as model_type", () => {
    expect(violations(schema, [])).toEqual([["", "model_type"]]);
  });
});

describe("sync payload bounds", () => {
  it.each([
    // [event type, field, value, violation or null]
    ["SyncIngestAccepted", "ingested_count", 0, "greater_than"],
    ["SyncIngestAccepted", "ingested_count", -3, "greater_than"],
    ["SyncIngestAccepted", "ingested_count", 1, null],
    ["SyncIngestAccepted", "ingested_count", 1.0, null],
    ["SyncIngestAccepted", "ingested_count", "5", null],
    ["SyncIngestAccepted", "ingested_count", 1.5, "int_from_float"],
    ["SyncIngestAccepted", "ingested_count", "many", "int_parsing"],
    ["SyncIngestAccepted", "ingested_count", null, "int_type"],
    ["SyncRetryScheduled", "retry_attempt", 0, "greater_than_equal"],
    ["SyncRetryScheduled", "retry_attempt", 1, null],
    ["SyncRetryScheduled", "max_retries", 0, "greater_than_equal"],
    ["SyncRetryScheduled", "max_retries", 1, null],
    ["SyncRetryScheduled", "next_retry_at", "soon", "datetime_from_date_parsing"],
    ["SyncDeadLettered", "total_attempts", 0, "greater_than_equal"],
    ["SyncDeadLettered", "total_attempts", 1, null],
    ["SyncReplayCompleted", "replayed_count", 0, null],
    ["SyncReplayCompleted", "replayed_count", -1, "greater_than_equal"],
    ["ExternalReferenceLinked", "external_ref_url", "mailto:dev@example.com", "url_scheme"],
    ["ExternalReferenceLinked", "external_ref_url", "https://", "url_parsing"],
    ["ExternalReferenceLinked", "external_ref_url", "HTTPS://GITHUB.COM/acme", null],
  ])("%s.%s = %j -> %s", (eventType, field, value, violation) => {
    const model = MODELS.find((m) => m.eventType === eventType)
      ?.schema as ModelSchema<ModelEntries>;
    expect(violations(model, { ...example(eventType), [field]: value })).toEqual(
      violation === null ? [] : [[field, violation]],
    );
  });

  it("has no cross-field rule: retry_attempt > max_retries is valid", () => {
    expect(
      violations(SyncRetryScheduledPayloadSchema, {
        ...example("SyncRetryScheduled"),
        retry_attempt: 9,
        max_retries: 3,
      }),
    ).toEqual([]);
  });

  it("normalises lax integers and URLs", () => {
    expect(
      safeParseModel(SyncIngestAcceptedPayloadSchema, {
        ...example("SyncIngestAccepted"),
        ingested_count: "7",
      }).output?.ingested_count,
    ).toBe(7);
    expect(
      safeParseModel(ExternalReferenceLinkedPayloadSchema, {
        ...example("ExternalReferenceLinked"),
        external_ref_url: "https://github.com",
      }).output?.external_ref_url,
    ).toBe("https://github.com/");
  });

  it("writes the bounds into the wire form", () => {
    expect(SyncIngestAcceptedPayloadSchema.entries.ingested_count.wire).toEqual({
      type: "integer",
      exclusiveMinimum: 0,
    });
    expect(SyncRetryScheduledPayloadSchema.entries.retry_attempt.wire).toEqual({
      type: "integer",
      minimum: 1,
    });
    expect(SyncRetryScheduledPayloadSchema.entries.max_retries.wire).toEqual({
      type: "integer",
      minimum: 1,
    });
    expect(SyncDeadLetteredPayloadSchema.entries.total_attempts.wire).toEqual({
      type: "integer",
      minimum: 1,
    });
    expect(SyncReplayCompletedPayloadSchema.entries.replayed_count.wire).toEqual({
      type: "integer",
      minimum: 0,
    });
  });
});

describe("inferred payload types", () => {
  it("infer integers, strings and datetimes from the models", () => {
    expectTypeOf<SyncRetryScheduledPayload["retry_attempt"]>().toEqualTypeOf<number>();
    expectTypeOf<SyncRetryScheduledPayload["next_retry_at"]>().toEqualTypeOf<DateTimeValue>();
    expectTypeOf<SyncRetryScheduledPayload["delivery_id"]>().toEqualTypeOf<string>();
    expectTypeOf<ExternalReferenceLinkedPayload["external_ref_url"]>().toEqualTypeOf<string>();
  });
});
