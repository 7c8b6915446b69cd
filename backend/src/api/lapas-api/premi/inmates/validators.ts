import { z } from "@medusajs/framework/zod"
import { INMATE_STATUSES } from "@karya-binaan/contracts"

export const PremiInmatesQuerySchema = z
  .object({
    /** National members: one lapas or all; finance: their own (another lapas is 404). */
    lapas_id: z.string().min(1).optional(),
    status: z.enum(INMATE_STATUSES, { error: `status is one of ${INMATE_STATUSES.join(", ")}` }).optional(),
  })
  .strict()
export type PremiInmatesQuery = z.infer<typeof PremiInmatesQuerySchema>
