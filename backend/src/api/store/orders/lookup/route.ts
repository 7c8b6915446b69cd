import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { buildOrderSummary, findOrderIdByNumberAndEmail } from "../../../../lib/orders/summary"
import { TOO_MANY_LOOKUPS_MESSAGE, failedLookups } from "./failed-attempts"
import type { ErrorResponse, OrderLookup, OrderSummaryResponse } from "@karya-binaan/contracts"

/**
 * A guest finds their order by its number and the email it was placed with. A wrong number and
 * a wrong email answer the same 404, so neither can be probed; after too many failures for one
 * email or one client the lookup answers 429 for a while (failed-attempts.ts).
 */
export async function POST(req: MedusaRequest<OrderLookup>, res: MedusaResponse) {
  const { display_id, email } = req.validatedBody as OrderLookup
  const normalisedEmail = email.trim().toLowerCase()
  const client = req.ip ?? "unknown"
  if (failedLookups.isBlocked(normalisedEmail, client)) {
    res.status(429).json({ type: "too_many_requests", message: TOO_MANY_LOOKUPS_MESSAGE } satisfies ErrorResponse<"too_many_requests">)
    return
  }
  let orderId: string
  try {
    orderId = await findOrderIdByNumberAndEmail(req.scope, display_id, email)
  } catch (error) {
    if (MedusaError.isMedusaError(error) && (error as MedusaError).type === MedusaError.Types.NOT_FOUND) {
      failedLookups.recordFailure(normalisedEmail, client)
    }
    throw error
  }
  const order = await buildOrderSummary(req.scope, orderId)
  res.json({ order } satisfies OrderSummaryResponse)
}
