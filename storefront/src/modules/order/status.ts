import { XENDIT_CHANNEL_NAMES, type PaymentKind, type XenditChannel } from "@karya-binaan/contracts"
import type { MessageKey, Translate } from "@/i18n"

const PAYMENT: Record<string, MessageKey> = {
  not_paid: "order.paymentStatus.awaiting",
  awaiting: "order.paymentStatus.awaiting",
  requires_action: "order.paymentStatus.requiresAction",
  captured: "order.paymentStatus.paid",
  partially_captured: "order.paymentStatus.partial",
  partially_refunded: "order.paymentStatus.partiallyRefunded",
  refunded: "order.paymentStatus.refunded",
  canceled: "order.paymentStatus.canceled",
}



/**
 * Medusa payment status → the buyer's words. The manual provider (bank transfer) authorizes on
 * checkout without any money having moved, so an authorized bank transfer still awaits payment;
 * it is paid once staff capture it. Xendit likewise: paid once its webhook has captured the payment. When the kind is unknown, "authorized" reads as "processing".
 */
export function paymentStatusKey(
  status: string | null | undefined,
  kind?: PaymentKind | null,
  transferPending = false
): MessageKey {
  if (transferPending) return "order.paymentStatus.awaiting"
  if (status === "authorized" || status === "partially_authorized") {
    // Xendit too: the order is placed before the buyer pays the QRIS, virtual account or e-wallet.
    if (kind === "bank_transfer" || kind === "xendit") return "order.paymentStatus.awaiting"
    if (kind === "card") return "order.paymentStatus.paid"
    return "order.paymentStatus.processing"
  }
  return (status && PAYMENT[status]) || "order.status.processing"
}

/** True while the buyer still has to pay (shown as a warning badge). */
export function isAwaitingPayment(
  status: string | null | undefined,
  kind?: PaymentKind | null,
  transferPending = false
): boolean {
  return paymentStatusKey(status, kind, transferPending) === "order.paymentStatus.awaiting" ||
    status === "requires_action"
}

/** How the buyer paid, in their words: the Xendit channel's name ("BCA Virtual Account"), "Transfer bank", the card. */
export function paymentMethodName(
  kind: PaymentKind | null | undefined,
  channel: XenditChannel | null | undefined,
  t: Translate
): string | null {
  if (kind === "xendit") return channel ? XENDIT_CHANNEL_NAMES[channel] : null
  if (kind === "bank_transfer") return t("checkout.paymentBankTransfer")
  if (kind === "card") return t("checkout.paymentCard")
  return null
}
