// The other commands of `spec-kitty-events` (help, version, schemas, fixtures, conformance),
// run as the built command.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { listSchemas, loadSchema } from "@spec-kitty/events-schemas";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { installedFixtures, loadFixtures, loadManifest } from "../src/fixtures.js";
import { linesOf, requireBuiltCli, runCli, tempDir } from "./cli-support.js";

// Each test spawns the command, some several times: allow for a busy machine.
vi.setConfig({ testTimeout: 60_000 });
beforeAll(requireBuiltCli);

const COMMANDS = ["validate", "replay", "schemas", "fixtures", "conformance"];

describe("help and version", () => {
  it("prints the package version", () => {
    const { version } = JSON.parse(
      readFileSync(new URL("../package.json", import.meta.url), "utf8"),
    ) as { version: string };
    for (const flag of ["--version", "-v"]) {
      const run = runCli([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${version}\n`);
    }
  });

  it("has --help on every command, each with an example", () => {
    const overview = runCli(["--help"]);
    expect(overview.code).toBe(0);
    for (const command of COMMANDS) {
      expect(overview.stdout).toContain(command);
      for (const args of [
        [command, "--help"],
        [command, "-h"],
        ["help", command],
      ]) {
        const run = runCli(args);
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(new RegExp(`^Usage: spec-kitty-events ${command}`));
        expect(run.stdout).toMatch(/Examples?:\n {2}spec-kitty-events /);
      }
    }
  });

  it("lists the commands for an unknown command, and shows the overview without one", () => {
    const unknown = runCli(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    expect(unknown.stderr).toContain(`commands: ${COMMANDS.join(", ")}`);
    const none = runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Usage: spec-kitty-events <command>");
  });
});

describe("schemas", () => {
  it("lists the schema names, one per line", () => {
    const run = runCli(["schemas", "list"]);
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)).toEqual([...listSchemas()]);
    expect(linesOf(run.stdout)).toContain("connector_health_checked_payload");
  });

  it("shows one schema as indented JSON", () => {
    const run = runCli(["schemas", "show", "sync_ingest_accepted_payload"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(loadSchema("sync_ingest_accepted_payload"));
    expect(run.stdout).toMatch(/^\{\n {2}"/);
  });

  it("points to 'schemas list' for an unknown name or a missing action", () => {
    const unknown = runCli(["schemas", "show", "nope"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown schema 'nope'");
    expect(unknown.stderr).toContain("spec-kitty-events schemas list");
    const missing = runCli(["schemas"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("schemas: give an action, list or show");
  });
});

describe("fixtures", () => {
  it("lists every manifest entry, or those of one category", () => {
    const entries = loadManifest().fixtures;
    const all = runCli(["fixtures", "list"]);
    expect(all.code).toBe(0);
    expect(linesOf(all.stdout)).toHaveLength(entries.length);
    const connector = runCli(["fixtures", "list", "--category", "connector"]);
    expect(connector.code).toBe(0);
    const rows = linesOf(connector.stdout).map((line) => line.split("\t"));
    expect(rows.length).toBe(entries.filter((e) => e.path.startsWith("connector/")).length);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toHaveLength(5);
      expect(row[4]).toMatch(/^connector\//);
      expect(["payload", "replay_stream", "reducer_output"]).toContain(row[1]);
    }
  });

  it("lists the valid categories for an unknown one", () => {
    const run = runCli(["fixtures", "list", "--category", "nope"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown category 'nope'");
    expect(run.stderr).toContain(
      `valid categories: ${installedFixtures().categories().join(", ")}\n`,
    );
    expect(() => loadFixtures("nope" as string)).toThrow(
      `Valid categories: [${installedFixtures()
        .categories()
        .map((category) => `'${category}'`)
        .join(", ")}]`,
    );
  });

  it("accepts the same categories as the loaders: the replay category lists streams, loads no cases", () => {
    const categories = installedFixtures().categories();
    expect(categories).toContain("replay");
    for (const category of categories) {
      const run = runCli(["fixtures", "list", "--category", category]);
      expect({ category, code: run.code }).toEqual({ category, code: 0 });
      const payloadRows = linesOf(run.stdout).filter((line) => line.split("\t")[1] === "payload");
      expect(loadFixtures(category).map((fixture) => fixture.id)).toEqual(
        payloadRows.map((line) => line.split("\t")[0]),
      );
    }
    const replay = linesOf(runCli(["fixtures", "list", "--category", "replay"]).stdout);
    expect(replay.length).toBeGreaterThan(0);
    expect(replay.every((line) => line.split("\t")[1] !== "payload")).toBe(true);
    expect(loadFixtures("replay")).toEqual([]);
  });
});

describe("conformance", () => {
  it("runs the suite on the bundled fixtures and passes", () => {
    const run = runCli(["conformance"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(0);
  });

  it("exits 1 and names the failing case when a fixture set does not conform", () => {
    const fixtures = tempDir();
    try {
      fixtures.file(
        "manifest.json",
        JSON.stringify({
          version: "2.0.0",
          fixtures: [
            {
              id: "connector-bad-marked-valid",
              path: "connector/bad.json",
              expected_result: "valid",
              event_type: "ConnectorRevoked",
              notes: "an empty connector_id marked valid",
              min_version: "2.7.0",
            },
          ],
        }),
      );
      mkdirSync(join(fixtures.path, "connector"));
      fixtures.file("connector/bad.json", '{"connector_id": ""}');
      const run = runCli(["conformance", "--fixtures", fixtures.path]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("connector-bad-marked-valid");
      expect(run.stdout).toMatch(/connector_id: .+ \(string_too_short\)/);
    } finally {
      fixtures.cleanup();
    }
  });

  it("exits 2 for a --fixtures directory that does not exist", () => {
    const run = runCli(["conformance", "--fixtures", "/nonexistent/fixtures"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("fixture root not found: /nonexistent/fixtures");
  });
});
