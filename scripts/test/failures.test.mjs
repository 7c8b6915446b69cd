// The test command repeats each failed stage's failure lines at the end of its log
// (scripts/lib/failures.mjs): CI shows only a log's tail.
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { collectFailures, failureCollector } from "../lib/failures.mjs"

const failureLines = (output) => collectFailures(output).lines()
const flakyLines = (output) => collectFailures(output).flaky()

const VITEST = [
  " ✓ integration-tests/http/premi.spec.ts (12 tests) 4012ms",
  "\u001b[31m FAIL \u001b[39m integration-tests/http/profit-share.spec.ts > booking > books once",
  "error: relation \"x\" does not exist (an expected log line of a passing test)",
  "AssertionError: expected 3 to be 4 // Object.is equality",
  "      Tests  1 failed | 300 passed (301)",
].join("\n")

describe("failure lines", () => {
  it("keeps the failed test, its error and the count, without colours, and drops the rest", () => {
    assert.deepEqual(failureLines(VITEST), [
      " FAIL  integration-tests/http/profit-share.spec.ts > booking > books once",
      "      Tests  1 failed | 300 passed (301)",
      "AssertionError: expected 3 to be 4 // Object.is equality",
    ])
  })

  it("reads lines split across chunks, and Playwright's and node --test's marks", () => {
    const collector = failureCollector()
    collector.write("  ✘  3 [chromium] › journeys/checkout.spec.ts:10:5 › pays by trans")
    collector.write("fer\n  ok\n✖ preflight names chromium\n")
    collector.write("    TimeoutError: locator.click: Timeout 15000ms exceeded.")
    assert.deepEqual(collector.lines(), [
      "  ✘  3 [chromium] › journeys/checkout.spec.ts:10:5 › pays by transfer",
      "✖ preflight names chromium",
      "    TimeoutError: locator.click: Timeout 15000ms exceeded.",
    ])
  })

  it("names errors of any kind (an Axios 500 as Medusa's test runner shows it) and reads through pnpm's per-package prefix", () => {
    const output = [
      "AxiosError: Request failed with status code 500",
      "packages/shares test:  FAIL  src/split.spec.ts > split > adds up",
      "packages/shares test: RangeError: Invalid count value: -1",
      "packages/shares test:       Tests  1 failed | 40 passed (41)",
    ].join("\n")
    assert.deepEqual(failureLines(output), [
      " FAIL  src/split.spec.ts > split > adds up",
      "      Tests  1 failed | 40 passed (41)",
      "AxiosError: Request failed with status code 500",
      "RangeError: Invalid count value: -1",
    ])
  })

  it("keeps the tests named with their files and the counts when many fail, and Vitest's bare marks only when nothing names one", () => {
    const many = []
    for (let i = 0; i < 20; i++) many.push(`   × test ${i} 12ms`)
    for (let i = 0; i < 20; i++) many.push(` FAIL  integration-tests/http/a.spec.ts > suite > test ${i}`)
    many.push(" Test Files  1 failed | 54 passed (55)", "      Tests  20 failed | 680 passed (700)")
    const lines = failureLines(many.join("\n"))
    assert.equal(lines.length, 17)
    assert.ok(lines.slice(0, 15).every((line) => line.startsWith(" FAIL ")))
    assert.deepEqual(lines.slice(15), [" Test Files  1 failed | 54 passed (55)", "      Tests  20 failed | 680 passed (700)"])
    assert.deepEqual(failureLines("   × test 1 12ms\n"), ["   × test 1 12ms"])
  })

  it("keeps each stream's unfinished line and character apart", () => {
    const collector = failureCollector()
    const mark = Buffer.from("✘ 1 [chromium] › buyer.test.mjs › pays\n")
    collector.write(Buffer.from(" FAIL  a.spec.ts > x"), "stdout")
    collector.write(mark.subarray(0, 1), "stderr")
    collector.write(Buffer.from(" > y\n"), "stdout")
    collector.write(mark.subarray(1), "stderr")
    assert.deepEqual(collector.lines(), [" FAIL  a.spec.ts > x > y", "✘ 1 [chromium] › buyer.test.mjs › pays"])
  })

  it("keeps only the last errors when a stage prints many", () => {
    const many = Array.from({ length: 30 }, (_, i) => `Error: number ${i}`).join("\n")
    const lines = failureLines(many)
    assert.equal(lines.length, 8)
    assert.equal(lines.at(-1), "Error: number 29")
  })
})

describe("flaky tests", () => {
  it("names a test that passed on its retry apart from the failures; one that failed again is a failure", async () => {
    const output = [
      "RETRIED TEST (passed after 1 retry): integration-tests/http/repair.spec.ts > repair > books · Timed out waiting for the sale",
      "RETRIED TEST (failed after 1 retry): integration-tests/http/premi.spec.ts > premi > pays · expected 3 to be 4",
    ].join("\n")
    assert.deepEqual(flakyLines(output), [
      "RETRIED TEST (passed after 1 retry): integration-tests/http/repair.spec.ts > repair > books · Timed out waiting for the sale",
    ])
    assert.deepEqual(failureLines(output), [
      "RETRIED TEST (failed after 1 retry): integration-tests/http/premi.spec.ts > premi > pays · expected 3 to be 4",
    ])
  })
})
