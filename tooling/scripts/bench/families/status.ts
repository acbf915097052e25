/**
 * Bench stream of the status family: work packages of several features moving through their
 * lanes (planned -> claimed -> in_progress -> for_review -> done with evidence), many at a time,
 * with review rollbacks, blocked spells, same-clock transitions of different work packages,
 * and about 2% bad envelopes (payloads missing a field or with an unknown lane, stale
 * from_lanes). Payloads are written as the producer's models dump them (every field, in the
 * model's order, nulls included).
 */
import { seededRandom } from "../synthetic.js";

const PROJECT_UUID = "3b9e2c41-7d5a-4f08-9c6e-1a2b3c4d5e6f";
const BASE_MS = Date.UTC(2026, 2, 2, 8, 0, 0);
const ACTIVE = 64;

/** Done evidence as the producer's model dumps it: every field, in order, nulls included. */
const EVIDENCE = {
  repos: [
    {
      repo: "acme/checkout-service",
      branch: "wp-branch",
      commit: "9f2c1ab7e4d3",
      files_touched: ["src/cart.ts", "test/cart.test.ts"],
    },
  ],
  verification: [{ command: "pnpm test", result: "passed", summary: null }],
  review: { reviewer: "robert", verdict: "approved", reference: "PR-7" },
};

/** The lane path of one work package: [from, to, extra payload fields]. */
function lanePath(random: () => number): [string | null, string, Record<string, unknown>][] {
  const path: [string | null, string, Record<string, unknown>][] = [
    [null, "planned", {}],
    ["planned", "claimed", {}],
    ["claimed", "in_progress", {}],
  ];
  if (random() < 0.1) {
    path.push(
      ["in_progress", "blocked", { reason: "waiting on an API" }],
      ["blocked", "in_progress", {}],
    );
  }
  path.push(["in_progress", "for_review", {}]);
  if (random() < 0.2) {
    path.push(
      ["for_review", "in_progress", { review_ref: "PR-7#changes" }],
      ["in_progress", "for_review", {}],
    );
  }
  path.push(["for_review", "done", { review_ref: "PR-7", evidence: EVIDENCE }]);
  return path;
}

/** The event id of the `n`-th envelope of a stream (a ULID, in stream order). */
export function crockford(n: number): string {
  const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  let out = "";
  for (let i = 0; i < 12; i++) {
    out = alphabet[n % 32] + out;
    n = Math.floor(n / 32);
  }
  return `01JQ9A7M3K5T8V${out}`;
}

/** The timestamp of the `n`-th envelope of a stream: one second apart. */
export function timestampAt(n: number): string {
  return new Date(BASE_MS + n * 1000).toISOString();
}

/** `count` deterministic raw envelopes for the status reducer's bench row. */
export function familyStream(count: number, seed: number): Record<string, unknown>[] {
  const random = seededRandom(seed);
  const envelopes: Record<string, unknown>[] = [];
  const active: { wpId: string; feature: string; steps: ReturnType<typeof lanePath> }[] = [];
  let nextWp = 0;
  let clock = 0;
  while (envelopes.length < count) {
    while (active.length < ACTIVE) {
      const feature = `0${30 + (nextWp % 7)}-feature`;
      active.push({
        wpId: `WP${String(nextWp++).padStart(4, "0")}`,
        feature,
        steps: lanePath(random),
      });
    }
    const slot = Math.floor(random() * active.length);
    const wp = active[slot] as (typeof active)[number];
    const [from, to, extra] = wp.steps.shift() as [string | null, string, Record<string, unknown>];
    if (wp.steps.length === 0) active.splice(slot, 1);
    // Most events take the next clock; some share the previous one (another work package).
    if (random() < 0.85 || clock === 0) clock++;
    const n = envelopes.length;
    // The payload as the producer's model dumps it (`model_dump(mode="json")`): every
    // field in the model's order, absent optional ones as their defaults.
    const payload: Record<string, unknown> = {
      feature_slug: wp.feature,
      wp_id: wp.wpId,
      from_lane: from,
      to_lane: to,
      actor: random() < 0.5 ? "claude" : "robert",
      force: false,
      reason: null,
      execution_mode: "worktree",
      review_ref: null,
      evidence: null,
      ...extra,
    };
    const spoil = random();
    if (spoil < 0.01) delete payload.actor;
    else if (spoil < 0.015) payload.to_lane = "in_review";
    else if (spoil < 0.02) payload.from_lane = "claimed";
    envelopes.push({
      event_id: crockford(n),
      event_type: "WPStatusChanged",
      aggregate_id: `${wp.feature}/${wp.wpId}`,
      payload,
      timestamp: timestampAt(n),
      node_id: "cli-laptop-robert",
      lamport_clock: clock,
      project_uuid: PROJECT_UUID,
      correlation_id: crockford(n + 1_000_000_000),
    });
  }
  return envelopes;
}
