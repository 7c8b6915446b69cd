import { z } from "@medusajs/framework/zod"

/** `POST /lapas-api/orders/:id/cancel` */
export const CancelOrderSchema = z
  .object({
    reason: z
      .string({ error: "Give the reason for canceling (reason), e.g. stok habis" })
      .trim()
      .min(5, "Give the reason for canceling (reason) in a few words, e.g. stok habis")
      .max(500, "reason has at most 500 characters"),
  })
  .strict()
export type CancelOrder = z.infer<typeof CancelOrderSchema>
