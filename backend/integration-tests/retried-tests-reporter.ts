import type { Reporter, TestCase } from "vitest/node"

/**
 * Under CI a failed test runs once more (vitest.config.mts: retry). A test that passed only on its
 * retry is flaky: this names it, with the error of the attempt that failed, in a line the test
 * command's summary repeats (scripts/lib/failures.mjs), so a flake is seen and fixed, not hidden.
 */
export default class RetriedTestsReporter implements Reporter {
  onTestCaseResult(testCase: TestCase) {
    const retries = testCase.diagnostic()?.retryCount ?? 0
    if (retries === 0) return
    const result = testCase.result()
    const error = result.errors?.[0]?.message?.split("\n")[0]
    const verdict = result.state === "passed" ? "passed after" : `${result.state} after`
    console.log(
      `RETRIED TEST (${verdict} ${retries} retr${retries === 1 ? "y" : "ies"}): ${testCase.module.moduleId.split("/backend/").pop()} > ${testCase.fullName}` +
        (error ? ` · ${error}` : "")
    )
  }
}
