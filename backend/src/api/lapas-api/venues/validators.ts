import { UpdateVenueSchema, VenueStockMoveSchema } from "@karya-binaan/contracts"
import { z } from "@medusajs/framework/zod"

/** The body schemas are the contract's, so the panel checks with the same rules. */
export const UpdateVenueBody = (UpdateVenueSchema as unknown as z.ZodType).refine(
  (body: any) => Object.keys(body ?? {}).length > 0,
  "Nothing to change: send name, place or max_discount_bp"
)
export const VenueStockMoveBody = VenueStockMoveSchema as unknown as z.ZodType
export const NoBody = z.object({}).strict()
export const NoQuery = z.object({}).strict()
export const VenueStockQuery = z.object({ lapas_id: z.string().trim().min(1).max(100).optional() }).strict()
