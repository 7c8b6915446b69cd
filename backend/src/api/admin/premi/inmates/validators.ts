import { z } from "@medusajs/framework/zod"
import { INMATE_STATUSES } from "@karya-binaan/contracts"

export const PremiInmatesQuerySchema = z.object({
  /** National users only; finance always sees their own lapas. */
  lapas_id: z.string().min(1).optional(),
  status: z.enum(INMATE_STATUSES).optional(),
})
