import type { OrderPartResponse } from "@karya-binaan/contracts"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { currentPart, refuse } from "../../../../scope"
import { fulfillmentInScope } from "../../fulfillment-of-part"

/** A shipped package arrived, or the buyer picked up their part at the lapas. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const orderId = req.params.id
  const { part, fulfillment } = await fulfillmentInScope(req, orderId, req.params.fulfillment_id)
  if (fulfillment.delivered_at) throw refuse("This package is already marked as received.")
  if (fulfillment.kind === "courier" && !fulfillment.shipped_at) {
    throw refuse("Ship this package with its courier and resi before marking it received.")
  }
  await markOrderFulfillmentAsDeliveredWorkflow(req.scope).run({
    input: { orderId, fulfillmentId: fulfillment.id },
  })
  res.json({ part: await currentPart(req, orderId, part.lapas.id) } satisfies OrderPartResponse)
}
