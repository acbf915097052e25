// The status, gates and lifecycle families through the conformance layer: validateEvent's two
// layers on each event type, the fixtures of the events, edge_cases and lane_mapping
// categories, and the replay streams with their goldens.
import { parseEvent, reduceLifecycleEvents, reduceStatusEvents } from "@spec-kitty/events-core";
import { describe, expect, it } from "vitest";
import {
  fixtureCategory,
  loadFixtures,
  loadManifest,
  loadReducerOutput,
  loadReplayStream,
} from "../src/fixtures.js";
import { reduceForOutput } from "../src/replay.js";
import { validateEvent } from "../src/validate.js";

const TRANSITION = {
  feature_slug: "034-cart-totals",
  wp_id: "WP03",
  from_lane: "planned",
  to_lane: "claimed",
  actor: "claude",
  execution_mode: "worktree",
};

const GATE = {
  gate_name: "ci/build",
  gate_type: "ci",
  conclusion: "success",
  external_provider: "github",
  check_run_id: 5,
  check_run_url: "https://x.io/r",
  delivery_id: "d",
};

/** The (field, type) pairs of the model layer and the (path, keyword) pairs of the schema layer. */
function layers(payload: unknown, eventType: string) {
  const result = validateEvent(payload, eventType);
  return {
    valid: result.valid,
    model: result.modelViolations.map((v) => [v.field, v.violationType]),
    schema: result.schemaViolations.map((v) => [v.jsonPath, v.validator]),
  };
}

describe("validateEvent on the status, gates and lifecycle types", () => {
  it.each<[string, unknown, string[][], string[][]]>([
    ["WPStatusChanged", TRANSITION, [], []],
    [
      "WPStatusChanged",
      { ...TRANSITION, to_lane: "in_review" },
      [["to_lane", "enum"]],
      [["$.to_lane", "enum"]],
    ],
    ["WPStatusChanged", { ...TRANSITION, force: true }, [["", "value_error"]], []],
    ["WPStatusChanged", { ...TRANSITION, to_lane: "done" }, [["", "value_error"]], []],
    ["WPStatusChanged", { ...TRANSITION, force: "yes", reason: "x" }, [], [["$.force", "type"]]],
    [
      "WPStatusChanged",
      {
        ...TRANSITION,
        evidence: { repos: [{ repo: "r", branch: "b" }], review: { reviewer: "x", verdict: "" } },
      },
      [
        ["evidence.repos.0.commit", "missing"],
        ["evidence.review.verdict", "string_too_short"],
      ],
      [["$.evidence", "anyOf"]],
    ],
    ["GatePassed", GATE, [], []],
    [
      "GatePassed",
      { ...GATE, check_run_id: "5" },
      [["check_run_id", "int_type"]],
      [["$.check_run_id", "type"]],
    ],
    [
      "GatePassed",
      { ...GATE, check_run_id: true },
      [["check_run_id", "int_type"]],
      [["$.check_run_id", "type"]],
    ],
    ["GatePassed", { ...GATE, check_run_url: "ftp://x" }, [["check_run_url", "url_scheme"]], []],
    ["GatePassed", { ...GATE, check_run_url: "x.io" }, [["check_run_url", "url_parsing"]], []],
    [
      "GatePassed",
      { ...GATE, check_run_url: "" },
      [["check_run_url", "url_parsing"]],
      [["$.check_run_url", "minLength"]],
    ],
    ["GatePassed", { ...GATE, check_run_url: " https://x.io" }, [], []],
    [
      "GatePassed",
      { ...GATE, pr_number: 0 },
      [["pr_number", "greater_than"]],
      [["$.pr_number", "anyOf"]],
    ],
    [
      "GateFailed",
      { ...GATE, conclusion: "success" },
      [["conclusion", "literal_error"]],
      [["$.conclusion", "enum"]],
    ],
    ["GateFailed", { ...GATE, conclusion: "cancelled" }, [], []],
    [
      "PhaseEntered",
      { mission_id: "M", phase_name: "p", actor: "a", previous_phase: "" },
      [["previous_phase", "string_too_short"]],
      [["$.previous_phase", "anyOf"]],
    ],
    [
      "MissionCancelled",
      { mission_id: "M", reason: "r", actor: "a", cancelled_wp_ids: null },
      [["cancelled_wp_ids", "list_type"]],
      [["$.cancelled_wp_ids", "type"]],
    ],
    [
      "ReviewRollback",
      { mission_id: "M", review_ref: "R", target_phase: "t", actor: "a", affected_wp_ids: [""] },
      [],
      [],
    ],
    [
      "MissionStarted",
      { mission_id: "M" },
      [
        ["mission_type", "missing"],
        ["initial_phase", "missing"],
        ["actor", "missing"],
      ],
      [
        ["$", "required"],
        ["$", "required"],
        ["$", "required"],
      ],
    ],
    ["MissionCompleted", [], [["", "model_type"]], [["$", "type"]]],
  ])("%s %j", (eventType, payload, model, schema) => {
    const result = layers(payload, eventType);
    expect(result.model).toEqual(model);
    expect(result.schema).toEqual(schema);
    expect(result.valid).toBe(model.length === 0 && schema.length === 0);
  });

  it("quirk 18: schema and model disagree on the doing alias; business rules are model-only", () => {
    const alias = validateEvent({ ...TRANSITION, to_lane: "doing" }, "WPStatusChanged");
    expect(alias.modelViolations).toEqual([]);
    expect(alias.schemaViolations.map((v) => [v.jsonPath, v.validator])).toEqual([
      ["$.to_lane", "enum"],
    ]);
    expect(alias.valid).toBe(false);
    const forced = validateEvent({ ...TRANSITION, force: true }, "WPStatusChanged");
    expect(forced.schemaViolations).toEqual([]);
    expect(forced.modelViolations.map((v) => v.message)).toEqual([
      "Value error, force=True requires a non-empty reason",
    ]);
  });

  it("quirk 34 (known difference): a JSON 5.0 reaches the port as the number 5, so check_run_id 5.0 passes both layers here", () => {
    // The reference refuses `5.0` in the model layer only (int_type); JSON.parse cannot tell
    // it from `5`. A non-integral number is refused by both layers.
    const text = JSON.stringify(GATE).replace('"check_run_id":5', '"check_run_id":5.0');
    expect(text).toContain('"check_run_id":5.0');
    expect(layers(JSON.parse(text), "GatePassed")).toEqual({ valid: true, model: [], schema: [] });
    expect(layers({ ...GATE, check_run_id: 5.5 }, "GatePassed")).toEqual({
      valid: false,
      model: [["check_run_id", "int_type"]],
      schema: [["$.check_run_id", "type"]],
    });
  });
});

describe("fixture categories of the status, gates and lifecycle families", () => {
  const manifest = loadManifest();

  it.each<[string, number, number]>([
    ["events", 11, 5],
    ["lane_mapping", 1, 1],
    ["edge_cases", 3, 2],
  ])(
    "%s holds at least the reference's %i valid and %i invalid cases",
    (category, valid, invalid) => {
      const cases = loadFixtures(category);
      expect(cases.filter((c) => c.expectedValid).length).toBeGreaterThanOrEqual(valid);
      expect(cases.filter((c) => !c.expectedValid).length).toBeGreaterThanOrEqual(invalid);
    },
  );

  it("every payload type of the three families has a valid and an invalid case", () => {
    const cases = ["events", "edge_cases"].flatMap((category) => loadFixtures(category));
    for (const eventType of [
      "WPStatusChanged",
      "GatePassed",
      "GateFailed",
      "MissionStarted",
      "MissionCompleted",
      "MissionCancelled",
      "PhaseEntered",
      "ReviewRollback",
    ]) {
      expect(
        cases.some((c) => c.eventType === eventType && c.expectedValid),
        eventType,
      ).toBe(true);
    }
    for (const eventType of [
      "WPStatusChanged",
      "GatePassed",
      "GateFailed",
      "PhaseEntered",
      "MissionCancelled",
      "Event",
    ]) {
      expect(
        cases.some((c) => c.eventType === eventType && !c.expectedValid),
        eventType,
      ).toBe(true);
    }
  });

  it("valid cases pass the model layer; the edge cases refused by the schema are the alias and the text boolean", () => {
    const schemaOnlyRefusals: string[] = [];
    for (const fixture of ["events", "edge_cases"].flatMap((category) => loadFixtures(category))) {
      const result = validateEvent(fixture.payload, fixture.eventType);
      if (fixture.expectedValid) {
        expect(result.modelViolations, fixture.id).toEqual([]);
        if (result.schemaViolations.length > 0) schemaOnlyRefusals.push(fixture.id);
      } else {
        expect(result.valid, fixture.id).toBe(false);
      }
    }
    expect(schemaOnlyRefusals.sort()).toEqual([
      "alias-doing-normalized",
      "force-reason-lax-bool-text",
    ]);
  });

  it("the model-only refusals are the business rules, the blank reason and the ftp URL", () => {
    const modelOnly = ["events", "edge_cases"]
      .flatMap((category) => loadFixtures(category))
      .filter((fixture) => !fixture.expectedValid)
      .filter(
        (fixture) =>
          validateEvent(fixture.payload, fixture.eventType).schemaViolations.length === 0,
      )
      .map((fixture) => fixture.id)
      .sort();
    expect(modelOnly).toEqual([
      "force-blank-reason",
      "gate-url-ftp-scheme",
      "wp-status-changed-done-without-evidence",
      "wp-status-changed-force-no-reason",
    ]);
  });

  it("lists its replay streams with a golden per reducer, under events/replay", () => {
    const entries = manifest.fixtures.filter(
      (entry) => fixtureCategory(entry) === "events" && entry.fixtureType !== null,
    );
    expect(entries.map((entry) => [entry.path, entry.eventType])).toEqual([
      ["events/replay/wp-status-transitions.jsonl", "mixed"],
      ["events/replay/wp-status-transitions_output.json", "ReducedStatus"],
      ["events/replay/mission-lifecycle.jsonl", "mixed"],
      ["events/replay/mission-lifecycle_lifecycle_output.json", "ReducedMissionState"],
      ["events/replay/mission-lifecycle_status_output.json", "ReducedStatus"],
    ]);
  });
});

describe("replay streams of the status and lifecycle reducers", () => {
  const wpStream = loadReplayStream("wp-status-transitions").map((line) => parseEvent(line));
  const missionStream = loadReplayStream("mission-lifecycle").map((line) => parseEvent(line));

  it("wp-status-transitions reduces to its golden, and its JSON keeps first-applied order", () => {
    const status = reduceStatusEvents(wpStream);
    expect(reduceForOutput("ReducedStatus", wpStream)).toEqual(
      loadReducerOutput("wp-status-transitions_output"),
    );
    expect(Object.keys(JSON.parse(JSON.stringify(status)).wp_states).sort()).toEqual([
      "10",
      "2",
      "WP01",
      "WP02",
    ]);
    expect(JSON.stringify(status.wp_states).match(/"wp_id":"[^"]*"/g)).toEqual([
      '"wp_id":"WP01"',
      '"wp_id":"2"',
      '"wp_id":"10"',
      '"wp_id":"WP02"',
    ]);
    expect(status.anomalies.map((a) => a.reason)).toEqual([
      "Transition None -> Lane.CLAIMED is not allowed",
      "from_lane mismatch: expected None, got Lane.PLANNED",
      "done is terminal; requires force=True to exit; Transition Lane.DONE -> Lane.PLANNED is not allowed",
      "in_progress -> planned requires reason",
    ]);
  });

  it("mission-lifecycle reduces to both goldens; the reducers differ on the shared event id (quirk 31)", () => {
    expect(reduceForOutput("ReducedMissionState", missionStream)).toEqual(
      loadReducerOutput("mission-lifecycle_lifecycle_output"),
    );
    expect(reduceForOutput("ReducedStatus", missionStream)).toEqual(
      loadReducerOutput("mission-lifecycle_status_output"),
    );
    expect(reduceLifecycleEvents(missionStream).wp_states.get("WP01")?.current_lane).toBe(
      "planned",
    );
    expect(reduceStatusEvents(missionStream).wp_states.get("WP01")?.current_lane).toBe(
      "in_progress",
    );
  });
});
