import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { moneyLog } from "../lib/logging/money-log"
import { bookPaymentShares } from "../workflows/profit-share/book-payment-shares"

/** Set PROFIT_SHARE_BOOK_ON_PAYMENT_EVENTS=false to book only by running the workflows (benchmarks). */
export const bookOnPaymentEvents = () => process.env.PROFIT_SHARE_BOOK_ON_PAYMENT_EVENTS !== "false"

/**
 * A captured payment books the shares of its order's paid parts (a part's lines when that lapas's
 * transfer is confirmed; every line once the payment is captured in full).
 * Replays of the event book nothing new (idempotency keys). It calls bookPaymentShares, the steps
 * of book-payment-shares without the workflow engine's checkpoints (nothing in them is compensated;
 * see bookOrderShares); a failure throws, so the event bus retries it, and a booking lost with its
 * worker is found and completed by the repair job (unbooked_payment, unallocated_premi).
 */
export default async function bookSharesOnCapture({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!bookOnPaymentEvents()) return
  const result = await bookPaymentShares(container, { payment_id: event.data.id })
  // The booking's own line (shares.booked) has the figures; this one says the event was handled.
  moneyLog(container, "payment.captured", {
    order_id: result?.order_id ?? null,
    payment_id: event.data.id,
    outcome: !result ? "skipped: pays for no order" : result.booked ? "handled" : `not booked yet: ${result.reason}`,
  })
}

export const config: SubscriberConfig = {
  event: PaymentEvents.CAPTURED,
  context: { subscriberId: "profit-share-book-on-capture" },
}
