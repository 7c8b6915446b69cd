import type { PaymentKind } from "@karya-binaan/contracts"
import type { MessageKey } from "@/i18n"

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
 * it is paid once staff capture it. When the kind is unknown, "authorized" reads as "processing".
 */
export function paymentStatusKey(
  status: string | null | undefined,
  kind?: PaymentKind | null,
  transferPending = false
): MessageKey {
  if (transferPending) return "order.paymentStatus.awaiting"
  if (status === "authorized" || status === "partially_authorized") {
    if (kind === "bank_transfer") return "order.paymentStatus.awaiting"
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
