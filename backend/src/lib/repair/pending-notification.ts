import { pendingStaleMs, resendPendingNotification, stalePendingNotifications } from "../notifications/resend-pending-notifications"
import { completeEach, cutoffAtLeast } from "./sql"
import type { RepairKindHandler } from "./types"

/**
 * E-mail rows left `pending` for more than 10 minutes (NOTIFICATION_PENDING_STALE_MS; or the run's
 * olderThanMs when longer): a
 * process died between the row and the provider's answer. Sent again with the stored
 * provider_data.content through deliverNotification, the row keeping its id.
 */
export const pendingNotificationRepair: RepairKindHandler = {
  kind: "pending_notification",
  async run(context, record) {
    const rows = await stalePendingNotifications(context.container, {
      createdBefore: cutoffAtLeast(context, pendingStaleMs()),
      now: context.now,
      limit: context.limit,
    })
    await completeEach(
      context,
      record,
      rows,
      (row) => ({ id: row.id, order_id: row.resource_type === "order" ? row.resource_id : null }),
      async (row) => {
        const outcome = await resendPendingNotification(context.container, row)
        if (outcome === "sent") return "repaired"
        if (outcome === "no_content") return "skipped: the row kept no rendered content"
        if (outcome === "failed") return "failed: the provider refused it again (left failed for the retry job)"
        return "nothing_new"
      }
    )
  },
}
