import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentEvents } from "@medusajs/framework/utils"
import { bookPaymentSharesWorkflow } from "../workflows/profit-share/book-payment-shares"

/** Set PROFIT_SHARE_BOOK_ON_PAYMENT_EVENTS=false to book only by running the workflows (benchmarks). */
export const bookOnPaymentEvents = () => process.env.PROFIT_SHARE_BOOK_ON_PAYMENT_EVENTS !== "false"

/**
 * A captured payment books the shares of its order's paid parts (a part's lines when that lapas's
 * transfer is confirmed; every line once the payment is captured in full).
 * Replays of the event book nothing new (idempotency keys).
 */
export default async function bookSharesOnCapture({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!bookOnPaymentEvents()) return
  const { result } = await bookPaymentSharesWorkflow(container).run({ input: { payment_id: event.data.id } })
  if (result && !result.booked) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Profit share: order of payment ${event.data.id} not booked yet: ${result.reason}.`)
  }
}

export const config: SubscriberConfig = {
  event: PaymentEvents.CAPTURED,
  context: { subscriberId: "profit-share-book-on-capture" },
}
