/**
 * The output forms of a replay's projections: readable sections, one JSON document keyed by
 * family and/or aggregate, or JSON Lines (one line per projection).
 */
import type { Style } from "../color.js";
import { jsonTextPieces } from "../json-pieces.js";
import { oneLine } from "../text.js";
import type { Outcome, Projection } from "./project.js";
import { LABEL_WIDTH, renderSummary } from "./summary.js";

/** The JSON of a reducer's refusal: `{"name","message"}`. */
function refusalJson(error: { readonly name: string; readonly message: string }): string {
  return `{"name":${JSON.stringify(error.name)},"message":${JSON.stringify(error.message)}}`;
}

/**
 * The JSON of an outcome, in pieces: the reducer's exact JSON ({@link jsonTextPieces}), or
 * `{"error":{"name","message"}}`.
 */
export function* outcomeJsonPieces(outcome: Outcome): Generator<string> {
  if (outcome.error !== undefined) yield `{"error":${refusalJson(outcome.error)}}`;
  else yield* jsonTextPieces(outcome.state);
}

/**
 * The readable section of a projection: the family's summary, titled with the aggregate when
 * grouped; for a refusal, the reducer's name and the error's name and message.
 */
export function projectionText(projection: Projection, limit: number, style: Style): string {
  const { family, aggregateId, outcome } = projection;
  const where = aggregateId === undefined ? "" : `, aggregate ${oneLine(aggregateId, 200)}`;
  const reducer = family.reducer;
  if (outcome.error !== undefined || reducer === null) {
    const error = outcome.error ?? { name: "Error", message: "no reducer" };
    return `${style.heading(`${family.name} reducer${where}`)}\n  ${"refused:".padEnd(LABEL_WIDTH)}${style.error(`${error.name}: ${oneLine(error.message)}`)}\n`;
  }
  const summary = reducer.summarize(outcome.state);
  return renderSummary(summary, limit, style, `${summary.title}${where}`);
}

/** The readable sections of the projections, a blank line between two. */
export function* projectionsText(
  projections: readonly Projection[],
  limit: number,
  style: Style,
): Generator<string> {
  for (let i = 0; i < projections.length; i++) {
    if (i > 0) yield "\n";
    yield projectionText(projections[i] as Projection, limit, style);
  }
}

/**
 * One JSON document of the projections, written in pieces (one per projection): keyed by
 * family (`byFamily`, for every family at once), by aggregate id (grouped by aggregate), or
 * both (`{"<family>": {"<aggregate_id>": <state>}}`). Keys come in the projections' order
 * (families in the list's order, aggregate ids in code-point order), written as text: a
 * JavaScript object would put integer-like keys such as `"2"` first.
 */
export function* projectionsJson(
  projections: readonly Projection[],
  byFamily: boolean,
  byAggregate: boolean,
): Generator<string> {
  let family: string | undefined;
  let first = true;
  yield "{";
  for (const projection of projections) {
    const name = projection.family.name;
    let key = "";
    if (byFamily && byAggregate) {
      if (name !== family) {
        key = `${family === undefined ? "" : "},"}${JSON.stringify(name)}:{`;
        family = name;
        first = true;
      }
    } else if (byFamily) {
      key = JSON.stringify(name);
    }
    if (byAggregate) key += JSON.stringify(projection.aggregateId ?? "");
    // The outcome's JSON text comes in pieces of its own (not copied into one with its key).
    yield `${first ? "" : ","}${key}:`;
    yield* outcomeJsonPieces(projection.outcome);
    first = false;
  }
  if (byFamily && byAggregate && family !== undefined) yield "}";
  yield "}\n";
}

/**
 * JSON Lines of the projections: one line each, `{"family", "aggregate_id" (when grouped),
 * "state"}`, or `"error": {"name", "message"}` in place of `state` for a refusal.
 */
export function* projectionsJsonLines(projections: readonly Projection[]): Generator<string> {
  for (const { family, aggregateId, outcome } of projections) {
    const aggregate =
      aggregateId === undefined ? "" : `,"aggregate_id":${JSON.stringify(aggregateId)}`;
    yield `{"family":${JSON.stringify(family.name)}${aggregate},`;
    if (outcome.error !== undefined) {
      yield `"error":${refusalJson(outcome.error)}`;
    } else {
      // The state's JSON text comes in pieces of its own (not copied into one with the line).
      yield `"state":`;
      yield* jsonTextPieces(outcome.state);
    }
    yield "}\n";
  }
}
