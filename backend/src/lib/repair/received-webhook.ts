import { handleStoredXenditWebhook, XENDIT_WEBHOOK_PROVIDER, type StoredWebhookEvent } from "../payments/xendit-webhook"
import { xenditConfig } from "../payments/xendit-config"
import { completeEach, cutoffAtLeast, rowsOf } from "./sql"
import type { RepairKindHandler } from "./types"

/** A delivery is handled in well under a second; a row `received` this long belongs to a dead process. */
export const RECEIVED_STALE_MS = 5 * 60_000

/** Rows still `received` (indexed on outcome), oldest first. */
export const RECEIVED_WEBHOOKS_SQL = `
  SELECT id, provider, event_id, event_type, provider_payment_id, payment_request_id, session_id, amount::text AS amount, order_id
    FROM payment_webhook_event
   WHERE outcome = 'received' AND created_at < ? AND deleted_at IS NULL
   ORDER BY created_at, id
   LIMIT ?`

/** completeEach's skip reason for a stored webhook row this process cannot handle (not Xendit's, or Xendit not configured). */
export const noWebhookHandler =
  (config: ReturnType<typeof xenditConfig>) =>
  (row: { provider: string }): string | null =>
    row.provider !== XENDIT_WEBHOOK_PROVIDER || !config ? `no handler for provider ${row.provider} on this process` : null

/**
 * Payment webhook events whose handling crashed (row still `received` after 5 minutes): handled
 * again through the live rules (lib/payments/xendit-webhook.ts, handleStoredXenditWebhook). Only
 * Xendit keeps such rows today; without its configuration they are reported as skipped.
 */
export const receivedWebhookRepair: RepairKindHandler = {
  kind: "received_webhook",
  async run(context, record) {
    const rows = await rowsOf<StoredWebhookEvent & { order_id: string | null }>(context, RECEIVED_WEBHOOKS_SQL, [
      cutoffAtLeast(context, RECEIVED_STALE_MS),
      context.limit,
    ])
    const config = xenditConfig()
    await completeEach(
      context,
      record,
      rows,
      (row) => ({ id: row.id, order_id: row.order_id }),
      async (row) => {
        const result = await handleStoredXenditWebhook(context.container, config!, row)
        return result.outcome === "received" ? "failed: still received after handling" : "repaired"
      },
      noWebhookHandler(config)
    )
  },
}
