/**
 * A `validate` run's side of a worker thread: checks the batches the main thread sends and
 * sends back the output texts and counts of each.
 */
import { serveLineBatches } from "../reading/parallel-lines.js";
import { checkBatch } from "./check.js";
import type { ValidateWorkerData } from "./parallel.js";

/** Serves a `validate` run's batches on this worker thread. */
export function serveValidateBatches({ options, limits }: ValidateWorkerData): void {
  serveLineBatches((batch) => checkBatch(batch, options, limits));
}
