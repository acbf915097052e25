import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { installedFixtureRoot, installedFixtures, openFixtureStore } from "../src/fixtures.js";
import { formatSuiteReport, runConformanceSuite, type SuiteReport } from "../src/suite.js";

const CHECKS = [
  "payload-fixtures",
  "lane-mapping-fixtures",
  "lane-coverage",
  "replay-streams",
  "replay-goldens",
  "schemas",
  "envelope-round-trip",
];

function check(report: SuiteReport, name: string) {
  const found = report.checks.find((c) => c.name === name);
  if (!found) throw new Error(`no check ${name}`);
  return found;
}

function failedIds(report: SuiteReport, name: string): string[] {
  return check(report, name)
    .cases.filter((c) => !c.passed)
    .map((c) => c.id);
}

/** A copy of the installed fixtures in a temp dir, changed by `edit(root)`. */
function editedFixtures(edit: (root: string) => void) {
  const root = mkdtempSync(join(tmpdir(), "suite-"));
  cpSync(installedFixtureRoot(), root, { recursive: true });
  edit(root);
  return openFixtureStore(root);
}

function editJson(path: string, change: (value: Record<string, unknown>) => unknown): void {
  writeFileSync(path, JSON.stringify(change(JSON.parse(readFileSync(path, "utf8")))));
}

describe("runConformanceSuite on the installed fixtures", () => {
  const report = runConformanceSuite();

  it("passes every check", () => {
    const failures = report.checks.flatMap((c) => c.cases.filter((x) => !x.passed));
    expect(failures).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it("passes a valid case that only the schema layer refuses, as the reference's runner does", () => {
    const passed = check(report, "payload-fixtures")
      .cases.filter((c) => c.passed)
      .map((c) => c.id);
    expect(passed).toContain("alias-doing-normalized");
    expect(passed).toContain("force-reason-lax-bool-text");
  });

  it("runs every check, each with cases", () => {
    expect(report.checks.map((c) => c.name)).toEqual(CHECKS);
    for (const c of report.checks) expect(c.passed, c.name).toBeGreaterThan(0);
  });

  it("covers each fixture kind", () => {
    // The counts follow from the manifest: every payload case, every lane-mapping case, each
    // line of each replay stream, each golden, and each valid envelope with the stream lines.
    const fixtures = installedFixtures();
    const entries = fixtures.loadManifest().fixtures;
    const payloadCases = entries.filter((e) => e.fixtureType === null);
    const laneCases = payloadCases.filter((e) => e.eventType === "LaneMapping");
    const streamLines = entries
      .filter((e) => e.fixtureType === "replay_stream")
      .reduce((n, e) => n + fixtures.loadReplayStream(e.id).length, 0);
    const validEnvelopes = payloadCases.filter(
      (e) => e.eventType === "Event" && e.expectedResult === "valid",
    );
    expect(check(report, "payload-fixtures").passed).toBe(payloadCases.length - laneCases.length);
    expect(check(report, "lane-mapping-fixtures").passed).toBe(laneCases.length);
    expect(check(report, "lane-coverage").passed).toBe(7);
    expect(check(report, "replay-streams").passed).toBe(streamLines);
    expect(check(report, "replay-goldens").passed).toBe(
      entries.filter((e) => e.fixtureType === "reducer_output").length,
    );
    expect(check(report, "envelope-round-trip").passed).toBe(validEnvelopes.length + streamLines);
    expect(streamLines).toBeGreaterThan(40);
  });

  it("totals the cases and names its inputs", () => {
    const sum = report.checks.reduce((n, c) => n + c.passed + c.failed, 0);
    expect(report.totals).toEqual({ passed: sum, failed: 0, total: sum });
    expect(report.contractVersion).toBe("2.7.0");
    expect(report.manifestVersion).toBe("2.0.0");
    expect(report.fixturesRoot).toBe(installedFixtureRoot());
  });

  it("prints a summary with one PASS line per check", () => {
    const text = formatSuiteReport(report);
    expect(text.split("\n")[0]).toBe("spec-kitty-events conformance suite 2.7.0");
    expect(text).toContain("(manifest 2.0.0)");
    for (const name of CHECKS) expect(text).toMatch(new RegExp(`^PASS  ${name} +\\d+/\\d+  `, "m"));
    expect(text.endsWith(`OK: ${report.totals.passed} checks passed`)).toBe(true);
  });
});

describe("runConformanceSuite on broken fixtures", () => {
  const store = editedFixtures((root) => {
    // a valid case that no longer conforms, an invalid case that now conforms
    editJson(join(root, "connector/valid/connector-provisioned-jira.json"), (p) => ({
      ...p,
      config_hash: "",
    }));
    editJson(join(root, "sync/invalid/sync-negative-retry-attempt.json"), (p) => ({
      ...p,
      retry_attempt: 1,
    }));
    // a valid case that the schema layer refuses, and now the model layer too
    editJson(join(root, "edge_cases/valid/alias-doing-normalized.json"), (p) => ({
      ...p,
      to_lane: "DOING",
    }));
    // a lane-mapping list that no longer maps, an invalid one that now maps
    editJson(join(root, "lane_mapping/valid/canonical-to-sync-v1-collapsed-lanes.json"), () => [
      { canonical: "blocked", expected_sync: "planned" },
    ]);
    editJson(join(root, "lane_mapping/invalid/upper-case-lane.json"), () => [
      { canonical: "done", expected_sync: "done" },
    ]);
    // a golden that drifted
    editJson(join(root, "sync/replay/sync-ingest-lifecycle_output.json"), (g) => ({
      ...g,
      event_count: 99,
    }));
    // a stream line whose payload is invalid for its type
    const stream = join(root, "connector/replay/connector-lifecycle-full.jsonl");
    const lines = readFileSync(stream, "utf8").trimEnd().split("\n");
    const first = JSON.parse(lines[0] ?? "{}");
    first.payload.endpoint_url = "ftp://example.com";
    lines[0] = JSON.stringify(first);
    writeFileSync(stream, `${lines.join("\n")}\n`);
  });
  const report = runConformanceSuite({ fixtures: store });

  it("reports each broken case in its check and fails overall", () => {
    expect(report.ok).toBe(false);
    expect(failedIds(report, "payload-fixtures")).toEqual([
      "connector-provisioned-jira",
      "sync-negative-retry-attempt",
      "alias-doing-normalized",
    ]);
    expect(failedIds(report, "lane-mapping-fixtures")).toEqual([
      "canonical-to-sync-v1-collapsed-lanes",
      "upper-case-lane",
    ]);
    expect(failedIds(report, "replay-streams")).toEqual(["connector-lifecycle-full#1"]);
    expect(failedIds(report, "replay-goldens")).toEqual([
      "connector-lifecycle-full_output", // the first event is now malformed: the golden changes
      "sync-ingest-lifecycle_output",
    ]);
    expect(failedIds(report, "lane-coverage")).toEqual([]);
    expect(failedIds(report, "schemas")).toEqual([]);
    expect(report.totals.failed).toBe(8);
  });

  it("explains each failure", () => {
    const message = (name: string, id: string) =>
      check(report, name).cases.find((c) => c.id === id)?.message ?? "";
    expect(message("payload-fixtures", "connector-provisioned-jira")).toContain(
      "model  config_hash: ",
    );
    expect(message("payload-fixtures", "alias-doing-normalized")).toBe(
      "expected valid for WPStatusChanged, but the model layer refuses it:\n" +
        "  model  to_lane: Input should be 'planned', 'claimed', 'in_progress', 'for_review', 'done', 'blocked' or 'canceled' (enum)\n" +
        "  schema $.to_lane: 'DOING' is not one of ['planned', 'claimed', 'in_progress', 'for_review', 'done', 'blocked', 'canceled'] (enum)",
    );
    expect(message("payload-fixtures", "sync-negative-retry-attempt")).toBe(
      "expected invalid for SyncRetryScheduled, but both layers accept it",
    );
    expect(message("lane-mapping-fixtures", "canonical-to-sync-v1-collapsed-lanes")).toBe(
      "item 0: lane 'blocked' maps to SyncLaneV1 'doing', not 'planned'",
    );
    expect(message("replay-goldens", "sync-ingest-lifecycle_output")).toBe(
      "ReducedSyncState of sync-ingest-lifecycle differs from the golden at $.event_count: expected 99, got 7",
    );
    expect(message("replay-streams", "connector-lifecycle-full#1")).toMatch(
      /^payload \(ConnectorProvisioned\):\n {2}model {2}endpoint_url: .*\(url_scheme\)$/m,
    );
  });

  it("prints FAIL lines with the failing ids", () => {
    const text = formatSuiteReport(report);
    const payloads = check(report, "payload-fixtures");
    expect(payloads.failed).toBe(3);
    expect(text).toMatch(
      new RegExp(
        `^FAIL {2}payload-fixtures +${payloads.passed}/${payloads.passed + payloads.failed} {2}`,
        "m",
      ),
    );
    expect(text).toContain("      x sync-negative-retry-attempt\n        expected invalid");
    expect(text.endsWith(`FAILED: 8 of ${report.totals.total} checks failed`)).toBe(true);
  });
});

describe("runConformanceSuite without fixtures", () => {
  it("reports the missing manifest instead of throwing", () => {
    const report = runConformanceSuite({
      fixtures: openFixtureStore(mkdtempSync(join(tmpdir(), "empty-"))),
    });
    expect(report.ok).toBe(false);
    expect(report.manifestVersion).toBeNull();
    const setup = check(report, "payload-fixtures").cases;
    expect(setup).toHaveLength(1);
    expect(setup[0]?.message).toMatch(
      /^fixtures unavailable: Fixture file not found: manifest\.json/,
    );
    expect(check(report, "lane-coverage").failed).toBe(0);
  });
});
