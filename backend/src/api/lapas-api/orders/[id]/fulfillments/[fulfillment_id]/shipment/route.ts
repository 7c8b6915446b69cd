import { trackingUrl, type OrderPartResponse } from "@karya-binaan/contracts"
import { Modules } from "@medusajs/framework/utils"
import { createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { memberRoute, STAFF_AND_NATIONAL } from "../../../../../../utils/member-access"
import { currentPart, fulfillmentInScope, refuse } from "../../../../scope"
import type { ShipPart } from "./validators"

/**
 * The lapas hands a packed courier package of its part to the courier: the courier's code from
 * COURIERS and the tracking number (resi). The fulfillment keeps both in its metadata; its label
 * carries the resi and the courier's tracking page of it.
 */
export const POST = memberRoute<ShipPart>(STAFF_AND_NATIONAL, async (req, res, member) => {
  const body = req.validatedBody as ShipPart
  const orderId = req.params.id
  const { part, fulfillment } = await fulfillmentInScope(req.scope, member, orderId, req.params.fulfillment_id)
  if (fulfillment.kind === "pickup") {
    throw refuse("This part is picked up at the lapas; mark it picked up instead of shipping it.")
  }
  if (fulfillment.shipped_at) {
    throw refuse(`This package was already shipped with ${fulfillment.courier_name ?? "a courier"}, resi ${fulfillment.resi ?? "-"}.`)
  }

  // Courier (code) and resi go on the fulfillment before the shipment event, which the buyer's email reads.
  const fulfillmentModule = req.scope.resolve(Modules.FULFILLMENT)
  const current = await fulfillmentModule.retrieveFulfillment(fulfillment.id, { select: ["id", "metadata"] })
  await fulfillmentModule.updateFulfillment(fulfillment.id, {
    metadata: { ...(current.metadata ?? {}), courier: body.courier, resi: body.resi },
  })
  await createOrderShipmentWorkflow(req.scope).run({
    input: {
      order_id: orderId,
      fulfillment_id: fulfillment.id,
      items: fulfillment.items.map((item) => ({ id: item.line_item_id, quantity: item.quantity })),
      labels: [{ tracking_number: body.resi, tracking_url: trackingUrl(body.courier, body.resi) ?? "", label_url: "" }],
      created_by: member.memberId,
    },
  })
  res.json({ part: await currentPart(req.scope, orderId, part.lapas.id) } satisfies OrderPartResponse)
})
