import { describe, expect, it } from "vitest"
import { compactCode, dayIn, isDay, isMonth, monthDays, monthIn, monthLabel, parseRupiahInput, shiftMonth } from "./periods"

describe("periods", () => {
  it("reads days and months in the lapas's zone", () => {
    const at = new Date("2026-10-31T18:30:00Z")
    expect(dayIn(at, "Asia/Jakarta")).toBe("2026-11-01")
    expect(monthIn(at, "Asia/Jakarta")).toBe("2026-11")
    expect(dayIn(new Date("2026-10-31T16:30:00Z"), "Asia/Jakarta")).toBe("2026-10-31")
    expect(dayIn(new Date("2026-10-31T16:30:00Z"), "Asia/Jayapura")).toBe("2026-11-01")
  })

  it("moves between months and names their days", () => {
    expect(shiftMonth("2026-01", -1)).toBe("2025-12")
    expect(shiftMonth("2026-12", 1)).toBe("2027-01")
    expect(monthDays("2028-02")).toEqual({ from: "2028-02-01", to: "2028-02-29" })
    expect(monthLabel("2026-11", "id")).toBe("November 2026")
    expect(monthLabel("2026-02", "id")).toBe("Februari 2026")
    expect(monthLabel("2026-02", "en")).toBe("February 2026")
  })

  it("checks days and months", () => {
    expect(isMonth("2026-10")).toBe(true)
    expect(isMonth("2026-13")).toBe(false)
    expect(isDay("2026-02-28")).toBe(true)
    expect(isDay("2026-02-30")).toBe(false)
  })

  it("reads rupiah as people type them", () => {
    expect(parseRupiahInput("Rp 1.250.000")).toBe("1250000")
    expect(parseRupiahInput("1250000")).toBe("1250000")
    expect(parseRupiahInput("1.250.000,00")).toBe("1250000")
    expect(parseRupiahInput("rp125.000")).toBe("125000")
    expect(parseRupiahInput("1.250.000,50")).toBeNull()
    expect(parseRupiahInput("12.5")).toBeNull()
    expect(parseRupiahInput("0")).toBeNull()
    expect(parseRupiahInput("-5000")).toBeNull()
    expect(parseRupiahInput("seribu")).toBeNull()
    expect(parseRupiahInput("")).toBeNull()
  })

  it("compacts codes", () => {
    expect(compactCode(" 0123-4567 89ab cdef ")).toBe("0123456789ABCDEF")
  })
})
