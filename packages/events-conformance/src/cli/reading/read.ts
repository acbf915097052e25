/**
 * Reads the records of a stream with the command's own reading (format detection, then one
 * JSON array, or JSON Lines in batches on the main thread): for callers that visit records
 * themselves, such as tests.
 */
import { detectFormat } from "./format.js";
import { batchText, runLines } from "./parallel-lines.js";
import {
  DEFAULT_READ_LIMITS,
  type InputFormat,
  type ReadLimits,
  type RecordVisitor,
  readJsonArray,
  visitLines,
  visitUnprocessableLines,
} from "./records.js";

/**
 * Reads JSON records from a byte (or text) stream and hands each to `visitor`, in order, on
 * the main thread.
 *
 * @returns The detected format.
 */
export async function readJsonRecords(
  chunks: AsyncIterable<Buffer | string>,
  visitor: RecordVisitor,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): Promise<InputFormat> {
  const detected = await detectFormat(chunks, limits.maxArrayBytes);
  if (detected.format === "array") {
    await readJsonArray(detected.chunks, visitor, { limits });
    return "array";
  }
  // On the main thread alone, each batch is visited as it is cut, in order.
  await runLines<void>({
    chunks: detected.chunks,
    threads: 1,
    limits,
    process: (batch) => visitLines(batchText(batch), batch.firstLine, visitor, limits),
    unprocessable: (batch, reason) =>
      visitUnprocessableLines(batchText(batch), batch.firstLine, visitor, reason),
    longLine: (problem) => visitor.problem(problem),
    accept: () => undefined,
    afterChunk: () => undefined,
  });
  return "jsonl";
}
