import { z } from "@medusajs/framework/zod"

/** GET /lapas-api/orders/:id/shares takes no query parameters. */
export const OrderSharesQuerySchema = z.object({}).strict()
