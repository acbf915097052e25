import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  type FixtureManifestEntry,
  fixtureCategory,
  loadManifest,
} from "@spec-kitty/events-conformance";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const readme = readFileSync(
  join(dirname(require.resolve("@spec-kitty/events-fixtures/package.json")), "README.md"),
  "utf8",
);

type Family =
  | "envelope"
  | "lane mapping"
  | "connector"
  | "sync"
  | "external reference"
  | "glossary"
  | "mission-next"
  | "cross-family";

const FAMILY_OF_CATEGORY: Record<string, Family> = {
  events: "envelope",
  lane_mapping: "lane mapping",
  connector: "connector",
  sync: "sync",
  glossary: "glossary",
  mission_next: "mission-next",
  replay: "cross-family",
};

function familyOf(entry: FixtureManifestEntry): Family {
  if (entry.eventType === "ExternalReferenceLinked") return "external reference";
  const family = FAMILY_OF_CATEGORY[fixtureCategory(entry)];
  if (family === undefined) throw new Error(`no README family for ${entry.path}`);
  return family;
}

type Counts = [valid: number, invalid: number, streams: number, goldens: number];

function manifestCounts(): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  const total: Counts = [0, 0, 0, 0];
  for (const entry of loadManifest().fixtures) {
    const family = familyOf(entry);
    const row = counts.get(family) ?? [0, 0, 0, 0];
    const column =
      entry.fixtureType === "replay_stream"
        ? 2
        : entry.fixtureType === "reducer_output"
          ? 3
          : entry.expectedResult === "valid"
            ? 0
            : 1;
    row[column] += 1;
    total[column] += 1;
    counts.set(family, row);
  }
  counts.set("total", total);
  return counts;
}

function section(heading: string): string {
  const start = readme.indexOf(`\n${heading}`);
  if (start < 0) throw new Error(`README has no section ${heading}`);
  const next = readme.indexOf("\n#", start + heading.length + 1);
  return readme.slice(start, next < 0 ? undefined : next);
}

/** Rows of the inventory table: family label (without the path note) -> counts. */
function readmeCounts(): Map<string, Counts> {
  const rows = section("## Inventory")
    .split("\n")
    .filter((line) => /^\| [^-]/.test(line) && !line.startsWith("| family"));
  return new Map(
    rows.map((line) => {
      const cells = line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim());
      const label = (cells[0] ?? "").replace(/\*\*/g, "").replace(/ \(`.*`\)$/, "");
      return [label, cells.slice(1, 5).map(Number) as Counts];
    }),
  );
}

describe("the fixtures README inventory", () => {
  it("has the manifest's counts per family and in total", () => {
    expect(readmeCounts()).toEqual(manifestCounts());
  });

  it("names every fixture file in its family's section", () => {
    const headings: Record<Family, string> = {
      envelope: "### Envelope",
      "lane mapping": "### Lane mapping",
      connector: "### Connector",
      sync: "### Sync",
      "external reference": "### External reference",
      glossary: "### Glossary",
      "mission-next": "### Mission-next",
      "cross-family": "### Cross-family",
    };
    for (const entry of loadManifest().fixtures) {
      const name = entry.path.slice(entry.path.lastIndexOf("/") + 1);
      expect(section(headings[familyOf(entry)]), entry.path).toContain(`\`${name}\``);
    }
  });
});
