import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  FIXTURE_CATEGORIES,
  FixtureFileNotFoundError,
  FixtureLookupError,
  FixtureManifestError,
  FixtureParseError,
  fixturePath,
  installedFixtureRoot,
  loadFixtures,
  loadManifest,
  loadReducerOutput,
  loadReplayStream,
  openFixtureStore,
  parseManifest,
  REPLAY_FIXTURE_CATEGORY,
} from "../src/fixtures.js";

function entry(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "case-a",
    path: "connector/valid/case-a.json",
    expected_result: "valid",
    event_type: "ConnectorProvisioned",
    notes: "a case",
    min_version: "2.7.0",
    ...overrides,
  };
}

/** Writes a fixture root: `files` maps relative paths to file contents. */
function fixtureRoot(manifest: unknown, files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "fixtures-"));
  writeFileSync(join(root, "manifest.json"), JSON.stringify(manifest));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe("parseManifest", () => {
  it("converts entries to camelCase and keeps their order", () => {
    const manifest = parseManifest({
      version: "2.0.0",
      fixtures: [
        entry(),
        entry({
          id: "s",
          path: "replay/s.jsonl",
          event_type: "mixed",
          fixture_type: "replay_stream",
        }),
      ],
    });
    expect(manifest.version).toBe("2.0.0");
    expect(manifest.fixtures.map((e) => [e.id, e.fixtureType])).toEqual([
      ["case-a", null],
      ["s", "replay_stream"],
    ]);
    expect(manifest.fixtures[0]).toEqual({
      id: "case-a",
      path: "connector/valid/case-a.json",
      expectedResult: "valid",
      eventType: "ConnectorProvisioned",
      notes: "a case",
      minVersion: "2.7.0",
      fixtureType: null,
    });
  });

  it.each([["id"], ["path"], ["expected_result"], ["event_type"], ["notes"], ["min_version"]])(
    "fails loudly when an entry lacks '%s'",
    (key) => {
      const broken = entry();
      delete broken[key];
      expect(() => parseManifest({ version: "2.0.0", fixtures: [broken] })).toThrow(
        new RegExp(`entry 0.*missing the key '${key}'`),
      );
    },
  );

  it("rejects an unknown fixture_type, naming it and the entry", () => {
    expect(() =>
      parseManifest({ version: "2.0.0", fixtures: [entry({ fixture_type: "snapshot" })] }),
    ).toThrow(
      "Manifest entry 0 ('case-a'): unknown fixture_type 'snapshot'; expected one of 'replay_stream', 'reducer_output'",
    );
  });

  it.each([
    ["no version", { fixtures: [] }, "missing the string key 'version'"],
    ["no fixtures list", { version: "2.0.0" }, "missing the list 'fixtures'"],
    ["a list instead of an object", [], "not a JSON object"],
    [
      "a bad expected_result",
      { version: "2.0.0", fixtures: [entry({ expected_result: "maybe" })] },
      "expected_result must be 'valid' or 'invalid', got 'maybe'",
    ],
    [
      "notes that are not text",
      { version: "2.0.0", fixtures: [entry({ notes: 3 })] },
      "'notes' must be a string",
    ],
    [
      "an entry that is not an object",
      { version: "2.0.0", fixtures: ["x"] },
      "Manifest entry 0 is not an object",
    ],
    [
      "a duplicate id",
      { version: "2.0.0", fixtures: [entry(), entry()] },
      "Manifest id 'case-a' is used twice",
    ],
  ])("rejects a manifest with %s", (_label, json, message) => {
    expect(() => parseManifest(json)).toThrow(FixtureManifestError);
    expect(() => parseManifest(json)).toThrow(message);
  });
});

describe("a fixture store", () => {
  const manifest = {
    version: "2.0.0",
    fixtures: [
      entry(),
      entry({ id: "case-b", path: "connector/invalid/case-b.json", expected_result: "invalid" }),
      entry({ id: "other", path: "sync/valid/other.json", event_type: "SyncIngestAccepted" }),
      entry({
        id: "stream",
        path: "connector/replay/stream.jsonl",
        event_type: "mixed",
        fixture_type: "replay_stream",
      }),
      entry({
        id: "stream_output",
        path: "connector/replay/stream_output.json",
        event_type: "ReducedConnectorState",
        fixture_type: "reducer_output",
      }),
      entry({
        id: "mixed",
        path: "replay/mixed.jsonl",
        event_type: "mixed",
        fixture_type: "replay_stream",
      }),
      entry({
        id: "mixed_sync_output",
        path: "replay/mixed_sync_output.json",
        event_type: "ReducedSyncState",
        fixture_type: "reducer_output",
      }),
      entry({
        id: "orphan_output",
        path: "replay/orphan_output.json",
        event_type: "ReducedSyncState",
        fixture_type: "reducer_output",
      }),
    ],
  };
  const store = openFixtureStore(
    fixtureRoot(manifest, {
      "connector/valid/case-a.json": '{"connector_id": "a"}',
      "connector/invalid/case-b.json": "{}",
      "sync/valid/other.json": "{}",
      "connector/replay/stream.jsonl": '{"n": 1}\n\n  \n{"n": 2}\n',
      "connector/replay/stream_output.json": '{"event_count": 2}\n',
      "replay/mixed.jsonl": '{"n": 1}\n[1]\n',
    }),
  );

  it("loads the payload cases of a category, without streams and goldens", () => {
    const cases = store.loadFixtures("connector");
    expect(cases).toEqual([
      {
        id: "case-a",
        payload: { connector_id: "a" },
        expectedValid: true,
        eventType: "ConnectorProvisioned",
        notes: "a case",
        minVersion: "2.7.0",
      },
      {
        id: "case-b",
        payload: {},
        expectedValid: false,
        eventType: "ConnectorProvisioned",
        notes: "a case",
        minVersion: "2.7.0",
      },
    ]);
    expect(store.loadFixtures("lane_mapping")).toEqual([]);
  });

  it("rejects an unknown category, listing the valid ones", () => {
    const known = [...new Set([...FIXTURE_CATEGORIES, "replay"])].sort();
    expect(store.categories()).toEqual(known);
    expect(() => store.loadFixtures("connectors" as string)).toThrow(FixtureLookupError);
    expect(() => store.loadFixtures("connectors" as string)).toThrow(
      `Unknown fixture category: 'connectors'. Valid categories: [${known.map((c) => `'${c}'`).join(", ")}]`,
    );
  });

  it("knows the replay category (streams that span families): no payload cases, no error", () => {
    expect(REPLAY_FIXTURE_CATEGORY).toBe("replay");
    expect(store.loadFixtures("replay")).toEqual([]);
    expect(store.loadReplayStream("stream")).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it("reads a replay stream line by line, skipping blank lines", () => {
    expect(store.loadReplayStream("stream")).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it("names the line of a stream line that is not an object", () => {
    expect(() => store.loadReplayStream("mixed")).toThrow(FixtureParseError);
    expect(() => store.loadReplayStream("mixed")).toThrow(
      "Invalid fixture file replay/mixed.jsonl, line 2: the line is not a JSON object",
    );
  });

  it("rejects an unknown stream id and an entry that is not a stream", () => {
    expect(() => store.loadReplayStream("nope")).toThrow("Unknown fixture id: 'nope'");
    expect(() => store.loadReplayStream("case-a")).toThrow(
      "Fixture 'case-a' is not a replay_stream (fixture_type: none, a payload case)",
    );
    expect(() => store.loadReplayStream("stream_output")).toThrow(
      "Fixture 'stream_output' is not a replay_stream (fixture_type: reducer_output)",
    );
  });

  it("names the path of a file the manifest lists but the root lacks", () => {
    expect(() => store.loadFixtures("sync")).not.toThrow();
    expect(() => store.loadReducerOutput("mixed_sync_output")).toThrow(FixtureFileNotFoundError);
    expect(() => store.loadReducerOutput("mixed_sync_output")).toThrow(
      /^Fixture file not found: replay\/mixed_sync_output\.json \(looked for .*replay[/\\]mixed_sync_output\.json\)$/,
    );
  });

  it("loads golden outputs and finds their stream by name", () => {
    expect(store.loadReducerOutput("stream_output")).toEqual({ event_count: 2 });
    expect(store.replayStreamOf("stream_output")).toBe("stream");
    expect(store.replayStreamOf("mixed_sync_output")).toBe("mixed");
    expect(() => store.replayStreamOf("orphan_output")).toThrow(
      "No replay stream for reducer output 'orphan_output': expected replay/orphan.jsonl",
    );
  });

  it("keeps fixture paths inside the root", () => {
    expect(store.fixturePath("connector/valid/case-a.json")).toBe(
      join(store.root, "connector", "valid", "case-a.json"),
    );
    expect(() => store.fixturePath("../outside.json")).toThrow(/inside the fixture root/);
    expect(() => store.fixturePath("/etc/passwd")).toThrow(/inside the fixture root/);
  });

  it("reports a missing manifest and invalid JSON with their paths", () => {
    const empty = openFixtureStore(mkdtempSync(join(tmpdir(), "fixtures-")));
    expect(() => empty.loadManifest()).toThrow(/^Fixture file not found: manifest\.json/);
    const bad = openFixtureStore(
      fixtureRoot(manifest, {
        "connector/valid/case-a.json": "{oops",
        "connector/invalid/case-b.json": "{}",
      }),
    );
    expect(() => bad.loadFixtures("connector")).toThrow(
      /^Invalid fixture file connector\/valid\/case-a\.json: /,
    );
  });

  it("fails loudly on a manifest with an unknown fixture_type", () => {
    const broken = openFixtureStore(
      fixtureRoot({ version: "2.0.0", fixtures: [entry({ fixture_type: "golden" })] }),
    );
    expect(() => broken.loadFixtures("connector")).toThrow(FixtureManifestError);
  });
});

describe("the installed fixtures package", () => {
  it("is found through the package exports", () => {
    expect(installedFixtureRoot()).toMatch(/events-fixtures[/\\]fixtures$/);
    expect(fixturePath("manifest.json")).toBe(join(installedFixtureRoot(), "manifest.json"));
  });

  it("has a manifest whose payload categories are known", () => {
    const manifest = loadManifest();
    expect(manifest.version).toBe("2.0.0");
    for (const fixture of manifest.fixtures) {
      const category = fixture.path.split("/")[0] ?? "";
      if (fixture.fixtureType === null) expect(FIXTURE_CATEGORIES).toContain(category);
    }
  });

  it("loads cases, streams and goldens", () => {
    expect(loadFixtures("connector").length).toBeGreaterThan(0);
    expect(loadReplayStream("connector-lifecycle-full")).toHaveLength(6);
    expect(loadReducerOutput("connector-lifecycle-full_output")).toBeTypeOf("object");
  });
});
