import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { READY_FOR_PICKUP_EVENT } from "../workflows/order-parts/order-part-events"
import { notifyReadyForPickupWorkflow } from "../workflows/notifications/notify-ready-for-pickup"

/** Tells the buyer a lapas's part waits at the lapas, with its address. */
export default async function notifyReadyForPickup({
  event,
  container,
}: SubscriberArgs<{ order_id: string; lapas_id: string; fulfillment_id: string }>) {
  const { order_id, lapas_id, fulfillment_id } = event.data
  await notifyReadyForPickupWorkflow(container).run({
    input: { order_id, lapas_id, fulfillment_id, trigger: event.name },
  })
}

export const config: SubscriberConfig = {
  event: READY_FOR_PICKUP_EVENT,
  context: { subscriberId: "notify-ready-for-pickup" },
}
