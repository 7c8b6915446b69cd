import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { fulfillmentFacts } from "../notifications/order-email-facts"
import { orderEmailKey, sendOrderEmail } from "../notifications/send-order-email"

/** Tells the buyer a lapas's part shipped, with the courier and resi. */
export default async function notifyOrderShipped({
  event,
  container,
}: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data.no_notification) return
  const facts = await fulfillmentFacts(container, event.data.id).catch((error) => {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Shipment email: fulfilment ${event.data.id}: ${error}`)
    return null
  })
  if (!facts) return
  await sendOrderEmail(container, {
    order_id: facts.order_id,
    event: {
      kind: "order-shipped",
      lapas_id: facts.lapas_id,
      courier: facts.courier,
      resi: facts.resi,
      shipped_at: facts.shipped_at,
    },
    idempotency_key: orderEmailKey("order-shipped", facts.id),
    trigger: event.name,
    references: { fulfillment_id: facts.id, lapas_id: facts.lapas_id },
  })
}

export const config: SubscriberConfig = {
  event: FulfillmentWorkflowEvents.SHIPMENT_CREATED,
  context: { subscriberId: "notify-order-shipped" },
}
