// Prints "N passed, N failed" from a vitest JSON report (see .ci/run).
import { existsSync, readFileSync } from "node:fs";

const [reportPath, statusText] = process.argv.slice(2);
const status = Number(statusText ?? "1");
if (!reportPath || !existsSync(reportPath)) {
  console.log("the test command failed before the unit tests produced a report");
  console.log(`0 passed, ${status === 0 ? 0 : 1} failed`);
} else {
  const report = JSON.parse(readFileSync(reportPath, "utf8"));
  const passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  if (status !== 0 && failed === 0) {
    console.log("the unit tests passed but a later step of the test command failed");
    failed = 1;
  }
  console.log(`${passed} passed, ${failed} failed`);
}
