import {
  XENDIT_CHANNEL_METHOD,
  isXenditChannel,
  type XenditPaymentStatus,
  type XenditPaymentView,
} from "@karya-binaan/contracts"
import { toRupiahBigInt } from "@karya-binaan/shares"

type Row = Record<string, any>

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value : null)

/**
 * What the buyer's order page shows of a Xendit payment (pure): from the data the provider keeps on
 * the payment (src/modules/xendit), and Medusa's own facts, which win: captured → paid; order or
 * payment canceled → canceled; otherwise the provider's status, expired once its deadline passed.
 */
export function xenditPaymentView(
  payment: Row,
  orderStatus: string,
  options: { now?: Date; simulatorUrl?: string } = {}
): XenditPaymentView | null {
  const data = (payment.data ?? {}) as Row
  const channel = data.channel
  if (!isXenditChannel(channel)) return null
  const now = options.now ?? new Date()
  const expiresAt = text(data.expires_at)
  let status: XenditPaymentStatus
  if (payment.captured_at) status = "paid"
  else if (orderStatus === "canceled" || payment.canceled_at) status = "canceled"
  else if (data.status === "failed") status = "failed"
  else if (data.status === "expired" || (expiresAt && new Date(expiresAt).getTime() <= now.getTime())) status = "expired"
  else status = "pending"
  const requestId = text(data.payment_request_id)
  const live = status === "pending"
  return {
    channel,
    method: XENDIT_CHANNEL_METHOD[channel],
    status,
    amount: Number(toRupiahBigInt(data.amount ?? payment.amount ?? 0, { round: true })),
    expires_at: expiresAt,
    paid_at: payment.captured_at ? new Date(payment.captured_at).toISOString() : text(data.paid_at),
    // What pays is shown only while it can still be paid.
    qr_string: live ? text(data.qr_string) : null,
    va_number: live ? text(data.va_number) : null,
    checkout_url: live ? text(data.checkout_url) : null,
    deeplink_url: live ? text(data.deeplink_url) : null,
    simulator_url:
      live && options.simulatorUrl && requestId ? `${options.simulatorUrl.replace(/\/+$/, "")}/bayar/${encodeURIComponent(requestId)}` : null,
  }
}
