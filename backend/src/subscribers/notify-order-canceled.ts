import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { notifyOrderCanceledWorkflow } from "../workflows/notifications/notify-order-canceled"

/** Tells the buyer the order was cancelled, then about the refunds the cancellation made. */
export default async function notifyOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyOrderCanceledWorkflow(container).run({ input: { order_id: event.data.id, trigger: event.name } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "notify-order-canceled" },
}
