/** Pure rules for showing an order's progress: its status words, timeline texts and time zones. */
import { formatDateTime, type LapasTimeZone } from "@karya-binaan/format"
import type { Locale, MessageKey, Translate } from "@/i18n"
import { lapasTimeZone } from "@/lib/util/lapas"
import type { BuyerOrderProgress, BuyerPartState, OrderSummary, PaymentKind, TimelineEntry } from "@karya-binaan/contracts"
import { isAwaitingPayment } from "./status"

const ORDER_PROGRESS: Record<BuyerOrderProgress, MessageKey> = {
  awaiting_payment: "order.progress.awaitingPayment",
  processing: "order.progress.processing",
  partially_shipped: "order.progress.partiallyShipped",
  shipped: "order.progress.shipped",
  delivered: "order.progress.delivered",
  canceled: "order.progress.canceled",
  refunded: "order.progress.refunded",
}

const GROUP_STATE: Record<BuyerPartState, MessageKey> = {
  awaiting_payment: "order.partState.awaitingPayment",
  processing: "order.partState.processing",
  ready_for_pickup: "order.partState.readyForPickup",
  shipped: "order.partState.shipped",
  delivered: "order.partState.delivered",
  picked_up: "order.partState.pickedUp",
  canceled: "order.partState.canceled",
  refunded: "order.partState.refunded",
}

export function orderProgressKey(progress: string | null | undefined): MessageKey {
  return ORDER_PROGRESS[progress as BuyerOrderProgress] ?? "order.progress.processing"
}

export function groupStateKey(state: string | null | undefined): MessageKey {
  return GROUP_STATE[state as BuyerPartState] ?? "order.partState.processing"
}

export type Tone = "success" | "warning" | "danger" | "neutral"

/** Badge colour: waiting for the buyer is a warning, done is success, canceled is danger. */
export function progressTone(state: string | null | undefined): Tone {
  switch (state) {
    case "awaiting_payment":
      return "warning"
    case "delivered":
    case "picked_up":
    case "shipped":
    case "ready_for_pickup":
      return "success"
    case "canceled":
    case "refunded":
      return "danger"
    default:
      return "neutral"
  }
}

export function badgeClass(tone: Tone): string {
  return tone === "neutral" ? "badge" : `badge badge--${tone}`
}

const FULFILLMENT_PROGRESS: Record<string, BuyerOrderProgress> = {
  partially_fulfilled: "processing",
  fulfilled: "processing",
  partially_shipped: "partially_shipped",
  shipped: "shipped",
  partially_delivered: "shipped",
  delivered: "delivered",
}

/**
 * The order's progress from Medusa's own statuses, for orders whose summary (with the backend's
 * `progress`) is not at hand. Pickup parts are not told apart here, so the summary is preferred.
 */
export function progressFromStatuses(order: {
  status?: string | null
  payment_status?: string | null
  fulfillment_status?: string | null
  payment_kind?: PaymentKind | null
  transfer_pending?: boolean
}): BuyerOrderProgress {
  if (order.status === "canceled") return "canceled"
  const shipped = FULFILLMENT_PROGRESS[order.fulfillment_status ?? ""]
  if (shipped && shipped !== "processing") return shipped
  if (isAwaitingPayment(order.payment_status, order.payment_kind, order.transfer_pending ?? false)) {
    return "awaiting_payment"
  }
  return "processing"
}

/** The zone of steps of the whole order: the lapas's when every part is in one zone, else WIB. */
export function orderZone(order: Pick<OrderSummary, "groups">): LapasTimeZone {
  const zones = new Set((order.groups ?? []).map((group) => lapasTimeZone(group.lapas?.time_zone)))
  return zones.size === 1 ? [...zones][0] : "Asia/Jakarta"
}

/** The zone a timeline step is shown in: its lapas's, or the order's for steps of the whole order. */
export function entryZone(order: Pick<OrderSummary, "groups">, entry: Pick<TimelineEntry, "lapas_name">): LapasTimeZone {
  const group = entry.lapas_name ? (order.groups ?? []).find((g) => g.lapas?.name === entry.lapas_name) : undefined
  return group ? lapasTimeZone(group.lapas?.time_zone) : orderZone(order)
}

/** "3 Maret 2026 10.15 WIB", or null for a missing or unreadable instant. */
export function formatWhen(value: string | null | undefined, zone: LapasTimeZone, locale: Locale): string | null {
  if (!value) return null
  try {
    return formatDateTime(value, zone, locale)
  } catch {
    return null
  }
}

/** One sentence per step: "Dikirim oleh Lapas Kelas IIA Bojonegoro via JNE, resi JP1234567890". */
export function timelineText(entry: TimelineEntry, t: Translate): string {
  const lapas = entry.lapas_name
  switch (entry.key) {
    case "placed":
      return t("order.timeline.placed")
    case "paid":
      return lapas ? t("order.timeline.paidFor", { lapas }) : t("order.timeline.paid")
    case "shipped": {
      let text = lapas ? t("order.timeline.shippedBy", { lapas }) : t("order.timeline.shipped")
      if (entry.courier) text += ` ${t("order.timeline.via", { courier: entry.courier })}`
      if (entry.resi) text += `, ${t("order.timeline.resi", { resi: entry.resi })}`
      return text
    }
    case "ready_for_pickup":
      return lapas ? t("order.timeline.readyAt", { lapas }) : t("order.timeline.ready")
    case "delivered":
      return lapas ? t("order.timeline.deliveredFrom", { lapas }) : t("order.timeline.delivered")
    case "picked_up":
      return lapas ? t("order.timeline.pickedUpAt", { lapas }) : t("order.timeline.pickedUp")
    case "canceled":
      return lapas ? t("order.timeline.canceledFor", { lapas }) : t("order.timeline.canceled")
    case "refunded":
      return lapas ? t("order.timeline.refundedFor", { lapas }) : t("order.timeline.refunded")
    default:
      return t("order.status.processing")
  }
}

/** The steps to show, oldest first; an order without a timeline still shows when it was placed. */
export function timelineOf(order: Pick<OrderSummary, "timeline" | "created_at">): TimelineEntry[] {
  const entries = order.timeline ?? []
  if (entries.length > 0) return entries
  return [{ key: "placed", at: order.created_at, lapas_name: null, courier: null, resi: null }]
}
