import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { installedFixtureRoot, openFixtureStore } from "@spec-kitty/events-conformance";
import { describe, expect, it } from "vitest";
import { checkGoldens, computeGoldens, generateGoldens } from "../scripts/goldens.js";

function copyOfFixtures(): string {
  const root = mkdtempSync(join(tmpdir(), "goldens-"));
  cpSync(installedFixtureRoot(), root, { recursive: true });
  return root;
}

const GOLDEN = "sync/replay/sync-ingest-lifecycle_output.json";

describe("the goldens script", () => {
  it("finds the committed goldens up to date", () => {
    expect(checkGoldens(openFixtureStore(installedFixtureRoot()))).toEqual([]);
  });

  it("computes one golden per reducer_output entry, as canonical JSON", () => {
    const goldens = computeGoldens(openFixtureStore(installedFixtureRoot()));
    const entries = openFixtureStore(installedFixtureRoot()).loadManifest().fixtures;
    expect(goldens.map((g) => g.id)).toEqual(
      entries.filter((entry) => entry.fixtureType === "reducer_output").map((entry) => entry.id),
    );
    expect(goldens.length).toBeGreaterThan(5);
    for (const golden of goldens) {
      expect(golden.expectedText.endsWith("}\n")).toBe(true);
      expect(golden.expectedText).toMatch(/^\{\n {2}"[a-z_]+": /);
    }
  });

  it("reports a drifted golden, and generate rewrites it", () => {
    const root = copyOfFixtures();
    const path = join(root, GOLDEN);
    const original = readFileSync(path, "utf8");
    writeFileSync(path, original.replace('"event_count": 7', '"event_count": 8'));
    const store = openFixtureStore(root);
    expect(checkGoldens(store)).toEqual([
      `golden ${GOLDEN} differs from the reducer output (run pnpm fixtures:generate)`,
    ]);
    expect(generateGoldens(store)).toEqual([GOLDEN]);
    expect(readFileSync(path, "utf8")).toBe(original);
    expect(checkGoldens(store)).toEqual([]);
    expect(generateGoldens(store)).toEqual([]);
  });

  it("reports a golden that differs only in formatting", () => {
    const root = copyOfFixtures();
    const path = join(root, GOLDEN);
    writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, "utf8"))));
    expect(checkGoldens(openFixtureStore(root))).toHaveLength(1);
  });

  it("reports a missing golden", () => {
    const root = copyOfFixtures();
    rmSync(join(root, GOLDEN));
    expect(checkGoldens(openFixtureStore(root))).toEqual([
      `missing golden ${GOLDEN} (run pnpm fixtures:generate)`,
    ]);
  });

  it("reports a replay stream without a golden entry", () => {
    const root = copyOfFixtures();
    const manifestPath = join(root, "manifest.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    manifest.fixtures = manifest.fixtures.filter(
      (entry: { id: string }) => entry.id !== "connector-lifecycle-full_output",
    );
    writeFileSync(manifestPath, JSON.stringify(manifest));
    expect(checkGoldens(openFixtureStore(root))).toEqual([
      "replay stream connector-lifecycle-full has no reducer_output entry in the manifest",
    ]);
  });
});
