import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildOrderSummary, findOrderIdByNumberAndEmail } from "../../order-views"
import type { OrderLookup } from "./validators"

/**
 * A guest finds their order by its number and the email it was placed with. A wrong number and
 * a wrong email answer the same 404, so neither can be probed.
 */
export async function POST(req: MedusaRequest<OrderLookup>, res: MedusaResponse) {
  const { display_id, email } = req.validatedBody as OrderLookup
  const orderId = await findOrderIdByNumberAndEmail(req.scope, display_id, email)
  const order = await buildOrderSummary(req.scope, orderId)
  res.json({ order })
}
