import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { bookPaymentRefundsWorkflow } from "../workflows/profit-share/book-payment-refunds"
import { bookOnPaymentEvents } from "./book-shares-on-capture"

/**
 * A refunded payment reverses shares. The event names only the payment, so every refund of
 * that payment is booked, oldest first; those already booked are skipped (each refund is
 * booked once, by its id). The sale is booked first if it was not.
 */
export default async function bookSharesOnRefund({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!bookOnPaymentEvents()) return
  await bookPaymentRefundsWorkflow(container).run({ input: { payment_id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: PaymentEvents.REFUNDED,
  context: { subscriberId: "profit-share-book-on-refund" },
}
