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
  | "status"
  | "gates"
  | "lifecycle"
  | "edge cases"
  | "lane mapping"
  | "connector"
  | "sync"
  | "dossier"
  | "mission audit"
  | "decisionpoint"
  | "external reference"
  | "cross-family";

const FAMILY_OF_CATEGORY: Record<string, Family> = {
  events: "envelope",
  edge_cases: "edge cases",
  lane_mapping: "lane mapping",
  connector: "connector",
  sync: "sync",
  dossier: "dossier",
  mission_audit: "mission audit",
  decisionpoint: "decisionpoint",
  replay: "cross-family",
};

// The `events` category holds the envelope cases and the status, gates and lifecycle cases.
const FAMILY_OF_EVENT_TYPE: Record<string, Family> = {
  WPStatusChanged: "status",
  ReducedStatus: "status",
  GatePassed: "gates",
  GateFailed: "gates",
  MissionStarted: "lifecycle",
  MissionCompleted: "lifecycle",
  MissionCancelled: "lifecycle",
  PhaseEntered: "lifecycle",
  ReviewRollback: "lifecycle",
  ReducedMissionState: "lifecycle",
};

/** The family of a replay stream of `events/`: that of its first golden output. */
function streamFamily(stream: FixtureManifestEntry): Family | undefined {
  const stem = stream.path.replace(/\.jsonl$/, "_");
  const golden = loadManifest().fixtures.find(
    (entry) => entry.fixtureType === "reducer_output" && entry.path.startsWith(stem),
  );
  return golden === undefined ? undefined : FAMILY_OF_EVENT_TYPE[golden.eventType];
}

function familyOf(entry: FixtureManifestEntry): Family {
  if (entry.eventType === "ExternalReferenceLinked") return "external reference";
  if (fixtureCategory(entry) === "events") {
    const family =
      entry.fixtureType === "replay_stream"
        ? streamFamily(entry)
        : FAMILY_OF_EVENT_TYPE[entry.eventType];
    if (family !== undefined) return family;
  }
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
      status: "### Status",
      gates: "### Gates",
      lifecycle: "### Lifecycle",
      "edge cases": "### Edge cases",
      "lane mapping": "### Lane mapping",
      connector: "### Connector",
      sync: "### Sync",
      dossier: "### Dossier",
      "mission audit": "### Mission audit",
      decisionpoint: "### DecisionPoint",
      "external reference": "### External reference",
      "cross-family": "### Cross-family",
    };
    for (const entry of loadManifest().fixtures) {
      const name = entry.path.slice(entry.path.lastIndexOf("/") + 1);
      expect(section(headings[familyOf(entry)]), entry.path).toContain(`\`${name}\``);
    }
  });
});
