import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { fulfillmentFacts, pickupPlace } from "../notifications/order-email-facts"
import { orderEmailKey, sendOrderEmail } from "../notifications/send-order-email"
import { READY_FOR_PICKUP_EVENT } from "../workflows/order-parts/order-part-events"

/** Tells the buyer a lapas's part waits at the lapas, with its address. */
export default async function notifyReadyForPickup({
  event,
  container,
}: SubscriberArgs<{ order_id: string; lapas_id: string; fulfillment_id: string }>) {
  const { order_id, lapas_id, fulfillment_id } = event.data
  const facts = await Promise.all([pickupPlace(container, lapas_id), fulfillmentFacts(container, fulfillment_id)]).catch(
    (error) => {
      container.resolve(ContainerRegistrationKeys.LOGGER).error(`Pickup email: order ${order_id}: ${error}`)
      return null
    }
  )
  if (!facts?.[0]) return
  const [place, fulfillment] = facts
  await sendOrderEmail(container, {
    order_id,
    event: { kind: "ready-for-pickup", lapas: place, ready_at: fulfillment?.created_at ?? new Date().toISOString() },
    idempotency_key: orderEmailKey("ready-for-pickup", fulfillment_id),
    trigger: event.name,
    references: { fulfillment_id, lapas_id },
  })
}

export const config: SubscriberConfig = {
  event: READY_FOR_PICKUP_EVENT,
  context: { subscriberId: "notify-ready-for-pickup" },
}
