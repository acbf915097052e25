// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
export { validate as connector_degraded_payload } from "./connector_degraded_payload.js";
export { validate as connector_health_checked_payload } from "./connector_health_checked_payload.js";
export { validate as connector_provisioned_payload } from "./connector_provisioned_payload.js";
export { validate as connector_reconnected_payload } from "./connector_reconnected_payload.js";
export { validate as connector_revoked_payload } from "./connector_revoked_payload.js";
export { validate as event } from "./event.js";
export { validate as external_reference_linked_payload } from "./external_reference_linked_payload.js";
export { validate as lane } from "./lane.js";
export { validate as sync_dead_lettered_payload } from "./sync_dead_lettered_payload.js";
export { validate as sync_ingest_accepted_payload } from "./sync_ingest_accepted_payload.js";
export { validate as sync_ingest_rejected_payload } from "./sync_ingest_rejected_payload.js";
export { validate as sync_lane_v1 } from "./sync_lane_v1.js";
export { validate as sync_replay_completed_payload } from "./sync_replay_completed_payload.js";
export { validate as sync_retry_scheduled_payload } from "./sync_retry_scheduled_payload.js";
