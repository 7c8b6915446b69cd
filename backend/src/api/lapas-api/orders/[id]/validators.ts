import { z } from "@medusajs/framework/zod"
import { lapasIdParam } from "../validators"

/** `GET /lapas-api/orders/:id`: national members may narrow a multi-lapas order to one lapas's part. */
export const OrderDetailQuerySchema = z.object({ lapas_id: lapasIdParam.optional() }).strict()
export type OrderDetailQuery = z.infer<typeof OrderDetailQuerySchema>
