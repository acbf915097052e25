/**
 * The module every worker thread of the command runs: it serves the batches of the run that
 * started it (`workerData.command`).
 */
import { workerData } from "node:worker_threads";
import type { ReplayWorkerData } from "./replay/parallel.js";
import { serveReplayBatches } from "./replay/worker.js";
import type { ValidateWorkerData } from "./validate/parallel.js";
import { serveValidateBatches } from "./validate/worker.js";

const data = workerData as ValidateWorkerData | ReplayWorkerData;
if (data.command === "validate") serveValidateBatches(data);
else serveReplayBatches(data);
