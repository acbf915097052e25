/**
 * Worker thread of a `validate` run over JSON Lines: checks the batches the main thread sends
 * and sends back the output texts and counts of each.
 */
import { workerData } from "node:worker_threads";
import { serveLineBatches } from "../reading/parallel-lines.js";
import { checkBatch } from "./check.js";
import type { ValidateWorkerData } from "./parallel.js";

const { options, limits } = workerData as ValidateWorkerData;

serveLineBatches((batch) => checkBatch(batch, options, limits));
