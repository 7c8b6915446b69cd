import type { CashClosingMethodTotal, Venue } from "@karya-binaan/contracts"
import { describe, expect, it } from "vitest"
import { cashDifference, checkCloseForm, describeDifference, expectedCash, parseRupiahAmount, pickVenue } from "./closing-rules"

const byMethod: CashClosingMethodTotal[] = [
  { payment_method: "cash", sale_count: 3, expected: 125000 },
  { payment_method: "qris", sale_count: 1, expected: "40000" },
]

const form = (over: Partial<Parameters<typeof checkCloseForm>[0]> = {}) => ({
  venue_id: "venue_e",
  business_date: "2026-12-06",
  opening_float: "100.000",
  counted_cash: "220000",
  reason: "",
  ...over,
})

describe("cash closing arithmetic", () => {
  it("reads rupiah as typed, 0 included, and refuses fractions and words", () => {
    expect(parseRupiahAmount("Rp 150.000")).toBe(BigInt(150000))
    expect(parseRupiahAmount("150000")).toBe(BigInt(150000))
    expect(parseRupiahAmount("150.000,00")).toBe(BigInt(150000))
    expect(parseRupiahAmount("0")).toBe(BigInt(0))
    expect(parseRupiahAmount("150.5")).toBeNull()
    expect(parseRupiahAmount("-5000")).toBeNull()
    expect(parseRupiahAmount("seratus")).toBeNull()
    expect(parseRupiahAmount("")).toBeNull()
  })

  it("expects the float plus the cash taken; other methods stay out of the drawer", () => {
    expect(expectedCash(byMethod, BigInt(100000))).toBe(BigInt(225000))
    expect(expectedCash([], BigInt(0))).toBe(BigInt(0))
    expect(cashDifference(BigInt(220000), BigInt(225000))).toBe(BigInt(-5000))
    expect(describeDifference(BigInt(-5000))).toEqual({ kind: "short", amount: BigInt(5000) })
    expect(describeDifference(BigInt(2000))).toEqual({ kind: "over", amount: BigInt(2000) })
    expect(describeDifference(BigInt(0))).toEqual({ kind: "even", amount: BigInt(0) })
  })
})

describe("checkCloseForm", () => {
  it("needs a reason when the drawer is short, and sends whole rupiah with it", () => {
    expect(checkCloseForm(form(), byMethod)).toEqual({ ok: false, errors: { reason: "closing.reasonRequired" } })
    expect(checkCloseForm(form({ reason: "kurang" }), byMethod)).toEqual({
      ok: true,
      difference: BigInt(-5000),
      value: { venue_id: "venue_e", business_date: "2026-12-06", opening_float: 100000, counted_cash: 220000, reason: "kurang" },
    })
  })

  it("closes an even drawer without a reason; an empty float is 0", () => {
    const checked = checkCloseForm(form({ opening_float: "", counted_cash: "125.000" }), byMethod)
    expect(checked).toEqual({
      ok: true,
      difference: BigInt(0),
      value: { venue_id: "venue_e", business_date: "2026-12-06", opening_float: 0, counted_cash: 125000 },
    })
  })

  it("names each field it cannot read", () => {
    expect(checkCloseForm(form({ opening_float: "abc", counted_cash: "", business_date: "2026-02-30" }), byMethod)).toEqual({
      ok: false,
      errors: { opening_float: "closing.amountInvalid", counted_cash: "closing.amountInvalid", business_date: "event.dayInvalid" },
    })
  })
})

describe("pickVenue", () => {
  const venue = (over: Partial<Venue>): Venue => ({
    id: "v",
    lapas_id: "lapas_a",
    kind: "showroom",
    name: "Showroom",
    place: null,
    starts_on: null,
    ends_on: null,
    has_own_stock: false,
    max_discount_bp: 0,
    closed_at: null,
    ...over,
  })
  const venues = [
    venue({ id: "showroom" }),
    venue({ id: "old", kind: "event", starts_on: "2026-11-01", ends_on: "2026-11-03", closed_at: "2026-11-04T00:00:00Z" }),
    venue({ id: "fair", kind: "event", starts_on: "2026-12-05", ends_on: "2026-12-07" }),
  ]

  it("opens the venue asked for, else the event running that day, else the showroom", () => {
    expect(pickVenue(venues, "old", "2026-12-06")?.id).toBe("old")
    expect(pickVenue(venues, "someone-elses", "2026-12-06")?.id).toBe("fair")
    expect(pickVenue(venues, undefined, "2026-12-09")?.id).toBe("showroom")
    expect(pickVenue([], undefined, "2026-12-09")).toBeNull()
  })
})
