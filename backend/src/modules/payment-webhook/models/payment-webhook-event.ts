import { model } from "@medusajs/framework/utils"

export const WEBHOOK_EVENT_OUTCOMES = ["received", "forwarded", "late_refunded", "late_refund_failed", "ignored"] as const
export type WebhookEventOutcome = (typeof WEBHOOK_EVENT_OUTCOMES)[number]

/**
 * A payment provider's webhook event, kept once per (provider, event id): a replayed event finds
 * its row and changes nothing. `outcome` says what was done with it: `received` while it is being
 * handled (a delivery that crashed there is handled again on the provider's retry), `forwarded` to
 * Medusa's payment processing, `late_refunded` when a payment arrived for an order that was no
 * longer waiting for it and was paid back (with `refund_id`), `late_refund_failed` when that refund
 * failed (the national office is told), `ignored` for events nothing acts on.
 */
export const PaymentWebhookEvent = model
  .define("payment_webhook_event", {
    id: model.id({ prefix: "pwhe" }).primaryKey(),
    provider: model.text(),
    event_id: model.text(),
    event_type: model.text(),
    /** The provider's payment id (Xendit: py-…) and payment request id (pr-…), when the event has them. */
    provider_payment_id: model.text().nullable(),
    payment_request_id: model.text().nullable(),
    /** Medusa's payment session the payment was made for (the request's reference id). */
    session_id: model.text().nullable(),
    order_id: model.text().nullable(),
    /** Whole rupiah paid, when the event is a payment. */
    amount: model.bigNumber().nullable(),
    outcome: model.enum([...WEBHOOK_EVENT_OUTCOMES]).default("received"),
    refund_id: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([
    { on: ["provider", "event_id"], unique: true },
    { on: ["outcome"] },
  ])
