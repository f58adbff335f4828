// Writes the browser tests' pass/fail counts to .wtr-summary.json, so `npm test`
// can print one "N passed, N failed" line for all its runners.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
  return totals;
}

export function countReporter({ file = '.wtr-summary.json' } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, erroredFiles: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        if (session.errors?.length || !session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) {
          totals.erroredFiles++;
        }
      }
      writeFileSync(file, JSON.stringify(totals));
    },
  };
}
