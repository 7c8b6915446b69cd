import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { orderIdOfPayment } from "../../../lib/orders/payment-order"

/** One payment's refunds, oldest first, with the order it pays for. */
export interface PaymentRefunds {
  order_id: string
  payment_id: string
  /** Amounts as decimal strings (step results are JSON). */
  refunds: { id: string; amount: string }[]
}

/**
 * The refunds to book: those of one payment (a refund event names only the payment), or those of
 * every refunded payment of an order (a cancellation refunds without a refund event). A payment
 * of no order is logged and books nothing. Reads only.
 */
export const loadPaymentRefundsStep = createStep(
  "share-load-payment-refunds",
  async (input: { payment_id?: string; order_id?: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const targets: { order_id: string; payment_id: string }[] = []
    if (input.payment_id) {
      const orderId = await orderIdOfPayment(container, input.payment_id)
      if (!orderId) {
        container
          .resolve(ContainerRegistrationKeys.LOGGER)
          .warn(`Profit share: refunded payment ${input.payment_id} pays for no order; nothing to reverse.`)
      } else {
        targets.push({ order_id: orderId, payment_id: input.payment_id })
      }
    } else if (input.order_id) {
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "payment_collections.payments.id", "payment_collections.payments.refunds.id"],
        filters: { id: input.order_id },
      })
      const payments = (((data[0] as any)?.payment_collections ?? []) as any[])
        .flatMap((collection) => collection?.payments ?? [])
        .filter((payment: any) => payment && (payment.refunds ?? []).some(Boolean))
      for (const payment of payments) targets.push({ order_id: input.order_id, payment_id: payment.id })
    }

    const result: PaymentRefunds[] = []
    for (const target of targets) {
      const { data } = await query.graph({
        entity: "payment",
        fields: ["id", "refunds.id", "refunds.amount", "refunds.raw_amount", "refunds.created_at"],
        filters: { id: target.payment_id },
      })
      const refunds = (((data[0] as any)?.refunds ?? []) as any[])
        .filter(Boolean)
        .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || (a.id < b.id ? -1 : 1))
        .map((refund) => ({ id: refund.id as string, amount: String(refund.raw_amount?.value ?? refund.amount) }))
      result.push({ ...target, refunds })
    }
    return new StepResponse(result)
  }
)
