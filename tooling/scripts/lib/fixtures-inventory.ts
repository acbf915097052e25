/**
 * The inventory table of the fixtures README, generated from the manifest and the list of
 * families: one row per family that has fixtures (in the list's order), one for the streams
 * that span families, and the totals. `pnpm fixtures:generate` writes it between the
 * `<!-- inventory:start -->` and `<!-- inventory:end -->` markers; `pnpm fixtures:check`
 * fails when it differs.
 */
import type { FixtureManifestEntry } from "@spec-kitty/events-conformance";
import { CONTRACT_FAMILIES, EVENT_TYPE_REGISTRY } from "@spec-kitty/events-core";

/** The markers around the generated table in the README. */
export const INVENTORY_START = "<!-- inventory:start -->";
/** See {@link INVENTORY_START}. */
export const INVENTORY_END = "<!-- inventory:end -->";

/** The row of the streams (and their goldens) that span families. */
export const CROSS_FAMILY = "cross-family";

/** Valid cases, invalid cases, replay streams, golden outputs. */
export type InventoryCounts = [valid: number, invalid: number, streams: number, goldens: number];

/** The family an entry documents: by its event type, output model or golden outputs. */
export function entryFamily(
  entry: FixtureManifestEntry,
  entries: readonly FixtureManifestEntry[],
): string {
  if (entry.fixtureType === "reducer_output") {
    const family = CONTRACT_FAMILIES.find((f) => f.reducer?.outputModel === entry.eventType);
    return family?.name ?? CROSS_FAMILY;
  }
  if (entry.fixtureType === "replay_stream") {
    const stem = entry.path.replace(/\.jsonl$/, "_");
    const families = new Set(
      entries
        .filter((other) => other.fixtureType === "reducer_output" && other.path.startsWith(stem))
        .map((golden) => entryFamily(golden, entries)),
    );
    return families.size === 1 ? ([...families][0] as string) : CROSS_FAMILY;
  }
  if (entry.eventType === "LaneMapping") {
    const family = CONTRACT_FAMILIES.find((f) =>
      (f.fixtureCategories as readonly string[]).includes("lane_mapping"),
    );
    return family?.name ?? CROSS_FAMILY;
  }
  return EVENT_TYPE_REGISTRY.get(entry.eventType)?.family ?? CROSS_FAMILY;
}

/** The counts of each family (list order; cross-family last) and the totals. */
export function inventoryCounts(
  entries: readonly FixtureManifestEntry[],
): Map<string, InventoryCounts> {
  const rows = new Map<string, InventoryCounts>(
    [...CONTRACT_FAMILIES.map((family) => family.name as string), CROSS_FAMILY].map((name) => [
      name,
      [0, 0, 0, 0],
    ]),
  );
  const total: InventoryCounts = [0, 0, 0, 0];
  for (const entry of entries) {
    const column =
      entry.fixtureType === "replay_stream"
        ? 2
        : entry.fixtureType === "reducer_output"
          ? 3
          : entry.expectedResult === "valid"
            ? 0
            : 1;
    (rows.get(entryFamily(entry, entries)) as InventoryCounts)[column] += 1;
    total[column] += 1;
  }
  for (const [name, counts] of rows) if (counts.every((n) => n === 0)) rows.delete(name);
  rows.set("total", total);
  return rows;
}

/** The folders a family's cases live in, for the table's first column. */
function folders(entries: readonly FixtureManifestEntry[], name: string): string {
  const found = new Set(
    entries
      .filter((entry) => entryFamily(entry, entries) === name)
      .map((entry) => `\`${entry.path.slice(0, entry.path.indexOf("/") + 1)}\``),
  );
  return [...found].sort().join(", ");
}

/** The inventory table, as markdown (aligned columns). */
export function inventoryTable(entries: readonly FixtureManifestEntry[]): string {
  const header = ["family", "valid", "invalid", "replay streams", "golden outputs"];
  const rows = [...inventoryCounts(entries)].map(([name, counts]) => [
    name === "total" ? "**total**" : `${name} (${folders(entries, name)})`,
    ...counts.map(String),
  ]);
  const widths = header.map((cell, c) =>
    Math.max(cell.length, ...rows.map((row) => (row[c] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

/** The README text with its inventory table replaced by the generated one. */
export function withInventory(readme: string, entries: readonly FixtureManifestEntry[]): string {
  const start = readme.indexOf(INVENTORY_START);
  const end = readme.indexOf(INVENTORY_END);
  if (start < 0 || end < start) {
    throw new Error(`the fixtures README has no ${INVENTORY_START} ... ${INVENTORY_END} section`);
  }
  return `${readme.slice(0, start + INVENTORY_START.length)}\n${inventoryTable(entries)}\n${readme.slice(end)}`;
}
