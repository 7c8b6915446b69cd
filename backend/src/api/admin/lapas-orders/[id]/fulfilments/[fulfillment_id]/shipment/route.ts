import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { currentPart, refuse, type ShipPart } from "../../../../../../lapas-order-routes"
import { fulfilmentInScope } from "../../fulfilment-of-part"

/** The lapas hands a packed courier part to the courier: courier name and tracking number (resi). */
export async function POST(req: AuthenticatedMedusaRequest<ShipPart>, res: MedusaResponse) {
  const body = req.validatedBody as ShipPart
  const orderId = req.params.id
  const { part, fulfilment } = await fulfilmentInScope(req, orderId, req.params.fulfillment_id)
  if (fulfilment.kind === "pickup") {
    throw refuse("This part is picked up at the lapas; mark it picked up instead of shipping it.")
  }
  if (fulfilment.shipped_at) {
    throw refuse(`This package was already shipped with ${fulfilment.courier ?? "a courier"}, resi ${fulfilment.resi ?? "-"}.`)
  }

  // Courier and resi go on the fulfilment before the shipment event, which the buyer's email reads.
  const fulfillmentModule = req.scope.resolve(Modules.FULFILLMENT)
  const current = await fulfillmentModule.retrieveFulfillment(fulfilment.id, { select: ["id", "metadata"] })
  await fulfillmentModule.updateFulfillment(fulfilment.id, {
    metadata: { ...(current.metadata ?? {}), courier: body.courier, resi: body.resi },
  })
  await createOrderShipmentWorkflow(req.scope).run({
    input: {
      order_id: orderId,
      fulfillment_id: fulfilment.id,
      items: fulfilment.items.map((item) => ({ id: item.line_item_id, quantity: item.quantity })),
      labels: [{ tracking_number: body.resi, tracking_url: "", label_url: "" }],
      created_by: req.auth_context.actor_id,
    },
  })
  res.json({ part: await currentPart(req, orderId, part.lapas.id) })
}
