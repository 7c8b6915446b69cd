import { z } from "@medusajs/framework/zod"
import { isMonth } from "../../../modules/profit-share/reports/period"

export const ClosePeriodSchema = z
  .object({
    /** The lapas; finance users may leave it out (their own lapas). */
    lapas_id: z.string().min(1).optional(),
    month: z
      .string({ error: "give the month to close as YYYY-MM" })
      .trim()
      .refine(isMonth, "write the month as YYYY-MM, e.g. 2026-10"),
  })
  .strict()
export type ClosePeriod = z.infer<typeof ClosePeriodSchema>

export const ListPeriodsSchema = z.object({
  lapas_id: z.string().min(1).optional(),
})
