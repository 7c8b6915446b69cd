import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { PartCancelCause } from "@karya-binaan/contracts"
import { partRowsOfOrders } from "../../../lib/order-parts/rows"
import { buildOrderParts, ORDER_PART_FIELDS } from "../../../lib/order-parts/parts"
import type { CanceledPartRecord } from "../../../lib/order-parts/canceled-parts"

export interface PartCancellationRequest {
  order_id: string
  lapas_id: string
  cause: PartCancelCause
  reason: string | null
  /** The member canceling; null for the unpaid-transfer job. */
  canceled_by: string | null
  /** For `unpaid`: the transfer deadline that passed. */
  due_at?: string | null
  /** The job's guard: cancel only while the part's transfer is still unconfirmed. */
  only_if_unpaid?: boolean
  /** Defaults to now; the job passes its own clock. */
  now?: string
}

export interface PartCancellationPlan {
  /** No live part would remain: the whole order is canceled with Medusa's cancelOrderWorkflow. */
  whole: boolean
  /** Nothing to do (the job's guard found the part paid meanwhile, or it is already canceled). */
  skip: boolean
  item_ids: string[]
  shipping_method_ids: string[]
  payment_id: string | null
  /** Whole rupiah captured for this part, refunded after its lines left the order. */
  refund_amount: number
  record: CanceledPartRecord | null
}

const refuse = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * Reads the order under the part lock and decides what canceling one lapas's part takes: its
 * lines and shipping methods, what was captured for it, whether it is the last live part. Refuses
 * a part that has left the lapas (a return is the way then) or still has a packed package (unpack
 * it first), and a part of an order nothing was paid for while other parts wait for their
 * transfer (Medusa's order edit would replace the order's authorized payment, leaving the other
 * lapas nothing to capture on: cancel the whole order instead). Reads only.
 */
export const planPartCancellationStep = createStep(
  "part-plan-cancellation",
  async (input: PartCancellationRequest, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [...ORDER_PART_FIELDS, "shipping_methods.shipping_option_id", "items.product_id"],
      filters: { id: input.order_id, is_draft_order: false } as any,
    })
    const order = data[0] as Record<string, any> | undefined
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found.`)
    const skip: PartCancellationPlan = {
      whole: false,
      skip: true,
      item_ids: [],
      shipping_method_ids: [],
      payment_id: null,
      refund_amount: 0,
      record: null,
    }
    if (order.status === "canceled") {
      if (input.only_if_unpaid) return new StepResponse(skip)
      throw refuse(`Order #${order.display_id} is already canceled.`)
    }
    const rows = await partRowsOfOrders(container, [order])
    const parts = (await buildOrderParts(container, [order], rows)).get(order.id) ?? []
    const part = parts.find((p) => p.lapas.id === input.lapas_id)
    if (!part) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order #${order.display_id} has no part of this lapas.`)
    if (part.state === "canceled") {
      if (input.only_if_unpaid) return new StepResponse(skip)
      throw refuse(`This lapas's part of order #${order.display_id} is already canceled.`)
    }
    if (input.only_if_unpaid && part.state !== "awaiting_transfer") return new StepResponse(skip)
    const live = part.fulfilments.filter((f) => !f.canceled_at)
    if (live.some((f) => f.shipped_at || f.delivered_at)) {
      throw refuse(
        `This lapas's part of order #${order.display_id} has already left the lapas; it cannot be canceled. Record a return instead.`
      )
    }
    if (live.length) {
      throw refuse(`This lapas's part of order #${order.display_id} is packed; unpack it before canceling.`)
    }
    const others = parts.filter((p) => p.lapas.id !== input.lapas_id && p.state !== "canceled")
    const whole = others.length === 0
    const paidAnything = parts.some((p) => p.internal.paid_amount > 0)
    if (!whole && !paidAnything && part.payment_kind === "bank_transfer") {
      throw refuse(
        `No part of order #${order.display_id} is paid yet; cancel the whole order instead of one part, or wait for the buyer's transfer.`
      )
    }
    const partRows = (rows.parts.get(order.id) ?? []).find((r) => r.lapas_id === input.lapas_id)
    const now = input.now ?? new Date().toISOString()
    const record: CanceledPartRecord = {
      lapas_id: input.lapas_id,
      canceled_at: now,
      cause: input.cause,
      reason: input.reason,
      due_at: input.due_at ?? null,
      refunded_amount: Math.max(0, part.internal.paid_amount - part.refunded_amount),
      canceled_by: input.canceled_by,
      items: part.items.map(({ fulfilled_quantity: _f, ...line }) => ({
        ...line,
        product_id: ((partRows?.items ?? []).find((i) => i.id === line.id)?.product_id as string | undefined) ?? null,
      })),
      shipping: part.shipping,
      confirmation_id: part.transfer?.confirmation?.id ?? null,
    }
    return new StepResponse<PartCancellationPlan>({
      whole,
      skip: false,
      item_ids: part.items.map((i) => i.id),
      shipping_method_ids: (partRows?.methods ?? []).map((m) => m.id as string),
      payment_id: part.internal.payment_id,
      refund_amount: whole ? 0 : record.refunded_amount,
      record,
    })
  }
)
