import { z } from "zod"

/**
 * Dates on input, one rule for every route: a calendar day is `YYYY-MM-DD` and exists
 * (2026-02-30 and 2026-13-01 do not), a month is `YYYY-MM`, an instant is an ISO 8601 date-time
 * with a zone offset. The predicates never throw (no `toISOString` on an invalid date), so a
 * schema built on them refuses "", "x" or "2026-13-01" with a 400 naming the field instead of a
 * 500. The zod helpers name the field in their messages; the backend builds its own zod
 * schemas on the same predicates (backend/src/api/utils/schemas.ts), as it uses Medusa's zod.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
// YYYY-MM-DDTHH:MM[:SS[.fff…]](Z|±HH:MM)
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/

/** A real calendar day written YYYY-MM-DD, years 1000–9999 (2026-02-30 is not one). */
export function isCalendarDay(value: unknown): value is string {
  if (typeof value !== "string") return false
  const match = DAY.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** A month written YYYY-MM (2026-13 is not one). */
export function isCalendarMonth(value: unknown): value is string {
  return typeof value === "string" && MONTH.test(value) && Number(value.slice(0, 4)) >= 1000
}

/** An ISO 8601 instant with its zone (Z or ±HH:MM), on a real calendar day. */
export function isIsoDateTime(value: unknown): value is string {
  if (typeof value !== "string") return false
  const match = DATE_TIME.exec(value)
  return !!match && isCalendarDay(match[1]) && !Number.isNaN(Date.parse(value))
}

export const calendarDayMessage = (field: string) =>
  `${field} must be a real calendar date written YYYY-MM-DD, e.g. 2026-11-25`
export const calendarMonthMessage = (field: string) => `${field} must be a month written YYYY-MM, e.g. 2026-11`
export const isoDateTimeMessage = (field: string) =>
  `${field} must be an ISO 8601 date-time with its zone, e.g. 2026-11-25T09:30:00+07:00`

/** zod: a calendar day YYYY-MM-DD, refused with a message naming `field`. */
export const calendarDay = (field: string) =>
  z.string({ error: calendarDayMessage(field) }).refine(isCalendarDay, calendarDayMessage(field))

/** zod: a month YYYY-MM, refused with a message naming `field`. */
export const calendarMonth = (field: string) =>
  z.string({ error: calendarMonthMessage(field) }).refine(isCalendarMonth, calendarMonthMessage(field))

/** zod: an ISO 8601 date-time with its zone, refused with a message naming `field`. */
export const isoDateTime = (field: string) =>
  z.string({ error: isoDateTimeMessage(field) }).refine(isIsoDateTime, isoDateTimeMessage(field))

/** The invalid spellings every date field must refuse (the input-hygiene tests send them all). */
export const INVALID_DATES = ["", "x", "2026-13-01", "2026-02-30", "2026-1-1", "0000-00-00", "2026-02-29T25:00:00Z"] as const
