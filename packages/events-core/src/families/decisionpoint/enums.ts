import { enumField } from "../../rules/enum.js";

/** Lifecycle states of a decision point (values). */
export const DecisionPointState = Object.freeze({
  OPEN: "open",
  DISCUSSING: "discussing",
  RESOLVED: "resolved",
  OVERRIDDEN: "overridden",
} as const);

/** A decision point lifecycle state. */
export type DecisionPointState = (typeof DecisionPointState)[keyof typeof DecisionPointState];

/** The authority an actor holds over a decision point (values). */
export const DecisionAuthorityRole = Object.freeze({
  MISSION_OWNER: "mission_owner",
  ADVISORY: "advisory",
  INFORMED: "informed",
} as const);

/** A decision authority role. */
export type DecisionAuthorityRole =
  (typeof DecisionAuthorityRole)[keyof typeof DecisionAuthorityRole];

/** Field schema of {@link DecisionPointState}; shared by every model that uses it. */
export const DecisionPointStateSchema = enumField(
  "DecisionPointState",
  Object.values(DecisionPointState),
);

/** Field schema of {@link DecisionAuthorityRole}; shared by every model that uses it. */
export const DecisionAuthorityRoleSchema = enumField(
  "DecisionAuthorityRole",
  Object.values(DecisionAuthorityRole),
);
