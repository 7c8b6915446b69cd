import { formatRupiah } from "@karya-binaan/format"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, PaymentActions } from "@medusajs/framework/utils"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { XENDIT_PROVIDER_ID } from "@karya-binaan/contracts"
import { Xendit } from "xendit-node"
import { LAPAS_MODULE } from "../../modules/lapas"
import type LapasModuleService from "../../modules/lapas/service"
import { PAYMENT_WEBHOOK_MODULE } from "../../modules/payment-webhook"
import type PaymentWebhookModuleService from "../../modules/payment-webhook/service"
import { verifyCallbackToken, webhookEventId, webhookSessionId } from "../../modules/xendit/webhook"
import { moneyLog } from "../logging/money-log"
import { deliverNotification, immediateRetryDelays } from "../notifications/deliver"
import type { XenditConfig } from "./xendit-config"

type Row = Record<string, any>
type Headers = Record<string, string | string[] | undefined>

export const XENDIT_WEBHOOK_PROVIDER = "xendit"
export const LATE_PAYMENT_TEMPLATE = "payment-late-refund"

/** What the webhook middleware answers, and whether Medusa's payment processing should run next. */
export type WebhookDecision =
  | { forward: true }
  | { forward: false; status: number; body: Record<string, unknown> }

/** The payment a `payment.*` event is about (snake_case as Xendit sends it). */
interface XenditPaymentEvent {
  id?: string
  payment_request_id?: string
  reference_id?: string
  amount?: number
  currency?: string
  status?: string
  metadata?: { session_id?: string } | null
}

/** The Medusa side of a paid session: its payment, order and whether that order still waits for this money. */
async function sessionState(container: MedusaContainer, sessionId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: sessions } = await query.graph({
    entity: "payment_session",
    fields: ["id", "data", "payment_collection_id", "payment.id", "payment.canceled_at", "payment.captured_at"],
    filters: { id: sessionId },
  })
  const session = sessions[0] as Row | undefined
  if (!session) return null
  const { data: links } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: session.payment_collection_id },
  })
  const orderId = (links[0] as Row | undefined)?.order_id as string | undefined
  const { data: orders } = orderId
    ? await query.graph({ entity: "order", fields: ["id", "status", "display_id"], filters: { id: orderId } })
    : { data: [] }
  const order = orders[0] as Row | undefined
  return {
    session,
    order: order ? { id: order.id as string, status: String(order.status ?? ""), display_id: Number(order.display_id ?? 0) } : null,
  }
}

/**
 * Why a paid event's money is not owed to anyone (so it must go back to the buyer), or null when the
 * payment should be captured: no session of ours (the buyer changed method and the old code was paid
 * anyway), a payment request the session no longer uses, an order canceled (by the buyer, a lapas or
 * the unpaid-order job after the code expired) or a payment canceled.
 */
export function latePaymentReason(
  event: XenditPaymentEvent,
  state: Awaited<ReturnType<typeof sessionState>>
): string | null {
  if (!state) return "the payment session no longer exists (the buyer chose another way to pay)"
  const current = (state.session.data as Row | null)?.payment_request_id
  if (current && event.payment_request_id && current !== event.payment_request_id) {
    return `the session now uses payment request ${current}, not ${event.payment_request_id}`
  }
  if (state.order?.status === "canceled") return `order #${state.order.display_id} was canceled before the payment arrived`
  if (state.session.payment?.canceled_at) return "the order's payment was canceled before the money arrived"
  return null
}

async function notifyNationalOffice(
  container: MedusaContainer,
  report: { event_id: string; order: { id: string; display_id: number } | null; amount: number; reason: string; refund: string; paymentId: string }
) {
  const lapas: LapasModuleService = container.resolve(LAPAS_MODULE)
  const members = await lapas.listLapasMembers(
    { role: "national", deactivated_at: null, activated_at: { $ne: null } } as object,
    { select: ["id", "email"] }
  )
  const orderText = report.order ? `pesanan #${report.order.display_id}` : "pembayaran tanpa pesanan"
  const subject = `Pembayaran terlambat ${report.refund === "failed" ? "GAGAL dikembalikan" : "dikembalikan"}: ${orderText}`
  const text = [
    `Xendit melaporkan pembayaran ${formatRupiah(report.amount)} (${report.paymentId}) untuk ${orderText}, tetapi uang itu tidak lagi ditunggu: ${report.reason}.`,
    report.refund === "failed"
      ? "Pengembalian dana lewat Xendit GAGAL. Hubungi pembeli dan kembalikan dana secara manual, lalu catat di dasbor Xendit."
      : `Dana dikembalikan ke pembeli lewat Xendit (refund ${report.refund}). Tidak ada yang dibukukan.`,
    "",
    "Email ini dikirim otomatis oleh Karya Binaan kepada kantor pusat.",
  ].join("\n")
  for (const member of members) {
    if (!member.email?.includes("@")) continue
    await deliverNotification(
      container,
      {
        to: member.email,
        channel: "email",
        template: LATE_PAYMENT_TEMPLATE,
        content: { subject, text, html: `<pre style="font-family:Arial,sans-serif;white-space:pre-wrap">${text.replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`)}</pre>` },
        data: { event_id: report.event_id, order_id: report.order?.id ?? null, amount: report.amount },
        trigger_type: "payment.late",
        resource_id: report.order?.id ?? report.paymentId,
        resource_type: report.order ? "order" : "payment",
        idempotency_key: `${LATE_PAYMENT_TEMPLATE}:${report.paymentId}:${member.email.toLowerCase()}`,
      },
      immediateRetryDelays()
    )
  }
}

/**
 * The rules of Xendit's webhook before Medusa's payment processing (src/api/hooks/middlewares.ts):
 * 1. the `x-callback-token` must be the configured token (else 401, logged without the payload);
 * 2. each event is acted on once (payment_webhook_event, unique per event id): a replay gets 200;
 * 3. a paid event whose money nobody is waiting for (latePaymentReason) is refunded through Xendit
 *    at once (idempotency key per Xendit payment, so a retried refund never doubles) and reported to
 *    the national office; nothing is captured or booked;
 * 4. everything else goes on to Medusa, whose processPaymentWorkflow captures a paid session.
 */
export async function decideXenditWebhook(
  container: MedusaContainer,
  config: XenditConfig,
  headers: Headers,
  body: unknown
): Promise<WebhookDecision> {
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!verifyCallbackToken(headers, config.callbackToken)) {
    logger.warn(
      `Xendit webhook refused: ${headers["x-callback-token"] ? "wrong" : "missing"} x-callback-token (webhook-id ${String(headers["webhook-id"] ?? "-")})`
    )
    return { forward: false, status: 401, body: { message: "The x-callback-token header is missing or wrong." } }
  }
  const event = (body ?? {}) as { event?: string; data?: XenditPaymentEvent }
  if (typeof event.event !== "string" || !event.data || typeof event.data !== "object") {
    return { forward: false, status: 400, body: { message: "A Xendit webhook has an `event` and a `data` object." } }
  }
  const data = event.data
  const eventId = webhookEventId(headers, body)
  if (!eventId) {
    return { forward: false, status: 400, body: { message: "A Xendit webhook names its event: a webhook-id header or data.id." } }
  }
  const sessionId = webhookSessionId(body)
  const amount = Number.isInteger(data.amount) && (data.amount as number) > 0 ? (data.amount as number) : null
  const events: PaymentWebhookModuleService = container.resolve(PAYMENT_WEBHOOK_MODULE)

  const [seen] = await events.listPaymentWebhookEvents({ provider: XENDIT_WEBHOOK_PROVIDER, event_id: eventId })
  const logged = { payment_id: data.id ?? null, amount: amount === null ? null : String(amount), event_id: eventId, event_type: event.event }
  if (seen && seen.outcome !== "received") {
    logger.info(`Xendit webhook ${eventId} (${event.event}) replayed; already ${seen.outcome}`)
    moneyLog(logger, "webhook.received", { ...logged, order_id: seen.order_id ?? null, outcome: `duplicate: ${seen.outcome}` })
    return { forward: false, status: 200, body: { received: true, duplicate: true } }
  }
  let row = seen
  if (!row) {
    try {
      row = await events.createPaymentWebhookEvents({
        provider: XENDIT_WEBHOOK_PROVIDER,
        event_id: eventId,
        event_type: event.event,
        provider_payment_id: data.id ?? null,
        payment_request_id: data.payment_request_id ?? null,
        session_id: sessionId,
        amount,
      })
    } catch (error) {
      // The same event arriving twice at once: the other delivery handles it. Anything else is a
      // 500, so Xendit delivers the event again later.
      const [raced] = await events.listPaymentWebhookEvents({ provider: XENDIT_WEBHOOK_PROVIDER, event_id: eventId })
      if (!raced) throw error
      return { forward: false, status: 200, body: { received: true, duplicate: true } }
    }
  }

  if (event.event !== "payment.succeeded" || !sessionId) {
    await events.updatePaymentWebhookEvents({ id: row.id, outcome: "forwarded" })
    moneyLog(logger, "webhook.received", { ...logged, outcome: "forwarded" })
    return { forward: true }
  }
  const state = await sessionState(container, sessionId)
  const reason = latePaymentReason(data, state)
  if (!reason) {
    await events.updatePaymentWebhookEvents({ id: row.id, outcome: "forwarded", order_id: state?.order?.id ?? null })
    logger.info(`Xendit payment ${data.id} for session ${sessionId} (order ${state?.order?.id ?? "not placed yet"}) goes to capture`)
    moneyLog(logger, "webhook.received", { ...logged, order_id: state?.order?.id ?? null, outcome: "forwarded" })
    return { forward: true }
  }

  let refundId: string | null = null
  try {
    const client = new Xendit({ secretKey: config.secretKey, ...(config.apiUrl ? { xenditURL: config.apiUrl } : {}) })
    const refund = await client.Refund.createRefund({
      idempotencyKey: `late-${data.id}`,
      data: {
        paymentRequestId: data.payment_request_id,
        amount: amount ?? undefined,
        reason: "CANCELLATION",
        referenceId: `late-${data.id}`,
        metadata: { session_id: sessionId, order_id: state?.order?.id ?? null },
      } as never,
    })
    refundId = refund.id ?? null
  } catch (error) {
    logger.error(
      `Xendit payment ${data.id} (order ${state?.order?.id ?? "-"}) arrived late and could NOT be refunded: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  await events.updatePaymentWebhookEvents({
    id: row.id,
    outcome: refundId ? "late_refunded" : "late_refund_failed",
    refund_id: refundId,
    order_id: state?.order?.id ?? null,
    note: reason,
  })
  logger.warn(`Xendit payment ${data.id} arrived late (${reason}); ${refundId ? `refunded as ${refundId}` : "refund failed"}`)
  moneyLog(
    logger,
    "webhook.late_refund",
    { ...logged, order_id: state?.order?.id ?? null, refund_id: refundId, reason, outcome: refundId ? "refunded" : "refund_failed" },
    refundId ? "warn" : "error"
  )
  await notifyNationalOffice(container, {
    event_id: eventId,
    order: state?.order ?? null,
    amount: amount ?? 0,
    reason,
    refund: refundId ?? "failed",
    paymentId: data.id ?? eventId,
  }).catch((error) => logger.error(`Late-payment report could not be sent: ${error instanceof Error ? error.message : String(error)}`))
  return { forward: false, status: 200, body: { received: true, refunded: !!refundId } }
}

/** A stored payment_webhook_event row, as far as handling it again reads it. */
export interface StoredWebhookEvent {
  id: string
  provider: string
  event_id: string
  event_type: string
  provider_payment_id: string | null
  payment_request_id: string | null
  session_id: string | null
  amount: unknown
}

/**
 * The delivery a stored event row stands for, as far as the webhook's handling reads it: the
 * event id as Xendit's `webhook-id`, the configured callback token, and a body with the payment,
 * its request, session and whole-rupiah amount (a `payment.succeeded` is SUCCEEDED, a
 * `payment.failed` FAILED, as Xendit sends them).
 */
export function storedXenditDelivery(row: StoredWebhookEvent, config: XenditConfig) {
  const amount = row.amount === null || row.amount === undefined ? undefined : Number(row.amount)
  const status = row.event_type === "payment.succeeded" ? "SUCCEEDED" : row.event_type === "payment.failed" ? "FAILED" : undefined
  return {
    headers: { "x-callback-token": config.callbackToken, "webhook-id": row.event_id } as Headers,
    body: {
      event: row.event_type,
      data: {
        ...(row.provider_payment_id ? { id: row.provider_payment_id } : {}),
        ...(row.payment_request_id ? { payment_request_id: row.payment_request_id } : {}),
        ...(row.session_id ? { reference_id: row.session_id, metadata: { session_id: row.session_id } } : {}),
        ...(amount !== undefined && Number.isSafeInteger(amount) ? { amount } : {}),
        currency: "IDR",
        ...(status ? { status } : {}),
      },
    },
  }
}

/**
 * Medusa's payment-webhook subscriber, for an event forwarded without the HTTP route: the
 * provider's action, then processPaymentWorkflow (which captures a paid session once).
 */
export async function processForwardedXenditWebhook(container: MedusaContainer, config: XenditConfig, row: StoredWebhookEvent) {
  const { headers, body } = storedXenditDelivery(row, config)
  return await processForwarded(container, headers, body)
}

async function processForwarded(container: MedusaContainer, headers: Headers, body: unknown) {
  const payments = container.resolve(Modules.PAYMENT)
  const processed = await payments.getWebhookActionAndData({
    provider: XENDIT_PROVIDER_ID,
    payload: { data: body as Record<string, unknown>, rawData: JSON.stringify(body), headers: headers as Record<string, unknown> },
  })
  const sessionId = (processed as { data?: { session_id?: string } }).data?.session_id
  const acted = [PaymentActions.SUCCESSFUL, PaymentActions.AUTHORIZED] as string[]
  if (!sessionId || !acted.includes(processed.action)) return "nothing_to_process"
  await processPaymentWorkflow(container).run({ input: processed })
  return "processed"
}

/**
 * A webhook event whose delivery crashed while being handled (its row still `received`; Xendit may
 * not deliver it again, e.g. when the 500 never reached it), handled again through the same rules
 * as a live delivery (decideXenditWebhook: a late payment is refunded and reported, anything else
 * is forwarded), and a forwarded event processed as Medusa's webhook subscriber would
 * (processPaymentWorkflow captures a paid session; a captured payment is not captured again).
 * Returns the row's outcome afterwards.
 */
export async function handleStoredXenditWebhook(
  container: MedusaContainer,
  config: XenditConfig,
  row: StoredWebhookEvent
): Promise<{ outcome: string; processed?: string }> {
  const { headers, body } = storedXenditDelivery(row, config)
  const decision = await decideXenditWebhook(container, config, headers, body)
  const events: PaymentWebhookModuleService = container.resolve(PAYMENT_WEBHOOK_MODULE)
  const [after] = await events.listPaymentWebhookEvents({ id: row.id })
  if (!decision.forward) return { outcome: String(after?.outcome ?? "unknown") }
  const processed = await processForwarded(container, headers, body)
  return { outcome: String(after?.outcome ?? "forwarded"), processed }
}
