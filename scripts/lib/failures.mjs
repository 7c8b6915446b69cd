// The lines that name a failure in a test runner's output (Vitest, Playwright, node --test), so the
// test command's summary can repeat them at the end of a long log: a CI log that keeps only its
// tail still says which test failed and why.
import { StringDecoder } from "node:string_decoder"

const ANSI = /\u001b\[[0-9;]*m/g
// pnpm's prefix on each line of a recursive run ("packages/shares test: …").
const PNPM_PREFIX = /^\S*\/\S* [\w:-]+: /
// A failed test named with its file (Vitest's FAIL, the backend reporter's retry verdict) or as
// Playwright-style runners and node --test name it.
const NAMED = /^\s*(FAIL\s|✘\s|✖\s|\d+\) \[)|^RETRIED TEST \(failed after/
// Vitest's mark beside a failed test's name, without its file: shown only when nothing names one.
const MARKED = /^\s*(×|✗)\s/
// A runner's count of failures ("Tests  1 failed | 300 passed").
const COUNT = /\b\d+ failed\b/
// An error's first line: runners print it after the failed test, so the last ones are the summary's.
const ERROR = /\b([A-Z]\w*)?Error( \[\w+\])?: |\bTest timed out\b|\bexpected .* (to|but) /
// The backend's reporter names a test that failed and was run again under CI
// (backend/integration-tests/retried-tests-reporter.ts): flaky when it then passed.
const FLAKY = /^RETRIED TEST \(passed after/
const MAX_TESTS = 15
const MAX_COUNTS = 4
const MAX_ERRORS = 8
const MAX_LINE_LENGTH = 300

export function failureCollector() {
  const named = []
  const marked = []
  const counts = []
  const errors = []
  const flaky = []
  const seen = new Set()
  const push = (list, line, max) => {
    if (seen.has(line) || list.length >= max) return
    seen.add(line)
    list.push(line)
  }
  const keep = (raw) => {
    const line = raw.replace(ANSI, "").replace(PNPM_PREFIX, "").trimEnd()
    const short = line.length > MAX_LINE_LENGTH ? `${line.slice(0, MAX_LINE_LENGTH)}…` : line
    if (FLAKY.test(line)) push(flaky, short, MAX_TESTS)
    else if (NAMED.test(line)) push(named, short, MAX_TESTS)
    else if (MARKED.test(line)) push(marked, short, MAX_TESTS)
    else if (COUNT.test(line)) push(counts, short, MAX_COUNTS)
    else if (ERROR.test(line) && !seen.has(short)) {
      seen.add(short)
      errors.push(short)
      if (errors.length > MAX_ERRORS) errors.shift()
    }
  }
  // One decoder and one unfinished line per stream: a chunk may end inside a line or a character.
  const streams = new Map()
  const streamOf = (name) => {
    if (!streams.has(name)) streams.set(name, { decoder: new StringDecoder("utf8"), partial: "" })
    return streams.get(name)
  }
  const flush = () => {
    for (const stream of streams.values()) {
      const rest = stream.partial + stream.decoder.end()
      stream.partial = ""
      if (rest) keep(rest)
    }
  }
  return {
    /** A chunk of one stream's output (`stream`: "stdout", "stderr", …). */
    write(chunk, stream = "stdout") {
      const state = streamOf(stream)
      const parts = (state.partial + (typeof chunk === "string" ? chunk : state.decoder.write(chunk))).split("\n")
      state.partial = parts.pop() ?? ""
      for (const part of parts) keep(part)
    },
    /** The failed tests as named with their files (else as marked), the failure counts, then the last errors. */
    lines() {
      flush()
      return [...(named.length ? named : marked), ...counts, ...errors]
    },
    /** The tests that failed and then passed on their retry. */
    flaky() {
      flush()
      return flaky
    },
  }
}

/** failureCollector over a finished output. */
export function collectFailures(output) {
  const collector = failureCollector()
  collector.write(output)
  return collector
}
