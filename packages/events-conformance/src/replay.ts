import {
  type ContractFamily,
  type Event,
  type FamilyReducerOptions,
  formatModelIssues,
  pythonRepr,
  REDUCING_FAMILIES,
  safeParseEvent,
} from "@spec-kitty/events-core";

/** A reducer of the contract, as used for golden outputs. */
export type ReplayReducer = (events: readonly Event[], options?: FamilyReducerOptions) => unknown;

/**
 * The reducer of each golden output model (`event_type` of a `reducer_output` manifest
 * entry), derived from the list of families: `ReducedConnectorState`, `ReducedSyncState`, ...
 */
export const REDUCERS_BY_OUTPUT: ReadonlyMap<string, ReplayReducer> = new Map(
  [...REDUCING_FAMILIES.values()].flatMap((family: ContractFamily) =>
    family.reducer === null
      ? []
      : [[family.reducer.outputModel, family.reducer.reduce.bind(family.reducer)] as const],
  ),
);

/** The family whose reducer produces `outputModel`, or `undefined`. */
export function familyOfOutput(outputModel: string): ContractFamily | undefined {
  return [...REDUCING_FAMILIES.values()].find(
    (family) => family.reducer?.outputModel === outputModel,
  );
}

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
 * The reducer mode a golden output file is for: the last `_`-separated word of its file name
 * before `_output` when it is one of the reducer's modes (`stream_permissive_output.json`),
 * else `undefined` (the reducer's default mode).
 */
export function goldenMode(outputModel: string, goldenPath: string): string | undefined {
  const modes = familyOfOutput(outputModel)?.reducer?.modes ?? [];
  const stem = (goldenPath.split("/").pop() ?? "").replace(/\.json$/, "").replace(/_output$/, "");
  const last = stem.slice(stem.lastIndexOf("_") + 1);
  return stem.includes("_") && modes.includes(last) ? last : undefined;
}

/**
 * Reduces parsed envelopes with the reducer of a golden output model (in `mode`, when given)
 * and returns the JSON value of the result (what a golden file holds, before key sorting).
 */
export function reduceForOutput(
  outputModel: string,
  events: readonly Event[],
  mode?: string,
): unknown {
  const reducer = REDUCERS_BY_OUTPUT.get(outputModel);
  if (reducer === undefined) {
    throw new ReplayError(
      `No reducer for output model ${pythonRepr(outputModel)}; known: [${[...REDUCERS_BY_OUTPUT.keys()].map(pythonRepr).join(", ")}]`,
    );
  }
  return JSON.parse(JSON.stringify(reducer(events, mode === undefined ? undefined : { mode })));
}
