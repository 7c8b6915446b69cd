import { z } from "@medusajs/framework/zod"
import { isMonth } from "../../../../modules/profit-share/reports/period"

/** GET /lapas-api/periods/preview */
export const ClosePeriodPreviewSchema = z
  .object({
    lapas_id: z.string().trim().min(1, "lapas_id: name a lapas id or leave it out").optional(),
    month: z
      .string({ error: "give the month to close as YYYY-MM" })
      .trim()
      .refine(isMonth, "write the month as YYYY-MM, e.g. 2026-10"),
  })
  .strict()
export type ClosePeriodPreview = z.infer<typeof ClosePeriodPreviewSchema>
