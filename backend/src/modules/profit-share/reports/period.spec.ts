import { describe, expect, it } from "vitest"
import {
  dayIn,
  dayLabel,
  daysInPeriod,
  daysOf,
  isMonth,
  monthBoundsIn,
  monthDays,
  monthIn,
  monthLabel,
  monthsOf,
  shiftDay,
} from "./period"

describe("months in a lapas's zone", () => {
  it("bounds a month as instants in each Indonesian zone", () => {
    expect(monthBoundsIn("2026-10", "Asia/Jakarta")).toEqual({
      start: new Date("2026-09-30T17:00:00Z"),
      end: new Date("2026-10-31T17:00:00Z"),
    })
    expect(monthBoundsIn("2026-02", "Asia/Makassar").end).toEqual(new Date("2026-02-28T16:00:00Z"))
    expect(monthBoundsIn("2028-02", "Asia/Jayapura")).toEqual({
      start: new Date("2028-01-31T15:00:00Z"),
      end: new Date("2028-02-29T15:00:00Z"),
    })
  })

  it("puts an instant near midnight in the right month per zone", () => {
    const at = new Date("2026-10-31T16:30:00Z")
    expect(monthIn(at, "Asia/Jakarta")).toBe("2026-10")
    expect(monthIn(at, "Asia/Makassar")).toBe("2026-11")
    expect(dayIn(at, "Asia/Jayapura")).toBe("2026-11-01")
  })

  it("names months and days in Indonesian and lists the months of a period", () => {
    expect(monthLabel("2026-10")).toBe("Oktober 2026")
    expect(dayLabel("2026-08-05")).toBe("5 Agustus 2026")
    expect(monthDays("2026-11")).toEqual({ from: "2026-11-01", to: "2026-11-30" })
    expect(monthsOf("2026-11-15", "2027-02-01")).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"])
    expect(isMonth("2026-13")).toBe(false)
    expect(isMonth("2026-09")).toBe(true)
  })
})

describe("calendar days", () => {
  it("shifts, counts and lists days across month, year and leap-day boundaries", () => {
    expect(shiftDay("2026-12-31", 1)).toBe("2027-01-01")
    expect(shiftDay("2028-03-01", -1)).toBe("2028-02-29")
    expect(shiftDay("2026-11-23", -29)).toBe("2026-10-25")
    expect(daysInPeriod("2026-01-01", "2026-01-01")).toBe(1)
    expect(daysInPeriod("2028-01-01", "2028-12-31")).toBe(366)
    expect(daysOf("2028-02-28", "2028-03-01")).toEqual(["2028-02-28", "2028-02-29", "2028-03-01"])
    expect(daysOf("2026-01-02", "2026-01-01")).toEqual([])
  })
})
