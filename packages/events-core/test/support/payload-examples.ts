/** A valid example payload of every registered payload type, from each family's test support. */
import { AUDIT_EXAMPLES, DECISION_POINT_EXAMPLES } from "./audit-decisionpoint.js";
import { COLLABORATION_EXAMPLES } from "./collaboration.js";
import { CONNECTOR_EXAMPLES, SYNC_EXAMPLES } from "./connector-sync.js";
import { DOSSIER_EXAMPLES } from "./dossier.js";
import { GLOSSARY_EXAMPLES, MISSION_NEXT_EXAMPLES } from "./glossary-mission-next.js";
import { STATUS_GATES_LIFECYCLE_EXAMPLES } from "./status-gates-lifecycle.js";

/** Every family's example payloads, by event type. */
export const PAYLOAD_EXAMPLES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  ...COLLABORATION_EXAMPLES,
  ...CONNECTOR_EXAMPLES,
  ...SYNC_EXAMPLES,
  ...DOSSIER_EXAMPLES,
  ...AUDIT_EXAMPLES,
  ...DECISION_POINT_EXAMPLES,
  ...STATUS_GATES_LIFECYCLE_EXAMPLES,
  ...GLOSSARY_EXAMPLES,
  ...MISSION_NEXT_EXAMPLES,
};
