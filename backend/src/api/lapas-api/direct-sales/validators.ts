import { CreateEventVenueSchema, RecordDirectSaleSchema, VoidDirectSaleSchema } from "@karya-binaan/contracts"
import { z } from "@medusajs/framework/zod"
import { calendarDay, paging } from "../../utils/schemas"

/** The body schemas are the contract's: the panel checks a sale with the same rules before it queues it offline. */
export const RecordDirectSaleBody = RecordDirectSaleSchema as unknown as z.ZodType
export const VoidDirectSaleBody = VoidDirectSaleSchema as unknown as z.ZodType
export const CreateEventVenueBody = CreateEventVenueSchema as unknown as z.ZodType

export const ListDirectSalesQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: paging.offset,
    venue_id: z.string().trim().min(1).max(100).optional(),
    /** The lapas's calendar day of the sales. */
    business_date: calendarDay("business_date").optional(),
    /** Only this cashier's sales ("me" for the caller's own). */
    cashier_id: z.string().trim().min(1).max(100).optional(),
    status: z.enum(["completed", "voided"], { error: "status is completed or voided" }).optional(),
    /** Only sales with a stock warning still to settle. */
    warnings: z
      .enum(["true", "false"], { error: "warnings is true or false" })
      .optional()
      .transform((value) => value === "true"),
    lapas_id: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
export type ListDirectSalesQuery = z.infer<typeof ListDirectSalesQuerySchema>

/** The till's catalogue: the venue (required); national members name the lapas. */
export const DirectSaleCatalogQuerySchema = z
  .object({
    venue_id: z.string({ error: "Choose the venue whose catalogue to load (venue_id)" }).trim().min(1, "Choose the venue whose catalogue to load (venue_id)").max(100),
    lapas_id: z.string().trim().min(1).max(100).optional(),
  })
  .strict()
