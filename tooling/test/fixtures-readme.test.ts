import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { type FixtureManifestEntry, loadManifest } from "@spec-kitty/events-conformance";
import { describe, expect, it } from "vitest";
import {
  CROSS_FAMILY,
  entryFamily,
  INVENTORY_END,
  INVENTORY_START,
  inventoryCounts,
  withInventory,
} from "../scripts/lib/fixtures-inventory.js";

const require = createRequire(import.meta.url);
const readme = readFileSync(
  join(dirname(require.resolve("@spec-kitty/events-fixtures/package.json")), "README.md"),
  "utf8",
);
const entries = loadManifest().fixtures;

/** Rows of the README's inventory table: family name (without folders) -> counts. */
function readmeCounts(): Map<string, number[]> {
  const table = readme.slice(readme.indexOf(INVENTORY_START), readme.indexOf(INVENTORY_END));
  const rows = table
    .split("\n")
    .filter((line) => /^\| [^-]/.test(line) && !line.startsWith("| family"));
  return new Map(
    rows.map((line) => {
      const cells = line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim());
      const label = (cells[0] ?? "").replace(/\*\*/g, "").replace(/ \(`.*`\)$/, "");
      return [label, cells.slice(1, 5).map(Number)];
    }),
  );
}

describe("the fixtures README inventory", () => {
  it("is the table the manifest gives (pnpm fixtures:generate)", () => {
    expect(withInventory(readme, entries)).toBe(readme);
  });

  it("counts each entry once, in its column, and totals them", () => {
    const counts = readmeCounts();
    const kind = (entry: FixtureManifestEntry): number =>
      entry.fixtureType === "replay_stream"
        ? 2
        : entry.fixtureType === "reducer_output"
          ? 3
          : entry.expectedResult === "valid"
            ? 0
            : 1;
    const total = [0, 0, 0, 0];
    for (const entry of entries) total[kind(entry)] = (total[kind(entry)] ?? 0) + 1;
    expect(counts.get("total")).toEqual(total);
    const sum = [0, 1, 2, 3].map((column) =>
      [...counts]
        .filter(([name]) => name !== "total")
        .reduce((n, [, row]) => n + (row[column] ?? 0), 0),
    );
    expect(sum).toEqual(total);
    expect([...counts.keys()]).toEqual([...inventoryCounts(entries).keys()]);
  });

  it("puts each payload case under the family that registers its event type", () => {
    for (const entry of entries.filter(
      (e) => e.fixtureType === null && e.eventType !== "LaneMapping",
    )) {
      expect(entryFamily(entry, entries), entry.id).not.toBe(CROSS_FAMILY);
    }
  });
});

describe("the fixtures README", () => {
  it("names every fixture file", () => {
    for (const entry of entries) {
      const name = entry.path.slice(entry.path.lastIndexOf("/") + 1);
      expect(readme, entry.path).toContain(`\`${name}\``);
    }
  });
});
