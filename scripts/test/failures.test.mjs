// The test command repeats each failed stage's failure lines at the end of its log
// (scripts/lib/failures.mjs): CI shows only a log's tail.
import assert from "node:assert/strict"
import { describe, it } from "node:test"
import { failureCollector, failureLines } from "../lib/failures.mjs"

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

  it("keeps only the last errors when a stage prints many", () => {
    const many = Array.from({ length: 30 }, (_, i) => `Error: number ${i}`).join("\n")
    const lines = failureLines(many)
    assert.equal(lines.length, 8)
    assert.equal(lines.at(-1), "Error: number 29")
  })
})

describe("flaky tests", () => {
  it("names a test that passed on its retry apart from the failures; one that failed again is a failure", async () => {
    const { flakyLines } = await import("../lib/failures.mjs")
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
