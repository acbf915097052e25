import {
  type Event,
  formatModelIssues,
  pythonRepr,
  reduceConnectorEvents,
  reduceSyncEvents,
  safeParseEvent,
} from "@spec-kitty/events-core";

/** A reducer of the contract, as used for golden outputs. */
export type ReplayReducer = (events: readonly Event[]) => unknown;

/**
 * The reducer of each golden output model (`event_type` of a `reducer_output` manifest
 * entry): `ReducedConnectorState` and `ReducedSyncState`.
 */
export const REDUCERS_BY_OUTPUT: ReadonlyMap<string, ReplayReducer> = new Map<
  string,
  ReplayReducer
>([
  ["ReducedConnectorState", reduceConnectorEvents],
  ["ReducedSyncState", reduceSyncEvents],
]);

/** Raised when a replay line is not a valid envelope, or a golden names no known reducer. */
export class ReplayError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReplayError";
  }
}

/**
 * Parses the envelopes of a replay stream (model layer); throws {@link ReplayError} naming
 * the 1-based position and every bad field of the first invalid envelope.
 */
export function parseReplayEnvelopes(streamId: string, lines: readonly unknown[]): Event[] {
  return lines.map((line, index) => {
    const parsed = safeParseEvent(line);
    if (!parsed.success) {
      throw new ReplayError(
        `Replay stream ${pythonRepr(streamId)}, event ${index + 1}: ${formatModelIssues(parsed.issues)}`,
      );
    }
    return parsed.output;
  });
}

/**
 * Reduces parsed envelopes with the reducer of a golden output model and returns the JSON
 * value of the result (what a golden file holds, before key sorting).
 */
export function reduceForOutput(outputModel: string, events: readonly Event[]): unknown {
  const reducer = REDUCERS_BY_OUTPUT.get(outputModel);
  if (reducer === undefined) {
    throw new ReplayError(
      `No reducer for output model ${pythonRepr(outputModel)}; known: [${[...REDUCERS_BY_OUTPUT.keys()].map(pythonRepr).join(", ")}]`,
    );
  }
  return JSON.parse(JSON.stringify(reducer(events)));
}
