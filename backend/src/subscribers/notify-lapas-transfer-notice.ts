import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { TRANSFER_NOTICE_CREATED_EVENT } from "../lib/payments/transfer-notice"
import { notifyLapasTransferNoticeWorkflow } from "../workflows/notifications/notify-lapas-transfer-notice"

/** Tells the lapas that a buyer says they transferred its part (contact address, staff, finance). */
export default async function notifyLapasTransferNotice({ event, container }: SubscriberArgs<{ id: string }>) {
  await notifyLapasTransferNoticeWorkflow(container).run({ input: { notice_id: event.data.id, trigger: event.name } })
}

export const config: SubscriberConfig = {
  event: TRANSFER_NOTICE_CREATED_EVENT,
  context: { subscriberId: "notify-lapas-transfer-notice" },
}
