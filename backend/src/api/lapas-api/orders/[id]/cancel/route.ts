import type { OrderPartsResponse } from "@karya-binaan/contracts"
import { Modules } from "@medusajs/framework/utils"
import { cancelOrderFulfillmentWorkflow, cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { CANCEL_REASON_KEY } from "../../../../../lib/order-parts/lapas-orders"
import { publicPart } from "../../../../../lib/order-parts/parts"
import { memberRoute, STAFF_AND_NATIONAL } from "../../../../utils/member-access"
import { orderPartsInScope, refuse } from "../../scope"
import type { CancelOrder } from "./validators"

/**
 * Cancels an order through Medusa's own flow: packed (unshipped) packages are unpacked back
 * into their lapas's stock, reservations released, captured money refunded (which reverses the
 * booked shares) and the buyer told. The reason is kept on the order. Staff may cancel only an
 * order that is entirely their lapas's; an order spanning lapas is the national office's.
 */
export const POST = memberRoute<CancelOrder>(STAFF_AND_NATIONAL, async (req, res, member) => {
  const { reason } = req.validatedBody as CancelOrder
  const orderId = req.params.id
  const { all: parts } = await orderPartsInScope(req.scope, member, orderId)
  const first = parts[0]
  if (member.role !== "national" && parts.some((p) => p.lapas.id !== member.lapasId)) {
    throw refuse(`Order #${first.display_id} also holds items of another lapas; ask the national office to cancel it.`)
  }
  if (first.order_status === "canceled") throw refuse(`Order #${first.display_id} is already canceled.`)
  const fulfillments = parts.flatMap((p) => p.fulfilments).filter((f) => !f.canceled_at)
  if (fulfillments.some((f) => f.shipped_at || f.delivered_at)) {
    throw refuse(
      `Part of order #${first.display_id} has already left the lapas; it cannot be canceled. Record a return instead.`
    )
  }
  for (const fulfillment of fulfillments) {
    await cancelOrderFulfillmentWorkflow(req.scope).run({
      input: { order_id: orderId, fulfillment_id: fulfillment.id, no_notification: true, canceled_by: member.memberId },
    })
  }
  await cancelOrderWorkflow(req.scope).run({ input: { order_id: orderId, canceled_by: member.memberId } })
  // The reason is kept once the order is canceled (a refused cancellation leaves no reason behind).
  const orders = req.scope.resolve(Modules.ORDER)
  const [order] = await orders.listOrders({ id: orderId }, { select: ["id", "metadata"] })
  await orders.updateOrders(orderId, {
    metadata: { ...(order?.metadata ?? {}), [CANCEL_REASON_KEY]: reason, canceled_by_member: member.memberId },
  })
  const { visible } = await orderPartsInScope(req.scope, member, orderId)
  res.json({ parts: visible.map(publicPart) } satisfies OrderPartsResponse)
})
