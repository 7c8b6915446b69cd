import { processForwardedXenditWebhook, type StoredWebhookEvent } from "../payments/xendit-webhook"
import { xenditConfig } from "../payments/xendit-config"
import { noWebhookHandler, RECEIVED_STALE_MS } from "./received-webhook"
import { completeEach, cutoffAtLeast, rowsOf } from "./sql"
import type { RepairKindHandler } from "./types"

/** Forwarded events are looked at for a week; older ones are a person's work (the report shows them until then). */
export const UNPROCESSED_MAX_AGE_MS = 7 * 24 * 3_600_000

/**
 * `payment.succeeded` events marked `forwarded` whose payment was never captured: the webhook
 * marks the row before Medusa's route queues the event (payment.webhook_received), so a server
 * killed in between leaves a row that says forwarded, an event that was never queued, and a
 * replay from Xendit answered as a duplicate. Only payments of live orders still waiting for
 * capture (not captured, not canceled, order not canceled) are found: anything else took another
 * path (a late payment is refunded by the webhook's own rules). Processed as Medusa's
 * payment-webhook subscriber would (processPaymentWorkflow).
 */
export const UNPROCESSED_WEBHOOKS_SQL = `
  SELECT w.id, w.provider, w.event_id, w.event_type, w.provider_payment_id, w.payment_request_id, w.session_id,
         w.amount::text AS amount, opc.order_id
    FROM payment_webhook_event w
    JOIN payment p ON p.payment_session_id = w.session_id AND p.deleted_at IS NULL
    JOIN order_payment_collection opc ON opc.payment_collection_id = p.payment_collection_id AND opc.deleted_at IS NULL
    JOIN "order" o ON o.id = opc.order_id AND o.deleted_at IS NULL
   WHERE w.outcome = 'forwarded' AND w.event_type = 'payment.succeeded' AND w.deleted_at IS NULL
     AND w.created_at < ? AND w.created_at > ?
     AND p.captured_at IS NULL AND p.canceled_at IS NULL AND o.status <> 'canceled'
   ORDER BY w.created_at, w.id
   LIMIT ?`

export const unprocessedWebhookRepair: RepairKindHandler = {
  kind: "unprocessed_webhook",
  async run(context, record) {
    const rows = await rowsOf<StoredWebhookEvent & { order_id: string }>(context, UNPROCESSED_WEBHOOKS_SQL, [
      cutoffAtLeast(context, RECEIVED_STALE_MS),
      new Date(context.now.getTime() - UNPROCESSED_MAX_AGE_MS),
      context.limit,
    ])
    const config = xenditConfig()
    await completeEach(
      context,
      record,
      rows,
      (row) => ({ id: row.id, order_id: row.order_id }),
      async (row) => {
        const processed = await processForwardedXenditWebhook(context.container, config!, row)
        const [after] = await rowsOf<{ captured: boolean }>(
          context,
          `SELECT p.captured_at IS NOT NULL AS captured FROM payment p WHERE p.payment_session_id = ? AND p.deleted_at IS NULL`,
          [row.session_id]
        )
        return after?.captured ? "repaired" : `skipped: not captured (${processed})`
      },
      noWebhookHandler(config)
    )
  },
}
