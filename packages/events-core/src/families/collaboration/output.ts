import { model } from "../../model/model.js";
import type { DateTimeValue } from "../../rules/datetime.js";
import { nullableField } from "../../rules/defaults.js";
import { dictField } from "../../rules/dict.js";
import { tupleField } from "../../rules/list.js";
import { stringField } from "../../rules/string.js";
import type { FocusTarget, ParticipantIdentity } from "./payloads.js";

/**
 * An event the collaboration reducer could not apply, with the reason. JSON keys in this
 * order: `event_id`, `event_type`, `reason` (no kind).
 */
export interface CollaborationAnomaly {
  /** `event_id` of the event. */
  readonly event_id: string;
  /** `event_type` of the event. */
  readonly event_type: string;
  /** Reference reason text, e.g. `Unknown participant 'p9'`. */
  readonly reason: string;
}

/**
 * A warning of the projection (`ConcurrentDriverWarning`, `PotentialStepCollisionDetected`,
 * or the `UnknownWarning` placeholder of a permissive acknowledgement of an unknown warning).
 */
export interface WarningEntry {
  /** Warning id. */
  readonly warning_id: string;
  /** `event_id` of the event that last set the warning. */
  readonly event_id: string;
  /** Event type of that event, or `UnknownWarning` for a placeholder. */
  readonly warning_type: string;
  /** The participants as the warning event gave them (repeats kept). */
  readonly participant_ids: readonly string[];
  /**
   * Acknowledgement per participant, in first-acknowledgement order (a later one by the same
   * participant replaces the value); a JSON object in that order.
   */
  readonly acknowledgements: ReadonlyMap<string, string>;
}

/** A decision captured by a participant. */
export interface DecisionEntry {
  /** Decision id. */
  readonly decision_id: string;
  /** `event_id` of the `DecisionCaptured` event. */
  readonly event_id: string;
  /** Author. */
  readonly participant_id: string;
  /** Topic or question. */
  readonly topic: string;
  /** Selected option. */
  readonly chosen_option: string;
  /** Warning that prompted the decision (not checked against the warnings), or `null`. */
  readonly referenced_warning_id: string | null;
}

/** A comment posted by a participant. */
export interface CommentEntry {
  /** Comment id. */
  readonly comment_id: string;
  /** `event_id` of the `CommentPosted` event. */
  readonly event_id: string;
  /** Author. */
  readonly participant_id: string;
  /** Comment text (may be empty). */
  readonly content: string;
  /** Parent comment id, or `null`. */
  readonly reply_to: string | null;
}

/**
 * The projection of a collaboration event stream (deeply immutable). `JSON.stringify` gives
 * the reference's JSON form: keys in this order, every map as an object in insertion order
 * (integer-like ids such as `"1"` keep their position).
 */
export interface ReducedCollaborationState {
  /** `mission_id` of the first collaboration event when a non-empty string, else `""`. */
  readonly mission_id: string;
  /** Active participants by participant id (the roster first, then joins). */
  readonly participants: ReadonlyMap<string, ParticipantIdentity>;
  /** Participants who left, by participant id, in order of leaving. */
  readonly departed_participants: ReadonlyMap<string, ParticipantIdentity>;
  /** Last heartbeat time per participant (JSON datetime form). */
  readonly presence: ReadonlyMap<string, DateTimeValue>;
  /**
   * Participants whose drive intent is active. The reference writes a set in hash order; the
   * port writes it sorted by code point (compare as a set).
   */
  readonly active_drivers: readonly string[];
  /** Current focus per participant. */
  readonly focus_by_participant: ReadonlyMap<string, FocusTarget>;
  /**
   * Participants per focus key `<target_type>:<target_id>` (keys in the reference's order;
   * each set written sorted by code point: compare as sets).
   */
  readonly participants_by_focus: ReadonlyMap<string, readonly string[]>;
  /** Warnings, in order of first appearance of their id. */
  readonly warnings: readonly WarningEntry[];
  /** Decisions, in fold order. */
  readonly decisions: readonly DecisionEntry[];
  /** Comments, in fold order. */
  readonly comments: readonly CommentEntry[];
  /** Steps started and not yet completed, per participant (emptied lists stay). */
  readonly active_executions: ReadonlyMap<string, readonly string[]>;
  /** Linked session ids per participant (never pruned). */
  readonly linked_sessions: ReadonlyMap<string, readonly string[]>;
  /** Events not applied, with the reason (permissive mode; some also in strict mode). */
  readonly anomalies: readonly CollaborationAnomaly[];
  /** Number of collaboration events after dedup. */
  readonly event_count: number;
  /** `event_id` of the last collaboration event folded, or `null` when none. */
  readonly last_processed_event_id: string | null;
}

/**
 * The rules of {@link WarningEntry} (the reference's pydantic model): every field a string,
 * `participant_ids` a tuple of strings, `acknowledgements` a map of strings. The reducer
 * checks an entry with it when it assembles the output.
 */
export const WarningEntrySchema = model("WarningEntry", "A warning of the projection.", {
  warning_id: stringField(),
  event_id: stringField(),
  warning_type: stringField(),
  participant_ids: tupleField(stringField()),
  acknowledgements: dictField(stringField()),
});

/** The rules of {@link DecisionEntry}: strings, `referenced_warning_id` a string or `null`. */
export const DecisionEntrySchema = model("DecisionEntry", "A captured decision.", {
  decision_id: stringField(),
  event_id: stringField(),
  participant_id: stringField(),
  topic: stringField(),
  chosen_option: stringField(),
  referenced_warning_id: nullableField(stringField()),
});

/** The rules of {@link CommentEntry}: strings, `reply_to` a string or `null`. */
export const CommentEntrySchema = model("CommentEntry", "A posted comment.", {
  comment_id: stringField(),
  event_id: stringField(),
  participant_id: stringField(),
  content: stringField(),
  reply_to: nullableField(stringField()),
});
