import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { FulfillmentWorkflowEvents } from "@medusajs/framework/utils"
import { notifyOrderShippedWorkflow } from "../workflows/notifications/notify-order-shipped"

/** Tells the buyer a lapas's part shipped, with the courier and resi, unless the shipment asked for no notification. */
export default async function notifyOrderShipped({
  event,
  container,
}: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  if (event.data.no_notification) return
  await notifyOrderShippedWorkflow(container).run({ input: { fulfillment_id: event.data.id, trigger: event.name } })
}

export const config: SubscriberConfig = {
  event: FulfillmentWorkflowEvents.SHIPMENT_CREATED,
  context: { subscriberId: "notify-order-shipped" },
}
