import { orderSummariesQuery, type OrderSummaryListResponse } from "@karya-binaan/contracts"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { customerOrderSummaries } from "../../../../lib/orders/summary"
import { parseQuery } from "../../../utils/validation"

/**
 * The logged-in customer's orders, newest first, each as the buyer's summary (progress per lapas,
 * courier, resi, payment): the account's order list in one request instead of one per order.
 * Only the caller's own orders: the customer comes from the session or bearer token, never from
 * the request.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context?.actor_id
  if (!customerId) throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Masuk dulu untuk melihat pesanan Anda.")
  // Parsed here: Medusa's own GET /store/orders/:id middleware matches this path too and sets validatedQuery.
  const { limit, offset } = parseQuery(req, orderSummariesQuery)
  const { orders, count } = await customerOrderSummaries(req.scope, customerId, { limit, offset })
  res.json({ orders, count, limit, offset } satisfies OrderSummaryListResponse)
}
