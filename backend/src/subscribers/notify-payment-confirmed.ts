import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { TRANSFER_CONFIRMED_EVENT } from "../workflows/order-parts/order-part-events"
import { notifyPaymentConfirmedWorkflow } from "../workflows/notifications/notify-payment-confirmed"
import type { PaymentEventData } from "../workflows/notifications/steps/notify-find-paid-order"

/** Tells the buyer the order is paid, once, when it is paid in full (a last transfer confirmed, or a capture). */
export default async function notifyPaymentConfirmed({ event, container }: SubscriberArgs<PaymentEventData>) {
  await notifyPaymentConfirmedWorkflow(container).run({ input: { data: event.data, trigger: event.name } })
}

export const config: SubscriberConfig = {
  event: [TRANSFER_CONFIRMED_EVENT, PaymentEvents.CAPTURED],
  context: { subscriberId: "notify-payment-confirmed" },
}
