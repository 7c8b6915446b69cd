import { describe, expect, it } from "vitest"
import { paymentKind, transferAmounts, transferDueHours } from "./transfer"

describe("transferAmounts", () => {
  it("gives each lapas its own total when they add up to the order total", () => {
    expect(transferAmounts(215_000, [125_000, 90_000])).toEqual([125_000, 90_000])
  })

  it("always adds up to the order total in whole rupiah", () => {
    // Fractions from tax lines, and a credit line outside the groups.
    const cases: [number, number[]][] = [
      [100, [33.3, 33.3, 33.4]],
      [277_501, [138_750.5, 138_750.5]],
      [200_000, [125_000, 100_000]],
      [1, [50_000, 50_000, 50_000]],
    ]
    for (const [total, groups] of cases) {
      const amounts = transferAmounts(total, groups)
      expect(amounts.reduce((s, a) => s + a, 0)).toBe(total)
      amounts.forEach((a) => expect(Number.isInteger(a)).toBe(true))
    }
  })

  it("splits in proportion, the odd rupiah to the larger remainder", () => {
    expect(transferAmounts(100, [1, 2])).toEqual([33, 67])
  })

  it("splits evenly when every group is zero", () => {
    expect(transferAmounts(3, [0, 0])).toEqual([2, 1])
  })

  it("has nothing to split without groups", () => {
    expect(transferAmounts(100, [])).toEqual([])
  })
})

describe("paymentKind", () => {
  it("tells bank transfer, card and others apart", () => {
    expect(paymentKind("pp_system_default")).toBe("bank_transfer")
    expect(paymentKind("pp_stripe_stripe")).toBe("card")
    expect(paymentKind("pp_other_x")).toBe("other")
    expect(paymentKind(null)).toBe("other")
  })
})

describe("transferDueHours", () => {
  it("reads BANK_TRANSFER_DUE_HOURS, 24 by default or when unusable", () => {
    expect(transferDueHours({})).toBe(24)
    expect(transferDueHours({ BANK_TRANSFER_DUE_HOURS: "48" })).toBe(48)
    expect(transferDueHours({ BANK_TRANSFER_DUE_HOURS: "0" })).toBe(24)
    expect(transferDueHours({ BANK_TRANSFER_DUE_HOURS: "soon" })).toBe(24)
  })
})
