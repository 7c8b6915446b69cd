import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { bookOnPaymentEvents } from "./book-shares-on-capture"
import { bookRefundsOfPayment } from "./book-shares-on-refund"

/**
 * Canceling an order refunds what was captured through Medusa's refundPaymentsWorkflow, which
 * emits no payment.refunded: the refunds are booked here instead, by the same idempotent
 * booking (a refund already booked is skipped).
 */
export default async function bookSharesOnCancel({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!bookOnPaymentEvents()) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.id", "payment_collections.payments.refunds.id"],
    filters: { id: event.data.id },
  })
  const payments = ((data[0] as any)?.payment_collections ?? [])
    .flatMap((collection: any) => collection?.payments ?? [])
    .filter((payment: any) => payment && (payment.refunds ?? []).some(Boolean))
  for (const payment of payments) {
    await bookRefundsOfPayment(container, payment.id)
  }
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "profit-share-book-on-cancel" },
}
