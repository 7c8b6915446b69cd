import type { OrderSummaryResponse } from "@karya-binaan/contracts"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { buildOrderSummary } from "../../../../../lib/orders/summary"

/**
 * The buyer's view of an order: items per lapas, shipping and, while a bank transfer is awaited,
 * where to transfer what. Like Medusa's GET /store/orders/:id, the unguessable order id is the
 * key; an unknown id answers 404.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const order = await buildOrderSummary(req.scope, req.params.id)
  res.json({ order } satisfies OrderSummaryResponse)
}
