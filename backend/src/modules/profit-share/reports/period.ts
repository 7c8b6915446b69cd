import { timeZoneAbbreviation } from "@karya-binaan/format"
import { isCalendarDay as isContractCalendarDay, isCalendarMonth } from "@karya-binaan/contracts"
/**
 * Calendar days in a lapas's own time zone. Indonesia's three zones keep no daylight saving,
 * so each is a fixed offset from UTC; a day D in zone Z runs from D 00:00 Z (inclusive) to
 * D+1 00:00 Z (exclusive).
 */
export const LAPAS_TIME_ZONES = ["Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"] as const
export type ReportTimeZone = (typeof LAPAS_TIME_ZONES)[number]

const OFFSET_HOURS: Record<ReportTimeZone, number> = {
  "Asia/Jakarta": 7,
  "Asia/Makassar": 8,
  "Asia/Jayapura": 9,
}

const DAY_MS = 24 * 60 * 60 * 1000

export function asTimeZone(value: unknown): ReportTimeZone {
  return (LAPAS_TIME_ZONES as readonly string[]).includes(String(value)) ? (value as ReportTimeZone) : "Asia/Jakarta"
}

/** A real YYYY-MM-DD calendar day (2026-02-30 is not): the contracts' rule, one for every route. */
export const isCalendarDay = (value: string): boolean => isContractCalendarDay(value)

/** 00:00 of `day` in `zone`, as an instant. */
export function startOfDayIn(day: string, zone: ReportTimeZone): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_HOURS[zone] * 60 * 60 * 1000)
}

/** The instant a period [from, to] (whole days in `zone`) ends: 00:00 of the day after `to`. */
export function endOfPeriodIn(to: string, zone: ReportTimeZone): Date {
  return new Date(startOfDayIn(to, zone).getTime() + DAY_MS)
}

/** The calendar day an instant falls on in `zone`. */
export function dayIn(at: Date, zone: ReportTimeZone): string {
  return new Date(at.getTime() + OFFSET_HOURS[zone] * 60 * 60 * 1000).toISOString().slice(0, 10)
}

/** WIB, WITA, WIT. */
export function zoneAbbreviation(zone: ReportTimeZone): string {
  return timeZoneAbbreviation(zone)
}

export const MONTH_NAMES_ID = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
] as const

/** A real "YYYY-MM" month. */
export const isMonth = (value: string): boolean => isCalendarMonth(value)

/** "2026-10" → "Oktober 2026". */
export function monthLabel(month: string): string {
  const [year, m] = month.split("-")
  return `${MONTH_NAMES_ID[Number(m) - 1] ?? m} ${year}`
}

/** The first and last calendar day of a "YYYY-MM" month. */
export function monthDays(month: string): { from: string; to: string } {
  const [year, m] = month.split("-").map(Number)
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, "0")}` }
}

/** The month's bounds as instants in `zone`: [start, end). */
export function monthBoundsIn(month: string, zone: ReportTimeZone): { start: Date; end: Date } {
  const { from, to } = monthDays(month)
  return { start: startOfDayIn(from, zone), end: endOfPeriodIn(to, zone) }
}

/** The month ("YYYY-MM") an instant falls in, in `zone`. */
export function monthIn(at: Date, zone: ReportTimeZone): string {
  return dayIn(at, zone).slice(0, 7)
}

/** "2026-10-05" → "5 Oktober 2026". */
export function dayLabel(day: string): string {
  const [year, m, d] = day.split("-")
  return `${Number(d)} ${MONTH_NAMES_ID[Number(m) - 1] ?? m} ${year}`
}

/** The calendar day `days` days after `day` (negative: before). */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
}

/** Days from `from` to `to`, both counted: 2026-01-01..2026-01-01 is 1. */
export function daysInPeriod(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1
}

/** Every calendar day from `from` to `to`, both included. */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = []
  for (let day = from; day <= to; day = shiftDay(day, 1)) days.push(day)
  return days
}

/** The months ("YYYY-MM") a period of days touches, in order. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = []
  let [year, m] = from.slice(0, 7).split("-").map(Number)
  const last = to.slice(0, 7)
  for (;;) {
    const month = `${year}-${String(m).padStart(2, "0")}`
    months.push(month)
    if (month >= last || months.length > 1200) break
    m += 1
    if (m > 12) {
      m = 1
      year += 1
    }
  }
  return months
}
