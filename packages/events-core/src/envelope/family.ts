import { defineFamily, payload } from "../family.js";
import { frozenSet } from "../support/frozen.js";
import { EventSchema } from "./event.js";

/**
 * The envelope as an entry of the list of families: the event type `Event` (a whole envelope,
 * schema `event`) and the envelope fixture categories. It has no reducer.
 */
export const ENVELOPE_FAMILY = defineFamily({
  name: "envelope",
  title: "event envelope",
  schemaVersion: "2.7.0",
  since: "1.0.0",
  fixtureCategories: ["events"],
  eventTypes: frozenSet<string>([]),
  payloads: [payload("Event", "event", EventSchema)],
});
