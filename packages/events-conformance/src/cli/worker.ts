/**
 * The module every worker thread of the command runs: it serves the batches of the run that
 * started it (`workerData.command`). Each command's code is loaded only by its own workers (a
 * replay worker does not load the validators and schemas).
 */
import { workerData } from "node:worker_threads";
import type { ReplayWorkerData } from "./replay/parallel.js";
import type { ValidateWorkerData } from "./validate/parallel.js";

const data = workerData as ValidateWorkerData | ReplayWorkerData;
if (data.command === "validate") {
  (await import("./validate/worker.js")).serveValidateBatches(data);
} else {
  (await import("./replay/worker.js")).serveReplayBatches(data);
}
