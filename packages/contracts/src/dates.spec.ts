import { describe, expect, it } from "vitest"
import { calendarDay, calendarMonth, INVALID_DATES, isCalendarDay, isCalendarMonth, isIsoDateTime, isoDateTime } from "./dates"

describe("dates on input", () => {
  it("takes real calendar days only, leap days included", () => {
    for (const day of ["2026-11-25", "2024-02-29", "2000-02-29", "1999-12-31"]) expect(isCalendarDay(day), day).toBe(true)
    for (const day of [...INVALID_DATES, "2026-02-29", "1900-02-29", "2026-04-31", "2026-11-25T00:00:00Z", " 2026-11-25", "0999-01-01", 20261125, null])
      expect(isCalendarDay(day), String(day)).toBe(false)
  })

  it("takes months YYYY-MM only", () => {
    expect(isCalendarMonth("2026-11")).toBe(true)
    for (const month of ["2026-13", "2026-00", "2026-1", "2026-11-01", "", "x"]) expect(isCalendarMonth(month), month).toBe(false)
  })

  it("takes instants with their zone on a real day, never throwing", () => {
    for (const at of ["2026-11-25T09:30:00+07:00", "2026-11-25T02:30Z", "2026-11-25T02:30:00.123456Z"]) expect(isIsoDateTime(at), at).toBe(true)
    for (const at of [...INVALID_DATES, "2026-11-25T09:30:00", "2026-02-30T09:30:00Z", "2026-11-25 09:30:00Z", "2026-11-25T24:00:00Z"])
      expect(isIsoDateTime(at), at).toBe(false)
  })

  it("names the field in the zod message", () => {
    const day = calendarDay("effective_from").safeParse("2026-13-01")
    expect(day.success).toBe(false)
    expect(day.error?.issues[0].message).toContain("effective_from must be a real calendar date")
    expect(calendarMonth("month").safeParse(5).error?.issues[0].message).toContain("month must be a month")
    expect(isoDateTime("sold_at").safeParse("2026-11-25T09:30:00+07:00").success).toBe(true)
  })
})
