/**
 * Worker thread of a parallel `validate` run: receives batches of complete JSON Lines (raw
 * bytes, cut after a newline), checks every record and sends back the output text and the
 * counts of the batch.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createLineSplitter } from "./records.js";
import { emptyCounts, type ValidationOptions, validationVisitor } from "./validate-check.js";
import type { BatchRequest, BatchResult } from "./validate-parallel.js";

const options = workerData as ValidationOptions & { readonly maxLineLength: number };
const port = parentPort;

port?.on("message", (request: BatchRequest) => {
  try {
    const counts = emptyCounts();
    const parts: string[] = [];
    const visitor = validationVisitor(options, counts, (text) => parts.push(text));
    const lines = createLineSplitter(visitor, options.maxLineLength, request.firstLine);
    const bytes = request.bytes;
    lines.feed(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"));
    lines.end();
    const result: BatchResult = {
      seq: request.seq,
      output: parts.join(""),
      counts: { ...counts, unknownTypes: [...counts.unknownTypes] },
    };
    port.postMessage(result);
  } catch (error) {
    const result: BatchResult = {
      seq: request.seq,
      failure: error instanceof Error ? error.message : String(error),
    };
    port.postMessage(result);
  }
});
