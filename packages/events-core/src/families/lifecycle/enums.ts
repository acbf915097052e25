/** Statuses of a mission (values; `cancelled` with two Ls, unlike the lane `canceled`). */
export const MissionStatus = Object.freeze({
  ACTIVE: "active",
  COMPLETED: "completed",
  CANCELLED: "cancelled",
} as const);

/** A mission status value. */
export type MissionStatus = (typeof MissionStatus)[keyof typeof MissionStatus];
