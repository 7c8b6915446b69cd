import type { OrderPartResponse } from "@karya-binaan/contracts"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow } from "@medusajs/medusa/core-flows"
import { READY_FOR_PICKUP_EVENT } from "../../../../../workflows/order-parts/order-part-events"
import { stockLocationIdsOfLapas } from "../../../../utils/access"
import { currentPart, partToActOn, refuse } from "../../scope"
import { type FulfillPart } from "../../validators"

/**
 * The lapas packs every open item of its part from its own stock location: a courier part is
 * then waiting to be shipped, a pickup part is ready to be picked up (and the buyer is told).
 */
export async function POST(req: AuthenticatedMedusaRequest<FulfillPart>, res: MedusaResponse) {
  const body = req.validatedBody as FulfillPart
  const orderId = req.params.id
  const { part } = await partToActOn(req, orderId, body.lapas_id)

  if (part.state === "canceled") throw refuse(`Order #${part.display_id} is canceled.`)
  if (part.state === "awaiting_transfer") {
    throw refuse(
      `${part.lapas.name}'s part of order #${part.display_id} is not paid yet: confirm the transfer before packing.`
    )
  }
  const open = part.items
    .map((item) => ({ id: item.id, quantity: item.quantity - item.fulfilled_quantity }))
    .filter((item) => item.quantity > 0)
  if (!open.length) throw refuse(`Every item of ${part.lapas.name}'s part of order #${part.display_id} is already packed.`)

  const locationId = part.internal.location_id ?? (await stockLocationIdsOfLapas(req, part.lapas.id))[0]
  if (!locationId) {
    throw refuse(`${part.lapas.name} has no stock location to ship from; ask the national office to set one up.`)
  }
  const kind = part.shipping?.kind ?? "courier"
  const { result: fulfillment } = await createOrderFulfillmentWorkflow(req.scope).run({
    input: {
      order_id: orderId,
      items: open,
      location_id: locationId,
      shipping_option_id: part.shipping?.option_id ?? undefined,
      created_by: req.auth_context.actor_id,
      // The buyer hears about courier parts when they ship, about pickup parts right now.
      no_notification: true,
      metadata: { lapas_id: part.lapas.id, kind },
    },
  })
  if (kind === "pickup") {
    await req.scope.resolve(Modules.EVENT_BUS).emit({
      name: READY_FOR_PICKUP_EVENT,
      data: { order_id: orderId, lapas_id: part.lapas.id, fulfillment_id: fulfillment.id },
    })
  }
  res.json({ part: await currentPart(req, orderId, part.lapas.id) } satisfies OrderPartResponse)
}
