// Generated from the published schemas by `pnpm validators:generate`; do not edit.
// A schema layer's ajv validator, compiled ahead of time (tooling/scripts/validators.ts).
// @ts-nocheck
export { validate as connector_degraded_payload } from "./connector_degraded_payload.js";
export { validate as connector_health_checked_payload } from "./connector_health_checked_payload.js";
export { validate as connector_provisioned_payload } from "./connector_provisioned_payload.js";
export { validate as connector_reconnected_payload } from "./connector_reconnected_payload.js";
export { validate as connector_revoked_payload } from "./connector_revoked_payload.js";
export { validate as decision_input_answered_payload } from "./decision_input_answered_payload.js";
export { validate as decision_input_requested_payload } from "./decision_input_requested_payload.js";
export { validate as event } from "./event.js";
export { validate as external_reference_linked_payload } from "./external_reference_linked_payload.js";
export { validate as generation_blocked_by_semantic_conflict_payload } from "./generation_blocked_by_semantic_conflict_payload.js";
export { validate as glossary_clarification_requested_payload } from "./glossary_clarification_requested_payload.js";
export { validate as glossary_clarification_resolved_payload } from "./glossary_clarification_resolved_payload.js";
export { validate as glossary_scope_activated_payload } from "./glossary_scope_activated_payload.js";
export { validate as glossary_sense_updated_payload } from "./glossary_sense_updated_payload.js";
export { validate as glossary_strictness_set_payload } from "./glossary_strictness_set_payload.js";
export { validate as lane } from "./lane.js";
export { validate as mission_run_completed_payload } from "./mission_run_completed_payload.js";
export { validate as mission_run_started_payload } from "./mission_run_started_payload.js";
export { validate as next_step_auto_completed_payload } from "./next_step_auto_completed_payload.js";
export { validate as next_step_issued_payload } from "./next_step_issued_payload.js";
export { validate as runtime_actor_identity } from "./runtime_actor_identity.js";
export { validate as semantic_check_evaluated_payload } from "./semantic_check_evaluated_payload.js";
export { validate as semantic_conflict_entry } from "./semantic_conflict_entry.js";
export { validate as sync_dead_lettered_payload } from "./sync_dead_lettered_payload.js";
export { validate as sync_ingest_accepted_payload } from "./sync_ingest_accepted_payload.js";
export { validate as sync_ingest_rejected_payload } from "./sync_ingest_rejected_payload.js";
export { validate as sync_lane_v1 } from "./sync_lane_v1.js";
export { validate as sync_replay_completed_payload } from "./sync_replay_completed_payload.js";
export { validate as sync_retry_scheduled_payload } from "./sync_retry_scheduled_payload.js";
export { validate as term_candidate_observed_payload } from "./term_candidate_observed_payload.js";
