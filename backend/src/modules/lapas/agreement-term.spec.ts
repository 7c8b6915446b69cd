import { describe, expect, it } from "vitest"
import { agreementTerm, isAgreementExpired } from "./agreement-term"

const day = (iso: string) => new Date(`${iso}T00:00:00+07:00`)

describe("agreementTerm", () => {
  it.each([
    ["2026-01-01", "2026-12-31", "short"],
    ["2026-01-01", "2027-12-31", "short"],
    ["2026-01-01", "2028-01-01", "medium"],
    ["2026-01-01", "2030-12-31", "medium"],
    ["2026-01-01", "2031-01-01", "long"],
    ["2024-02-29", "2026-02-28", "short"],
    ["2024-02-29", "2026-03-01", "medium"],
  ])("%s to %s is %s", (start, end, term) => {
    expect(agreementTerm(day(start), day(end))).toBe(term)
  })
})

describe("isAgreementExpired", () => {
  it("is valid through its last day and expired the day after", () => {
    const ends = day("2026-06-30")
    expect(isAgreementExpired(ends, new Date("2026-06-30T23:59:00+07:00"))).toBe(false)
    expect(isAgreementExpired(ends, new Date("2026-07-01T00:00:00+07:00"))).toBe(true)
  })
})
