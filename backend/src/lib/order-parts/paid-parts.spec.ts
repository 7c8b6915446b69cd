import { linePaidAt, paidParts, type PaidPartFacts } from "./paid-parts"

const facts = (f: Partial<PaidPartFacts> = {}): PaidPartFacts => ({
  fully_captured: false,
  captured_at: null,
  captured_amount: 0n,
  confirmations: [],
  ...f,
})
const confirmation = (lapas_id: string, amount: bigint, confirmed_at = "2026-12-01T03:00:00.000Z") => ({
  lapas_id,
  amount,
  confirmed_at,
})

describe("paidParts", () => {
  it("pays every part, lines of no lapas too, once the order is captured in full", () => {
    const paid = paidParts(facts({ fully_captured: true, captured_at: "2026-12-02T00:00:00.000Z", captured_amount: 100n }))
    expect(linePaidAt(paid, "lapas_a")).toEqual({ paid: true, at: "2026-12-02T00:00:00.000Z" })
    expect(linePaidAt(paid, null)).toEqual({ paid: true, at: "2026-12-02T00:00:00.000Z" })
  })

  it("pays a confirmed part as of its confirmation and leaves the other unpaid", () => {
    const paid = paidParts(
      facts({ captured_amount: 75_000n, confirmations: [confirmation("lapas_a", 75_000n, "2026-12-01T05:00:00.000Z")] })
    )
    expect(linePaidAt(paid, "lapas_a")).toEqual({ paid: true, at: "2026-12-01T05:00:00.000Z" })
    expect(linePaidAt(paid, "lapas_b")).toEqual({ paid: false, at: null })
    expect(linePaidAt(paid, null)).toEqual({ paid: false, at: null })
  })

  it("pays no part while the captures do not cover the confirmed amounts", () => {
    const paid = paidParts(
      facts({ captured_amount: 50_000n, confirmations: [confirmation("lapas_a", 75_000n)] })
    )
    expect(linePaidAt(paid, "lapas_a").paid).toBe(false)
  })

  it("pays no part for a partial capture no lapas confirmed", () => {
    const paid = paidParts(facts({ captured_amount: 20_000n }))
    expect(linePaidAt(paid, "lapas_a").paid).toBe(false)
  })
})
