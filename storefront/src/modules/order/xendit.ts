/**
 * Pure rules of the order page's Xendit section: the status the buyer sees, the countdown's text,
 * the polling's back-off, which address opens an e-wallet, and where the e-wallet's return leads.
 */
import type { OrderSummary, XenditPaymentStatus, XenditPaymentView } from "@karya-binaan/contracts"

/** The cookie the "Buka <e-wallet>" route sets so that Xendit's return lands on this order. */
export const XENDIT_RETURN_COOKIE = "kb_xendit_order"
/** Long enough to pay in the app and come back; the return route deletes it. */
export const XENDIT_RETURN_MAX_AGE = 2 * 60 * 60

/**
 * The status shown: a pending payment whose deadline has passed is expired (Xendit no longer takes
 * it), even before the backend has heard so.
 */
export function xenditDisplayStatus(view: Pick<XenditPaymentView, "status" | "expires_at">, now: number): XenditPaymentStatus {
  if (view.status !== "pending" || !view.expires_at) return view.status
  const deadline = Date.parse(view.expires_at)
  return Number.isFinite(deadline) && deadline <= now ? "expired" : "pending"
}

/**
 * What the order page's poller compares: it asks for a fresh page when this changes (the payment
 * arrived, expired, or the order moved on). null when the order has no Xendit payment.
 */
export function xenditStateKey(
  order: Pick<OrderSummary, "status" | "payment_status" | "payment">,
  now: number
): string | null {
  const view = order.payment?.xendit
  if (!view) return null
  return [xenditDisplayStatus(view, now), order.payment_status, order.status].join("|")
}

/** "23:59:07" (hours, minutes, seconds; hours may pass 24); "0:00:00" once the time is up. */
export function formatRemaining(milliseconds: number): string {
  const total = Math.max(0, Math.floor(milliseconds / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  return `${hours}:${String(minutes).padStart(2, "0")}:${String(seconds).padStart(2, "0")}`
}

export const POLL_FIRST_MS = 4000
export const POLL_MAX_MS = 30000

/** Wait before the n-th status check (0-based): 4 s, then half as long again each time, at most 30 s. */
export function pollDelay(attempt: number): number {
  return Math.min(POLL_MAX_MS, Math.round(POLL_FIRST_MS * 1.5 ** Math.max(0, attempt)))
}

const PHONE = /Android|iPhone|iPad|iPod|Mobile|Opera Mini|IEMobile/i

export function isPhone(userAgent: string | null | undefined): boolean {
  return PHONE.test(userAgent ?? "")
}

const UNSAFE_SCHEMES = new Set(["javascript:", "data:", "vbscript:", "file:", "blob:", "about:"])

/**
 * An absolute address we may send the buyer to: https, or (for an app's deep link) an app scheme;
 * plain http only when `allowHttp` (the local simulator). null for anything else.
 */
export function safeExternalUrl(
  value: string | null | undefined,
  { allowAppScheme = false, allowHttp = false }: { allowAppScheme?: boolean; allowHttp?: boolean } = {}
): string | null {
  if (!value) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (url.protocol === "https:") return url.href
  if (url.protocol === "http:") return allowHttp ? url.href : null
  if (UNSAFE_SCHEMES.has(url.protocol)) return null
  return allowAppScheme ? value : null
}

/**
 * Where "Buka <e-wallet>" goes: the app's deep link on a phone, Xendit's checkout page otherwise
 * (or whichever of the two exists). The simulator's http pages are allowed only with `allowHttp`.
 */
export function walletTarget(
  view: Pick<XenditPaymentView, "checkout_url" | "deeplink_url">,
  userAgent: string | null | undefined,
  allowHttp = false
): string | null {
  const checkout = safeExternalUrl(view.checkout_url, { allowHttp })
  const deeplink = safeExternalUrl(view.deeplink_url, { allowAppScheme: true, allowHttp })
  return (isPhone(userAgent) ? deeplink ?? checkout : checkout ?? deeplink) ?? null
}

const ORDER_ID = /^order_[A-Za-z0-9]{1,64}$/

/**
 * Where Xendit's return (`/checkout/selesai?xendit=<session>`) leads: the order whose wallet this
 * browser opened (the cookie set by "Buka <e-wallet>"), else the order lookup. Always a path of
 * ours, whatever the query or the cookie hold: never an open redirect.
 */
export function xenditReturnPath(cookieValue: string | null | undefined): string {
  if (cookieValue && ORDER_ID.test(cookieValue)) return `/pesanan/${encodeURIComponent(cookieValue)}`
  return "/lacak-pesanan"
}
