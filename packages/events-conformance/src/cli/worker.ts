/**
 * The module every worker thread of the command runs. It loads the code of its command
 * (`workerData.command`) as it starts (a replay thread does not load the validators and
 * schemas), then takes its run's setup as its first message and serves that run's batches.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { CommandWorkerData } from "./command-workers.js";
import type { ReplaySetup } from "./replay/parallel.js";
import type { ValidateSetup } from "./validate/parallel.js";

const { command } = workerData as CommandWorkerData;
if (command === "validate") {
  const { serveValidateBatches } = await import("./validate/worker.js");
  parentPort?.once("message", (setup: ValidateSetup) => serveValidateBatches(setup));
} else {
  const { serveReplayBatches } = await import("./replay/worker.js");
  parentPort?.once("message", (setup: ReplaySetup) => serveReplayBatches(setup));
}
