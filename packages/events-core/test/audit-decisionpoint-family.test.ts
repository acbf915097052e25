import { describe, expect, it } from "vitest";
import { CONTRACT_FAMILIES } from "../src/families/index.js";
import { EVENT_TYPE_REGISTRY, PUBLISHED_SCHEMAS, REDUCING_FAMILIES } from "../src/registry.js";
import { auditEvent, dpEvent } from "./support/audit-decisionpoint.js";

const core = await import("../src/index.js");
const audit = await import("../src/families/mission_audit/index.js");
const decisionpoint = await import("../src/families/decisionpoint/index.js");

describe("the mission audit and DecisionPoint descriptors", () => {
  it("sit in the list of families in the reference's order: dossier, mission_audit, decisionpoint, connector", () => {
    const names: string[] = CONTRACT_FAMILIES.map((family) => family.name);
    const at = (name: string) => names.indexOf(name);
    expect(at("mission_audit")).toBe(at("dossier") + 1);
    expect(at("decisionpoint")).toBe(at("mission_audit") + 1);
    expect(at("connector")).toBe(at("decisionpoint") + 1);
  });

  it.each([
    [audit.MISSION_AUDIT_FAMILY, "mission_audit", "2.5.0", "ReducedMissionAuditState", 5],
    [decisionpoint.DECISION_POINT_FAMILY, "decisionpoint", "2.6.0", "ReducedDecisionPointState", 4],
  ] as const)(
    "%# %s: since %s, reducer output %s, %i event types registered",
    (family, name, since, output, types) => {
      expect([family.name, family.since, family.schemaVersion]).toEqual([name, since, since]);
      expect(family.fixtureCategories).toEqual([name]);
      expect(family.reducer?.outputModel).toBe(output);
      expect(family.reducer?.modes).toEqual([]);
      expect(family.payloads).toHaveLength(types);
      expect([...family.eventTypes].sort()).toEqual(family.payloads.map((p) => p.eventType).sort());
      for (const { eventType, schemaName, model } of family.payloads) {
        expect(EVENT_TYPE_REGISTRY.get(eventType)?.family).toBe(name);
        expect(PUBLISHED_SCHEMAS.get(schemaName)).toEqual({ kind: "model", schemaName, model });
      }
      expect(family.models).toEqual([]);
      expect(family.enums).toEqual([]);
      expect(REDUCING_FAMILIES.get(name)).toBe(family);
    },
  );

  it("reduce through the descriptor as the exported reducers do", () => {
    const auditEvents = [
      auditEvent("MissionAuditRequested", 1),
      auditEvent("MissionAuditStarted", 2),
    ];
    expect(audit.MISSION_AUDIT_FAMILY.reducer?.reduce(auditEvents)).toEqual(
      audit.reduceMissionAuditEvents(auditEvents),
    );
    const dpEvents = [dpEvent("DecisionPointOpened", 1)];
    expect(decisionpoint.DECISION_POINT_FAMILY.reducer?.reduce(dpEvents)).toEqual(
      decisionpoint.reduceDecisionPointEvents(dpEvents),
    );
  });

  it("summarize the default states readably", () => {
    const auditSummary = audit.summarizeMissionAuditState(audit.reduceMissionAuditEvents([]));
    expect(auditSummary.title).toBe("mission audit projection");
    expect(auditSummary.rows.find((row) => row.label === "status")?.value).toBe("pending");
    expect(auditSummary.rows.find((row) => row.label === "anomalies")?.value).toBe("0");
    const dpSummary = decisionpoint.summarizeDecisionPointState(
      decisionpoint.reduceDecisionPointEvents([]),
    );
    expect(dpSummary.title).toBe("decision point projection");
    expect(dpSummary.rows.find((row) => row.label === "state")?.value).toBe("(none)");
    expect(dpSummary.rows.find((row) => row.label === "last actor")?.value).toBe("(none)");
  });

  it("neither freeze nor share the caller's payloads (outputs hold copies)", () => {
    const at = auditEvent("MissionAuditRequested", 1).timestamp;
    const scope = ["spec.md"];
    const requested = {
      event_id: "01HZ0000000000000000000001",
      event_type: "MissionAuditRequested",
      lamport_clock: 1,
      timestamp: at,
      payload: { ...auditEvent("MissionAuditRequested", 1).payload, audit_scope: scope },
    };
    const auditState = audit.reduceMissionAuditEvents([requested]);
    expect(auditState.audit_scope).toEqual(["spec.md"]);
    expect(auditState.audit_scope).not.toBe(scope);
    expect(Object.isFrozen(scope) || Object.isFrozen(requested.payload)).toBe(false);
    const decision = {
      ...requested,
      event_id: "01HZ0000000000000000000002",
      event_type: "MissionAuditDecisionRequested",
      lamport_clock: 2,
      payload: { ...auditEvent("MissionAuditDecisionRequested", 2).payload },
    };
    const waiting = audit.reduceMissionAuditEvents([requested, decision]);
    expect(Object.keys(waiting.pending_decisions[0] ?? {})).toEqual([
      "decision_id",
      "question",
      "context_summary",
      "severity",
    ]);
    expect(waiting.pending_decisions[0]).not.toBe(decision.payload);
    expect(Object.isFrozen(decision.payload)).toBe(false);
    const evidence = ["docs/adr.md"];
    const opened = {
      ...requested,
      event_type: "DecisionPointOpened",
      payload: { ...dpEvent("DecisionPointOpened", 1).payload, evidence_refs: evidence },
    };
    const dpState = decisionpoint.reduceDecisionPointEvents([opened]);
    expect(dpState.last_evidence_refs).toEqual(["docs/adr.md"]);
    expect(dpState.last_evidence_refs).not.toBe(evidence);
    expect(Object.isFrozen(evidence) || Object.isFrozen(opened.payload)).toBe(false);
  });

  it("re-exports every runtime name of both families from the package entry", () => {
    for (const family of [audit, decisionpoint]) {
      for (const [name, value] of Object.entries(family)) {
        expect((core as Record<string, unknown>)[name], name).toBe(value);
      }
    }
  });
});
