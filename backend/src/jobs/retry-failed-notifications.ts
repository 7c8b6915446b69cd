import type { MedusaContainer } from "@medusajs/framework/types"
import { retryFailedNotifications } from "../lib/notifications/retry-failed-notifications"

/** Sends again the emails that failed (SMTP down or refusing), every five minutes for a day. */
export default async function retryFailedNotificationsJob(container: MedusaContainer) {
  await retryFailedNotifications(container)
}

export const config = {
  name: "retry-failed-notifications",
  schedule: "*/5 * * * *",
}
