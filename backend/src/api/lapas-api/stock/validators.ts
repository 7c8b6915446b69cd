import { LOW_STOCK_DEFAULT } from "@karya-binaan/contracts"
import { z } from "@medusajs/framework/zod"
import { paging, stockQuantity } from "../../utils/schemas"

export const ListStockQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: paging.offset,
    q: z.string().trim().max(200, "The search is at most 200 characters").optional(),
    low: z
      .enum(["true", "false"], { error: "low is true or false" })
      .optional()
      .transform((value) => value === "true"),
    below: z.coerce
      .number({ error: "below is a whole number" })
      .int("below is a whole number")
      .min(1, "below is at least 1")
      .max(1_000_000)
      .default(LOW_STOCK_DEFAULT),
    lapas_id: z.string().trim().min(1).optional(),
  })
  .strict()
export type ListStockQuery = z.infer<typeof ListStockQuerySchema>

export const UpdateStockSchema = z
  .object({
    levels: z
      .array(
        z
          .object({
            variant_id: z.string({ error: "Each level names a variant (variant_id)" }).trim().min(1, "Each level names a variant (variant_id)"),
            stocked_quantity: stockQuantity("stocked_quantity"),
          })
          .strict(),
        { error: "List the stock to set (levels)" }
      )
      .min(1, "List at least one variant's stock to set (levels)")
      .max(500, "Set at most 500 variants' stock at once")
      .refine((levels) => new Set(levels.map((l) => l.variant_id)).size === levels.length, "Each variant appears once in levels"),
  })
  .strict()
