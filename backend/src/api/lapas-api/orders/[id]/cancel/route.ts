import type { OrderPartsResponse } from "@karya-binaan/contracts"
import { Modules } from "@medusajs/framework/utils"
import { cancelOrderFulfillmentWorkflow, cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { CANCEL_REASON_KEY } from "../../../../../lib/order-parts/lapas-orders"
import { publicPart, type LoadedOrderPart } from "../../../../../lib/order-parts/parts"
import { cancelOrderPartWorkflow } from "../../../../../workflows/order-parts/cancel-order-part"
import { memberRoute, STAFF_AND_NATIONAL, type MemberAccess } from "../../../../utils/member-access"
import { orderPartsInScope, refuse } from "../../scope"
import type { CancelOrder } from "./validators"

/**
 * Cancels a lapas's part, or the whole order, through Medusa's own flows; the reason is kept.
 * - Staff cancel their own lapas's part. When other lapas's parts of the order are still live,
 *   only that part is canceled (cancelOrderPartWorkflow: its lines leave the order through an
 *   order edit, its stock is released, what was paid for it refunded, the buyer told); otherwise
 *   the whole order is (Medusa's cancelOrderWorkflow: reservations released, captured money
 *   refunded, which reverses the booked shares, and the buyer told).
 * - National members name the part (lapas_id) or cancel the whole order.
 * Packed (unshipped) packages of what is canceled are unpacked back into their lapas's stock
 * first; nothing that has left the lapas is canceled (a return is the way then).
 */
export const POST = memberRoute<CancelOrder>(STAFF_AND_NATIONAL, async (req, res, member) => {
  const { reason, lapas_id } = req.validatedBody as CancelOrder
  const orderId = req.params.id
  const { all: parts } = await orderPartsInScope(req.scope, member, orderId, lapas_id)
  const first = parts[0]
  if (first.order_status === "canceled") throw refuse(`Order #${first.display_id} is already canceled.`)
  const targetLapas = member.role === "national" ? lapas_id ?? null : member.lapasId
  const target = targetLapas ? parts.find((p) => p.lapas.id === targetLapas) : undefined
  const live = parts.filter((p) => p.state !== "canceled")
  if (target && target.state === "canceled") {
    throw refuse(`This lapas's part of order #${first.display_id} is already canceled.`)
  }
  const wholeOrder = !target || live.every((p) => p.lapas.id === target.lapas.id)
  const affected = wholeOrder ? live : [target!]
  const fulfillments = affected.flatMap((p) => p.fulfilments).filter((f) => !f.canceled_at)
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
  if (wholeOrder) {
    await cancelWholeOrder(req.scope, orderId, reason, member)
  } else {
    await cancelOrderPartWorkflow(req.scope).run({
      input: { order_id: orderId, lapas_id: target!.lapas.id, cause: "member", reason, canceled_by: member.memberId },
    })
  }
  const { visible } = await orderPartsInScope(req.scope, member, orderId, lapas_id)
  res.json({ parts: visible.map((p: LoadedOrderPart) => publicPart(p)) } satisfies OrderPartsResponse)
})

async function cancelWholeOrder(scope: any, orderId: string, reason: string, member: MemberAccess) {
  await cancelOrderWorkflow(scope).run({ input: { order_id: orderId, canceled_by: member.memberId } })
  // The reason is kept once the order is canceled (a refused cancellation leaves no reason behind).
  const orders = scope.resolve(Modules.ORDER)
  const [order] = await orders.listOrders({ id: orderId }, { select: ["id", "metadata"] })
  await orders.updateOrders(orderId, {
    metadata: { ...(order?.metadata ?? {}), [CANCEL_REASON_KEY]: reason, canceled_by_member: member.memberId },
  })
}
