/**
 * Worker thread of a parallel `replay` run: parses the batches of JSON Lines the main thread
 * sends and sends back what the reducer reads of each event, and the skipped records' lines.
 */
import { workerData } from "node:worker_threads";
import { serveLineBatches } from "../reading/parallel-lines.js";
import { replayBatch } from "./records.js";

const { payloadTypes, maxLineLength } = workerData as {
  readonly payloadTypes: readonly string[];
  readonly maxLineLength: number;
};
const types: ReadonlySet<string> = new Set(payloadTypes);

serveLineBatches((batch) => replayBatch(batch, types, maxLineLength));
