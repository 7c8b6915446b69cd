import type { OrderPartsResponse } from "@karya-binaan/contracts"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelOrderFulfillmentWorkflow, cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { orderPartsInScope, partsInScope, refuse } from "../../scope"
import { publicPart } from "../../../../../lib/order-parts/parts"

/**
 * Cancels an order through Medusa's own flow: packed (unshipped) packages are unpacked back
 * into their lapas's stock, reservations released, captured money refunded (which reverses the
 * booked shares) and the buyer told. A lapas user may cancel only an order that is entirely
 * their lapas's; an order spanning lapas is the national office's to cancel.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const orderId = req.params.id
  const { access, all: parts } = await orderPartsInScope(req, orderId)
  const first = parts[0]
  if (access.role !== "national" && parts.some((p) => p.lapas.id !== access.lapasId)) {
    throw refuse(`Order #${first.display_id} also holds items of another lapas; ask the national office to cancel it.`)
  }
  if (first.order_status === "canceled") throw refuse(`Order #${first.display_id} is already canceled.`)
  const sent = parts.flatMap((p) => p.fulfilments).filter((f) => !f.canceled_at && (f.shipped_at || f.delivered_at))
  if (sent.length) {
    throw refuse(
      `Part of order #${first.display_id} has already left the lapas; it cannot be canceled. Record a return instead.`
    )
  }
  for (const fulfillment of parts.flatMap((p) => p.fulfilments).filter((f) => !f.canceled_at)) {
    await cancelOrderFulfillmentWorkflow(req.scope).run({
      input: { order_id: orderId, fulfillment_id: fulfillment.id, no_notification: true, canceled_by: req.auth_context.actor_id },
    })
  }
  await cancelOrderWorkflow(req.scope).run({ input: { order_id: orderId, canceled_by: req.auth_context.actor_id } })
  res.json({ parts: (await partsInScope(req, orderId)).map(publicPart) } satisfies OrderPartsResponse)
}
