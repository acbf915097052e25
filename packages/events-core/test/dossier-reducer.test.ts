import { describe, expect, it } from "vitest";
import { SpecKittyEventsError } from "../src/errors.js";
import { NamespaceMixedStreamError } from "../src/families/dossier/errors.js";
import { reduceMissionDossier } from "../src/families/dossier/reducer.js";
import { isDeepFrozen } from "./support/connector-sync.js";
import {
  DRIFT,
  drift,
  E,
  eid,
  IDX,
  identity,
  indexed,
  MIS,
  missing,
  NS,
  SNAP,
  snapshot,
} from "./support/dossier.js";

/** The JSON value of a projection (what the reference's `model_dump(mode="json")` gives). */
function J(value: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value));
}

/** The error a reduction throws (fails the test when it does not throw). */
function thrownBy(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected the reduction to throw");
}

const EMPTY_JSON =
  '{"namespace":null,"artifacts":{},"anomalies":[],"latest_snapshot":null,"drift_history":[],"parity_status":"unknown","event_count":0}';

describe("reduceMissionDossier: the empty projection", () => {
  it("gives the reference's empty-input JSON", () => {
    expect(JSON.stringify(reduceMissionDossier([]))).toBe(EMPTY_JSON);
  });

  it("gives the default state (event_count 0) when only foreign events are given", () => {
    const state = reduceMissionDossier([E("ConnectorProvisioned", {}, 1), E("Other", { x: 1 }, 2)]);
    expect(JSON.stringify(state)).toBe(EMPTY_JSON);
  });
});

describe("reduceMissionDossier: output", () => {
  const events = [
    E(IDX, indexed("spec.md", { step_id: "specify", provenance: { actor_kind: "llm" } }), 1),
    E(
      MIS,
      missing("plan.md", { remediation_hint: "write it", last_known_ref: { git_sha: "x" } }),
      2,
    ),
    E(SNAP, snapshot({ snapshot_hash: "s1", artifact_count: 1, anomaly_count: 1 }), 3),
    E(DRIFT, drift({ rebuild_hint: "r", artifact_ids_changed: [identity("spec.md")] }), 4),
  ];

  it("writes the reference's JSON text: keys in declaration order, dropped fields absent", () => {
    expect(JSON.stringify(reduceMissionDossier(events))).toBe(
      '{"namespace":{"project_uuid":"p","feature_slug":"f","target_branch":"b","mission_key":"m","manifest_version":"1","step_id":null},' +
        '"artifacts":{"spec.md":{"identity":{"mission_key":"m","path":"spec.md","artifact_class":"input","run_id":null,"wp_id":null},' +
        '"content_ref":{"hash":"h","algorithm":"sha256","size_bytes":null,"encoding":null},"indexed_at":"t",' +
        '"provenance":{"source_event_ids":null,"git_sha":null,"git_ref":null,"actor_id":null,"actor_kind":"llm","revised_at":null},' +
        '"superseded":false,"step_id":"specify"}},' +
        '"anomalies":[{"anomaly_type":"missing_artifact","expected_identity":{"mission_key":"m","path":"plan.md","artifact_class":"input","run_id":null,"wp_id":null},' +
        '"manifest_step":"required_always","checked_at":"c","remediation_hint":"write it"}],' +
        '"latest_snapshot":{"snapshot_hash":"s1","artifact_count":1,"anomaly_count":1,"computed_at":"c","algorithm":"sha256"},' +
        '"drift_history":[{"expected_hash":"e","actual_hash":"a","drift_kind":"artifact_added","detected_at":"d"}],' +
        '"parity_status":"drifted","event_count":4}',
    );
  });

  it("is deeply frozen, artifacts included, and the artifacts map cannot change", () => {
    const state = reduceMissionDossier(events);
    expect(isDeepFrozen(state)).toBe(true);
    for (const entry of state.artifacts.values()) expect(isDeepFrozen(entry)).toBe(true);
    const artifacts = state.artifacts as Map<string, unknown>;
    expect(() => artifacts.set("x", {})).toThrow(TypeError);
    expect(() => artifacts.delete("spec.md")).toThrow(TypeError);
    expect(() => artifacts.clear()).toThrow(TypeError);
    expect(state.artifacts.size).toBe(1);
  });

  it('stores the coerced values: artifact_count "3" as 3, anomaly_count true as 1, size_bytes "12" as 12', () => {
    const state = reduceMissionDossier([
      E(IDX, indexed("a", { content_ref: { hash: "h", algorithm: "md5", size_bytes: "12" } }), 1),
      E(SNAP, snapshot({ artifact_count: "3", anomaly_count: true, algorithm: "sha512" }), 2),
    ]);
    expect(state.artifacts.get("a")?.content_ref.size_bytes).toBe(12);
    expect(J(state).latest_snapshot).toEqual({
      snapshot_hash: "s",
      artifact_count: 3,
      anomaly_count: 1,
      computed_at: "c",
      algorithm: "sha512",
    });
  });
});

describe("reduceMissionDossier: pipeline", () => {
  it("filters first: foreign events are not counted and produce nothing", () => {
    const state = reduceMissionDossier([
      E("ConnectorProvisioned", {}, 1),
      E(IDX, indexed("a"), 2),
      E("Other", {}, 3),
    ]);
    expect(state.event_count).toBe(1);
    expect([...state.artifacts.keys()]).toEqual(["a"]);
  });

  it("sorts by (lamport_clock, isoformat, event_id) whatever the input order", () => {
    const state = reduceMissionDossier([
      E(IDX, indexed("c"), 3),
      E(IDX, indexed("b"), 1, "2026-01-01T00:00:01Z"),
      E(IDX, indexed("a"), 1, "2026-01-01T00:00:00Z"),
      E(IDX, indexed("z"), 2, "2026-01-01T00:00:00Z", eid(9002)),
      E(IDX, indexed("y"), 2, "2026-01-01T00:00:00Z", eid(9001)),
    ]);
    expect([...state.artifacts.keys()]).toEqual(["a", "b", "y", "z", "c"]);
  });

  it("keeps the last valid snapshot in sort order", () => {
    const state = reduceMissionDossier([
      E(SNAP, snapshot({ snapshot_hash: "late" }), 5),
      E(SNAP, snapshot({ snapshot_hash: "early" }), 2),
      E(SNAP, { namespace: NS, snapshot_hash: "invalid-after" }, 9),
    ]);
    expect(state.latest_snapshot?.snapshot_hash).toBe("late");
    expect(state.parity_status).toBe("clean");
  });

  it("takes algorithm from the snapshot payload, sha256 when it has none", () => {
    const state = reduceMissionDossier([E(SNAP, snapshot({ algorithm: null }), 1)]);
    expect(state.latest_snapshot?.algorithm).toBe("sha256");
  });

  it("appends anomalies and drift records in order, never deduplicated", () => {
    const state = reduceMissionDossier([
      E(MIS, missing("a"), 1),
      E(MIS, missing("a"), 2),
      E(DRIFT, drift({ drift_kind: "artifact_removed" }), 3),
      E(DRIFT, drift({ drift_kind: "artifact_removed" }), 4),
    ]);
    expect(state.anomalies).toHaveLength(2);
    expect(state.drift_history.map((d) => d.drift_kind)).toEqual([
      "artifact_removed",
      "artifact_removed",
    ]);
  });

  it("marks a superseded entry and keeps its position; the new path is appended", () => {
    const state = reduceMissionDossier([
      E(IDX, indexed("old.md"), 1),
      E(IDX, indexed("other.md"), 2),
      E(IDX, indexed("new.md", { supersedes: identity("old.md") }), 3),
    ]);
    expect([...state.artifacts].map(([path, entry]) => [path, entry.superseded])).toEqual([
      ["old.md", true],
      ["other.md", false],
      ["new.md", false],
    ]);
  });

  it("ignores a supersedes whose path is not indexed", () => {
    const state = reduceMissionDossier([
      E(IDX, indexed("a", { supersedes: identity("ghost") }), 1),
    ]);
    expect([...state.artifacts.keys()]).toEqual(["a"]);
  });

  it("ends a self-supersede with superseded false and the new content", () => {
    const state = reduceMissionDossier([
      E(IDX, indexed("spec.md"), 1),
      E(
        IDX,
        indexed("spec.md", {
          supersedes: identity("spec.md"),
          content_ref: { hash: "new", algorithm: "sha256" },
        }),
        2,
      ),
    ]);
    expect(state.artifacts.get("spec.md")?.superseded).toBe(false);
    expect(state.artifacts.get("spec.md")?.content_ref.hash).toBe("new");
  });

  it("parity: unknown with nothing, clean after a snapshot, drifted after any drift", () => {
    expect(reduceMissionDossier([E(IDX, indexed("a"), 1)]).parity_status).toBe("unknown");
    expect(reduceMissionDossier([E(SNAP, snapshot(), 1)]).parity_status).toBe("clean");
    expect(reduceMissionDossier([E(DRIFT, drift(), 1)]).parity_status).toBe("drifted");
  });

  it("drops the namespace, context_diagnostics, last_known_ref, artifact_ids_changed and rebuild_hint", () => {
    const state = J(
      reduceMissionDossier([
        E(IDX, indexed("a", { context_diagnostics: { k: "v" } }), 1),
        E(MIS, missing("b", { last_known_ref: { git_sha: "x" } }), 2),
        E(DRIFT, drift({ artifact_ids_changed: [identity("a")], rebuild_hint: "r" }), 3),
      ]),
    );
    const text = JSON.stringify(state);
    for (const key of [
      "context_diagnostics",
      "last_known_ref",
      "artifact_ids_changed",
      "rebuild_hint",
    ]) {
      expect(text).not.toContain(key);
    }
  });
});

describe("reduceMissionDossier: namespace", () => {
  it("throws NamespaceMixedStreamError with the reference's message (model reprs, step_id kept)", () => {
    const error = thrownBy(() =>
      reduceMissionDossier([
        E(IDX, indexed("a", { namespace: { ...NS, step_id: "s1" } }), 1),
        E(IDX, indexed("b", { namespace: { ...NS, feature_slug: "g", extra: 1 } }), 2),
      ]),
    );
    expect(error).toBeInstanceOf(NamespaceMixedStreamError);
    expect(error).toBeInstanceOf(SpecKittyEventsError);
    expect(error.name).toBe("NamespaceMixedStreamError");
    expect(error.message).toBe(
      "Namespace mismatch in dossier event stream. " +
        "Expected: LocalNamespaceTuple(project_uuid='p', feature_slug='f', target_branch='b', mission_key='m', manifest_version='1', step_id='s1'). " +
        "Got: LocalNamespaceTuple(project_uuid='p', feature_slug='g', target_branch='b', mission_key='m', manifest_version='1', step_id=None).",
    );
  });

  it.each(["project_uuid", "feature_slug", "target_branch", "mission_key", "manifest_version"])(
    "compares %s exactly (case-sensitive)",
    (key) => {
      const other = {
        ...NS,
        [key]: String(NS[key]).toUpperCase() === NS[key] ? "X" : String(NS[key]).toUpperCase(),
      };
      expect(
        thrownBy(() =>
          reduceMissionDossier([
            E(IDX, indexed("a"), 1),
            E(SNAP, snapshot({ namespace: other }), 2),
          ]),
        ).name,
      ).toBe("NamespaceMixedStreamError");
    },
  );

  it("ignores step_id when comparing namespaces", () => {
    const state = reduceMissionDossier([
      E(IDX, indexed("a", { namespace: { ...NS, step_id: "x" } }), 1),
      E(IDX, indexed("b", { namespace: { ...NS, step_id: "y" } }), 2),
    ]);
    expect(state.namespace?.step_id).toBeNull();
    expect([...state.artifacts.keys()]).toEqual(["a", "b"]);
  });

  it("quotes the namespace text with Python's repr in the message", () => {
    const error = thrownBy(() =>
      reduceMissionDossier([
        E(IDX, indexed("a", { namespace: { ...NS, project_uuid: "it's" } }), 1),
        E(IDX, indexed("b", { namespace: { ...NS, project_uuid: 'say "hi"\n' } }), 2),
      ]),
    );
    expect(error.message).toContain(`Expected: LocalNamespaceTuple(project_uuid="it's",`);
    expect(error.message).toContain(`Got: LocalNamespaceTuple(project_uuid='say "hi"\\n',`);
  });

  it("skips events whose namespace is absent, null or invalid in the namespace check", () => {
    const state = reduceMissionDossier([
      E(IDX, { artifact_id: identity("a") }, 1),
      E(IDX, indexed("b", { namespace: null }), 2),
      E(IDX, indexed("c", { namespace: { ...NS, feature_slug: "" } }), 3),
      E(IDX, indexed("d", { namespace: { ...NS, feature_slug: "OTHER", step_id: 7 } }), 4),
      E(IDX, indexed("e", { namespace: ["p", "f"] }), 5),
      E(IDX, indexed("f"), 6),
    ]);
    expect(state.namespace).toEqual({ ...NS, step_id: null });
    expect([...state.artifacts.keys()]).toEqual(["f"]);
    expect(state.event_count).toBe(6);
  });

  it("gives a null namespace when no event has a valid one", () => {
    const state = reduceMissionDossier([E(IDX, { namespace: {} }, 1), E(SNAP, {}, 2)]);
    expect(state.namespace).toBeNull();
    expect(state.event_count).toBe(2);
  });

  it('keeps the first namespace\'s step_id with one distinct step id; ["", null] gives ""', () => {
    const one = reduceMissionDossier([
      E(IDX, indexed("a", { namespace: { ...NS, step_id: "x" } }), 1),
      E(IDX, indexed("b", { namespace: { ...NS, step_id: "x" } }), 2),
    ]);
    expect(one.namespace?.step_id).toBe("x");
    const empty = reduceMissionDossier([
      E(IDX, indexed("a", { namespace: { ...NS, step_id: "" } }), 1),
      E(IDX, indexed("b"), 2),
    ]);
    expect(empty.namespace?.step_id).toBe("");
  });

  it("drops unknown namespace keys from the state's namespace", () => {
    const state = reduceMissionDossier([E(IDX, indexed("a", { namespace: { ...NS, x: 1 } }), 1)]);
    expect(JSON.stringify(state.namespace)).toBe(
      '{"project_uuid":"p","feature_slug":"f","target_branch":"b","mission_key":"m","manifest_version":"1","step_id":null}',
    );
  });
});

describe("reduceMissionDossier: the sheet's quirks", () => {
  it("Q-D1: an event with an invalid payload is skipped silently but counted in event_count", () => {
    const state = reduceMissionDossier([E(IDX, indexed("a"), 1), E(SNAP, { namespace: NS }, 2)]);
    expect(state.event_count).toBe(2);
    expect(state.latest_snapshot).toBeNull();
    expect(state.parity_status).toBe("unknown");
  });

  it("Q-D2: the namespace can come from an otherwise invalid payload (and the fold stored nothing)", () => {
    const state = J(reduceMissionDossier([E(SNAP, { namespace: { ...NS, step_id: "S" } })]));
    expect(state.namespace).toEqual({ ...NS, step_id: "S" });
    expect(state.latest_snapshot).toBeNull();
    expect(state.event_count).toBe(1);
  });

  it("Q-D2: an otherwise invalid payload with another namespace raises NamespaceMixedStreamError", () => {
    const run = () =>
      reduceMissionDossier([
        E(IDX, indexed("a"), 1),
        E(DRIFT, { namespace: { ...NS, feature_slug: "g" } }, 2),
      ]);
    expect(thrownBy(run).name).toBe("NamespaceMixedStreamError");
  });

  it("Q-D3: step_id normalisation is asymmetric: [none, 'x'] gives None, ['x', none] gives 'x'", () => {
    const noneThenX = reduceMissionDossier([
      E(IDX, indexed("a"), 1),
      E(IDX, indexed("b", { namespace: { ...NS, step_id: "x" } }), 2),
    ]);
    expect(noneThenX.namespace?.step_id).toBeNull();
    const xThenNone = reduceMissionDossier([
      E(IDX, indexed("a", { namespace: { ...NS, step_id: "x" } }), 1),
      E(IDX, indexed("b"), 2),
    ]);
    expect(xThenNone.namespace?.step_id).toBe("x");
  });

  it("Q-D4: a missing-artifact anomaly is never cleared by a later Indexed event for the path", () => {
    const state = reduceMissionDossier([
      E(
        MIS,
        {
          namespace: NS,
          expected_identity: { mission_key: "m", path: "a", artifact_class: "input" },
          manifest_step: "s",
          checked_at: "c",
        },
        1,
      ),
      E(IDX, indexed("a"), 2),
    ]);
    expect(state.anomalies).toHaveLength(1);
    expect([...state.artifacts.keys()]).toEqual(["a"]);
  });

  it("Q-D5: any drift makes the status drifted for good, even anomaly_resolved before a snapshot", () => {
    const state = reduceMissionDossier([
      E(
        DRIFT,
        {
          namespace: NS,
          expected_hash: "e",
          actual_hash: "a",
          detected_at: "d",
          drift_kind: "anomaly_resolved",
        },
        1,
      ),
      E(
        SNAP,
        {
          namespace: NS,
          snapshot_hash: "s",
          artifact_count: 0,
          anomaly_count: 0,
          computed_at: "c",
        },
        2,
      ),
    ]);
    expect(state.parity_status).toBe("drifted");
    expect(state.latest_snapshot?.snapshot_hash).toBe("s");
  });

  it("Q-D6: artifacts are keyed by path alone: another mission_key or class overwrites the entry in place", () => {
    const state = reduceMissionDossier([
      E(IDX, indexed("a"), 1),
      E(IDX, indexed("b"), 2),
      E(
        IDX,
        indexed("a", {
          artifact_id: { mission_key: "OTHER", path: "a", artifact_class: "policy" },
        }),
        3,
      ),
      E(
        IDX,
        indexed("c", {
          supersedes: { mission_key: "ELSEWHERE", path: "b", artifact_class: "runtime" },
        }),
        4,
      ),
    ]);
    expect(state.artifacts.size).toBe(3);
    expect([...state.artifacts.keys()]).toEqual(["a", "b", "c"]);
    expect(state.artifacts.get("a")?.identity.mission_key).toBe("OTHER");
    expect(state.artifacts.get("a")?.identity.artifact_class).toBe("policy");
    expect(state.artifacts.get("b")?.superseded).toBe(true);
  });

  it("Q-D7: filter -> sort -> dedup: a foreign event sharing a family event's id does not hide it", () => {
    const shared = "01J00000000000000000000XXX";
    const state = reduceMissionDossier([
      E(IDX, indexed("a"), 2, undefined, shared),
      E("Other", {}, 1, undefined, shared),
    ]);
    expect(state.event_count).toBe(1);
    expect([...state.artifacts.keys()]).toEqual(["a"]);
  });

  it("Q-D8: among duplicate event_ids the copy with the lower Lamport clock wins, whatever the input order", () => {
    const id = eid(7777);
    const state = reduceMissionDossier([
      E(
        IDX,
        indexed("a", { content_ref: { hash: "lamport-5", algorithm: "sha256" } }),
        5,
        undefined,
        id,
      ),
      E(
        IDX,
        indexed("a", { content_ref: { hash: "lamport-1", algorithm: "sha256" } }),
        1,
        undefined,
        id,
      ),
    ]);
    expect(state.artifacts.get("a")?.content_ref.hash).toBe("lamport-1");
    expect(state.event_count).toBe(1);
  });

  it("Q-D8: a duplicate whose id differs only in case is the same event (normalised ids)", () => {
    const state = reduceMissionDossier([
      E(IDX, indexed("a"), 1, undefined, "01jabcdefghjkmnpqrstvwxyz0"),
      E(IDX, indexed("b"), 2, undefined, "01JABCDEFGHJKMNPQRSTVWXYZ0"),
    ]);
    expect(state.event_count).toBe(1);
    expect([...state.artifacts.keys()]).toEqual(["a"]);
  });

  it("Q-D9: equal clocks tie-break on the isoformat text, not on the instant", () => {
    const state = reduceMissionDossier([
      E(IDX, indexed("a"), 1, "2026-01-01T09:00:00+05:00"),
      E(IDX, indexed("b"), 1, "2026-01-01T08:00:00Z"),
    ]);
    expect([...state.artifacts.keys()]).toEqual(["b", "a"]);
  });

  it("Q-D10: an empty-string namespace step_id is a distinct non-null value", () => {
    const state = reduceMissionDossier([
      E(IDX, indexed("a", { namespace: { ...NS, step_id: "" } }), 1),
      E(IDX, indexed("b", { namespace: { ...NS, step_id: "x" } }), 2),
    ]);
    expect(state.namespace?.step_id).toBeNull();
  });

  it("Q-D11: paths such as __proto__ and 7 are ordinary keys kept in insertion order", () => {
    const state = reduceMissionDossier([
      E(IDX, indexed("__proto__"), 1),
      E(IDX, indexed("7"), 2),
      E(IDX, indexed("constructor"), 3),
    ]);
    expect([...state.artifacts.keys()]).toEqual(["__proto__", "7", "constructor"]);
    const text = JSON.stringify(state);
    const order = ['"__proto__":', '"7":', '"constructor":'].map((key) => text.indexOf(key));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBeGreaterThan(0);
    // Read back, the key is an own property, not a prototype.
    const artifacts = J(state).artifacts as Record<string, unknown>;
    expect(Object.getPrototypeOf(artifacts)).toBe(Object.prototype);
    expect(Object.hasOwn(artifacts, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
