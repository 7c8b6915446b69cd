import type { MedusaRequest } from "@medusajs/framework/http"
import { notFound } from "../../../../access"
import { partsInScope, refuse } from "../../../../lapas-order-routes"

/**
 * The caller's part holding this live fulfilment, and the fulfilment; 404 when it is not one of
 * the caller's (another lapas's fulfilments are not found here).
 */
export async function fulfilmentInScope(req: MedusaRequest, orderId: string, fulfillmentId: string) {
  const parts = await partsInScope(req, orderId)
  const part = parts.find((p) => p.fulfilments.some((f) => f.id === fulfillmentId))
  const fulfilment = part?.fulfilments.find((f) => f.id === fulfillmentId)
  if (!part || !fulfilment) throw notFound("Fulfilment", fulfillmentId)
  if (fulfilment.canceled_at) {
    throw refuse("This fulfilment was canceled; pack the items again.")
  }
  return { part, fulfilment }
}
