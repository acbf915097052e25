import { parseEvent, reduceConnectorEvents, reduceMissionAuditEvents, reduceDecisionPointEvents } from "@spec-kitty/events-core";
import { familyStream as a } from "./scripts/bench/families/mission_audit.js";
import { familyStream as d } from "./scripts/bench/families/decisionpoint.js";
import { familyStream as c } from "./scripts/bench/families/connector.js";
const parse = (xs: Record<string, unknown>[]) => xs.map((e) => { try { return parseEvent(JSON.parse(JSON.stringify(e))); } catch { return null; } }).filter((e) => e !== null);
const sets = [["connector", parse(c(100000, 2026)), reduceConnectorEvents], ["audit", parse(a(100000, 2026)), reduceMissionAuditEvents], ["dp", parse(d(100000, 2026)), reduceDecisionPointEvents]] as const;
const best: Record<string, number> = {};
for (let round = 0; round < 12; round++) for (const [n, ev, f] of sets) {
  const t = performance.now(); (f as any)(ev); const ms = performance.now() - t;
  best[n] = Math.min(best[n] ?? Infinity, ms);
}
for (const [n, ev] of sets) console.log(n, best[n]!.toFixed(1), "ms", (ev.length / best[n]! * 1000).toFixed(0), "ev/s", "ratio to connector", ((sets[0][1].length / best.connector!) / (ev.length / best[n]!)).toFixed(2));
