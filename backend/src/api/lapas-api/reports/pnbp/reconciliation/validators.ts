import { z } from "@medusajs/framework/zod"
import { isCalendarDay, isMonth } from "../../../../../modules/profit-share/reports/period"

const monthOrDay = (what: string) =>
  z
    .string()
    .refine((v) => isMonth(v) || isCalendarDay(v), `${what}: write a month as YYYY-MM (or a day as YYYY-MM-DD)`)
    .transform((v) => v.slice(0, 7))

/** GET /lapas-api/reports/pnbp/reconciliation */
export const ReconciliationQuerySchema = z
  .object({
    lapas_id: z.string().trim().min(1, "lapas_id: name a lapas id or leave it out").optional(),
    /** First month (YYYY-MM; a day selects its month). Default: 11 months before `to`. */
    from: monthOrDay("from").optional(),
    /** Last month. Default: the current month in the lapas's zone. */
    to: monthOrDay("to").optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must be on or before to", path: ["to"] })
  .refine((q) => !q.from || !q.to || monthSpan(q.from, q.to) <= 60, {
    message: "a reconciliation covers at most 60 months; ask for a shorter range",
    path: ["to"],
  })
export type ReconciliationQuery = z.infer<typeof ReconciliationQuerySchema>

function monthSpan(from: string, to: string) {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7))
  return index(to) - index(from) + 1
}
