/**
 * Worker thread of a parallel `validate` run: receives batches of complete JSON Lines (raw
 * bytes, cut after a newline) and sends back the output text and counts of each.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type BatchRequest, checkBatch, type ValidationOptions } from "./validate-check.js";

const { maxLineLength, ...options } = workerData as ValidationOptions & {
  readonly maxLineLength: number;
};
const port = parentPort;

port?.on("message", (request: BatchRequest) => {
  port.postMessage(checkBatch(request, options, maxLineLength));
});
