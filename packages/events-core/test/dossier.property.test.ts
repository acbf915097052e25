/**
 * Properties of the dossier reducer: an independent, straightforward reading of the sheet
 * (§2.5, models parsed with `safeParseModel`) gives the same JSON text or the same error;
 * the input order does not matter where the reference sorts; exact duplicates change
 * nothing; on any JSON payloads the reducer returns, or throws NamespaceMixedStreamError
 * exactly when two valid namespaces differ.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Event } from "../src/envelope/event.js";
import {
  DOSSIER_PAYLOAD_MODELS,
  LocalNamespaceTupleSchema,
} from "../src/families/dossier/payloads.js";
import { reduceMissionDossier } from "../src/families/dossier/reducer.js";
import { type ModelEntries, type ModelSchema, safeParseModel } from "../src/model/model.js";
import { pythonRepr } from "../src/python/python-repr.js";
import { DOSSIER_EXAMPLES, E, eid, identity, NS } from "./support/dossier.js";

const TYPES = Object.keys(DOSSIER_EXAMPLES);
const KEY_FIELDS = [
  "project_uuid",
  "feature_slug",
  "target_branch",
  "mission_key",
  "manifest_version",
];

type Row = Record<string, unknown>;

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function nsRepr(ns: Row): string {
  const value = (v: unknown) => (v === null ? "None" : pythonRepr(v as string));
  return `LocalNamespaceTuple(${Object.keys(ns)
    .map((k) => `${k}=${value(ns[k])}`)
    .join(", ")})`;
}

/** The sheet's reducer, written plainly: its JSON text, or the error it raises. */
function oracle(events: readonly Event[]): string {
  const family = events.filter((e) => TYPES.includes(e.event_type));
  const sorted = [...family].sort(
    (a, b) =>
      a.lamport_clock - b.lamport_clock ||
      compareText(a.timestamp.isoformat, b.timestamp.isoformat) ||
      compareText(a.event_id, b.event_id),
  );
  const seen = new Set<string>();
  const unique = sorted.filter((e) => !seen.has(e.event_id) && seen.add(e.event_id) !== undefined);
  let canonical: Row | null = null;
  const stepIds = new Set<string>();
  for (const event of unique) {
    const raw = Object.hasOwn(event.payload, "namespace") ? event.payload.namespace : undefined;
    if (raw === undefined || raw === null) continue;
    const parsed = safeParseModel(LocalNamespaceTupleSchema, raw);
    if (!parsed.success) continue;
    const ns = parsed.output as Row;
    if (canonical === null) canonical = ns;
    else if (KEY_FIELDS.some((k) => (canonical as Row)[k] !== ns[k])) {
      return `throws NamespaceMixedStreamError: Namespace mismatch in dossier event stream. Expected: ${nsRepr(canonical)}. Got: ${nsRepr(ns)}.`;
    }
    if (ns.step_id !== null) stepIds.add(ns.step_id as string);
  }
  if (canonical !== null && stepIds.size > 1) canonical = { ...canonical, step_id: null };
  const artifacts: [string, Row][] = [];
  const anomalies: Row[] = [];
  const drifts: Row[] = [];
  let snapshot: Row | null = null;
  const at = (path: string) => artifacts.findIndex(([key]) => key === path);
  for (const event of unique) {
    const model = (DOSSIER_PAYLOAD_MODELS as Record<string, ModelSchema<ModelEntries>>)[
      event.event_type
    ];
    const parsed = safeParseModel(model as ModelSchema<ModelEntries>, event.payload);
    if (!parsed.success) continue;
    const p = parsed.output as Row;
    switch (event.event_type) {
      case "MissionDossierArtifactIndexed": {
        const supersedes = p.supersedes as Row | null;
        if (supersedes !== null && at(supersedes.path as string) >= 0) {
          const index = at(supersedes.path as string);
          const [key, entry] = artifacts[index] as [string, Row];
          artifacts[index] = [key, { ...entry, superseded: true }];
        }
        const path = (p.artifact_id as Row).path as string;
        const entry = {
          identity: p.artifact_id,
          content_ref: p.content_ref,
          indexed_at: p.indexed_at,
          provenance: p.provenance,
          superseded: false,
          step_id: p.step_id,
        };
        if (at(path) >= 0) artifacts[at(path)] = [path, entry];
        else artifacts.push([path, entry]);
        break;
      }
      case "MissionDossierArtifactMissing":
        anomalies.push({
          anomaly_type: "missing_artifact",
          expected_identity: p.expected_identity,
          manifest_step: p.manifest_step,
          checked_at: p.checked_at,
          remediation_hint: p.remediation_hint,
        });
        break;
      case "MissionDossierSnapshotComputed":
        snapshot = {
          snapshot_hash: p.snapshot_hash,
          artifact_count: p.artifact_count,
          anomaly_count: p.anomaly_count,
          computed_at: p.computed_at,
          algorithm: p.algorithm ?? "sha256",
        };
        break;
      default:
        drifts.push({
          expected_hash: p.expected_hash,
          actual_hash: p.actual_hash,
          drift_kind: p.drift_kind,
          detected_at: p.detected_at,
        });
    }
  }
  const status = drifts.length > 0 ? "drifted" : snapshot !== null ? "clean" : "unknown";
  const artifactsText = `{${artifacts.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(",")}}`;
  return (
    `{"namespace":${JSON.stringify(canonical)},"artifacts":${artifactsText},` +
    `"anomalies":${JSON.stringify(anomalies)},"latest_snapshot":${JSON.stringify(snapshot)},` +
    `"drift_history":${JSON.stringify(drifts)},"parity_status":"${status}","event_count":${unique.length}}`
  );
}

/** The reducer's outcome in the oracle's form. */
function outcome(events: readonly Event[]): string {
  try {
    return JSON.stringify(reduceMissionDossier(events));
  } catch (error) {
    return `throws ${(error as Error).name}: ${(error as Error).message}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

const PATHS = ["spec.md", "plan.md", "7", "__proto__", "a/b.md"];

/** Values that probe the lax rules: coercible and refused forms of every field kind. */
const probeArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    3,
    -1,
    1.5,
    "",
    " ",
    "3",
    "-0",
    "x",
    "sha512",
    "llm",
    "policy",
    "anomaly_resolved",
    [],
    ["a"],
    {},
    { k: "v" },
    NS,
    identity("spec.md"),
    { hash: "h", algorithm: "md5", size_bytes: "7" },
    { source_event_ids: ["a"], actor_kind: "human" },
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

/** A namespace: mostly the shared one, with or without a step id; sometimes broken. */
const namespaceArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(NS) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom<unknown>("", "x", "y", null, 5)
      .map((step) => ({ ...NS, step_id: step })),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, {}, "ns", { ...NS, feature_slug: "" }) },
);

/** Nested fields the reducer reads, with values that the lax rules coerce, keep or refuse. */
const NESTED_CHANGES: readonly [outer: string, inner: string, values: readonly unknown[]][] = [
  ["content_ref", "size_bytes", [12, "12", " 7\n", true, false, 3.0, null, -1, 1.5, "x"]],
  ["content_ref", "encoding", ["utf-8", null, 1]],
  ["content_ref", "bogus", [1]],
  ["provenance", "source_event_ids", [[], ["a", "a"], null, "a", [1]]],
  ["provenance", "actor_kind", ["human", "system", null, "agent"]],
  ["provenance", "git_sha", [null, "abc", 5]],
  ["artifact_id", "run_id", ["r", null, 1]],
  ["artifact_id", "wp_id", ["WP01", null]],
  ["artifact_id", "bogus", [true]],
  ["expected_identity", "artifact_class", ["runtime", "INPUT"]],
  ["expected_identity", "wp_id", ["WP02", null]],
  ["supersedes", "artifact_class", ["policy", "x"]],
];

/** Top-level fields the reducer reads, with coerced, kept and refused values. */
const TOP_CHANGES: readonly [key: string, values: readonly unknown[]][] = [
  ["artifact_count", [3, "3", true, 0.0, "-0", -1, "x", null]],
  ["anomaly_count", [0, "1_0", false, 2.5]],
  ["algorithm", ["md5", null, undefined, "SHA256"]],
  ["step_id", ["", "s", null, undefined, 1]],
  ["remediation_hint", ["h", null, undefined]],
  ["drift_kind", ["anomaly_resolved", "manifest_version_changed", "x"]],
  ["provenance", [{}, null, undefined]],
];

/** A dossier payload: a valid example of the type, some fields changed, paths from a pool. */
function payloadArb(type: string): fc.Arbitrary<Row> {
  const example = DOSSIER_EXAMPLES[type] as Row;
  const keys = Object.keys(example);
  return fc
    .record({
      namespace: namespaceArb,
      path: fc.constantFrom(...PATHS),
      supersedes: fc.option(fc.constantFrom(...PATHS), { nil: undefined }),
      drop: fc.option(fc.constantFrom(...keys), { nil: undefined }),
      nested: fc.array(
        fc
          .constantFrom(...NESTED_CHANGES)
          .chain(([outer, inner, values]) =>
            fc.constantFrom(...values).map((value) => [outer, inner, value] as const),
          ),
        { maxLength: 3 },
      ),
      top: fc.array(
        fc
          .constantFrom(...TOP_CHANGES)
          .chain(([key, values]) =>
            fc.constantFrom(...values).map((value) => [key, value] as const),
          ),
        { maxLength: 2 },
      ),
      changes: fc.array(fc.tuple(fc.constantFrom(...keys), probeArb), { maxLength: 1 }),
    })
    .map(({ namespace, path, supersedes, changes, drop, nested, top }) => {
      const payload: Row = { ...example, namespace };
      if ("artifact_id" in payload) payload.artifact_id = identity(path);
      if ("expected_identity" in payload) payload.expected_identity = identity(path);
      if ("supersedes" in payload)
        payload.supersedes = supersedes === undefined ? null : identity(supersedes);
      for (const [key, value] of top) if (key in payload) payload[key] = value;
      for (const [outer, inner, value] of nested) {
        const current = payload[outer];
        if (typeof current === "object" && current !== null) {
          payload[outer] = { ...current, [inner]: value };
        }
      }
      for (const [key, value] of changes) payload[key] = value;
      if (drop !== undefined) delete payload[drop];
      return payload;
    });
}

const TIMESTAMPS = [
  "2026-01-01T00:00:00Z",
  "2026-01-01T09:00:00+05:00",
  "2026-01-01T04:00:00",
  "1700000000",
];

interface Spec {
  readonly type: string;
  readonly payload: unknown;
  readonly lamport: number;
  readonly timestamp: string;
}

const specArb: fc.Arbitrary<Spec> = fc
  .record({
    type: fc.constantFrom(...TYPES, ...TYPES, "ConnectorProvisioned"),
    lamport: fc.integer({ min: 0, max: 3 }),
    timestamp: fc.constantFrom(...TIMESTAMPS),
  })
  .chain(({ type, lamport, timestamp }) =>
    (TYPES.includes(type) ? payloadArb(type) : fc.constant({ connector_id: "c" })).map(
      (payload) => ({ type, payload, lamport, timestamp }),
    ),
  );

/** Events with distinct ids (so that the sort key orders every pair). */
function build(specs: readonly Spec[]): Event[] {
  return specs.map((s, i) => E(s.type, s.payload, s.lamport, s.timestamp, eid(5000 + i)));
}

const eventsArb = fc.array(specArb, { maxLength: 14 }).map(build);

// ---------------------------------------------------------------------------------------------

describe("reduceMissionDossier properties", () => {
  it("gives the plain reading of the sheet: the same JSON text, or the same error", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        expect(outcome(events)).toBe(oracle(events));
      }),
      { numRuns: 400 },
    );
  });

  it("gives the same output for the same events in any order", () => {
    fc.assert(
      fc.property(
        eventsArb.chain((events) =>
          fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length })),
        ),
        ([events, shuffled]) => {
          expect(outcome(shuffled)).toBe(outcome(events));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("does not change when exact duplicates are added anywhere", () => {
    fc.assert(
      fc.property(
        eventsArb.chain((events) =>
          fc.tuple(
            fc.constant(events),
            fc
              .array(fc.nat(), { maxLength: 6 })
              .map((picks) =>
                events.length === 0 ? [] : picks.map((n) => events[n % events.length] as Event),
              ),
            fc.nat(),
          ),
        ),
        ([events, copies, at]) => {
          const position = events.length === 0 ? 0 : at % (events.length + 1);
          const withCopies = [...events.slice(0, position), ...copies, ...events.slice(position)];
          expect(outcome(withCopies)).toBe(outcome(events));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on any JSON payload except NamespaceMixedStreamError, exactly when two valid namespaces differ", () => {
    const anyPayloadArb = fc
      .record({
        type: fc.constantFrom(...TYPES),
        payload: fc.oneof(
          fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 5 }),
          fc.jsonValue({ maxDepth: 3 }).map((value) => ({ namespace: value })),
          fc.constantFrom(NS, { ...NS, mission_key: "other" }).map((namespace) => ({ namespace })),
        ),
        lamport: fc.integer({ min: 0, max: 5 }),
      })
      .map(({ type, payload, lamport }) => ({
        type,
        payload,
        lamport,
        timestamp: TIMESTAMPS[0] as string,
      }));
    fc.assert(
      fc.property(fc.array(anyPayloadArb, { maxLength: 10 }).map(build), (events) => {
        const expected = oracle(events);
        let thrown: unknown;
        try {
          reduceMissionDossier(events);
        } catch (error) {
          thrown = error;
        }
        if (expected.startsWith("throws ")) {
          expect((thrown as Error | undefined)?.name).toBe("NamespaceMixedStreamError");
        } else {
          expect(thrown).toBeUndefined();
        }
      }),
      { numRuns: 400 },
    );
  });
});
