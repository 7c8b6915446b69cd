// The lines that name a failure in a test runner's output (Vitest, Playwright, node --test), so the
// test command's summary can repeat them at the end of a long log: a CI log that keeps only its
// tail still says which test failed and why.

const ANSI = /\u001b\[[0-9;]*m/g
// A failed test or file, or a runner's count of failures.
const FAILED_TEST = /^\s*(FAIL\s|×\s|✗\s|✘\s|✖\s|\d+\) \[)|\b\d+ failed\b/
// An error's first line: runners print it after the failed test, so the last ones are the summary's.
const ERROR = /\b(AssertionError|TypeError|TimeoutError|Error)( \[\w+\])?: |\bTest timed out\b|\bexpected .* (to|but) /
// The backend's reporter names a test that failed and was run again under CI
// (backend/integration-tests/retried-tests-reporter.ts): flaky when it then passed.
const RETRIED = /^RETRIED TEST \((passed|failed) after/
const MAX_TESTS = 15
const MAX_ERRORS = 8
const MAX_LINE_LENGTH = 300

export function failureCollector() {
  const tests = []
  const errors = []
  const flaky = []
  const seen = new Set()
  let partial = ""
  const keep = (raw) => {
    const line = raw.replace(ANSI, "").trimEnd()
    const short = line.length > MAX_LINE_LENGTH ? `${line.slice(0, MAX_LINE_LENGTH)}…` : line
    const retried = RETRIED.exec(line)
    if (retried?.[1] === "passed") {
      if (flaky.length < MAX_TESTS) flaky.push(short)
    } else if (retried || FAILED_TEST.test(line)) {
      if (!seen.has(line) && tests.length < MAX_TESTS) tests.push(short)
      seen.add(line)
    } else if (ERROR.test(line) && !seen.has(line)) {
      seen.add(line)
      errors.push(short)
      if (errors.length > MAX_ERRORS) errors.shift()
    }
  }
  return {
    write(chunk) {
      const parts = (partial + chunk.toString()).split("\n")
      partial = parts.pop() ?? ""
      for (const part of parts) keep(part)
    },
    /** The failed tests in the order met, then the last errors. */
    lines() {
      if (partial) keep(partial), (partial = "")
      return [...tests, ...errors]
    },
    /** The tests that failed and then passed on their retry. */
    flaky() {
      if (partial) keep(partial), (partial = "")
      return flaky
    },
  }
}

/** failureCollector over a finished output. */
export function failureLines(output) {
  const collector = failureCollector()
  collector.write(output)
  return collector.lines()
}

/** The flaky tests a finished output names. */
export function flakyLines(output) {
  const collector = failureCollector()
  collector.write(output)
  return collector.flaky()
}
