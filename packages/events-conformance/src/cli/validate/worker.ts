/**
 * Worker thread of a parallel `validate` run: checks the batches of JSON Lines the main thread
 * sends and sends back the output text and counts of each.
 */
import { workerData } from "node:worker_threads";
import { serveLineBatches } from "../reading/parallel-lines.js";
import { checkBatch, type ValidationOptions } from "./check.js";

const { maxLineLength, ...options } = workerData as ValidationOptions & {
  readonly maxLineLength: number;
};

serveLineBatches((batch) => checkBatch(batch, options, maxLineLength));
