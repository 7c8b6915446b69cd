import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { DIRECT_SALE_RECORDED_EVENT } from "../lib/direct-sales/events"
import { notifyDirectSaleReceiptWorkflow } from "../workflows/notifications/notify-direct-sale-receipt"

/** A direct sale was recorded: e-mail the buyer the receipt's link if the cashier typed an address. */
export default async function notifyDirectSaleReceipt({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyDirectSaleReceiptWorkflow(container).run({ input: { id: event.data.id, trigger: event.name } })
}

export const config: SubscriberConfig = {
  event: DIRECT_SALE_RECORDED_EVENT,
  context: { subscriberId: "notify-direct-sale-receipt" },
}
