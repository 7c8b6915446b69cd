import {
  calendarDayMessage,
  calendarMonthMessage,
  isCalendarDay,
  isCalendarMonth,
  isIsoDateTime,
  isoDateTimeMessage,
} from "@karya-binaan/contracts"
import { z } from "@medusajs/framework/zod"

/** limit and offset of a list's query string (20 by default, at most 100). */
export const paging = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}

// Dates on input: the contracts' predicates (packages/contracts/src/dates.ts) with Medusa's zod.
// None of them throws on a bad value, so "", "x" or "2026-13-01" is a 400 naming the field.

/** A calendar day written YYYY-MM-DD, named in its messages. */
export const calendarDay = (what: string) =>
  z.string({ error: calendarDayMessage(what) }).refine(isCalendarDay, calendarDayMessage(what))

/** A month written YYYY-MM, named in its messages. */
export const calendarMonth = (what: string) =>
  z.string({ error: calendarMonthMessage(what) }).refine(isCalendarMonth, calendarMonthMessage(what))

/** An ISO 8601 date-time with its zone, named in its messages. */
export const isoDateTime = (what: string) =>
  z.string({ error: isoDateTimeMessage(what) }).refine(isIsoDateTime, isoDateTimeMessage(what))

/** A calendar day (YYYY-MM-DD, in the lapas's zone) or an ISO 8601 instant with its zone. */
export const dayOrInstant = (what: string) => {
  const message = `${what}: write a day as YYYY-MM-DD (in the lapas's time zone), e.g. 2026-11-01, or an ISO date-time with its zone, e.g. 2026-11-01T09:00:00+07:00`
  return z.string({ error: message }).refine((value) => isCalendarDay(value) || isIsoDateTime(value), message)
}

/**
 * A stock quantity: a whole number of units from 0 (or `min`) up to 1,000,000, the most any
 * lapas holds of one variant by a wide margin; 1.5, -1 and 1e30 are refused.
 */
export const MAX_STOCK_QUANTITY = 1_000_000
export const stockQuantity = (what: string, min = 0) =>
  z
    .number({ error: `${what} is a whole number of units` })
    .int(`${what} is a whole number of units`)
    .min(min, min === 0 ? `${what} cannot be negative` : `${what} must be at least ${min}`)
    .max(MAX_STOCK_QUANTITY, `${what} cannot exceed 1,000,000 units`)
