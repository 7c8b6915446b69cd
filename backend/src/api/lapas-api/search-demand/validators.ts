import { z } from "@medusajs/framework/zod"
import { MAX_PERIOD_DAYS } from "../../../lib/search-demand/period"
import { daysInPeriod, isCalendarDay } from "../../../modules/profit-share/reports/period"

export const DEFAULT_LIMIT = 20
export const MAX_LIMIT = 100

// validateQuery puts the field's name before each message ("from: …").
const day = () =>
  z
    .string({ error: "give a day as YYYY-MM-DD" })
    .refine(isCalendarDay, "write a real calendar day as YYYY-MM-DD, e.g. 2026-10-31")

const wholeNumber = (min: number, max: number, fallback: number) =>
  z
    .string({ error: `give a whole number from ${min} to ${max}` })
    .trim()
    .regex(/^\d{1,4}$/, `give a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `give a whole number from ${min} to ${max}`)
    .optional()
    .transform((n) => n ?? fallback)

export const SearchDemandQuerySchema = z
  .object({
    /** One lapas: the searches made with that lapas as filter. Left out: every search nationally. */
    lapas_id: z.string().trim().min(1, "name a lapas by its id, or leave lapas_id out for every search nationally").optional(),
    /** First day of the period in the lapas's zone (national: WIB). Default: DEFAULT_PERIOD_DAYS − 1 days before `to`. */
    from: day().optional(),
    /** Last day of the period, included. Default: today in the lapas's zone. */
    to: day().optional(),
    limit: wholeNumber(1, MAX_LIMIT, DEFAULT_LIMIT),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: "the period runs backwards: from must be on or before to",
    path: ["to"],
  })
  .refine((q) => !q.from || !q.to || daysInPeriod(q.from, q.to) <= MAX_PERIOD_DAYS, {
    message: `a report covers at most ${MAX_PERIOD_DAYS} days; ask for a shorter period`,
    path: ["to"],
  })
export type SearchDemandQuery = z.infer<typeof SearchDemandQuerySchema>
