// Shared helpers of the spec-kitty-events command tests: run the built command, write
// temporary inputs, and build valid connector and sync envelopes.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The built command as it ships (bundled, `dist/command/main.js`, what the package's bin
 * runs; the root `pnpm test` builds before testing).
 */
export const CLI = fileURLToPath(new URL("../dist/command/main.js", import.meta.url));

/** The command's modules as tsc builds them, before bundling (`dist/cli/`). */
export const CLI_MODULES = fileURLToPath(new URL("../dist/cli/", import.meta.url));

/** Fails with a clear message when the command has not been built. */
export function requireBuiltCli(): void {
  if (!existsSync(CLI)) {
    throw new Error(`${CLI} is missing: run 'pnpm build' at the repository root first`);
  }
}

/** What a run of the command produced. */
export interface CommandRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The environment of a test run of the command: the test's own, without the variables that
 * change the command's output (debugging, colours), plus `extra`.
 */
export function commandEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.SPEC_KITTY_EVENTS_DEBUG;
  delete env.NODE_OPTIONS;
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return { ...env, ...extra };
}

/** Runs the built command with `args`, optionally feeding `input` on standard input. */
export function runCli(args: readonly string[], input?: string | Buffer): CommandRun {
  return runCliWith(args, { input });
}

/** Runs the built command with `args`, standard input `input` and environment variables `env`. */
export function runCliWith(
  args: readonly string[],
  options: { readonly input?: string | Buffer; readonly env?: Readonly<Record<string, string>> },
): CommandRun {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input ?? "",
    encoding: "utf8",
    env: commandEnv(options.env),
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Quotes a word for `sh`. */
export function shellQuote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * Runs a shell command line in a pseudo terminal (with `script`: util-linux's or BSD's):
 * standard input, output and error of the command are the terminal unless `command`
 * redirects them. Returns what the terminal showed (line ends as the terminal writes them,
 * `\r\n`) and the command's exit code.
 */
export function runInTerminal(
  command: string,
  env: Readonly<Record<string, string>> = {},
): { readonly code: number | null; readonly output: string } {
  const utilLinux = spawnSync("script", ["--version"], { encoding: "utf8" });
  if (utilLinux.error) {
    throw new Error(
      `these tests need the 'script' command (a pseudo terminal): ${utilLinux.error.message}`,
    );
  }
  const args = utilLinux.stdout.includes("util-linux")
    ? ["-qec", command, "/dev/null"]
    : ["-q", "/dev/null", "sh", "-c", command];
  const run = spawnSync("script", args, {
    encoding: "utf8",
    env: commandEnv({ TERM: "xterm", ...env }),
    input: "",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  return { code: run.status, output: run.stdout };
}

/** A temporary directory for input files; `cleanup` removes it. */
export function tempDir(): {
  readonly path: string;
  file(name: string, content: string | Uint8Array): string;
  cleanup(): void;
} {
  const path = mkdtempSync(join(tmpdir(), "spec-kitty-events-cli-"));
  return {
    path,
    file(name, content) {
      const file = join(path, name);
      writeFileSync(file, content);
      return file;
    },
    cleanup() {
      rmSync(path, { recursive: true, force: true });
    },
  };
}

/** Lines of a text without the empty string after a final newline. */
export function linesOf(text: string): string[] {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

/** A stack trace line (`    at f (file:1:2)`): never allowed on the command's stderr. */
export const STACK_LINE = /^\s+at\s/m;

export const PROJECT_UUID = "5f0c8a3e-9b1d-4c6e-8f2a-7d4b3c1e9a60";

/** A valid 26-char ULID ending in the 4-digit number `n`. */
export function ulid(n: number): string {
  return `01KJF6CXV6CZXT608GFNKT${String(n).padStart(4, "0")}`;
}

const CONNECTOR_BASE = {
  connector_id: "conn-jira-acme",
  connector_type: "jira",
  provider: "atlassian",
  mission_id: "034-connector-sync",
  project_uuid: PROJECT_UUID,
  actor_id: "svc-connector-manager",
  actor_type: "service",
  endpoint_url: "https://acme.atlassian.net/rest/api/3",
  recorded_at: "2026-02-27T09:20:00Z",
};

/** Valid payloads of each connector event type. */
export const CONNECTOR_PAYLOADS: Readonly<Record<string, Record<string, unknown>>> = {
  ConnectorProvisioned: {
    ...CONNECTOR_BASE,
    credentials_ref: "vault://kv/connectors/jira",
    config_hash: "sha256:abc",
  },
  ConnectorHealthChecked: { ...CONNECTOR_BASE, health_status: "healthy", latency_ms: 118.4 },
  ConnectorDegraded: {
    ...CONNECTOR_BASE,
    degradation_reason: "rate limited",
    last_healthy_at: "2026-02-27T09:25:00Z",
  },
  ConnectorReconnected: {
    ...CONNECTOR_BASE,
    previous_state: "degraded",
    reconnect_strategy: "backoff",
  },
  ConnectorRevoked: { ...CONNECTOR_BASE, revocation_reason: "token revoked" },
};

const SYNC_BASE = {
  delivery_id: "dlv-0001",
  source_event_fingerprint: "sha256:f1",
  connector_id: "conn-jira-acme",
  mission_id: "034-connector-sync",
  recorded_at: "2026-02-27T10:00:00Z",
};

/** Valid payloads of the sync event types used by the tests. */
export const SYNC_PAYLOADS: Readonly<Record<string, Record<string, unknown>>> = {
  SyncIngestAccepted: { ...SYNC_BASE, ingest_batch_id: "batch-1", ingested_count: 12 },
  SyncIngestRejected: {
    ...SYNC_BASE,
    delivery_id: "dlv-0002",
    rejection_reason: "schema mismatch",
    rejected_payload_ref: "s3://rejects/1",
  },
};

/** A valid envelope (as a plain object) of `eventType` with a copy of `payload`, clock `n`. */
export function envelope(
  n: number,
  eventType: string,
  payload: Record<string, unknown>,
): Record<string, unknown> {
  return {
    event_id: ulid(n),
    event_type: eventType,
    aggregate_id: "conn-jira-acme",
    payload: { ...payload },
    timestamp: new Date(Date.UTC(2026, 1, 27, 9, 20) + n * 60_000).toISOString(),
    node_id: "tracker-node-1",
    lamport_clock: n,
    causation_id: null,
    project_uuid: PROJECT_UUID,
    project_slug: "acme",
    correlation_id: ulid(n),
    schema_version: "2.7.0",
    data_tier: 0,
  };
}

/**
 * A valid mixed stream: a connector lifecycle (with one repeated health check, an invalid
 * transition for the reducer) and sync outcomes (with a duplicate delivery pair).
 */
export function mixedStream(): Record<string, unknown>[] {
  const c = CONNECTOR_PAYLOADS;
  const s = SYNC_PAYLOADS;
  return [
    envelope(1, "ConnectorProvisioned", c.ConnectorProvisioned ?? {}),
    envelope(2, "ConnectorHealthChecked", c.ConnectorHealthChecked ?? {}),
    envelope(3, "SyncIngestAccepted", s.SyncIngestAccepted ?? {}),
    envelope(4, "ConnectorHealthChecked", c.ConnectorHealthChecked ?? {}),
    envelope(5, "ConnectorDegraded", c.ConnectorDegraded ?? {}),
    envelope(6, "SyncIngestRejected", s.SyncIngestRejected ?? {}),
    envelope(7, "SyncIngestAccepted", s.SyncIngestAccepted ?? {}),
    envelope(8, "ConnectorReconnected", c.ConnectorReconnected ?? {}),
  ];
}

/** JSON Lines text of objects (one per line, final newline). */
export function jsonl(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join("");
}
