import { z } from "@medusajs/framework/zod"

export const LapasProductionCostsQuerySchema = z
  .object({
    /** National members name the lapas; others get their own (another lapas is 404). */
    lapas_id: z.string().min(1).optional(),
  })
  .strict()
export type LapasProductionCostsQuery = z.infer<typeof LapasProductionCostsQuerySchema>
