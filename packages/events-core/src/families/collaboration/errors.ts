import { SpecKittyEventsError } from "../../errors.js";
import { pythonValueRepr } from "../../python/python-value.js";

/**
 * Raised by the collaboration reducer in strict mode when an event names a participant that
 * is neither active nor departed (the reference's `UnknownParticipantError`, a
 * {@link SpecKittyEventsError}). Message:
 * `Unknown participant <repr(participant_id)> in event <event_id> (type=<event_type>). Not in mission roster.`
 */
export class UnknownParticipantError extends SpecKittyEventsError {
  /** The participant id as the event gave it (a warning's list may hold a non-string). */
  readonly participantId: unknown;
  /** `event_id` of the event. */
  readonly eventId: string;
  /** `event_type` of the event. */
  readonly eventType: string;

  constructor(participantId: unknown, eventId: string, eventType: string) {
    super(
      `Unknown participant ${pythonValueRepr(participantId)} in event ${eventId} (type=${eventType}). Not in mission roster.`,
    );
    this.name = "UnknownParticipantError";
    this.participantId = participantId;
    this.eventId = eventId;
    this.eventType = eventType;
  }
}
