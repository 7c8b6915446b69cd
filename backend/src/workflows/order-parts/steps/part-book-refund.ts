import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toRupiahBigInt } from "@karya-binaan/shares"
import { bookRefundSharesWorkflow } from "../../profit-share/book-refund-shares"

export interface BookPartRefundInput {
  order_id: string
  payment_id: string
  /** The refund's amount and note, as cancel-order-part gave them to refundPaymentWorkflow. */
  amount: number
  note: string
  /** The canceled part's lines and their quantities. */
  lines: { line_item_id: string; quantity: number }[]
}

/**
 * Books the refund of a canceled part on that part's lines only (`lines_only`): the part's
 * shipping, refunded with it, reverses nothing of the other parts. It runs inside
 * cancel-order-part, before the workflow's events (payment.refunded) are released, so the refund
 * subscriber then finds the refund booked and leaves it. The refund is the newest of the payment
 * with this note and amount (the part lock keeps any other refund of the order out meanwhile).
 */
export const bookPartRefundStep = createStep("part-book-refund", async (input: BookPartRefundInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "refund",
    fields: ["id", "amount", "note", "created_at"],
    filters: { payment_id: input.payment_id } as any,
  })
  const refund = (data as any[])
    .filter((r) => r.note === input.note && toRupiahBigInt(r.amount ?? 0, { round: true }) === BigInt(input.amount))
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())[0]
  if (!refund) return new StepResponse({ refund_id: null as string | null })
  await bookRefundSharesWorkflow(container).run({
    input: {
      order_id: input.order_id,
      refund_id: refund.id,
      amount: input.amount,
      lines: input.lines,
      lines_only: true,
    },
  })
  return new StepResponse({ refund_id: refund.id as string | null })
})
