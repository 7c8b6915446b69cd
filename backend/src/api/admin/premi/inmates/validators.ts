import { z } from "@medusajs/framework/zod"

export const PremiInmatesQuerySchema = z.object({
  /** National users only; finance always sees their own lapas. */
  lapas_id: z.string().min(1).optional(),
  status: z.enum(["active", "released"]).optional(),
})
