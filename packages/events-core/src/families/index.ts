/**
 * The list of contract families: the registry, the validator, the schema generator, the
 * command line and the conformance suite are derived from it. A family is its folder plus
 * one line here (in the reference's order).
 */
import { ENVELOPE_FAMILY } from "../envelope/family.js";
import { COLLABORATION_FAMILY } from "./collaboration/family.js";
import { CONNECTOR_FAMILY } from "./connector/family.js";
import { DECISION_POINT_FAMILY } from "./decisionpoint/family.js";
import { DOSSIER_FAMILY } from "./dossier/family.js";
import { GATES_FAMILY } from "./gates/family.js";
import { GLOSSARY_FAMILY } from "./glossary/family.js";
import { LIFECYCLE_FAMILY } from "./lifecycle/family.js";
import { MISSION_AUDIT_FAMILY } from "./mission_audit/family.js";
import { MISSION_NEXT_FAMILY } from "./mission_next/family.js";
import { STATUS_FAMILY } from "./status/family.js";
import { SYNC_FAMILY } from "./sync/family.js";

/** Every family of the contract, the envelope first, in the reference's order. */
export const CONTRACT_FAMILIES = Object.freeze([
  ENVELOPE_FAMILY,
  STATUS_FAMILY,
  GATES_FAMILY,
  LIFECYCLE_FAMILY,
  COLLABORATION_FAMILY,
  GLOSSARY_FAMILY,
  MISSION_NEXT_FAMILY,
  DOSSIER_FAMILY,
  MISSION_AUDIT_FAMILY,
  DECISION_POINT_FAMILY,
  CONNECTOR_FAMILY,
  SYNC_FAMILY,
] as const);

/** A family of {@link CONTRACT_FAMILIES}. */
export type KnownFamily = (typeof CONTRACT_FAMILIES)[number];

/** The name of a family of {@link CONTRACT_FAMILIES}. */
export type FamilyName = KnownFamily["name"];
