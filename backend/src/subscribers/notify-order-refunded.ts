import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentEvents } from "@medusajs/framework/utils"
import { refundsOfPayment } from "../notifications/order-email-facts"
import { sendRefundEmails } from "../notifications/send-order-email"

/**
 * Tells the buyer about each refund of the payment. The event names only the payment, so every
 * refund of it is considered; those already emailed are skipped by their idempotency key.
 */
export default async function notifyOrderRefunded({ event, container }: SubscriberArgs<{ id: string }>) {
  const facts = await refundsOfPayment(container, event.data.id).catch((error) => {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Refund email: payment ${event.data.id}: ${error}`)
    return null
  })
  if (!facts) return
  await sendRefundEmails(container, facts.order_id, facts.refunds, event.name)
}

export const config: SubscriberConfig = {
  event: PaymentEvents.REFUNDED,
  context: { subscriberId: "notify-order-refunded" },
}
