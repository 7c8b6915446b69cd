import { z } from "@medusajs/framework/zod"

/** `POST /lapas-api/orders/:id/fulfillments/:fulfillment_id/delivered`: no fields. */
export const MarkDeliveredSchema = z.object({}).strict()
export type MarkDelivered = z.infer<typeof MarkDeliveredSchema>
