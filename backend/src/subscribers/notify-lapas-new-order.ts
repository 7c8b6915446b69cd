import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { notifyLapasNewOrderWorkflow } from "../workflows/notifications/notify-lapas-new-order"

/** Tells each lapas of a new order (its contact address and active staff) about its part. */
export default async function notifyLapasNewOrder({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyLapasNewOrderWorkflow(container).run({ input: { order_id: event.data.id, trigger: event.name } })
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.PLACED,
  context: { subscriberId: "notify-lapas-new-order" },
}
