import type { OrderPartResponse } from "@karya-binaan/contracts"
import { markOrderFulfillmentAsDeliveredWorkflow } from "@medusajs/medusa/core-flows"
import { memberRoute, STAFF_AND_NATIONAL } from "../../../../../../utils/member-access"
import { currentPart, fulfillmentInScope, refuse } from "../../../../scope"

/** A shipped package of the lapas's part arrived, or the buyer picked the part up at the lapas. */
export const POST = memberRoute(STAFF_AND_NATIONAL, async (req, res, member) => {
  const orderId = req.params.id
  const { part, fulfillment } = await fulfillmentInScope(req.scope, member, orderId, req.params.fulfillment_id)
  if (fulfillment.delivered_at) throw refuse("This package is already marked as received.")
  if (fulfillment.kind === "courier" && !fulfillment.shipped_at) {
    throw refuse("Ship this package with its courier and resi before marking it received.")
  }
  await markOrderFulfillmentAsDeliveredWorkflow(req.scope).run({
    input: { orderId, fulfillmentId: fulfillment.id },
  })
  res.json({ part: await currentPart(req.scope, orderId, part.lapas.id) } satisfies OrderPartResponse)
})
