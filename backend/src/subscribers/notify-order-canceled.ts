import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { canceledAtOf, refundsOfOrder } from "../notifications/order-email-facts"
import { orderEmailKey, sendOrderEmail, sendRefundEmails } from "../notifications/send-order-email"

/**
 * Tells the buyer the order was cancelled (by staff, or by the job for an unpaid transfer), then
 * about the refunds the cancellation made: Medusa's cancellation refunds captured payments
 * without emitting payment.refunded.
 */
export default async function notifyOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  const canceledAt = await canceledAtOf(container, event.data.id).catch(() => null)
  await sendOrderEmail(container, {
    order_id: event.data.id,
    event: { kind: "order-canceled", canceled_at: canceledAt },
    idempotency_key: orderEmailKey("order-canceled", event.data.id),
    trigger: event.name,
  })
  const refunds = await refundsOfOrder(container, event.data.id).catch(() => [])
  await sendRefundEmails(container, event.data.id, refunds, event.name)
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "notify-order-canceled" },
}
