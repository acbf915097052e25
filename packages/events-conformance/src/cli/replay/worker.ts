/**
 * A `replay` run's side of a worker thread: parses the batches the main thread sends and
 * sends back what the reducer reads of each event, and the skipped records' lines.
 */
import { serveLineBatches } from "../reading/parallel-lines.js";
import type { ReplayWorkerData } from "./parallel.js";
import { payloadReadingOf, reducingFamiliesNamed, replayBatch } from "./records.js";

/** Serves a `replay` run's batches on this worker thread. */
export function serveReplayBatches({ families, limits, aggregates }: ReplayWorkerData): void {
  const reading = payloadReadingOf(reducingFamiliesNamed(families));
  serveLineBatches((batch) => replayBatch(batch, reading, limits, true, aggregates));
}
