import { createHash, timingSafeEqual } from "node:crypto"

/**
 * Xendit's payment webhook (POST /hooks/payment/xendit_xendit), pure: the callback-token check,
 * the event id used to drop repeats, and the mapping of an event to Medusa's webhook action.
 * Exported for the app's webhook middleware (which answers 401 before Medusa) and used again by
 * the provider's getWebhookActionAndData (defence in depth).
 */

/** Headers as Express and Medusa hand them over: lower-case names, a string or a list of strings. */
export type WebhookHeaders = Record<string, unknown>

/** The payment webhook body on the wire (snake_case), as far as it is read here. */
export interface XenditPaymentWebhook {
  event: "payment.succeeded" | "payment.failed" | "payment.pending" | string
  business_id?: string
  created?: string
  data?: {
    id?: string
    payment_request_id?: string
    reference_id?: string
    amount?: number
    currency?: string
    country?: string
    status?: "SUCCEEDED" | "FAILED" | "PENDING" | string
    payment_method?: Record<string, unknown>
    channel_properties?: Record<string, unknown>
    created?: string
    updated?: string
    metadata?: { session_id?: string } & Record<string, unknown>
    failure_code?: string | null
  }
}

/** The one value of a header (the first when it was sent twice), or undefined. */
export function headerValue(headers: WebhookHeaders | undefined, name: string): string | undefined {
  if (!headers) return undefined
  const wanted = name.toLowerCase()
  const key = Object.keys(headers).find((k) => k.toLowerCase() === wanted)
  const value = key === undefined ? undefined : headers[key]
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === "string" ? first : undefined
}

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest()

/**
 * True when the `x-callback-token` header is exactly the verification token of the Xendit
 * dashboard (Settings → Webhooks). Compared in constant time over SHA-256 digests, so neither the
 * content nor the length of the token leaks. An empty configured token never matches.
 */
export function verifyCallbackToken(headers: WebhookHeaders | undefined, token: string | undefined): boolean {
  const given = headerValue(headers, "x-callback-token")
  if (!token || !given) return false
  return timingSafeEqual(digest(given), digest(token))
}

/**
 * The id that makes a delivery unique, for dropping repeats (Xendit retries for 24 h): the
 * `webhook-id` header when Xendit sends one, else `<event>:<data.id>`; null when neither exists.
 */
export function webhookEventId(headers: WebhookHeaders | undefined, body: unknown): string | null {
  const header = headerValue(headers, "webhook-id")?.trim()
  if (header) return header
  const payload = (body ?? {}) as Partial<XenditPaymentWebhook>
  const id = payload.data?.id
  return typeof payload.event === "string" && payload.event && typeof id === "string" && id ? `${payload.event}:${id}` : null
}

/** The Medusa payment session a webhook is about: reference_id (= session id), else metadata.session_id. */
export function webhookSessionId(body: unknown): string | null {
  const data = ((body ?? {}) as Partial<XenditPaymentWebhook>).data
  const id = data?.reference_id || data?.metadata?.session_id
  return typeof id === "string" && id ? id : null
}

export type XenditWebhookAction =
  | { action: "captured" | "failed"; data: { session_id: string; amount: number } }
  | { action: "not_supported" }

/**
 * payment.succeeded (status SUCCEEDED) → "captured" with the session id and the whole-rupiah amount;
 * payment.failed → "failed"; anything else, or a body without a session id or a whole IDR
 * amount → "not_supported". The token is not checked here (see verifyCallbackToken).
 */
export function webhookAction(body: unknown): XenditWebhookAction {
  const payload = (body ?? {}) as Partial<XenditPaymentWebhook>
  const data = payload.data
  const sessionId = webhookSessionId(body)
  const amount = data?.amount
  if (!sessionId || typeof amount !== "number" || !Number.isSafeInteger(amount) || amount <= 0) return { action: "not_supported" }
  if (data?.currency !== undefined && data.currency !== "IDR") return { action: "not_supported" }
  if (payload.event === "payment.succeeded" && data?.status === "SUCCEEDED") {
    return { action: "captured", data: { session_id: sessionId, amount } }
  }
  if (payload.event === "payment.failed") {
    return { action: "failed", data: { session_id: sessionId, amount } }
  }
  return { action: "not_supported" }
}
