import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { orderEmailKey, sendOrderEmail } from "../notifications/send-order-email"

/** Tells the buyer the order arrived, with the transfer instructions when paying by transfer. */
export default async function notifyOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderEmail(container, {
    order_id: event.data.id,
    event: { kind: "order-placed" },
    idempotency_key: orderEmailKey("order-placed", event.data.id),
    trigger: event.name,
  })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "notify-order-placed" },
}
