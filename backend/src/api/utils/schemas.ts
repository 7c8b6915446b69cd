import { z } from "@medusajs/framework/zod"
import { isCalendarDay } from "../../modules/profit-share/reports/period"

/** limit and offset of a list's query string (20 by default, at most 100). */
export const paging = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
}

/** A calendar day written YYYY-MM-DD, named in its messages. */
export const calendarDay = (what: string) =>
  z
    .string({ error: `${what} is a date written YYYY-MM-DD` })
    .refine(isCalendarDay, `${what} must be a real calendar date written YYYY-MM-DD, e.g. 2026-11-25`)
