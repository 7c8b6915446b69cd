/**
 * Days and months as the finance screens use them: `YYYY-MM-DD` and `YYYY-MM` in the lapas's own
 * time zone (the backend reads them so), and rupiah typed by a person. Pure, for server and client.
 */
import type { LapasTimeZone } from "@karya-binaan/format"
import type { Locale } from "@/i18n/locale"

export const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value)

export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** The calendar day `at` falls on in the zone, YYYY-MM-DD. */
export function dayIn(at: Date, zone: LapasTimeZone): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at)
}

export const monthIn = (at: Date, zone: LapasTimeZone) => dayIn(at, zone).slice(0, 7)

/** The month `n` months after `month` (negative: before). */
export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number)
  const index = y * 12 + (m - 1) + n
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`
}

/** The first and last day of a month. */
export function monthDays(month: string): { from: string; to: string } {
  const [y, m] = month.split("-").map(Number)
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` }
}

/** "November 2026" (id and en alike apart from the month's name). */
export function monthLabel(month: string, locale: Locale = "id"): string {
  const [y, m] = month.split("-").map(Number)
  return new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, 1))
  )
}

/**
 * Whole rupiah as a person types them ("Rp 1.250.000", "1250000", "1.250.000,00") → "1250000";
 * null for anything else (fractions of a rupiah, letters, 0 or less).
 */
export function parseRupiahInput(text: string): string | null {
  let value = text.trim().replace(/^rp\.?\s*/i, "").replace(/\s/g, "")
  value = value.replace(/,0{1,2}$/, "")
  if (!/^\d{1,3}(\.\d{3})+$|^\d+$/.test(value)) return null
  const digits = value.replace(/\./g, "").replace(/^0+(?=\d)/, "")
  return /^[1-9]\d*$/.test(digits) ? digits : null
}

/** A NTPN or kode billing as typed, without spaces and dashes, upper case. */
export const compactCode = (text: string) => text.replace(/[\s-]/g, "").toUpperCase()
