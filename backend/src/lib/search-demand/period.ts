import { MedusaError } from "@medusajs/framework/utils"
import { dayIn, daysInPeriod, shiftDay, type ReportTimeZone } from "../../modules/profit-share/reports/period"

/** The longest period one report covers, in days (a leap year). */
export const MAX_PERIOD_DAYS = 366
/** The period when none is given: this many days up to today. */
export const DEFAULT_PERIOD_DAYS = 30

/** National reports count days in WIB, the time zone of Jakarta and of most lapas. */
export const NATIONAL_TIME_ZONE: ReportTimeZone = "Asia/Jakarta"

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/**
 * The report's days: `to` defaults to today in the zone, `from` to DEFAULT_PERIOD_DAYS − 1 days
 * before `to`. A backwards or too long period is a 400 that says what to fix.
 */
export function demandPeriod(asked: { from?: string; to?: string }, timeZone: ReportTimeZone, now = new Date()) {
  const today = dayIn(now, timeZone)
  const to = asked.to ?? today
  const from = asked.from ?? shiftDay(to, -(DEFAULT_PERIOD_DAYS - 1))
  if (from > to) {
    throw invalid(
      `to: the period runs backwards: from (${from}) must be on or before to (${to}${asked.to ? "" : ", today"})`
    )
  }
  if (daysInPeriod(from, to) > MAX_PERIOD_DAYS) {
    throw invalid(
      `to: a report covers at most ${MAX_PERIOD_DAYS} days and ${from} to ${to} is ${daysInPeriod(from, to)}; ask for a shorter period`
    )
  }
  return { from, to }
}
