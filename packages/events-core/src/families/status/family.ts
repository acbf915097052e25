import { defineFamily } from "../../family.js";
import { frozenSet } from "../../rules/frozen.js";
import { LaneSchema, SyncLaneV1Schema } from "./lanes.js";

/**
 * The status family: work-package lanes and the V1 sync-lane mapping (published as the
 * `lane` and `sync_lane_v1` schemas; lane-mapping fixtures).
 */
export const STATUS_FAMILY = defineFamily({
  name: "status",
  title: "work-package status",
  schemaVersion: "2.7.0",
  since: "2.0.0",
  fixtureCategories: ["lane_mapping"],
  eventTypes: frozenSet<string>([]),
  payloads: [],
  enums: [
    { schemaName: "lane", schema: LaneSchema },
    { schemaName: "sync_lane_v1", schema: SyncLaneV1Schema },
  ],
});
