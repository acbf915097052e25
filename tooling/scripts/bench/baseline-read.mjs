// Baseline of the end-to-end benchmark: read a JSONL file line by line and JSON.parse every
// non-blank line, nothing else.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

const lines = createInterface({ input: createReadStream(process.argv[2]), crlfDelay: Infinity });
let parsed = 0;
for await (const line of lines) {
  if (line.length === 0) continue;
  try {
    JSON.parse(line);
    parsed++;
  } catch {
    // a bad line counts as read
  }
}
process.stdout.write(`${parsed}\n`);
