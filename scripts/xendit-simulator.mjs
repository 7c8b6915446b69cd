// A LOCAL FAKE OF XENDIT, FOR DEVELOPMENT AND THE END-TO-END JOURNEYS ONLY. Never a production
// path: it refuses to start with NODE_ENV=production, moves no money, and anyone who can reach
// it can "pay". It answers the parts of Xendit's API the payment provider (backend/src/modules/xendit)
// uses, in Xendit's snake_case JSON, so the real `xendit-node` client can talk to it:
//   POST /split_rules, POST /payment_requests, GET /payment_requests/:id, POST /refunds, GET /refunds/:id
// (basic auth with the secret key, else 401 INVALID_API_KEY; `idempotency-key` replays the first answer),
// and serves pages in Bahasa Indonesia where a developer "pays" like a buyer would:
//   GET /                 every payment request (amount, channel, VA number, status, split per sub-account)
//   GET /bayar?va=<nomor> finds a request by its virtual account number (typed like at an ATM)
//   GET /bayar/:id        one request, with "Bayar sekarang" and "Kedaluwarsa"
//   POST /bayar/:id       action=bayar: SUCCEEDED + Xendit's `payment.succeeded` webhook to webhookUrl
//                         (x-callback-token, one webhook-id per event, retried on 5xx);
//                         action=kedaluwarsa: EXPIRED, no webhook; action=kirim-ulang: the last
//                         webhook again under the same webhook-id (a replay, as Xendit's dashboard resends)
// `pnpm dev` starts it with XENDIT_SIMULATOR=1 (port 9010); the e2e stack always starts it.
// CLI: node scripts/xendit-simulator.mjs (XENDIT_SIMULATOR_PORT, XENDIT_SECRET_KEY,
// XENDIT_CALLBACK_TOKEN, XENDIT_WEBHOOK_URL).
import { randomBytes, randomUUID, timingSafeEqual } from "node:crypto"
import { createServer } from "node:http"
import { pathToFileURL } from "node:url"

export const DEFAULT_SIMULATOR_PORT = 9010
/** Medusa's payment webhook route of the provider `pp_xendit_xendit`. */
export const WEBHOOK_PATH = "/hooks/payment/xendit_xendit"

const PRODUCTION_REFUSAL =
  "The Xendit simulator is a development and e2e tool and refuses to run with NODE_ENV=production; use Xendit itself (XENDIT_SECRET_KEY, XENDIT_API_URL unset)."

/** A fresh secret key (shaped like Xendit's development keys) and callback token for one run. */
export function simulatorSecrets() {
  return {
    secretKey: `xnd_development_simulator_${randomBytes(24).toString("hex")}`,
    callbackToken: randomBytes(24).toString("hex"),
  }
}

/**
 * The backend's environment for a running simulator: the provider's key, token and API address.
 * `flag` adds XENDIT_SIMULATOR=1 and XENDIT_SIMULATOR_URL (the order page links to the pay page);
 * the backend accepts those only outside production.
 */
export function simulatorBackendEnv({ url, secretKey, callbackToken }, { flag = true } = {}) {
  return {
    XENDIT_SECRET_KEY: secretKey,
    XENDIT_CALLBACK_TOKEN: callbackToken,
    XENDIT_API_URL: url,
    ...(flag ? { XENDIT_SIMULATOR: "1", XENDIT_SIMULATOR_URL: url } : {}),
  }
}

const VA_PREFIX = { BCA: "10766", BNI: "8808", BRI: "26215", MANDIRI: "88908", PERMATA: "8214" }
const VA_LENGTH = { BCA: 16, BNI: 16, BRI: 15, MANDIRI: 16, PERMATA: 16 }
const QR_CHANNELS = ["QRIS"]
const EWALLET_CHANNELS = ["OVO", "DANA", "SHOPEEPAY", "LINKAJA"]
const REFUND_REASONS = ["FRAUDULENT", "DUPLICATE", "REQUESTED_BY_CUSTOMER", "CANCELLATION", "OTHERS"]
const OPEN = ["PENDING", "REQUIRES_ACTION"]
const MAX_BODY = 1024 * 1024

class ApiError extends Error {
  constructor(status, code, message) {
    super(message)
    this.status = status
    this.code = code
  }
}
const invalid = (message) => new ApiError(400, "API_VALIDATION_ERROR", message)

/**
 * Starts the simulator; resolves to { url, close(), pay(id), expire(id), payAll(), paymentRequests(),
 * record(id) }. `port` 0 picks a free one. `log(message)` receives one line per event.
 */
export async function startXenditSimulator({
  port = DEFAULT_SIMULATOR_PORT,
  host = "127.0.0.1",
  secretKey,
  callbackToken,
  webhookUrl: initialWebhookUrl,
  log = () => {},
  retryDelayMs = 250,
} = {}) {
  if (process.env.NODE_ENV === "production") throw new Error(PRODUCTION_REFUSAL)
  if (!secretKey || !callbackToken || !initialWebhookUrl) {
    throw new Error("startXenditSimulator needs secretKey, callbackToken and webhookUrl")
  }
  let webhookUrl = initialWebhookUrl
  const expectedAuth = Buffer.from(`Basic ${Buffer.from(`${secretKey}:`).toString("base64")}`)
  const splitRules = new Map()
  const requests = new Map()
  const refunds = new Map()
  const replays = new Map()
  const webhooks = new Map() // payment request id → deliveries
  let url = ""

  const now = () => new Date().toISOString()

  function authorized(req) {
    const given = Buffer.from(String(req.headers.authorization ?? ""))
    return given.length === expectedAuth.length && timingSafeEqual(given, expectedAuth)
  }

  /** Same key (per endpoint and sub-account) → the first answer again, nothing created twice. */
  function idempotent(req, scope, create) {
    const key = req.headers["idempotency-key"]
    if (!key) return create()
    const slot = `${scope}|${req.headers["for-user-id"] ?? ""}|${key}`
    if (!replays.has(slot)) replays.set(slot, create())
    else log(`${scope}: idempotency-key ${key} replayed`)
    return replays.get(slot)
  }

  function createSplitRule(body) {
    if (typeof body.name !== "string" || !body.name.trim()) throw invalid("name is required")
    if (!Array.isArray(body.routes) || body.routes.length === 0) throw invalid("routes must have at least one route")
    body.routes.forEach((route, i) => {
      const flat = route?.flat_amount
      const percent = route?.percent_amount
      if ((flat == null) === (percent == null)) throw invalid(`routes[${i}]: exactly one of flat_amount and percent_amount`)
      if (flat != null && !(Number.isInteger(flat) && flat >= 0)) throw invalid(`routes[${i}].flat_amount must be a whole non-negative amount of IDR`)
      if (percent != null && !(typeof percent === "number" && percent > 0 && percent <= 100)) throw invalid(`routes[${i}].percent_amount must be in (0, 100]`)
      if (route.currency !== "IDR") throw invalid(`routes[${i}].currency must be IDR`)
      if (typeof route.destination_account_id !== "string" || !route.destination_account_id) throw invalid(`routes[${i}].destination_account_id is required`)
      if (typeof route.reference_id !== "string" || !route.reference_id) throw invalid(`routes[${i}].reference_id is required`)
    })
    const created = now()
    const rule = {
      id: `splitru_${randomUUID()}`,
      name: body.name,
      description: body.description ?? null,
      routes: body.routes.map((r) => ({
        flat_amount: r.flat_amount ?? null,
        percent_amount: r.percent_amount ?? null,
        currency: r.currency,
        destination_account_id: r.destination_account_id,
        reference_id: r.reference_id,
      })),
      created,
      updated: created,
    }
    splitRules.set(rule.id, rule)
    log(`split rule ${rule.id}: ${rule.routes.map((r) => `${r.reference_id}→${r.destination_account_id} ${r.flat_amount ?? `${r.percent_amount}%`}`).join(", ")}`)
    return { status: 201, body: rule }
  }

  function vaNumber(channel) {
    const used = new Set([...requests.values()].map((r) => r.va_number).filter(Boolean))
    for (;;) {
      let digits = VA_PREFIX[channel]
      while (digits.length < VA_LENGTH[channel]) digits += String(Math.floor(Math.random() * 10))
      if (!used.has(digits)) return digits
    }
  }

  function createPaymentRequest(req, body) {
    if (typeof body.reference_id !== "string" || !body.reference_id) throw invalid("reference_id is required")
    if (body.currency !== "IDR") throw invalid("currency must be IDR")
    if (body.country != null && body.country !== "ID") throw invalid("country must be ID")
    if (!Number.isInteger(body.amount) || body.amount < 1) throw invalid("amount must be a whole number of rupiah above 0")
    const method = body.payment_method
    if (!method || typeof method !== "object") throw invalid("payment_method is required")
    if (method.reusability !== "ONE_TIME_USE") throw invalid("payment_method.reusability must be ONE_TIME_USE")
    const splitRuleId = req.headers["with-split-rule"] ?? null
    const rule = splitRuleId ? splitRules.get(splitRuleId) : null
    if (splitRuleId && !rule) throw new ApiError(404, "SPLIT_RULE_NOT_FOUND", `split rule ${splitRuleId} does not exist`)
    if (rule) {
      const flat = rule.routes.reduce((sum, r) => sum + (r.flat_amount ?? 0), 0)
      if (flat > body.amount) throw invalid(`the split rule routes ${flat} IDR, more than the amount ${body.amount}`)
    }

    const id = `pr-${randomUUID()}`
    const created = now()
    const defaultExpiry = new Date(Date.now() + 24 * 3600_000).toISOString()
    const payUrl = () => `${url}/bayar/${id}`
    let channel
    let details
    let vaNumberValue = null
    let status = "PENDING"
    let actions = []
    if (method.type === "QR_CODE") {
      const qr = method.qr_code ?? {}
      channel = qr.channel_code
      if (!QR_CHANNELS.includes(channel)) throw invalid(`payment_method.qr_code.channel_code must be one of ${QR_CHANNELS.join(", ")}`)
      const expiresAt = qr.channel_properties?.expires_at ?? defaultExpiry
      const qrString = qrisString({ amount: body.amount, reference: id.slice(3, 23) })
      details = { qr_code: { amount: body.amount, currency: "IDR", channel_code: channel, channel_properties: { qr_string: qrString, expires_at: expiresAt } } }
      status = "REQUIRES_ACTION"
      actions = [{ action: "PRESENT_TO_CUSTOMER", url_type: "API", method: null, url: null, qr_code: qrString }]
    } else if (method.type === "VIRTUAL_ACCOUNT") {
      const va = method.virtual_account ?? {}
      channel = va.channel_code
      if (!VA_PREFIX[channel]) throw invalid(`payment_method.virtual_account.channel_code must be one of ${Object.keys(VA_PREFIX).join(", ")}`)
      const props = va.channel_properties ?? {}
      if (typeof props.customer_name !== "string" || !props.customer_name.trim()) throw invalid("payment_method.virtual_account.channel_properties.customer_name is required")
      vaNumberValue = vaNumber(channel)
      details = {
        virtual_account: {
          amount: body.amount,
          currency: "IDR",
          channel_code: channel,
          channel_properties: { customer_name: props.customer_name, virtual_account_number: vaNumberValue, expires_at: props.expires_at ?? defaultExpiry },
        },
      }
    } else if (method.type === "EWALLET") {
      const ewallet = method.ewallet ?? {}
      channel = ewallet.channel_code
      if (!EWALLET_CHANNELS.includes(channel)) throw invalid(`payment_method.ewallet.channel_code must be one of ${EWALLET_CHANNELS.join(", ")}`)
      const props = ewallet.channel_properties ?? {}
      if (channel === "OVO" && !/^\+628\d{7,12}$/.test(props.mobile_number ?? "")) throw invalid("payment_method.ewallet.channel_properties.mobile_number must be +628… for OVO")
      if (channel !== "OVO" && typeof props.success_return_url !== "string") throw invalid("payment_method.ewallet.channel_properties.success_return_url is required")
      details = { ewallet: { channel_code: channel, channel_properties: props } }
      status = "REQUIRES_ACTION"
      actions = [
        { action: "AUTH", url_type: "WEB", method: "GET", url: payUrl(), qr_code: null },
        { action: "AUTH", url_type: "MOBILE", method: "GET", url: payUrl(), qr_code: null },
        { action: "AUTH", url_type: "DEEPLINK", method: "GET", url: `${payUrl()}?deeplink=${channel.toLowerCase()}`, qr_code: null },
      ]
    } else {
      throw invalid("payment_method.type must be QR_CODE, VIRTUAL_ACCOUNT or EWALLET")
    }
    const record = {
      id,
      business_id: "simulator-business",
      reference_id: body.reference_id,
      customer_id: null,
      amount: body.amount,
      currency: "IDR",
      country: "ID",
      description: body.description ?? null,
      capture_method: "AUTOMATIC",
      status,
      actions,
      metadata: body.metadata ?? null,
      failure_code: null,
      created,
      updated: created,
      payment_method: {
        id: `pm-${randomUUID()}`,
        type: method.type,
        reference_id: method.reference_id ?? body.reference_id,
        reusability: "ONE_TIME_USE",
        status: "PENDING",
        description: method.description ?? null,
        created,
        updated: created,
        card: null,
        direct_debit: null,
        over_the_counter: null,
        ewallet: null,
        virtual_account: null,
        qr_code: null,
        metadata: null,
        ...details,
      },
    }
    requests.set(id, {
      record,
      channel,
      va_number: vaNumberValue,
      split_rule_id: rule?.id ?? null,
      for_user_id: req.headers["for-user-id"] ?? null,
      payment_id: null,
    })
    log(`payment request ${id}: ${channel} Rp ${rupiah(body.amount)}${vaNumberValue ? ` VA ${vaNumberValue}` : ""}${rule ? ` split ${rule.id}` : ""}`)
    return { status: 201, body: record }
  }

  function findRequest(req, id) {
    const entry = requests.get(id)
    const forUser = req.headers["for-user-id"]
    if (!entry || (forUser && entry.for_user_id !== forUser)) throw new ApiError(404, "DATA_NOT_FOUND", `payment request ${id} not found`)
    return entry
  }

  function createRefund(body) {
    if (typeof body.payment_request_id !== "string") throw invalid("payment_request_id is required")
    const entry = requests.get(body.payment_request_id)
    if (!entry) throw new ApiError(404, "DATA_NOT_FOUND", `payment request ${body.payment_request_id} not found`)
    if (entry.record.status !== "SUCCEEDED") throw new ApiError(400, "INELIGIBLE_TRANSACTION", `payment request ${entry.record.id} is ${entry.record.status}, not SUCCEEDED`)
    if (!REFUND_REASONS.includes(body.reason)) throw invalid(`reason must be one of ${REFUND_REASONS.join(", ")}`)
    const amount = body.amount ?? entry.record.amount
    if (!Number.isInteger(amount) || amount < 1) throw invalid("amount must be a whole number of rupiah above 0")
    const refunded = [...refunds.values()].filter((r) => r.payment_request_id === entry.record.id).reduce((s, r) => s + r.amount, 0)
    if (refunded + amount > entry.record.amount) throw new ApiError(400, "MAXIMUM_REFUND_AMOUNT_REACHED", `only ${entry.record.amount - refunded} IDR is left to refund`)
    const created = now()
    const refund = {
      id: `rfd-${randomUUID()}`,
      payment_request_id: entry.record.id,
      payment_id: entry.payment_id,
      invoice_id: null,
      amount,
      channel_code: entry.channel,
      country: "ID",
      currency: "IDR",
      reference_id: body.reference_id ?? null,
      reason: body.reason,
      status: "SUCCEEDED",
      failure_code: null,
      refund_fee_amount: 0,
      metadata: body.metadata ?? null,
      created,
      updated: created,
    }
    refunds.set(refund.id, refund)
    log(`refund ${refund.id}: Rp ${rupiah(amount)} of ${entry.record.id}`)
    return { status: 200, body: refund }
  }

  /** Delivers one event; the same webhook-id on every retry (Xendit retries on 5xx and network errors). */
  async function deliver(entry, event, webhookId = `wh-${randomUUID()}`) {
    const delivery = { webhook_id: webhookId, event: event.event, attempts: [] }
    webhooks.set(entry.record.id, [...(webhooks.get(entry.record.id) ?? []), delivery])
    entry.last_event = { event, webhookId }
    for (let attempt = 0; attempt < 4; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, retryDelayMs * 2 ** (attempt - 1)))
      try {
        const response = await fetch(webhookUrl, {
          method: "POST",
          headers: { "content-type": "application/json", "x-callback-token": callbackToken, "webhook-id": webhookId },
          body: JSON.stringify(event),
          signal: AbortSignal.timeout(15_000),
        })
        delivery.attempts.push({ status: response.status })
        log(`webhook ${event.event} ${webhookId} → HTTP ${response.status}`)
        if (response.status < 500) break
      } catch (error) {
        delivery.attempts.push({ error: error instanceof Error ? error.message : String(error) })
        log(`webhook ${event.event} ${webhookId} failed: ${error instanceof Error ? error.message : error}`)
      }
    }
    return delivery
  }

  /** Marks a payment request paid and sends `payment.succeeded`; answers the delivery. */
  async function pay(id) {
    const entry = requests.get(id)
    if (!entry) throw new ApiError(404, "DATA_NOT_FOUND", `payment request ${id} not found`)
    if (!OPEN.includes(entry.record.status)) throw new ApiError(409, "INVALID_STATUS", `payment request ${id} is ${entry.record.status}`)
    const paidAt = now()
    entry.payment_id = `py-${randomUUID()}`
    entry.record.status = "SUCCEEDED"
    entry.record.actions = []
    entry.record.updated = paidAt
    entry.record.payment_method.status = "ACTIVE"
    entry.record.payment_method.updated = paidAt
    const method = entry.record.payment_method
    const channelProperties = (method.qr_code ?? method.virtual_account ?? method.ewallet)?.channel_properties ?? null
    return deliver(entry, {
      event: "payment.succeeded",
      business_id: entry.record.business_id,
      created: paidAt,
      data: {
        id: entry.payment_id,
        payment_request_id: entry.record.id,
        reference_id: entry.record.reference_id,
        customer_id: null,
        amount: entry.record.amount,
        currency: "IDR",
        country: "ID",
        status: "SUCCEEDED",
        payment_method: method,
        channel_properties: channelProperties,
        payment_detail: null,
        failure_code: null,
        created: entry.record.created,
        updated: paidAt,
        metadata: entry.record.metadata,
      },
    })
  }

  /** Sends the request's last event again under the same webhook-id, as Xendit's dashboard "resend" does. */
  async function resend(id) {
    const entry = requests.get(id)
    if (!entry?.last_event) throw new ApiError(409, "INVALID_STATUS", `payment request ${id} has sent no webhook`)
    return deliver(entry, entry.last_event.event, entry.last_event.webhookId)
  }

  function expire(id) {
    const entry = requests.get(id)
    if (!entry) throw new ApiError(404, "DATA_NOT_FOUND", `payment request ${id} not found`)
    if (!OPEN.includes(entry.record.status)) throw new ApiError(409, "INVALID_STATUS", `payment request ${id} is ${entry.record.status}`)
    entry.record.status = "EXPIRED"
    entry.record.actions = []
    entry.record.updated = now()
    entry.record.payment_method.status = "EXPIRED"
    log(`payment request ${id} expired (no webhook)`)
  }

  /** What the simulator knows of one payment request: the request, its split rule, its webhooks and refunds. */
  function record(id) {
    const entry = requests.get(id)
    if (!entry) return null
    return {
      payment_request: entry.record,
      va_number: entry.va_number,
      for_user_id: entry.for_user_id,
      split_rule: entry.split_rule_id ? splitRules.get(entry.split_rule_id) : null,
      webhooks: webhooks.get(id) ?? [],
      refunds: [...refunds.values()].filter((r) => r.payment_request_id === id),
    }
  }

  async function api(req, res, path, readBody) {
    if (!authorized(req)) {
      log(`${req.method} ${path}: refused, wrong or missing secret key`)
      throw new ApiError(401, "INVALID_API_KEY", "API key is not authorized for this API service")
    }
    let m
    if (req.method === "POST" && path === "/split_rules") {
      const body = await readBody()
      return idempotent(req, "split_rules", () => createSplitRule(body))
    }
    if (req.method === "POST" && path === "/payment_requests") {
      const body = await readBody()
      return idempotent(req, "payment_requests", () => createPaymentRequest(req, body))
    }
    if (req.method === "GET" && (m = path.match(/^\/payment_requests\/([^/]+)$/))) {
      return { status: 200, body: findRequest(req, decodeURIComponent(m[1])).record }
    }
    if (req.method === "POST" && path === "/refunds") {
      const body = await readBody()
      return idempotent(req, "refunds", () => createRefund(body))
    }
    if (req.method === "GET" && (m = path.match(/^\/refunds\/([^/]+)$/))) {
      const refund = refunds.get(decodeURIComponent(m[1]))
      if (!refund) throw new ApiError(404, "DATA_NOT_FOUND", "refund not found")
      return { status: 200, body: refund }
    }
    if (req.method === "GET" && (m = path.match(/^\/_simulator\/payment_requests\/([^/]+)$/))) {
      const found = record(decodeURIComponent(m[1]))
      if (!found) throw new ApiError(404, "DATA_NOT_FOUND", "payment request not found")
      return { status: 200, body: found }
    }
    if (req.method === "GET" && path === "/_simulator/payment_requests") {
      return { status: 200, body: { data: [...requests.keys()].map(record) } }
    }
    throw new ApiError(404, "NOT_FOUND", `${req.method} ${path} is not part of the simulator`)
  }

  async function pages(req, res, target, readForm) {
    const path = target.pathname
    let m
    if (req.method === "GET" && path === "/") return html(res, 200, listPage([...requests.values()].reverse(), splitRules))
    if (req.method === "GET" && path === "/bayar") {
      const va = (target.searchParams.get("va") ?? "").replace(/\D/g, "")
      const entry = va ? [...requests.values()].find((e) => e.va_number === va) : null
      if (entry) return redirect(res, `/bayar/${entry.record.id}`)
      return html(res, va ? 404 : 400, layout("Nomor VA tidak ditemukan", `<p class="warn">${va ? `Tidak ada tagihan dengan nomor virtual account <b>${esc(va)}</b>.` : "Tulis nomor virtual account."}</p>${vaForm()}<p><a href="/">Semua tagihan</a></p>`))
    }
    if ((m = path.match(/^\/bayar\/([^/]+)$/))) {
      const id = decodeURIComponent(m[1])
      const entry = requests.get(id)
      if (!entry) return html(res, 404, layout("Tagihan tidak ditemukan", `<p class="warn">Tidak ada tagihan ${esc(id)}.</p><p><a href="/">Semua tagihan</a></p>`))
      if (req.method === "GET") return html(res, 200, payPage(entry, splitRules, webhooks.get(id) ?? [], target.searchParams.get("pesan")))
      if (req.method === "POST") {
        const form = await readForm()
        const action = form.get("action")
        let message
        try {
          if (action === "bayar") {
            const delivery = await pay(id)
            const last = delivery.attempts.at(-1)
            message = last?.status && last.status < 300 ? "Pembayaran berhasil; webhook terkirim." : `Pembayaran berhasil, tetapi webhook gagal (${last?.status ? `HTTP ${last.status}` : last?.error ?? "tanpa jawaban"}).`
          } else if (action === "kirim-ulang") {
            const delivery = await resend(id)
            const last = delivery.attempts.at(-1)
            message = last?.status && last.status < 300 ? "Webhook dikirim ulang (webhook-id yang sama)." : `Webhook gagal lagi (${last?.status ? `HTTP ${last.status}` : last?.error ?? "tanpa jawaban"}).`
          } else if (action === "kedaluwarsa") {
            expire(id)
            message = "Tagihan ditandai kedaluwarsa (tanpa webhook)."
          } else {
            message = "Tindakan tidak dikenal."
          }
        } catch (error) {
          message = error instanceof ApiError ? `Tidak bisa: tagihan berstatus ${entry.record.status}.` : String(error)
        }
        return redirect(res, `/bayar/${encodeURIComponent(id)}?pesan=${encodeURIComponent(message)}`)
      }
    }
    return null
  }

  const server = createServer(async (req, res) => {
    const target = new URL(req.url ?? "/", "http://simulator")
    const rawBody = () =>
      new Promise((resolve, reject) => {
        const chunks = []
        let size = 0
        req.on("data", (chunk) => {
          size += chunk.length
          if (size > MAX_BODY) reject(invalid("body too large"))
          else chunks.push(chunk)
        })
        req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
        req.on("error", reject)
      })
    const readJson = async () => {
      const text = await rawBody()
      try {
        const parsed = JSON.parse(text || "null")
        if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("not an object")
        return parsed
      } catch {
        throw invalid("the body must be a JSON object")
      }
    }
    const readForm = async () => new URLSearchParams(await rawBody())
    try {
      const page = await pages(req, res, target, readForm)
      if (page !== null) return
      const answer = await api(req, res, target.pathname, readJson)
      json(res, answer.status, answer.body)
    } catch (error) {
      if (error instanceof ApiError) return json(res, error.status, { error_code: error.code, message: error.message })
      log(`error: ${error instanceof Error ? error.stack : error}`)
      json(res, 500, { error_code: "SERVER_ERROR", message: "simulator error" })
    }
  })
  await new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, host, resolve)
  })
  url = `http://${host.includes(":") ? `[${host}]` : host}:${server.address().port}`
  log(`Xendit simulator (development and e2e only) at ${url}; webhooks to ${webhookUrl}`)

  return {
    url,
    /** Where webhooks go from now on (a test learns the backend's address only after it boots). */
    setWebhookUrl: (next) => {
      webhookUrl = next
    },
    pay,
    resend,
    expire,
    record,
    paymentRequests: () => [...requests.values()].map((e) => e.record),
    /** Pays every open payment request; answers the deliveries. */
    payAll: async () => {
      const open = [...requests.values()].filter((e) => OPEN.includes(e.record.status))
      const deliveries = []
      for (const entry of open) deliveries.push(await pay(entry.record.id))
      return deliveries
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections?.()
      }),
  }
}

function json(res, status, body) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" })
  res.end(JSON.stringify(body))
}

function html(res, status, body) {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  })
  res.end(body)
}

function redirect(res, location) {
  res.writeHead(303, { location })
  res.end()
}

// ---------- pages (Bahasa Indonesia, phone first, no JavaScript) ----------

const esc = (value) =>
  String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c])
const rupiah = (amount) => new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 }).format(amount)
const money = (amount) => `Rp ${rupiah(amount)}`
const wib = (iso) =>
  iso
    ? `${new Intl.DateTimeFormat("id-ID", { timeZone: "Asia/Jakarta", dateStyle: "medium", timeStyle: "short" }).format(new Date(iso))} WIB`
    : "—"
const STATUS_LABEL = {
  PENDING: "Menunggu pembayaran",
  REQUIRES_ACTION: "Menunggu pembayaran",
  SUCCEEDED: "Lunas",
  EXPIRED: "Kedaluwarsa",
  FAILED: "Gagal",
  CANCELED: "Dibatalkan",
}

function layout(title, body) {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · Simulator Xendit</title><style>
body{font-family:system-ui,sans-serif;margin:0;padding:1rem;max-width:40rem;margin-inline:auto;line-height:1.45;color:#1d2a24;background:#f7f5ef}
.banner{background:#7a1f1f;color:#fff;padding:.5rem .75rem;border-radius:.4rem;font-size:.9rem}
h1{font-size:1.35rem}table{width:100%;border-collapse:collapse;font-size:.9rem}td,th{padding:.35rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
.card{background:#fff;border:1px solid #ddd;border-radius:.5rem;padding:.75rem;margin:.75rem 0}.big{font-size:1.4rem;font-weight:700;letter-spacing:.04em;word-break:break-all}
button{font-size:1.05rem;padding:.75rem 1rem;border-radius:.4rem;border:0;margin:.25rem .25rem .25rem 0;min-height:44px}
.pay{background:#1f6f43;color:#fff}.expire{background:#ccc}.warn{color:#7a1f1f}.ok{color:#1f6f43}input{font-size:1.05rem;padding:.6rem;width:100%;box-sizing:border-box}
code{word-break:break-all}</style></head><body>
<p class="banner">Simulator Xendit — hanya untuk pengembangan dan uji e2e. Tidak ada uang yang berpindah.</p>
<h1>${esc(title)}</h1>${body}</body></html>`
}

function vaForm() {
  return `<form method="get" action="/bayar" class="card"><label for="va">Bayar dengan nomor virtual account (seperti di ATM)</label>
<input id="va" name="va" inputmode="numeric" autocomplete="off" placeholder="10766…"><button type="submit" class="pay">Cari tagihan</button></form>`
}

function splitTable(rule, amount) {
  if (!rule) return "<p>Tanpa split rule: seluruh jumlah masuk ke akun utama.</p>"
  const rows = rule.routes
    .map((r) => `<tr><td>${esc(r.reference_id)}</td><td><code>${esc(r.destination_account_id)}</code></td><td>${r.flat_amount != null ? money(r.flat_amount) : `${r.percent_amount}%`}</td></tr>`)
    .join("")
  const routed = rule.routes.reduce((s, r) => s + (r.flat_amount ?? 0), 0)
  return `<table><thead><tr><th>Referensi</th><th>Sub-akun (for-user-id)</th><th>Jumlah</th></tr></thead><tbody>${rows}</tbody></table>
<p>Split rule <code>${esc(rule.id)}</code>; sisa untuk akun utama: ${money(amount - routed)}.</p>`
}

function listPage(entries, splitRules) {
  const rows = entries
    .map(({ record, channel, va_number, split_rule_id }) => {
      const rule = split_rule_id ? splitRules.get(split_rule_id) : null
      const split = rule ? rule.routes.map((r) => `<code>${esc(r.destination_account_id)}</code>: ${r.flat_amount != null ? money(r.flat_amount) : `${r.percent_amount}%`}`).join("<br>") : "—"
      return `<tr><td><a href="/bayar/${esc(record.id)}">${money(record.amount)}</a></td><td>${esc(channel)}${va_number ? `<br><code>${esc(va_number)}</code>` : ""}</td><td data-status="${esc(record.status)}">${esc(STATUS_LABEL[record.status] ?? record.status)}</td><td>${split}</td></tr>`
    })
    .join("")
  return layout(
    "Tagihan",
    `${vaForm()}${entries.length ? `<table><thead><tr><th>Jumlah</th><th>Metode</th><th>Status</th><th>Split per sub-akun</th></tr></thead><tbody>${rows}</tbody></table>` : "<p>Belum ada tagihan. Buat pesanan di toko dengan QRIS, virtual account atau e-wallet.</p>"}`
  )
}

function payPage(entry, splitRules, deliveries, message) {
  const { record, channel, va_number } = entry
  const method = record.payment_method
  const props = (method.qr_code ?? method.virtual_account ?? method.ewallet)?.channel_properties ?? {}
  const open = OPEN.includes(record.status)
  const what = va_number
    ? `<p>Nomor virtual account ${esc(channel)}</p><p class="big" data-testid="sim-va-number">${esc(va_number)}</p>`
    : method.qr_code
      ? `<p>QRIS</p><p><code>${esc(props.qr_string)}</code></p>`
      : `<p>E-wallet ${esc(channel)}${props.mobile_number ? ` (${esc(props.mobile_number)})` : ""}</p>`
  const hooks = deliveries.length
    ? `<ul>${deliveries.map((d) => `<li>${esc(d.event)} <code>${esc(d.webhook_id)}</code>: ${d.attempts.map((a) => (a.status ? `HTTP ${a.status}` : esc(a.error))).join(", ")}</li>`).join("")}</ul>`
    : "<p>Belum ada webhook.</p>"
  const back = record.status === "SUCCEEDED" && props.success_return_url ? `<p><a href="${esc(props.success_return_url)}">Kembali ke toko</a></p>` : ""
  return layout(
    `Tagihan ${money(record.amount)}`,
    `${message ? `<p class="${record.status === "SUCCEEDED" ? "ok" : "warn"}" role="status">${esc(message)}</p>` : ""}
<div class="card">${what}<p>Jumlah: <b>${money(record.amount)}</b></p>
<p>Status: <b data-testid="sim-status" data-status="${esc(record.status)}">${esc(STATUS_LABEL[record.status] ?? record.status)}</b></p>
<p>Berlaku sampai: ${esc(wib(props.expires_at))}</p><p>Referensi: <code>${esc(record.reference_id)}</code></p></div>
${open ? `<form method="post" action="/bayar/${esc(record.id)}"><button class="pay" name="action" value="bayar">Bayar sekarang</button><button class="expire" name="action" value="kedaluwarsa">Kedaluwarsa</button></form>` : back}
${deliveries.length ? `<form method="post" action="/bayar/${esc(record.id)}"><button class="expire" name="action" value="kirim-ulang">Kirim ulang webhook</button></form>` : ""}
<div class="card"><h2>Split per lapas</h2>${splitTable(entry.split_rule_id ? splitRules.get(entry.split_rule_id) : null, record.amount)}</div>
<div class="card"><h2>Webhook</h2>${hooks}</div><p><a href="/">Semua tagihan</a></p>`
  )
}

// ---------- QRIS ----------

/** An EMVCo-shaped QRIS payload (dynamic, IDR, amount, CRC-16/CCITT): scans as a QR, pays nothing. */
function qrisString({ amount, reference }) {
  const tlv = (tag, value) => `${tag}${String(value.length).padStart(2, "0")}${value}`
  const payload =
    tlv("00", "01") +
    tlv("01", "12") +
    tlv("26", tlv("00", "ID.CO.QRIS.WWW") + tlv("01", "936000000000000000") + tlv("02", "SIMULATOR") + tlv("03", "UMI")) +
    tlv("52", "5999") +
    tlv("53", "360") +
    tlv("54", String(amount)) +
    tlv("58", "ID") +
    tlv("59", "KARYA BINAAN SIMULATOR") +
    tlv("60", "JAKARTA") +
    tlv("62", tlv("05", reference.slice(0, 25))) +
    "6304"
  return payload + qrisCrc16(payload)
}

/** CRC-16/CCITT-FALSE of a QRIS payload up to and including "6304", as 4 upper-case hex digits. */
export function qrisCrc16(text) {
  let crc = 0xffff
  for (const byte of Buffer.from(text, "utf8")) {
    crc ^= byte << 8
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
  }
  return crc.toString(16).toUpperCase().padStart(4, "0")
}

// ---------- CLI ----------

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.env.NODE_ENV === "production") {
    console.error(PRODUCTION_REFUSAL)
    process.exit(1)
  }
  const generated = simulatorSecrets()
  const secretKey = process.env.XENDIT_SECRET_KEY || generated.secretKey
  const callbackToken = process.env.XENDIT_CALLBACK_TOKEN || generated.callbackToken
  const simulator = await startXenditSimulator({
    port: Number(process.env.XENDIT_SIMULATOR_PORT || DEFAULT_SIMULATOR_PORT),
    secretKey,
    callbackToken,
    webhookUrl: process.env.XENDIT_WEBHOOK_URL || `http://localhost:9000${WEBHOOK_PATH}`,
    log: (message) => console.log(`[xendit-simulator] ${message}`),
  })
  if (!process.env.XENDIT_SECRET_KEY) {
    console.log(`[xendit-simulator] give the backend:\n${Object.entries(simulatorBackendEnv({ ...simulator, secretKey, callbackToken })).map(([k, v]) => `  ${k}=${v}`).join("\n")}`)
  }
  const stop = () => simulator.close().then(() => process.exit(0))
  process.on("SIGINT", stop)
  process.on("SIGTERM", stop)
}
