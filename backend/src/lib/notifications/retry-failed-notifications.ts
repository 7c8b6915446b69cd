import type { INotificationModuleService, MedusaContainer, NotificationContent } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { deliverNotification, type EmailNotification } from "./deliver"

export interface RetryOptions {
  /**
   * Failures younger than this are left alone: the sender may still be inside its own immediate
   * retries, and two senders of one message would send it twice. Default one minute.
   */
  settledForMs?: number
  /** Older failures are given up: an order email a day late misleads more than it helps. Default 24 h. */
  maxAgeMs?: number
  /** At most this many messages per run. Default 100. */
  limit?: number
}

export interface RetryReport {
  retried: number
  sent: number
  failed: number
}

/** A notification row as the retry and the repair read it back (the module's type omits some columns). */
export interface StoredNotificationRow {
  id: string
  to: string
  from: string | null
  channel: string
  template: string | null
  data: Record<string, unknown> | null
  provider_data: Record<string, unknown> | null
  trigger_type: string | null
  resource_id: string | null
  resource_type: string | null
  receiver_id: string | null
  idempotency_key: string | null
  created_at?: Date | string
}

/** The message a stored row describes, with its rendered content, or null when the row kept none (or no key). */
export function storedEmailOf(row: StoredNotificationRow): EmailNotification | null {
  const content = row.provider_data?.content as NotificationContent | undefined
  if (!row.idempotency_key || !content) return null
  return {
    to: row.to,
    from: row.from,
    channel: row.channel,
    template: row.template,
    data: row.data,
    provider_data: row.provider_data,
    trigger_type: row.trigger_type,
    resource_id: row.resource_id,
    resource_type: row.resource_type,
    receiver_id: row.receiver_id,
    idempotency_key: row.idempotency_key,
    content,
  }
}

/**
 * Sends again every failed email notification that carries an idempotency key and its rendered
 * content, oldest first, each once (the job runs again in five minutes). Rows keep their id.
 */
export async function retryFailedNotifications(
  container: MedusaContainer,
  options: RetryOptions = {}
): Promise<RetryReport> {
  const { settledForMs = 60_000, maxAgeMs = 24 * 3_600_000, limit = 100 } = options
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const notifications: INotificationModuleService = container.resolve(Modules.NOTIFICATION)
  const now = Date.now()
  // The module's filter type omits status, idempotency_key and updated_at, which its model has.
  const rows = (await notifications.listNotifications(
    {
      status: "failure",
      channel: "email",
      idempotency_key: { $ne: null },
      created_at: { $gte: new Date(now - maxAgeMs) },
      updated_at: { $lte: new Date(now - settledForMs) },
    } as object,
    { take: limit, order: { created_at: "ASC" } }
  )) as unknown as StoredNotificationRow[]

  const report: RetryReport = { retried: 0, sent: 0, failed: 0 }
  for (const row of rows) {
    const email = storedEmailOf(row)
    if (!email) continue
    report.retried++
    const outcome = await deliverNotification(container, email, [])
    if (outcome === "failed") report.failed++
    else report.sent++
  }
  if (report.retried) {
    logger.info(`Retried ${report.retried} failed notifications: ${report.sent} sent, ${report.failed} still failing.`)
  }
  return report
}
