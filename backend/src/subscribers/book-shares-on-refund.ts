import type { MedusaContainer, SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentEvents } from "@medusajs/framework/utils"
import { bookOrderSharesWorkflow, orderIdOfPayment } from "../workflows/profit-share/book-order-shares"
import { bookRefundSharesWorkflow } from "../workflows/profit-share/book-refund-shares"
import { bookOnPaymentEvents } from "./book-shares-on-capture"

/**
 * A refunded payment reverses shares. The event names only the payment, so every refund of
 * that payment is booked, oldest first; those already booked are skipped (each refund is
 * booked once, by its id). The sale is booked first if it was not (a refund must never find
 * an unbooked sale and reverse nothing).
 */
export default async function bookSharesOnRefund({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!bookOnPaymentEvents()) return
  await bookRefundsOfPayment(container, event.data.id)
}

export async function bookRefundsOfPayment(container: MedusaContainer, paymentId: string) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const orderId = await orderIdOfPayment(container, paymentId)
  if (!orderId) {
    logger.warn(`Profit share: refunded payment ${paymentId} pays for no order; nothing to reverse.`)
    return
  }
  await bookOrderSharesWorkflow(container).run({ input: { order_id: orderId, payment_id: paymentId } })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "refunds.id", "refunds.amount", "refunds.raw_amount", "refunds.created_at"],
    filters: { id: paymentId },
  })
  const refunds = (((data[0] as any)?.refunds ?? []) as any[])
    .filter(Boolean)
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime() || (a.id < b.id ? -1 : 1))
  for (const refund of refunds) {
    await bookRefundSharesWorkflow(container).run({
      input: { order_id: orderId, refund_id: refund.id, amount: String(refund.raw_amount?.value ?? refund.amount) },
    })
  }
}

export const config: SubscriberConfig = {
  event: PaymentEvents.REFUNDED,
  context: { subscriberId: "profit-share-book-on-refund" },
}
