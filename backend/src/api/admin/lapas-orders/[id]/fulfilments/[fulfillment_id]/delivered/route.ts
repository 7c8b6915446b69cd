import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { currentPart, refuse } from "../../../../../../lapas-order-routes"
import { fulfilmentInScope } from "../../fulfilment-of-part"

/** A shipped package arrived, or the buyer picked up their part at the lapas. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const orderId = req.params.id
  const { part, fulfilment } = await fulfilmentInScope(req, orderId, req.params.fulfillment_id)
  if (fulfilment.delivered_at) throw refuse("This package is already marked as received.")
  if (fulfilment.kind === "courier" && !fulfilment.shipped_at) {
    throw refuse("Ship this package with its courier and resi before marking it received.")
  }
  await markOrderFulfillmentAsDeliveredWorkflow(req.scope).run({
    input: { orderId, fulfillmentId: fulfilment.id },
  })
  res.json({ part: await currentPart(req, orderId, part.lapas.id) })
}
