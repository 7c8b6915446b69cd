import type { OrderPartResponse } from "@karya-binaan/contracts"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { currentPart, refuse } from "../../../../scope"
import { type ShipPart } from "../../../../validators"
import { fulfillmentInScope } from "../../fulfillment-of-part"

/** The lapas hands a packed courier part to the courier: courier name and tracking number (resi). */
export async function POST(req: AuthenticatedMedusaRequest<ShipPart>, res: MedusaResponse) {
  const body = req.validatedBody as ShipPart
  const orderId = req.params.id
  const { part, fulfillment } = await fulfillmentInScope(req, orderId, req.params.fulfillment_id)
  if (fulfillment.kind === "pickup") {
    throw refuse("This part is picked up at the lapas; mark it picked up instead of shipping it.")
  }
  if (fulfillment.shipped_at) {
    throw refuse(`This package was already shipped with ${fulfillment.courier ?? "a courier"}, resi ${fulfillment.resi ?? "-"}.`)
  }

  // Courier and resi go on the fulfillment before the shipment event, which the buyer's email reads.
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
      labels: [{ tracking_number: body.resi, tracking_url: "", label_url: "" }],
      created_by: req.auth_context.actor_id,
    },
  })
  res.json({ part: await currentPart(req, orderId, part.lapas.id) } satisfies OrderPartResponse)
}
