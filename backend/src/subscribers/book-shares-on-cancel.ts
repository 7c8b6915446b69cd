import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { bookPaymentRefundsWorkflow } from "../workflows/profit-share/book-payment-refunds"
import { bookOnPaymentEvents } from "./book-shares-on-capture"
import { moneyLog } from "../lib/logging/money-log"

/**
 * Canceling an order refunds what was captured through Medusa's refundPaymentsWorkflow, which
 * emits no payment.refunded: the refunds of the order's payments are booked here instead, by
 * the same idempotent booking (a refund already booked is skipped).
 */
export default async function bookSharesOnCancel({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!bookOnPaymentEvents()) return
  const { result } = await bookPaymentRefundsWorkflow(container).run({ input: { order_id: event.data.id } })
  moneyLog(container, "order.canceled", {
    order_id: event.data.id,
    refunds: result.refunds,
    outcome: result.refunds ? "handled" : "nothing_to_reverse",
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "profit-share-book-on-cancel" },
}
