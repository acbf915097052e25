// Deterministic synthetic event streams for benchmarks: mixed connector and sync envelopes
// with realistic payloads and a small share of bad ones.

/** A seeded pseudo-random generator (mulberry32): the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const HEX = "0123456789abcdef";

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function chars(random: () => number, alphabet: string, n: number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

function uuid(random: () => number): string {
  const h = chars(random, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function iso(baseMs: number, offsetMs: number): string {
  return new Date(baseMs + offsetMs).toISOString();
}

const PROVIDERS = [
  { provider: "github", type: "github_app", url: "https://api.github.com/" },
  { provider: "jira", type: "jira_cloud", url: "https://acme.atlassian.net/rest/api/3" },
  { provider: "slack", type: "slack_bot", url: "https://slack.com/api" },
] as const;

/** Options of {@link syntheticStream}. */
export interface SyntheticOptions {
  /** Number of envelopes. */
  readonly count: number;
  /** Seed of the generator. */
  readonly seed: number;
  /** Share of bad envelopes (missing payload field, bad enum, bad envelope field), 0..1. */
  readonly badShare?: number;
}

const CONNECTOR_CYCLE = [
  "ConnectorProvisioned",
  "ConnectorHealthChecked",
  "ConnectorDegraded",
  "ConnectorReconnected",
  "ConnectorHealthChecked",
  "ConnectorRevoked",
] as const;
const SYNC_TYPES = [
  "SyncIngestAccepted",
  "SyncIngestAccepted",
  "SyncIngestAccepted",
  "SyncIngestRejected",
  "SyncRetryScheduled",
  "SyncDeadLettered",
  "SyncReplayCompleted",
] as const;

function connectorPayload(
  random: () => number,
  eventType: string,
  connectorId: string,
  at: string,
) {
  const p = pick(random, PROVIDERS);
  const base = {
    connector_id: connectorId,
    connector_type: p.type,
    provider: p.provider,
    mission_id: `mission-${Math.floor(random() * 500)}`,
    project_uuid: uuid(random),
    actor_id: `svc-${p.provider}-sync`,
    actor_type: pick(random, ["human", "service", "system"]),
    endpoint_url: p.url,
    recorded_at: at,
  };
  switch (eventType) {
    case "ConnectorProvisioned":
      return {
        ...base,
        credentials_ref: `vault://connectors/${connectorId}`,
        config_hash: `sha256:${chars(random, HEX, 64)}`,
      };
    case "ConnectorHealthChecked":
      return {
        ...base,
        health_status: pick(random, ["healthy", "degraded", "unreachable"]),
        latency_ms: Math.round(random() * 500000) / 100,
      };
    case "ConnectorDegraded":
      return { ...base, degradation_reason: "connection_timeout", last_healthy_at: at };
    case "ConnectorReconnected":
      return {
        ...base,
        previous_state: "degraded",
        reconnect_strategy: pick(random, ["automatic", "manual", "backoff"]),
      };
    default:
      return { ...base, revocation_reason: "credentials_rotated" };
  }
}

function syncPayload(random: () => number, eventType: string, connectorId: string, at: string) {
  const base = {
    delivery_id: `dlv-${chars(random, HEX, 12)}`,
    source_event_fingerprint: `sha256:${chars(random, HEX, 40)}`,
    connector_id: connectorId,
    mission_id: `mission-${Math.floor(random() * 500)}`,
    recorded_at: at,
  };
  switch (eventType) {
    case "SyncIngestAccepted":
      return {
        ...base,
        ingest_batch_id: `batch-${chars(random, HEX, 8)}`,
        ingested_count: 1 + Math.floor(random() * 100),
      };
    case "SyncIngestRejected":
      return {
        ...base,
        rejection_reason: "payload_schema_mismatch",
        rejected_payload_ref: `s3://rejects/${chars(random, HEX, 16)}.json`,
      };
    case "SyncRetryScheduled":
      return {
        ...base,
        retry_attempt: 1 + Math.floor(random() * 3),
        max_retries: 3,
        next_retry_at: at,
      };
    case "SyncDeadLettered":
      return {
        ...base,
        failure_reason: "max_retries_exceeded",
        total_attempts: 3,
        dead_letter_ref: `dlq://sync/${chars(random, HEX, 16)}`,
      };
    default:
      return {
        ...base,
        replay_id: `replay-${chars(random, HEX, 8)}`,
        replayed_count: Math.floor(random() * 50),
        replay_source: "dead_letter_queue",
      };
  }
}

/** Makes one bad variant of an envelope (the kinds a real log shows). */
function spoil(random: () => number, envelope: Record<string, unknown>): Record<string, unknown> {
  const payload = { ...(envelope.payload as Record<string, unknown>) };
  switch (Math.floor(random() * 4)) {
    case 0:
      delete payload.connector_id;
      return { ...envelope, payload };
    case 1:
      return { ...envelope, payload: { ...payload, recorded_at: "yesterday" } };
    case 2:
      return { ...envelope, lamport_clock: -1 };
    default:
      return { ...envelope, event_id: "not-an-id" };
  }
}

/**
 * Generates `count` envelopes: interleaved connector lifecycles and sync outcomes for a set
 * of connectors, with `badShare` of them spoiled. Deterministic for a seed.
 */
export function syntheticStream(options: SyntheticOptions): Record<string, unknown>[] {
  const random = seededRandom(options.seed);
  const badShare = options.badShare ?? 0.03;
  const baseMs = Date.UTC(2026, 1, 27, 12, 0, 0);
  const projectUuid = uuid(random);
  const connectors = Array.from({ length: 32 }, (_, i) => ({ id: `conn-${i}`, step: 0 }));
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < options.count; i++) {
    const connector = pick(random, connectors);
    const at = iso(baseMs, i * 1000);
    let eventType: string;
    let payload: Record<string, unknown>;
    if (random() < 0.35) {
      eventType = CONNECTOR_CYCLE[connector.step % CONNECTOR_CYCLE.length] as string;
      connector.step++;
      payload = connectorPayload(random, eventType, connector.id, at);
    } else {
      eventType = pick(random, SYNC_TYPES);
      payload = syncPayload(random, eventType, connector.id, at);
    }
    const envelope: Record<string, unknown> = {
      event_id: `01${chars(random, CROCKFORD, 24)}`,
      event_type: eventType,
      aggregate_id: connector.id,
      payload,
      timestamp: at,
      node_id: pick(random, ["tracker-1", "tracker-2", "saas-ingest"]),
      lamport_clock: i,
      causation_id: null,
      project_uuid: projectUuid,
      project_slug: "acme-platform",
      correlation_id: `01${chars(random, CROCKFORD, 24)}`,
      schema_version: "2.7.0",
      data_tier: 0,
    };
    out.push(random() < badShare ? spoil(random, envelope) : envelope);
  }
  return out;
}
