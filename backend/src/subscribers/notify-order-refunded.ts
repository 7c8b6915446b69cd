import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { notifyOrderRefundedWorkflow } from "../workflows/notifications/notify-order-refunded"

/** Tells the buyer about each refund of the payment (those already emailed are skipped). */
export default async function notifyOrderRefunded({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyOrderRefundedWorkflow(container).run({ input: { payment_id: event.data.id, trigger: event.name } })
}

export const config: SubscriberConfig = {
  event: PaymentEvents.REFUNDED,
  context: { subscriberId: "notify-order-refunded" },
}
