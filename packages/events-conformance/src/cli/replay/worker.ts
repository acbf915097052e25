/**
 * Worker thread of a `replay` run over JSON Lines: parses the batches the main thread sends
 * and sends back what the reducer reads of each event, and the skipped records' lines.
 */
import { workerData } from "node:worker_threads";
import { serveLineBatches } from "../reading/parallel-lines.js";
import type { ReplayWorkerData } from "./parallel.js";
import { replayBatch } from "./records.js";

const { payloadTypes, limits } = workerData as ReplayWorkerData;
const types: ReadonlySet<string> = new Set(payloadTypes);

serveLineBatches((batch) => replayBatch(batch, types, limits));
