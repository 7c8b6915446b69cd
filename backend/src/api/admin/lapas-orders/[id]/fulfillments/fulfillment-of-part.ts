import type { MedusaRequest } from "@medusajs/framework/http"
import { notFound } from "../../../../utils/access"
import { partsInScope, refuse } from "../../scope"

/**
 * The caller's part holding this live fulfillment, and the fulfillment; 404 when it is not one of
 * the caller's (another lapas's fulfillments are not found here).
 */
export async function fulfillmentInScope(req: MedusaRequest, orderId: string, fulfillmentId: string) {
  const parts = await partsInScope(req, orderId)
  const part = parts.find((p) => p.fulfilments.some((f) => f.id === fulfillmentId))
  const fulfillment = part?.fulfilments.find((f) => f.id === fulfillmentId)
  if (!part || !fulfillment) throw notFound("Fulfillment", fulfillmentId)
  if (fulfillment.canceled_at) {
    throw refuse("This fulfillment was canceled; pack the items again.")
  }
  return { part, fulfillment }
}
