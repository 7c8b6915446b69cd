import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, PaymentEvents } from "@medusajs/framework/utils"
import { orderEmailKey, sendOrderEmail } from "../notifications/send-order-email"
import { orderIdOfPayment } from "../workflows/profit-share/steps/share-find-payment-order"
import { TRANSFER_CONFIRMED_EVENT } from "../workflows/order-parts/order-part-events"

type PaymentEventData =
  | { order_id: string; lapas_id: string; confirmation_id: string; fully_paid: boolean }
  | { id: string }

/**
 * Tells the buyer the order is paid, once, when it is paid in full: after the last lapas's
 * transfer is confirmed, or after any capture that completes the payment (card payments, or a
 * capture through Medusa's own admin route). Both paths share one idempotency key per order.
 */
export default async function notifyPaymentConfirmed({ event, container }: SubscriberArgs<PaymentEventData>) {
  let orderId: string | null
  if ("order_id" in event.data) {
    if (!event.data.fully_paid) return
    orderId = event.data.order_id
  } else {
    orderId = await orderIdOfPayment(container, event.data.id).catch(() => null)
    if (!orderId || !(await isPaidInFull(container, orderId))) return
  }
  await sendOrderEmail(container, {
    order_id: orderId,
    event: { kind: "payment-confirmed" },
    idempotency_key: orderEmailKey("payment-confirmed", orderId),
    trigger: event.name,
  })
}

/** Every live payment collection of the order is captured in full. */
async function isPaidInFull(container: SubscriberArgs<unknown>["container"], orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.status"],
    filters: { id: orderId },
  })
  const collections = (((data[0] as any)?.payment_collections ?? []) as { status: string }[])
    .filter(Boolean)
    .filter((collection) => collection.status !== "canceled")
  return collections.length > 0 && collections.every((collection) => collection.status === "completed")
}

export const config: SubscriberConfig = {
  event: [TRANSFER_CONFIRMED_EVENT, PaymentEvents.CAPTURED],
  context: { subscriberId: "notify-payment-confirmed" },
}
