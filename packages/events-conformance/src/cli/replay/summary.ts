/** The readable form of a family's reducer summary (`replay` without `--json`). */
import type { ReducerSummary } from "@spec-kitty/events-core";
import { createStyle, type Style } from "../color.js";
import { count } from "../text.js";

/** Width of the label column: `  label:` padded to this many characters. */
export const LABEL_WIDTH = 20;

const PLAIN_STYLE = createStyle(false);

/**
 * Renders a reducer summary: its title (or `title` when given, in the heading style), then
 * one line per row (`  label:  value`), each list row followed by at most `limit` of its items
 * (0: all) and how many were left out.
 */
export function renderSummary(
  summary: ReducerSummary,
  limit: number,
  style: Style = PLAIN_STYLE,
  title: string = summary.title,
): string {
  const lines = [style.heading(title)];
  for (const row of summary.rows) {
    lines.push(`  ${`${row.label}:`.padEnd(LABEL_WIDTH)}${row.value}`);
    const items = row.items;
    if (items === undefined) continue;
    const shown = limit === 0 ? items.length : Math.min(limit, items.length);
    for (let i = 0; i < shown; i++) lines.push(`    ${items[i]}`);
    if (shown < items.length) {
      lines.push(
        `    ... ${count(items.length - shown)} more (--limit 0 lists all, --json prints the full output)`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}
