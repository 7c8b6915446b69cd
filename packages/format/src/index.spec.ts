import { describe, expect, it } from "vitest"
import { formatDate, formatDateTime, formatRupiah, timeZoneAbbreviation } from "./index"

describe("formatRupiah", () => {
  it.each([
    [0, "Rp 0"],
    [500, "Rp 500"],
    [1000, "Rp 1.000"],
    [125000, "Rp 125.000"],
    [4500000, "Rp 4.500.000"],
    [-12250, "-Rp 12.250"],
  ])("formats %s as %s", (amount, expected) => {
    expect(formatRupiah(amount)).toBe(expected)
  })

  it("accepts bigint and numeric strings beyond Number's safe range", () => {
    expect(formatRupiah(12345678901234567890n)).toBe("Rp 12.345.678.901.234.567.890")
    expect(formatRupiah("250000")).toBe("Rp 250.000")
  })

  it("refuses fractions, since rupiah have no minor unit", () => {
    expect(() => formatRupiah(12.5)).toThrow(RangeError)
    expect(() => formatRupiah("12,5")).toThrow(RangeError)
    expect(() => formatRupiah(Number.NaN)).toThrow(RangeError)
  })
})

describe("dates in the lapas's zone", () => {
  const instant = "2026-11-22T17:30:00Z"

  it("names the zone the Indonesian way", () => {
    expect(timeZoneAbbreviation("Asia/Jakarta")).toBe("WIB")
    expect(timeZoneAbbreviation("Asia/Makassar")).toBe("WITA")
    expect(timeZoneAbbreviation("Asia/Jayapura")).toBe("WIT")
  })

  it("shifts the same instant into each zone", () => {
    expect(formatDateTime(instant, "Asia/Jakarta")).toBe("23 November 2026 00.30 WIB")
    expect(formatDateTime(instant, "Asia/Makassar")).toBe("23 November 2026 01.30 WITA")
    expect(formatDateTime(instant, "Asia/Jayapura")).toBe("23 November 2026 02.30 WIT")
  })

  it("formats a date with Indonesian month names, English on request", () => {
    expect(formatDate("2026-08-17T03:00:00Z")).toBe("17 Agustus 2026")
    expect(formatDate("2026-08-17T03:00:00Z", "Asia/Jakarta", "en")).toBe("17 August 2026")
  })

  it("refuses an invalid date", () => {
    expect(() => formatDate("not a date")).toThrow(RangeError)
  })
})
