import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { bookPaymentRefundsWorkflow } from "../workflows/profit-share/book-payment-refunds"
import { bookOnPaymentEvents } from "./book-shares-on-capture"
import { moneyLog } from "../lib/logging/money-log"

/**
 * A refunded payment reverses shares. The event names only the payment, so every refund of
 * that payment is booked, oldest first; those already booked are skipped (each refund is
 * booked once, by its id). The sale is booked first if it was not.
 */
export default async function bookSharesOnRefund({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!bookOnPaymentEvents()) return
  const { result } = await bookPaymentRefundsWorkflow(container).run({ input: { payment_id: event.data.id } })
  // Each refund's reversal has its own line (shares.reversed); this one says the event was handled.
  moneyLog(container, "payment.refunded", {
    order_id: result.order_ids[0] ?? null,
    payment_id: event.data.id,
    refunds: result.refunds,
    outcome: result.order_ids.length ? "handled" : "skipped: pays for no order",
  })
}

export const config: SubscriberConfig = {
  event: PaymentEvents.REFUNDED,
  context: { subscriberId: "profit-share-book-on-refund" },
}
