// Prints "N passed, N failed" from vitest JSON reports (see .ci/run).
// Usage: node ci-summary.mjs REPORT STATUS [REPORT STATUS]...
// Each pair is one test command: its JSON report and its exit status.
import { existsSync, readFileSync } from "node:fs";

const args = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (let i = 0; i < args.length; i += 2) {
  const reportPath = args[i];
  const status = Number(args[i + 1] ?? "1");
  if (!reportPath || !existsSync(reportPath)) {
    console.log(`${reportPath ?? "a test command"}: failed before the tests produced a report`);
    if (status !== 0) failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(reportPath, "utf8"));
  const reportPassed = report.numPassedTests ?? 0;
  let reportFailed = report.numFailedTests ?? 0;
  if (status !== 0 && reportFailed === 0) {
    console.log(`${reportPath}: the tests passed but a later step of the command failed`);
    reportFailed = 1;
  }
  passed += reportPassed;
  failed += reportFailed;
}
console.log(`${passed} passed, ${failed} failed`);
