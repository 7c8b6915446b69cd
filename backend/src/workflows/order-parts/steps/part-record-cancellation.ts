import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { withCanceledPart, type CanceledPartRecord } from "../../../lib/order-parts/canceled-parts"

/**
 * Keeps the canceled part (its lines, reason, cause, refund) on the order's metadata, where the
 * lapas's and the buyer's views find it once its lines have left the order. Compensation puts the
 * metadata back as it was.
 */
export const recordPartCancellationStep = createStep(
  "part-record-cancellation",
  async (input: { order_id: string; record: CanceledPartRecord }, { container }) => {
    const orders = container.resolve(Modules.ORDER)
    const [order] = await orders.listOrders({ id: input.order_id }, { select: ["id", "metadata"] })
    const before = (order?.metadata ?? null) as Record<string, unknown> | null
    await orders.updateOrders(input.order_id, { metadata: withCanceledPart(before, input.record) })
    return new StepResponse(input.record, { order_id: input.order_id, before })
  },
  async (saved, { container }) => {
    if (!saved) return
    const orders = container.resolve(Modules.ORDER)
    await orders.updateOrders(saved.order_id, { metadata: saved.before ?? {} })
  }
)
