import { z } from "@medusajs/framework/zod"

/** GET /lapas-api/products/:id/production-costs takes no query. */
export const ProductProductionCostsQuerySchema = z.object({}).strict()
