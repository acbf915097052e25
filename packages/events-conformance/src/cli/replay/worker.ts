/**
 * A `replay` run's side of a worker thread: parses the batches the main thread sends and
 * sends back what the reducer reads of each event, and the skipped records' lines.
 */
import { serveLineBatches } from "../reading/parallel-lines.js";
import type { ReplayWorkerData } from "./parallel.js";
import { replayBatch } from "./records.js";

/** Serves a `replay` run's batches on this worker thread. */
export function serveReplayBatches({ payloadTypes, limits, aggregates }: ReplayWorkerData): void {
  const types: ReadonlySet<string> = new Set(payloadTypes);
  serveLineBatches((batch) => replayBatch(batch, types, limits, true, aggregates));
}
