// A consumer's code, read by readable-types.test.ts with the TypeScript compiler: the types an
// editor shows on hover for what the packages give.
import { validateEvent } from "@spec-kitty/events-conformance";
import {
  ConnectorProvisionedPayloadSchema,
  parseEvent,
  parseKnownEvent,
  parseModel,
  reduceConnectorEvents,
  reduceSyncEvents,
} from "@spec-kitty/events-core";

export const parsedEvent = parseEvent({});
export const parsedPayload = parseModel(ConnectorProvisionedPayloadSchema, {});
export const knownEvent = parseKnownEvent({});
export const narrowedPayload =
  knownEvent.event_type === "SyncIngestAccepted" ? knownEvent.payload : undefined;
export const connectorState = reduceConnectorEvents([parsedEvent]);
export const syncState = reduceSyncEvents([parsedEvent]);
export const verdict = validateEvent({}, "ConnectorProvisioned");
validateEvent({}, "Conn");
