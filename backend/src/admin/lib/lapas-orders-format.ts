/**
 * Dates, order numbers and counts of the lapas order screens. Times are
 * shown in the lapas's own zone (WIB, WITA or WIT), whatever the browser's
 * zone is, since that is the day the lapas staff work in.
 */
import type { ActionState, LapasTimeZone, OrderPart, PartFulfillment, PartState } from "@karya-binaan/contracts"
import { messages } from "./messages"
import { dayIn } from "./money-format"

/** Tabs of the order list, in order; `null` is "Semua". */
export const ACTION_STATES: ActionState[] = [
  "awaiting_transfer",
  "to_pack",
  "to_ship",
  "ready_for_pickup",
]

const PART_STATES: PartState[] = [
  ...ACTION_STATES,
  "shipped",
  "delivered",
  "picked_up",
  "canceled",
]

export function isPartState(value: string | null | undefined): value is PartState {
  return !!value && (PART_STATES as string[]).includes(value)
}

export function isActionState(value: string | null | undefined): value is ActionState {
  return !!value && (ACTION_STATES as string[]).includes(value)
}

/** "WIB" for Asia/Jakarta…; the zone's own name for any other. */
export function zoneLabel(timeZone: string): string {
  return messages.labels.timeZone[timeZone as LapasTimeZone] ?? timeZone
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = {
      day: "2-digit",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
    }
    try {
      formatter = new Intl.DateTimeFormat("id-ID", { ...options, timeZone })
    } catch {
      // unknown zone: fall back to WIB
      formatter = new Intl.DateTimeFormat("id-ID", { ...options, timeZone: "Asia/Jakarta" })
    }
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** An ISO timestamp as "01 Mar 2026 14.05 WIB", in the lapas's zone. */
export function formatLapasDateTime(value: string | null | undefined, timeZone: string): string {
  if (!value) {
    return messages.common.empty
  }
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) {
    return value
  }
  let zone = timeZone
  try {
    new Intl.DateTimeFormat("en", { timeZone })
  } catch {
    zone = "Asia/Jakarta"
  }
  return `${formatterFor(zone).format(date)} ${zoneLabel(zone)}`
}

/** The calendar day ("YYYY-MM-DD") of an ISO timestamp in a zone (an unknown zone: its UTC day). */
export function dayInZone(value: string, timeZone: string): string | null {
  try {
    return dayIn(value, timeZone)
  } catch {
    return value.slice(0, 10)
  }
}

/** "#1042", "# 1042" or "1042" → "1042"; null when it is not an order number. */
export function parseOrderNumber(text: string): string | null {
  const cleaned = text.trim().replace(/^#\s*/, "")
  return /^\d{1,12}$/.test(cleaned) ? cleaned.replace(/^0+(?=\d)/, "") : null
}

/** Units ordered in a part (the sum of its items' quantities). */
export function unitCount(part: OrderPart): number {
  return part.items.reduce((sum, item) => sum + item.quantity, 0)
}

/** Fulfilments still in force (not canceled), oldest first. */
export function activeFulfilments(part: OrderPart): PartFulfillment[] {
  return part.fulfilments
    .filter((fulfilment) => !fulfilment.canceled_at)
    .sort((a, b) => a.created_at.localeCompare(b.created_at))
}

/** States after which the goods have left the lapas (or the part is over). */
const GONE: PartState[] = ["shipped", "delivered", "picked_up"]

/**
 * Whether "Batalkan pesanan" is offered: the order is not canceled and none
 * of the visible parts has shipped or been collected. The server decides
 * the rest (e.g. a lapas user with another lapas's part in the order).
 */
export function canOfferCancel(parts: OrderPart[]): boolean {
  if (parts.length === 0) {
    return false
  }
  return parts.every(
    (part) =>
      part.order_status !== "canceled" &&
      part.state !== "canceled" &&
      !GONE.includes(part.state) &&
      part.fulfilments.every((fulfilment) => fulfilment.canceled_at || !fulfilment.shipped_at)
  )
}
