import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { partsInScope } from "../../../../../../lapas-order-routes"
import { publicPart } from "../../../../../../order-parts"
import { fulfilmentInScope } from "../../fulfilment-of-part"

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

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
  const updated = (await partsInScope(req, orderId)).find((p) => p.lapas.id === part.lapas.id)!
  res.json({ part: publicPart(updated) })
}
