import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PART_CANCELED_EVENT } from "../workflows/order-parts/order-part-events"
import { notifyPartCanceledWorkflow } from "../workflows/notifications/notify-part-canceled"

/** Tells the buyer which part of the order was canceled on its own, and why. */
export default async function notifyPartCanceled({ event, container }: SubscriberArgs<{ order_id: string; lapas_id: string }>) {
  await notifyPartCanceledWorkflow(container).run({
    input: { order_id: event.data.order_id, lapas_id: event.data.lapas_id, trigger: event.name },
  })
}

export const config: SubscriberConfig = {
  event: PART_CANCELED_EVENT,
  context: { subscriberId: "notify-part-canceled" },
}
