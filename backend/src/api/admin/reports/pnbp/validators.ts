import { z } from "@medusajs/framework/zod"
import { isCalendarDay, isMonth } from "../../../../modules/profit-share/reports/period"
import { PNBP_REPORT_FORMATS } from "@karya-binaan/contracts"

const day = (what: string) =>
  z.string({ error: `${what}: give a day as YYYY-MM-DD` }).refine(isCalendarDay, `${what}: write a real calendar day as YYYY-MM-DD, e.g. 2026-10-31`)

export const PnbpReportQuerySchema = z
  .object({
    /** National users may leave it out for a roll-up of every lapas; finance always get their own. */
    lapas_id: z.string().min(1).optional(),
    from: day("from"),
    to: day("to"),
    format: z.enum(PNBP_REPORT_FORMATS, { error: "format: one of json, csv, xlsx, pdf" }).default("json"),
  })
  .refine((q) => q.from <= q.to, { message: "the period runs backwards: from must be on or before to", path: ["to"] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 3 * 366 * 86_400_000, {
    message: "a report covers at most 3 years; ask for a shorter period",
    path: ["to"],
  })

const monthOrDay = (what: string) =>
  z
    .string()
    .refine((v) => isMonth(v) || isCalendarDay(v), `${what}: write a month as YYYY-MM (or a day as YYYY-MM-DD)`)
    .transform((v) => v.slice(0, 7))

export const ReconciliationQuerySchema = z
  .object({
    lapas_id: z.string().min(1).optional(),
    /** First month (YYYY-MM; a day selects its month). Default: 11 months before `to`. */
    from: monthOrDay("from").optional(),
    /** Last month. Default: the current month in the lapas's zone. */
    to: monthOrDay("to").optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must be on or before to", path: ["to"] })
