/**
 * Building blocks of the readable summaries that family descriptors give of their reducer
 * outputs ({@link ReducerSummary}): safe one-line text, counts, rows and list rows.
 */
import type { ReducerSummaryRow } from "../family.js";
import type { ReducerAnomaly } from "../reducers/pipeline.js";

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}

/**
 * Makes untrusted text safe for one line of terminal output: control characters become
 * `\uXXXX` escapes and text longer than `max` characters is cut (with `...`).
 */
export function summaryText(text: string, max = 300): string {
  const cut = text.length > max ? `${text.slice(0, max)}...` : text;
  let out = "";
  let from = 0;
  for (let i = 0; i < cut.length; i++) {
    const code = cut.charCodeAt(i);
    if (!isControl(code)) continue;
    out += `${cut.slice(from, i)}\\u${code.toString(16).padStart(4, "0")}`;
    from = i + 1;
  }
  return from === 0 ? cut : out + cut.slice(from);
}

/** A whole number with thousands separators (`1,234,567`), without loading locale data. */
export function summaryCount(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)));
  let out = "";
  for (let end = digits.length; end > 0; end -= 3) {
    const group = digits.slice(Math.max(0, end - 3), end);
    out = out === "" ? group : `${group},${out}`;
  }
  return n < 0 ? `-${out}` : out;
}

/** A text value of a summary row: `(none)` for `null`, else the text made safe (200 chars). */
export function summaryValue(value: string | null | undefined): string {
  return value === null || value === undefined ? "(none)" : summaryText(value, 200);
}

/** A summary row with a plain value. */
export function valueRow(label: string, value: string): ReducerSummaryRow {
  return { label, value };
}

/**
 * A summary row that lists items: its value is the count (then `detail`, when given), its
 * items each item's line.
 */
export function listRow<T>(
  label: string,
  items: readonly T[],
  show: (item: T, index: number) => string,
  detail = "",
): ReducerSummaryRow {
  return {
    label,
    value: `${summaryCount(items.length)}${detail}`,
    items: items.map(show),
  };
}

/** The counts of each anomaly kind, in first-seen order: `kind n, kind n`. */
function countsByKind(kinds: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${kind} ${summaryCount(n)}`).join(", ");
}

/**
 * The `anomalies` row of reducers whose anomalies have a kind (`kind`, `event_id`,
 * `message`): the count with the count of each kind, one line per anomaly.
 */
export function anomalyRow(anomalies: readonly ReducerAnomaly[]): ReducerSummaryRow {
  return listRow(
    "anomalies",
    anomalies,
    (anomaly) =>
      `${summaryText(anomaly.event_id, 80)}  ${anomaly.kind}: ${summaryText(anomaly.message)}`,
    anomalies.length > 0 ? ` (${countsByKind(anomalies.map((anomaly) => anomaly.kind))})` : "",
  );
}

/**
 * A multi-line reason (e.g. one that embeds a pydantic validation dump) on one line: its
 * lines trimmed and joined with spaces, without pydantic's "For further information" links.
 */
export function summaryReason(reason: string): string {
  return reason
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("For further information visit "))
    .join(" ");
}

/** An anomaly with an event type and a reason (the collaboration, glossary, ... form). */
export interface ReasonAnomaly {
  /** The event the anomaly concerns. */
  readonly event_id: string;
  /** Its event type. */
  readonly event_type: string;
  /** Why it was skipped. */
  readonly reason: string;
}

/** The `anomalies` row of reducers whose anomalies are `{event_id, event_type, reason}`. */
export function reasonAnomalyRow(anomalies: readonly ReasonAnomaly[]): ReducerSummaryRow {
  return listRow(
    "anomalies",
    anomalies,
    (anomaly) =>
      `${summaryText(anomaly.event_id, 80)}  ${summaryText(anomaly.event_type, 80)}: ${summaryText(summaryReason(anomaly.reason))}`,
  );
}
