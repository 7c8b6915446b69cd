import type { INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { deliverNotification, type DeliveryOutcome } from "./deliver"
import { storedEmailOf, type StoredNotificationRow } from "./retry-failed-notifications"

/** A row still `pending` this long had a sender that died between creating it and the provider's answer. */
export const PENDING_STALE_MS = 10 * 60_000

/**
 * PENDING_STALE_MS, or NOTIFICATION_PENDING_STALE_MS when set (milliseconds): the fault suite sets 0
 * for its repair, which runs only once every process is idle, so a row still pending is a dead one.
 */
export function pendingStaleMs(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.NOTIFICATION_PENDING_STALE_MS?.trim()
  if (!raw) return PENDING_STALE_MS
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`NOTIFICATION_PENDING_STALE_MS must be a whole number of milliseconds, 0 or more; got "${raw}".`)
  }
  return value
}

/**
 * Email rows left `pending` (the Notification Module writes the row, then calls the provider, then
 * marks it; a process killed in between leaves it pending for ever, and deliverNotification treats
 * a pending key as "in progress" and never sends it). Oldest first, created between `maxAgeMs` ago
 * (default 24 h, like the failed-notification retry) and `createdBefore`.
 */
export async function stalePendingNotifications(
  container: MedusaContainer,
  options: { createdBefore: Date; now?: Date; maxAgeMs?: number; limit?: number }
): Promise<StoredNotificationRow[]> {
  const { now = new Date(), maxAgeMs = 24 * 3_600_000, limit = 100 } = options
  const notifications: INotificationModuleService = container.resolve(Modules.NOTIFICATION)
  // The module's filter type omits status and idempotency_key, which its model has.
  return (await notifications.listNotifications(
    {
      status: "pending",
      channel: "email",
      idempotency_key: { $ne: null },
      created_at: { $gte: new Date(now.getTime() - maxAgeMs), $lt: options.createdBefore },
    } as object,
    { take: limit, order: { created_at: "ASC" } }
  )) as unknown as StoredNotificationRow[]
}

/**
 * Sends a stale pending row again with the content it stored, keeping its id: the row is marked
 * failed first (the module sends again only a failed key, under that row's id), then delivered as
 * the failed-notification retry does, once. The repair job's lock keeps two resenders apart; the
 * retry job leaves a failure alone for a minute after it was written. A provider that names its
 * output by notification id (local-notification) overwrites rather than duplicates.
 */
export async function resendPendingNotification(
  container: MedusaContainer,
  row: StoredNotificationRow
): Promise<DeliveryOutcome | "no_content"> {
  const email = storedEmailOf(row)
  if (!email) return "no_content"
  // The module's service has MedusaService's updateNotifications; its interface does not list it.
  const notifications = container.resolve(Modules.NOTIFICATION) as unknown as {
    updateNotifications(data: { id: string; status: "failure" }): Promise<unknown>
  }
  await notifications.updateNotifications({ id: row.id, status: "failure" })
  return await deliverNotification(container, email, [])
}
