import { describe, expect, it } from "vitest"
import { PENDING_STALE_MS, pendingStaleMs } from "./resend-pending-notifications"

describe("pendingStaleMs", () => {
  it("is ten minutes unless NOTIFICATION_PENDING_STALE_MS says otherwise", () => {
    expect(pendingStaleMs({})).toBe(PENDING_STALE_MS)
    expect(PENDING_STALE_MS).toBe(600_000)
    expect(pendingStaleMs({ NOTIFICATION_PENDING_STALE_MS: " " })).toBe(PENDING_STALE_MS)
    expect(pendingStaleMs({ NOTIFICATION_PENDING_STALE_MS: "0" })).toBe(0)
    expect(pendingStaleMs({ NOTIFICATION_PENDING_STALE_MS: "120000" })).toBe(120_000)
  })

  it("refuses a value that is not a whole number of milliseconds, naming the variable", () => {
    for (const bad of ["-1", "1.5", "ten", "10m"]) {
      expect(() => pendingStaleMs({ NOTIFICATION_PENDING_STALE_MS: bad })).toThrow(/NOTIFICATION_PENDING_STALE_MS/)
    }
  })
})
