// Prints jest's totals as the last line, `N passed, N failed`, for .ci/run.
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    // Suites that fail to load (syntax, import errors) have no tests; count them as failures.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    // Jest's own summary prints after the reporters; write ours at exit so it is the last line.
    process.once('exit', () => process.stdout.write(`\n${line}\n`));
  }
}
