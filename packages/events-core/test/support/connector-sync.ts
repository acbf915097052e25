/**
 * Builders for connector and sync tests: valid example payloads (written from
 * `connector-sync.md`) and envelopes parsed with `parseEvent` from plain objects.
 */
import { type Event, parseEvent } from "../../src/envelope/event.js";

/** A valid example of every connector base field. */
export const CONNECTOR_BASE = Object.freeze({
  connector_id: "conn-github-1",
  connector_type: "github_app",
  provider: "github",
  mission_id: "mission-042",
  project_uuid: "0f8fad5b-d9cb-469f-a165-70867728950e",
  actor_id: "svc-sync",
  actor_type: "service",
  endpoint_url: "https://api.github.com/",
  recorded_at: "2026-02-27T12:00:00Z",
});

/** A complete valid payload per connector event type. */
export const CONNECTOR_EXAMPLES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  ConnectorProvisioned: {
    ...CONNECTOR_BASE,
    credentials_ref: "vault://connectors/github-1",
    config_hash: "sha256:0a1b2c",
  },
  ConnectorHealthChecked: { ...CONNECTOR_BASE, health_status: "healthy", latency_ms: 42.5 },
  ConnectorDegraded: {
    ...CONNECTOR_BASE,
    degradation_reason: "rate_limited",
    last_healthy_at: "2026-02-27T11:55:00Z",
  },
  ConnectorRevoked: { ...CONNECTOR_BASE, revocation_reason: "token_revoked" },
  ConnectorReconnected: {
    ...CONNECTOR_BASE,
    previous_state: "revoked",
    reconnect_strategy: "manual",
  },
};

/** A valid example of every sync idempotency field. */
export const SYNC_BASE = Object.freeze({
  delivery_id: "dlv-0001",
  source_event_fingerprint: "sha256:aa11",
  connector_id: "conn-github-1",
  mission_id: "mission-042",
  recorded_at: "2026-02-27T12:00:00Z",
});

/** A complete valid payload per sync lifecycle event type, plus `ExternalReferenceLinked`. */
export const SYNC_EXAMPLES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  SyncIngestAccepted: { ...SYNC_BASE, ingest_batch_id: "batch-7", ingested_count: 12 },
  SyncIngestRejected: {
    ...SYNC_BASE,
    rejection_reason: "schema_mismatch",
    rejected_payload_ref: "s3://rejects/1.json",
  },
  SyncRetryScheduled: {
    ...SYNC_BASE,
    retry_attempt: 1,
    max_retries: 3,
    next_retry_at: "2026-02-27T12:05:00Z",
  },
  SyncDeadLettered: {
    ...SYNC_BASE,
    failure_reason: "max_retries_exceeded",
    total_attempts: 3,
    dead_letter_ref: "dlq://sync/1",
  },
  SyncReplayCompleted: {
    ...SYNC_BASE,
    replay_id: "replay-1",
    replayed_count: 4,
    replay_source: "dead_letter_queue",
  },
  ExternalReferenceLinked: {
    link_id: "link-1",
    connector_id: "conn-github-1",
    external_provider: "github",
    external_ref_type: "pull_request",
    external_ref_id: "1234",
    external_ref_url: "https://github.com/acme/app/pull/1234",
    internal_aggregate_type: "work_package",
    internal_aggregate_id: "WP01",
    mission_id: "mission-042",
    linked_by: "svc-sync",
    recorded_at: "2026-02-27T12:00:00Z",
  },
};

/** A 26-char ULID made from a number (digits are Crockford base32). */
export function ulid(n: number): string {
  return `01HZ${String(n).padStart(22, "0")}`;
}

/** Parts of an envelope a test chooses; the rest gets fixed valid values. */
export interface EnvelopeSpec {
  /** Event type. */
  readonly type: string;
  /** Lamport clock (sort key first element). */
  readonly clock: number;
  /** Payload object (any JSON object). */
  readonly payload?: Readonly<Record<string, unknown>>;
  /** Event id; defaults to `ulid(clock)`. */
  readonly id?: string;
  /** Envelope timestamp; defaults to a fixed UTC instant. */
  readonly timestamp?: string;
}

/** Parses one envelope built from a spec. */
export function envelope(spec: EnvelopeSpec): Event {
  return parseEvent({
    event_id: spec.id ?? ulid(spec.clock),
    event_type: spec.type,
    aggregate_id: "conn-github-1",
    payload: spec.payload ?? {},
    timestamp: spec.timestamp ?? "2026-02-27T12:00:00Z",
    node_id: "tracker-1",
    lamport_clock: spec.clock,
    project_uuid: "0f8fad5b-d9cb-469f-a165-70867728950e",
    correlation_id: ulid(999_999),
  });
}

/** Connector envelope with the type's example payload, overridden by `fields`. */
export function connectorEvent(
  type: string,
  clock: number,
  fields: Readonly<Record<string, unknown>> = {},
  id?: string,
): Event {
  return envelope({ type, clock, id, payload: { ...CONNECTOR_EXAMPLES[type], ...fields } });
}

/** Sync envelope with the type's example payload, overridden by `fields`. */
export function syncEvent(
  type: string,
  clock: number,
  fields: Readonly<Record<string, unknown>> = {},
  id?: string,
): Event {
  return envelope({ type, clock, id, payload: { ...SYNC_EXAMPLES[type], ...fields } });
}

/** True when a value and everything it holds is frozen. */
export function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== "object") return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every(isDeepFrozen);
}
