import type {
  CreateNotificationDTO,
  INotificationModuleService,
  Logger,
  MedusaContainer,
  NotificationContent,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Hands a notification to Medusa's Notification Module at most once per idempotency key.
 *
 * The module keeps a row per key: a key whose row succeeded (or is being sent) is not sent again;
 * a key whose row failed is sent again when the create call carries that row's id (the module
 * then updates the row instead of inventing a new id it cannot find). The row holds no content,
 * so the rendered message is kept in `provider_data.content` for a later retry to send exactly
 * what failed.
 */

export type EmailNotification = CreateNotificationDTO & {
  idempotency_key: string
  content: NotificationContent
}

export type DeliveryOutcome = "sent" | "already_sent" | "in_progress" | "failed"

interface NotificationRow {
  id: string
  status: "pending" | "success" | "failure"
}

/** Pauses between immediate attempts: NOTIFICATION_RETRY_DELAYS_MS ("1000,5000" by default; "" for none). */
export function immediateRetryDelays(env: NodeJS.ProcessEnv = process.env): number[] {
  const raw = env.NOTIFICATION_RETRY_DELAYS_MS
  if (raw === undefined) return [1_000, 5_000]
  return raw
    .split(",")
    .filter((part) => part.trim() !== "")
    .map((part) => Number(part.trim()))
    .filter((ms) => Number.isFinite(ms) && ms >= 0)
    .slice(0, 10)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function rowOfKey(notifications: INotificationModuleService, key: string) {
  // The module's filter type omits idempotency_key and status, which its model has.
  const [row] = await notifications.listNotifications({ idempotency_key: key } as object, {
    select: ["id", "status"],
  } as object)
  return row as unknown as NotificationRow | undefined
}

/**
 * One attempt, then one more after each of `retryDelaysMs`. Never throws: a message that still
 * fails is left with status "failure" for retryFailedNotifications.
 */
export async function deliverNotification(
  container: MedusaContainer,
  notification: EmailNotification,
  retryDelaysMs: number[] = immediateRetryDelays()
): Promise<DeliveryOutcome> {
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const notifications: INotificationModuleService = container.resolve(Modules.NOTIFICATION)
  const key = notification.idempotency_key
  let lastError: unknown

  for (let attempt = 0; attempt <= retryDelaysMs.length; attempt++) {
    if (attempt > 0) await sleep(retryDelaysMs[attempt - 1])
    let existing: NotificationRow | undefined
    try {
      existing = await rowOfKey(notifications, key)
      if (existing?.status === "success") return attempt === 0 ? "already_sent" : "sent"
      // Another process (a replayed event, the retry job) holds this message right now.
      if (existing?.status === "pending") return "in_progress"
      await notifications.createNotifications({
        ...notification,
        ...(existing ? { id: existing.id } : {}),
        provider_data: { ...(notification.provider_data ?? {}), content: notification.content },
      } as CreateNotificationDTO)
      return "sent"
    } catch (error) {
      lastError = error
      // Two deliveries of one message at once (an event delivered twice, concurrently): both saw no
      // row, the other created it first and the module refused this one's key. Not a failure:
      // the message is the other's to send.
      if (!existing) {
        const now = await rowOfKey(notifications, key).catch(() => undefined)
        if (now?.status === "success") return "already_sent"
        if (now?.status === "pending") return "in_progress"
      }
      if (attempt < retryDelaysMs.length) {
        logger.warn(`Notification ${key}: attempt ${attempt + 1} failed (${messageOf(error)}); trying again.`)
      }
    }
  }
  logger.error(
    `Notification ${key} to ${notification.to} failed: ${messageOf(lastError)}. ` +
      "It stays marked as failed and is retried by the retry-failed-notifications job."
  )
  return "failed"
}

function messageOf(error: unknown) {
  return error instanceof Error ? error.message.split("\n").join(" ") : String(error)
}
