// `spec-kitty-events replay --reducer status|lifecycle` and `validate`, run as the built
// command on the fixture replay streams of the status and lifecycle families.
import { parseEvent, reduceLifecycleEvents, reduceStatusEvents } from "@spec-kitty/events-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { reducerNames } from "../src/cli/replay/command.js";
import { fixturePath, loadReplayStream } from "../src/fixtures.js";
import { jsonl, linesOf, requireBuiltCli, runCli, tempDir } from "./cli-support.js";

vi.setConfig({ testTimeout: 60_000 });
const dir = tempDir();
beforeAll(requireBuiltCli);
afterAll(() => dir.cleanup());

const WP_STREAM = fixturePath("events/replay/wp-status-transitions.jsonl");
const MISSION_STREAM = fixturePath("events/replay/mission-lifecycle.jsonl");
const parsed = (id: string) => loadReplayStream(id).map((line) => parseEvent(line));

describe("replay --reducer status", () => {
  it("prints JSON.stringify of reduceStatusEvents, work packages in first-applied order", () => {
    const run = runCli(["replay", WP_STREAM, "--reducer", "status", "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(
      `${JSON.stringify(reduceStatusEvents(parsed("wp-status-transitions")))}\n`,
    );
    expect(run.stdout).toMatch(/^\{"wp_states":\{"WP01":\{.*\},"2":\{.*\},"10":\{.*\},"WP02":\{/);
  });

  it("prints a readable summary", () => {
    const run = runCli(["replay", WP_STREAM, "--reducer", "status", "--limit", "0"]);
    expect(run.code).toBe(0);
    const lines = linesOf(run.stdout);
    expect(lines[0]).toBe("work-package status projection");
    expect(run.stdout).toContain("events:");
    expect(run.stdout).toContain("20 (distinct WPStatusChanged)");
    expect(run.stdout).toContain(
      "WP01  for_review  (01JQ9A7M3K5T8V2X4Z6B0D0016 at 2026-03-02T09:41:00Z)",
    );
    expect(run.stdout).toContain(
      "10  done  (01JQ9A7M3K5T8V2X4Z6B0D0013 at 2026-03-02T09:07:00Z, with evidence)",
    );
    expect(run.stdout).toContain(
      "01JQ9A7M3K5T8V2X4Z6B0D0015  WP01: in_progress -> planned requires reason",
    );
  });

  it("reports an unparseable payload on one summary line, and the full text with --json", () => {
    const file = dir.file(
      "bad-status.jsonl",
      jsonl([
        {
          event_id: "01JQ9A7M3K5T8V2X4Z6B0D0099",
          event_type: "WPStatusChanged",
          aggregate_id: "f/WP01",
          payload: { wp_id: "WP01", to_lane: "doing" },
          timestamp: "2026-03-02T09:00:00Z",
          node_id: "n",
          lamport_clock: 1,
          project_uuid: "3b9e2c41-7d5a-4f08-9c6e-1a2b3c4d5e6f",
          correlation_id: "01JQ9A7M3K5T8V2X4Z6B0D0098",
        },
      ]),
    );
    const summary = runCli(["replay", file, "--reducer", "status"]);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain(
      "01JQ9A7M3K5T8V2X4Z6B0D0099  WP01: payload validation failed: 3 validation errors for StatusTransitionPayload feature_slug Field required [type=missing,",
    );
    const json = JSON.parse(runCli(["replay", file, "--reducer", "status", "--json"]).stdout);
    expect(json.anomalies[0]).toMatchObject({
      wp_id: "WP01",
      from_lane: null,
      to_lane: "in_progress",
    });
    expect(json.anomalies[0].reason).toMatch(
      /^payload validation failed: 3 validation errors for StatusTransitionPayload\nfeature_slug\n/,
    );
  });
});

describe("replay --reducer lifecycle", () => {
  it("prints JSON.stringify of reduceLifecycleEvents", () => {
    const run = runCli(["replay", MISSION_STREAM, "--reducer", "lifecycle", "--json"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `${JSON.stringify(reduceLifecycleEvents(parsed("mission-lifecycle")))}\n`,
    );
    expect(JSON.parse(run.stdout)).toMatchObject({
      mission_id: "M-034",
      mission_status: "completed",
      current_phase: "plan",
      event_count: 13,
    });
  });

  it("prints a readable summary", () => {
    const run = runCli(["replay", MISSION_STREAM, "--reducer", "lifecycle", "--limit", "0"]);
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)[0]).toBe("mission lifecycle projection");
    expect(run.stdout).toContain("completed");
    expect(run.stdout).toContain("1. specify");
    expect(run.stdout).toContain(
      "01JQ9B2N6R8T0W3Y5A7C9E0008  MissionCancelled: Event after terminal state (MissionStatus.COMPLETED)",
    );
    expect(run.stdout).toContain(
      "01JQ9B2N6R8T0W3Y5A7C9E0012  WPStatusChanged: WP WP01: from_lane mismatch: expected Lane.PLANNED, got Lane.CLAIMED",
    );
  });

  it("lists status and lifecycle among the valid reducers (gates has none)", () => {
    const run = runCli(["replay", MISSION_STREAM, "--reducer", "gates"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("replay: unknown reducer 'gates'");
    expect(run.stderr).toContain(`valid reducers: ${reducerNames()}`);
    expect(reducerNames()).toMatch(/^status, lifecycle, /);
  });
});

describe("validate on the status, gates and lifecycle types", () => {
  it("knows every event type of the two streams", () => {
    for (const file of [WP_STREAM, MISSION_STREAM]) {
      const run = runCli(["validate", file]);
      expect(run.code, file).toBe(0);
      expect(run.stdout).toMatch(/^summary: events \d+, valid \d+, invalid 0, unknown types 0\n$/);
    }
  });

  it("reports a model-only refusal of a WPStatusChanged payload", () => {
    const line = JSON.parse(linesOf(jsonl(loadReplayStream("wp-status-transitions")))[0] ?? "{}");
    line.payload = { ...line.payload, force: true };
    const file = dir.file("forced.jsonl", jsonl([line]));
    const run = runCli(["validate", file, "--json"]);
    expect(run.code).toBe(1);
    const [verdict] = linesOf(run.stdout).map((text) => JSON.parse(text));
    expect(verdict.valid).toBe(false);
    expect(verdict.problems).toEqual([
      {
        layer: "model",
        path: "payload",
        type: "value_error",
        message: "Value error, force=True requires a non-empty reason",
      },
    ]);
  });
});
