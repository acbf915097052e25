// `spec-kitty-events replay --reducer mission_audit|decisionpoint` and `validate`, run as the
// built command on the families' replay streams.
import {
  type Event,
  parseEvent,
  reduceDecisionPointEvents,
  reduceMissionAuditEvents,
} from "@spec-kitty/events-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadReplayStream } from "../src/fixtures.js";
import { jsonl, linesOf, requireBuiltCli, runCli, tempDir } from "./cli-support.js";

vi.setConfig({ testTimeout: 60_000 });
const dir = tempDir();
beforeAll(requireBuiltCli);
afterAll(() => dir.cleanup());

function parsed(records: readonly unknown[]): Event[] {
  return records.map((record) => parseEvent(record));
}

function streamFile(id: string): { file: string; records: unknown[] } {
  const records = loadReplayStream(id);
  return { file: dir.file(`${id}.jsonl`, jsonl(records)), records };
}

describe("replay --reducer mission_audit", () => {
  it("prints exactly JSON.stringify of the reducer's output with --json", () => {
    for (const id of ["mission-audit-replay-pass", "mission-audit-replay-anomalies"]) {
      const { file, records } = streamFile(id);
      const run = runCli(["replay", file, "--reducer", "mission_audit", "--json"]);
      expect([run.code, run.stderr]).toEqual([0, ""]);
      expect(run.stdout).toBe(`${JSON.stringify(reduceMissionAuditEvents(parsed(records)))}\n`);
    }
  });

  it("shows the audit state, pending decisions and anomalies", () => {
    const { file } = streamFile("mission-audit-replay-anomalies");
    const run = runCli(["replay", file, "--reducer", "mission_audit"]);
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)).toEqual([
      "mission audit projection",
      "  events:             8 (after dedup, all families)",
      "  status:             completed",
      "  mission:            052-billing-export",
      "  run:                run-052-2026-02-20-1",
      "  feature:            052-billing-export",
      "  trigger:            manual",
      "  enforcement:        advisory",
      "  audit scope:        2",
      "    1. spec.md",
      "    2. plan.md",
      "  scope hash:         sha256:aa02",
      "  verdict:            fail",
      "  severity:           error",
      "  findings:           2",
      "  report:             audits/052-billing-export/report.md",
      "  summary:            Two findings.",
      "  error:              (none)",
      "  error message:      (none)",
      "  partial report:     (none)",
      "  pending decisions:  0",
      "  anomalies:          3 (event_before_requested 1, duplicate_decision_id 1, event_after_terminal 1)",
      "    01KHXJ5F40QKQZ6HVZACWJ22T1  event_before_requested: Event 'MissionAuditStarted' arrived before MissionAuditRequested",
      `    01KHXJCSG0ZK8N95D9NCTM6EBT  duplicate_decision_id: Duplicate decision_id: "it's-001"`,
      "    01KHXJQS20P1PV8PAVXYE39V1P  event_after_terminal: Event 'MissionAuditFailed' arrived after terminal state",
    ]);
  });

  it("lists the pending decisions of an audit that waits", () => {
    const records = loadReplayStream("mission-audit-replay-decision-checkpoint").slice(0, 3);
    const run = runCli([
      "replay",
      dir.file("waiting.jsonl", jsonl(records)),
      "--reducer",
      "mission_audit",
    ]);
    expect(run.code).toBe(0);
    const lines = linesOf(run.stdout);
    expect(lines).toContain("  status:             awaiting_decision");
    expect(lines).toContain("  pending decisions:  1");
    expect(lines).toContain(
      "    dec-001 (critical): Accept the unencrypted temp file for this release?",
    );
  });

  it("Q-A1: a refused payload makes the reducer refuse the stream (ValidationError, exit 1)", () => {
    const [first, ...rest] = loadReplayStream("mission-audit-replay-pass") as Record<
      string,
      unknown
    >[];
    const bad = { ...first, payload: { ...(first?.payload as object), audit_scope: [] } };
    const run = runCli([
      "replay",
      dir.file("refused.jsonl", jsonl([bad, ...rest])),
      "--reducer",
      "mission_audit",
      "--json",
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "replay: the mission_audit reducer refused the stream: ValidationError: 1 validation error for MissionAuditRequestedPayload\\u000aaudit_scope\\u000a  List should have at least 1 item after validation, not 0 [type=too_short, input_value=[], input_type=list]\\u000a    For further information visit https://errors.pydantic.dev/2.13/v/too_short\n",
    );
  });
});

describe("replay --reducer decisionpoint", () => {
  it("prints exactly JSON.stringify of the reducer's output with --json", () => {
    for (const id of ["decisionpoint-full-lifecycle", "decisionpoint-policy-anomalies"]) {
      const { file, records } = streamFile(id);
      const run = runCli(["replay", file, "--reducer", "decisionpoint", "--json"]);
      expect([run.code, run.stderr]).toEqual([0, ""]);
      expect(run.stdout).toBe(`${JSON.stringify(reduceDecisionPointEvents(parsed(records)))}\n`);
    }
  });

  it("shows the state, the last actor, the lists and the anomalies, cut at --limit", () => {
    const { file } = streamFile("decisionpoint-policy-anomalies");
    const run = runCli(["replay", file, "--reducer", "decisionpoint", "--limit", "2"]);
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)).toEqual([
      "decision point projection",
      "  events:             10 (after dedup, all families)",
      "  state:              overridden",
      "  decision point:     dp-schema-freeze-041",
      "  mission:            041-schema-freeze",
      "  run:                run-041-2026-03-02",
      "  feature:            041-schema-freeze",
      "  phase:              P3",
      "  last actor:         user:lena.okafor (human, mission_owner)",
      "  state entered at:   2026-03-03T13:37:00+05:30",
      "  rationale:          Freeze the public schema before the 2.6 release branch is cut.",
      "  alternatives:       2",
      "    1. freeze now",
      "    2. freeze after beta",
      "  evidence:           1",
      "    1. docs/adr/041-schema-freeze.md",
      "  anomalies:          5 (invalid_transition 2, llm_policy_violation 1, authority_policy_violation 1, event_after_terminal 1)",
      "    01KJSBC2004D7B6Z33HG6QRW37  invalid_transition: Invalid transition: None -> resolved",
      "    01KJSBFQ60BKMWAVX8FGW9R0N1  llm_policy_violation: LLM actor only allowed in phase='P0'; got phase='P1'",
      "    ... 3 more (--limit 0 lists all, --json prints the full output)",
    ]);
  });
});

describe("validate on the two families", () => {
  it("accepts the replay streams' envelopes and reports a refused payload by type", () => {
    const { file } = streamFile("decisionpoint-open-resolved");
    expect(runCli(["validate", file]).code).toBe(0);
    const [first] = loadReplayStream("decisionpoint-open-resolved") as Record<string, unknown>[];
    const bad = { ...first, payload: { ...(first?.payload as object), actor_type: "bot" } };
    const run = runCli(["validate", dir.file("bad-dp.jsonl", jsonl([bad]))]);
    expect(run.code).toBe(1);
    const output = run.stdout + run.stderr;
    expect(output).toContain(
      "payload.actor_type: String should match pattern '^(human|llm|service)$' [model string_pattern_mismatch]",
    );
    expect(output).toContain(
      "$.payload.actor_type: 'bot' does not match '^(human|llm|service)$' [schema pattern]",
    );
  });
});
