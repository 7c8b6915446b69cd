import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentEvents } from "@medusajs/framework/utils"
import { bookOrderSharesWorkflow, orderIdOfPayment } from "../workflows/profit-share/book-order-shares"

/** Set PROFIT_SHARE_BOOK_ON_PAYMENT_EVENTS=false to book only by running the workflows (benchmarks). */
export const bookOnPaymentEvents = () => process.env.PROFIT_SHARE_BOOK_ON_PAYMENT_EVENTS !== "false"

/**
 * A captured payment books its order's shares once the order is captured in full.
 * Replays of the event book nothing new (idempotency keys).
 */
export default async function bookSharesOnCapture({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!bookOnPaymentEvents()) return
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const orderId = await orderIdOfPayment(container, event.data.id)
  if (!orderId) {
    logger.warn(`Profit share: payment ${event.data.id} pays for no order; nothing to book.`)
    return
  }
  const { result } = await bookOrderSharesWorkflow(container).run({
    input: { order_id: orderId, payment_id: event.data.id },
  })
  if (!result.booked) {
    logger.info(`Profit share: order ${orderId} not booked yet: ${result.reason}.`)
  }
}

export const config: SubscriberConfig = {
  event: PaymentEvents.CAPTURED,
  context: { subscriberId: "profit-share-book-on-capture" },
}
