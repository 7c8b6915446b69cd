import { z } from "@medusajs/framework/zod"
import { lapasIdParam } from "../../validators"

/**
 * `POST /lapas-api/orders/:id/cancel`: staff cancel their own lapas's part; national members name
 * the lapas (lapas_id) to cancel one part of a multi-lapas order, or leave it out to cancel the
 * whole order.
 */
export const CancelOrderSchema = z
  .object({
    lapas_id: lapasIdParam.optional(),
    reason: z
      .string({ error: "Give the reason for canceling (reason), e.g. stok habis" })
      .trim()
      .min(5, "Give the reason for canceling (reason) in a few words, e.g. stok habis")
      .max(500, "reason has at most 500 characters"),
  })
  .strict()
export type CancelOrder = z.infer<typeof CancelOrderSchema>
