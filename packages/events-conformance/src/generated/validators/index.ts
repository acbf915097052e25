// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
export { validate as auth_principal_binding } from "./auth_principal_binding.js";
export { validate as comment_posted_payload } from "./comment_posted_payload.js";
export { validate as concurrent_driver_warning_payload } from "./concurrent_driver_warning_payload.js";
export { validate as connector_degraded_payload } from "./connector_degraded_payload.js";
export { validate as connector_health_checked_payload } from "./connector_health_checked_payload.js";
export { validate as connector_provisioned_payload } from "./connector_provisioned_payload.js";
export { validate as connector_reconnected_payload } from "./connector_reconnected_payload.js";
export { validate as connector_revoked_payload } from "./connector_revoked_payload.js";
export { validate as decision_captured_payload } from "./decision_captured_payload.js";
export { validate as drive_intent_set_payload } from "./drive_intent_set_payload.js";
export { validate as event } from "./event.js";
export { validate as external_reference_linked_payload } from "./external_reference_linked_payload.js";
export { validate as focus_changed_payload } from "./focus_changed_payload.js";
export { validate as focus_target } from "./focus_target.js";
export { validate as lane } from "./lane.js";
export { validate as participant_identity } from "./participant_identity.js";
export { validate as participant_invited_payload } from "./participant_invited_payload.js";
export { validate as participant_joined_payload } from "./participant_joined_payload.js";
export { validate as participant_left_payload } from "./participant_left_payload.js";
export { validate as potential_step_collision_detected_payload } from "./potential_step_collision_detected_payload.js";
export { validate as presence_heartbeat_payload } from "./presence_heartbeat_payload.js";
export { validate as prompt_step_execution_completed_payload } from "./prompt_step_execution_completed_payload.js";
export { validate as prompt_step_execution_started_payload } from "./prompt_step_execution_started_payload.js";
export { validate as session_linked_payload } from "./session_linked_payload.js";
export { validate as sync_dead_lettered_payload } from "./sync_dead_lettered_payload.js";
export { validate as sync_ingest_accepted_payload } from "./sync_ingest_accepted_payload.js";
export { validate as sync_ingest_rejected_payload } from "./sync_ingest_rejected_payload.js";
export { validate as sync_lane_v1 } from "./sync_lane_v1.js";
export { validate as sync_replay_completed_payload } from "./sync_replay_completed_payload.js";
export { validate as sync_retry_scheduled_payload } from "./sync_retry_scheduled_payload.js";
export { validate as warning_acknowledged_payload } from "./warning_acknowledged_payload.js";
