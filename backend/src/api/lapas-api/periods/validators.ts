import { z } from "@medusajs/framework/zod"

/** GET /lapas-api/periods */
export const ListPeriodsSchema = z
  .object({
    lapas_id: z.string().trim().min(1, "lapas_id: name a lapas id or leave it out").optional(),
  })
  .strict()
export type ListPeriods = z.infer<typeof ListPeriodsSchema>
