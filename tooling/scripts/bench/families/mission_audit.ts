/**
 * Bench stream of the mission audit family: one long audit of a mission run, as an auditor
 * that reports progress would write it. Requested, Started, then decision requests (about one
 * in twelve repeating a pending id) and restarts, Completed, and late deliveries after it
 * (the last 1%, some of them junk payloads). The reducer raises on a refused payload before
 * the terminal event (as the reference does), so the bad payloads are the late ones, which
 * it records as event_after_terminal without reading them.
 */
import { seededRandom } from "../synthetic.js";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const BASE_MS = Date.parse("2026-02-20T10:00:00Z");

function ulid(random: () => number, ms: number): string {
  let time = "";
  for (let t = ms, i = 0; i < 10; i++, t = Math.floor(t / 32)) time = CROCKFORD[t % 32] + time;
  let rest = "";
  for (let i = 0; i < 16; i++) rest += CROCKFORD[Math.floor(random() * 32)];
  return time + rest;
}

const IDENTITY = {
  mission_id: "052-billing-export",
  run_id: "run-052-2026-02-20-1",
  feature_slug: "052-billing-export",
};
const SEVERITIES = ["info", "warning", "error", "critical"] as const;
const REPORT = {
  report_path: "audits/052-billing-export/report.md",
  content_hash: {
    hash: "3b1f9c0de4a7b2c18f6e5d4c3b2a1908",
    algorithm: "sha256",
    size_bytes: 18234,
  },
  provenance: { git_sha: "9c4e2f1a7b3d", actor_kind: "system" },
};

/** The payload of the `i`-th event of a stream of `count` (its type and fields). */
function step(i: number, count: number, random: () => number): [string, Record<string, unknown>] {
  if (i === 0) {
    return [
      "MissionAuditRequested",
      {
        ...IDENTITY,
        actor: "ci-bot",
        trigger_mode: "post_merge",
        audit_scope: ["spec.md", "plan.md", "tasks.md", "src/export/", "tests/export/"],
        enforcement_mode: "blocking",
      },
    ];
  }
  const end = count - Math.max(1, Math.floor(count / 100));
  if (i > end) {
    return random() < 0.3
      ? ["MissionAuditStarted", { note: "late delivery", attempt: i }]
      : ["MissionAuditDecisionRequested", { ...IDENTITY, decision_id: `late-${i}` }];
  }
  if (i === end) {
    return [
      "MissionAuditCompleted",
      {
        ...IDENTITY,
        actor: "svc:auditor",
        verdict: "pass_with_warnings",
        severity: "warning",
        findings_count: 3,
        artifact_ref: REPORT,
        summary: "Three warnings; see the report.",
      },
    ];
  }
  if (i === 1 || random() < 0.1) {
    return [
      "MissionAuditStarted",
      { ...IDENTITY, actor: "svc:auditor", audit_scope_hash: `sha256:${i}` },
    ];
  }
  const repeat = random() < 0.08;
  return [
    "MissionAuditDecisionRequested",
    {
      ...IDENTITY,
      actor: "svc:auditor",
      decision_id: repeat ? `dec-${i - 1}` : `dec-${i}`,
      question: `Finding ${i}: accept the deviation from the plan?`,
      context_summary: `tasks.md step ${i % 40} differs from plan.md`,
      severity: SEVERITIES[Math.floor(random() * SEVERITIES.length)],
    },
  ];
}

/** `count` deterministic raw envelopes for the mission audit reducer's bench row. */
export function familyStream(count: number, seed: number): Record<string, unknown>[] {
  const random = seededRandom(seed);
  const correlation = ulid(random, BASE_MS);
  const envelopes: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const ms = BASE_MS + i * 1000;
    const at = new Date(ms).toISOString();
    const [type, payload] = step(i, count, random);
    envelopes.push({
      event_id: ulid(random, ms),
      event_type: type,
      aggregate_id: "052-billing-export",
      payload,
      timestamp: at,
      node_id: "auditor-node-1",
      lamport_clock: i + 1,
      causation_id: null,
      project_uuid: "b5d1e7c3-2f4a-4b6c-8d0e-1a3b5c7d9e2f",
      project_slug: "billing",
      correlation_id: correlation,
      schema_version: "2.5.0",
      data_tier: 0,
    });
  }
  return envelopes;
}
