import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { notifyOrderPlacedWorkflow } from "../workflows/notifications/notify-order-placed"

/** Tells the buyer the order arrived, with the transfer instructions when paying by transfer. */
export default async function notifyOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyOrderPlacedWorkflow(container).run({ input: { order_id: event.data.id, trigger: event.name } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "notify-order-placed" },
}
