import { describe, expect, it } from "vitest"
import { FailedAttempts } from "./failed-attempts"

describe("FailedAttempts", () => {
  const limits = { perEmail: 3, perClient: 5, windowMs: 60_000 }

  it("blocks an email after its limit of failures, whichever client tries", () => {
    let now = 0
    const attempts = new FailedAttempts(limits, () => now)
    for (let i = 0; i < 3; i++) {
      expect(attempts.isBlocked("a@x.id", `ip${i}`)).toBe(false)
      attempts.recordFailure("a@x.id", `ip${i}`)
    }
    expect(attempts.isBlocked("a@x.id", "ip9")).toBe(true)
    expect(attempts.isBlocked("b@x.id", "ip9")).toBe(false)
  })

  it("blocks a client that tries many emails", () => {
    const attempts = new FailedAttempts(limits, () => 0)
    for (let i = 0; i < 5; i++) attempts.recordFailure(`e${i}@x.id`, "ip1")
    expect(attempts.isBlocked("new@x.id", "ip1")).toBe(true)
    expect(attempts.isBlocked("new@x.id", "ip2")).toBe(false)
  })

  it("forgets failures older than the window", () => {
    let now = 0
    const attempts = new FailedAttempts(limits, () => now)
    for (let i = 0; i < 3; i++) attempts.recordFailure("a@x.id", "ip1")
    now = 59_999
    expect(attempts.isBlocked("a@x.id", "ip1")).toBe(true)
    now = 60_001
    expect(attempts.isBlocked("a@x.id", "ip1")).toBe(false)
  })
})
