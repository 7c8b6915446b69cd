/**
 * Contract test of the Xendit payment provider, without Xendit: an in-process HTTP server replays
 * the request/response pairs in ./__recordings__ (written from Xendit's documented payment
 * requests, split rules, refunds and payment webhook; snake_case on the wire) and the REAL
 * xendit-node client talks to it through `xenditURL` (the provider's apiUrl). A request that matches
 * no recording (method, path, the recorded headers — authorization, idempotency-key,
 * with-split-rule, and for-user-id, which must be absent — and the JSON body) fails the test, and so
 * does a recording that was never requested. No database.
 */
import { readFileSync } from "node:fs"
import { createServer, type IncomingHttpHeaders, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import path from "node:path"
import { isDeepStrictEqual } from "node:util"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { MedusaError } from "@medusajs/framework/utils"
import { XenditProviderService, type XenditOptions } from "./service"
import { signSplit, splitProblems, verifySplit, type XenditSplit } from "./split"
import { verifyCallbackToken, webhookAction, webhookEventId } from "./webhook"
import type { XenditPaymentData } from "./payment-request"

// ---- the replay server ------------------------------------------------------------------------

interface Interaction {
  /** A header recorded as null must not be sent. */
  request: { method: string; path: string; headers?: Record<string, string | null>; body?: unknown }
  response: { status: number; body?: unknown }
}

const RECORDINGS = path.join(__dirname, "__recordings__")
const SECRET_KEY = "xnd_contract_kb_secret_not_a_real_key"
const CALLBACK_TOKEN = "kb-contract-callback-token"
const NOW = new Date("2026-12-07T03:00:00.000Z")

function recording<T = { interactions: Interaction[] }>(name: string): T {
  return JSON.parse(readFileSync(path.join(RECORDINGS, `${name}.json`), "utf8")) as T
}

class ReplayServer {
  readonly uses: number[]
  readonly unmatched: string[] = []
  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly interactions: Interaction[]
  ) {
    this.uses = interactions.map(() => 0)
  }

  static async start(interactions: Interaction[]): Promise<ReplayServer> {
    let replay: ReplayServer | undefined
    const server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on("data", (chunk: Buffer) => chunks.push(chunk))
      req.on("end", () => {
        const { status, body } = replay!.answer(req.method ?? "GET", req.url ?? "/", req.headers, Buffer.concat(chunks))
        res.writeHead(status, { "content-type": "application/json" })
        res.end(body === undefined ? "" : JSON.stringify(body))
      })
    })
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
    const { port } = server.address() as AddressInfo
    replay = new ReplayServer(server, `http://127.0.0.1:${port}`, interactions)
    active.push(replay)
    return replay
  }

  private answer(method: string, rawUrl: string, headers: IncomingHttpHeaders, raw: Buffer) {
    const url = new URL(rawUrl, "http://replay")
    let body: unknown
    try {
      body = raw.length ? JSON.parse(raw.toString("utf8")) : undefined
    } catch {
      body = raw.toString("utf8")
    }
    // Recordings are used in order among equals, so a retried request takes the next copy.
    const index = this.interactions.findIndex((interaction, i) => {
      const r = interaction.request
      return (
        this.uses[i] === 0 &&
        r.method === method &&
        r.path === url.pathname &&
        url.search === "" &&
        Object.entries(r.headers ?? {}).every(([name, value]) => (value === null ? headers[name] === undefined : headers[name] === value)) &&
        isDeepStrictEqual(r.body ?? null, body ?? null)
      )
    })
    if (index === -1) {
      this.unmatched.push(
        `${method} ${url.pathname}${url.search} idempotency-key=${headers["idempotency-key"]} with-split-rule=${headers["with-split-rule"]} ${JSON.stringify(body ?? "")}`
      )
      return { status: 501, body: { error_code: "NO_RECORDING", message: "no recording matches this request" } }
    }
    this.uses[index]++
    return this.interactions[index].response
  }

  /** Every request matched a recording and every recording was requested. */
  verify(): void {
    expect(this.unmatched, "requests that match no recording").toEqual([])
    const unused = this.interactions
      .filter((_, i) => this.uses[i] === 0)
      .map((i) => `${i.request.method} ${i.request.path} ${JSON.stringify(i.request.body ?? "")}`)
    expect(unused, "recordings never requested").toEqual([])
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections()
      this.server.close(() => resolve())
    })
  }
}

const active: ReplayServer[] = []
const warnings: string[] = []
const logger = { warn: (m: string) => warnings.push(m), info: () => {}, error: () => {}, debug: () => {} }

function provider(apiUrl: string, options: Partial<XenditOptions> = {}) {
  return new XenditProviderService({ logger: logger as never }, {
    secretKey: SECRET_KEY,
    callbackToken: CALLBACK_TOKEN,
    apiUrl,
    storefrontUrl: "https://toko.karyabinaan.test/",
    ...options,
  })
}

async function replay(name: string) {
  const server = await ReplayServer.start(recording(name).interactions)
  return { server, xendit: provider(server.url) }
}

/** The error a call threw (fails the test when it did not throw). */
async function refusal(promise: Promise<unknown>): Promise<MedusaError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e
  )
  expect(error, "expected the call to be refused").toBeInstanceOf(MedusaError)
  return error as MedusaError
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] })
  vi.setSystemTime(NOW)
  warnings.length = 0
})

afterEach(async () => {
  vi.useRealTimers()
  await Promise.all(active.splice(0).map((s) => s.close()))
})

const signed = (amount: number, split: XenditSplit) => ({ split, split_signature: signSplit(SECRET_KEY, { amount, ...split }) })

// ---- the provider against the recordings ------------------------------------------------------

describe("Xendit provider against recorded Xendit traffic", () => {
  it("QRIS: creates the request, authorizes at once, reports it unpaid, then captures once Xendit says SUCCEEDED", async () => {
    const { server, xendit } = await replay("qris")
    const session_id = "payses_01KBQRIS0000000000000000"
    const initiated = await xendit.initiatePayment({ amount: 125000, currency_code: "idr", data: { session_id, channel: "QRIS" } })
    expect(initiated.id).toBe("pr-5a8b3c5e-8c1d-4a4e-9d7b-6f2f0c1e9a11")
    expect(initiated.status).toBe("pending")
    expect(initiated.data).toEqual({
      channel: "QRIS",
      method: "qris",
      payment_request_id: "pr-5a8b3c5e-8c1d-4a4e-9d7b-6f2f0c1e9a11",
      reference_id: session_id,
      amount: 125000,
      currency: "IDR",
      status: "pending",
      expires_at: "2026-12-08T03:00:00.000Z",
      qr_string: expect.stringMatching(/^000201/),
      va_number: null,
      checkout_url: null,
      deeplink_url: null,
      split_rule_id: null,
      routes: [],
      platform_fee: 0,
      xendit_payment_id: null,
      paid_at: null,
      refunds: [],
    } satisfies XenditPaymentData)

    const authorized = await xendit.authorizePayment({ data: initiated.data })
    expect(authorized).toEqual({ status: "authorized", data: initiated.data })

    const status = await xendit.getPaymentStatus({ data: authorized.data })
    expect(status.status).toBe("authorized")

    const captured = await xendit.capturePayment({ data: authorized.data })
    expect(captured.data).toMatchObject({ status: "paid", paid_at: "2026-12-07T03:04:12.508Z", amount: 125000 })
    server.verify()
  })

  it("BCA virtual account: the customer's name and the expiry go to Xendit, the VA number comes back; capture before payment is refused", async () => {
    const { server, xendit } = await replay("va-bca")
    const { data } = await xendit.initiatePayment({
      amount: "348000",
      currency_code: "idr",
      data: { session_id: "payses_01KBVABCA000000000000000", channel: "BCA" },
      context: { customer: { id: "cus_1", email: "siti@example.id", first_name: "Siti", last_name: "Rahmawati" } },
    })
    expect(data).toMatchObject({ method: "virtual_account", va_number: "1076688812345678", expires_at: "2026-12-08T03:00:00.000Z", qr_string: null })
    const error = await refusal(xendit.capturePayment({ data }))
    expect(error.type).toBe(MedusaError.Types.NOT_ALLOWED)
    expect(error.message).toContain("belum lunas (status PENDING)")
    server.verify()
  })

  it("a signed split of two lapas becomes a split rule sent with the payment request (with-split-rule)", async () => {
    const { server, xendit } = await replay("va-split")
    const split: XenditSplit = {
      routes: [
        { lapas_id: "lapas_01KBCIPINANG00000000000", sub_account_id: "64f1a2b3c4d5e6f7a8b9c0d1", amount: 210000 },
        { lapas_id: "lapas_01KBSUKAMISKIN000000000", sub_account_id: "64f1a2b3c4d5e6f7a8b9c0d2", amount: 187500 },
      ],
      platform_fee: 2500,
    }
    const { data } = await xendit.initiatePayment({
      amount: 400000,
      currency_code: "idr",
      // a guest: the VA name is the email's local part, set by the backend
      data: { session_id: "payses_01KBSPLIT00000000000000000", channel: "BNI", email: "budi.santoso@example.id", ...signed(400000, split) },
    })
    expect(data).toMatchObject({
      split_rule_id: "splitru_6b4e7f2a-9d1c-4e8b-a3f5-2c7d9e1b4a60",
      routes: split.routes,
      platform_fee: 2500,
      va_number: "8808999912345678",
    })
    server.verify()
  })

  it("OVO sends the buyer's number as +62…; without a number it is refused before Xendit is asked", async () => {
    const { server, xendit } = await replay("ovo")
    await expect(
      xendit.initiatePayment({ amount: 99000, currency_code: "idr", data: { session_id: "payses_01KBOVO00000000000000000", channel: "OVO" } })
    ).rejects.toThrow("Nomor HP OVO wajib diisi")
    const { data } = await xendit.initiatePayment({
      amount: 99000,
      currency_code: "idr",
      data: { session_id: "payses_01KBOVO00000000000000000", channel: "OVO", mobile_number: "0812-3456-7890" },
    })
    expect(data).toMatchObject({ method: "ewallet", status: "pending", checkout_url: null, deeplink_url: null, expires_at: null })
    server.verify()
  })

  it("DANA returns the buyer to the storefront and gives the checkout page and the app's deep link", async () => {
    const { server, xendit } = await replay("dana")
    const { data } = await xendit.initiatePayment({
      amount: 56000,
      currency_code: "idr",
      data: { session_id: "payses_01KBDANA0000000000000000", channel: "DANA", mobile_number: undefined },
    })
    expect(data).toMatchObject({
      checkout_url: "https://link.dana.id/pay?ref=kb-dana-55",
      deeplink_url: "dana://pay?ref=kb-dana-55",
      status: "pending",
    })
    server.verify()
  })

  it("a refund carries Medusa's refund id as idempotency key, and a retry sends the same key (one refund in the data)", async () => {
    const { server, xendit } = await replay("refund")
    const paid = { payment_request_id: "pr-5a8b3c5e-8c1d-4a4e-9d7b-6f2f0c1e9a11", status: "paid", amount: 125000, refunds: [] }
    const context = { idempotency_key: "refund_01KBREFUND000000000000" }
    const first = await xendit.refundPayment({ amount: 45000, data: paid, context })
    const again = await xendit.refundPayment({ amount: 45000, data: first.data, context })
    const refund = { id: "rfd-6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b66", amount: 45000, status: "pending" }
    expect(first.data?.refunds).toEqual([refund])
    expect(again.data?.refunds).toEqual([refund])
    await expect(xendit.refundPayment({ amount: "45000.5", data: paid, context })).rejects.toThrow(/whole/)
    server.verify()
  })

  it("Xendit's refusals become Medusa errors with Xendit's error_code and message", async () => {
    const { server, xendit } = await replay("errors")
    const tooSmall = await refusal(
      xendit.initiatePayment({ amount: 5000, currency_code: "idr", data: { session_id: "payses_01KBTOOSMALL000000000000", channel: "BCA" } })
    )
    expect(tooSmall.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(tooSmall.message).toBe("Xendit menolak pembayaran BCA (HTTP 400, API_VALIDATION_ERROR: amount must be at least 10000 for channel_code BCA).")

    const replayed = await refusal(
      xendit.initiatePayment({ amount: 130000, currency_code: "idr", data: { session_id: "payses_01KBQRIS0000000000000000", channel: "QRIS" } })
    )
    expect(replayed.type).toBe(MedusaError.Types.CONFLICT)
    expect(replayed.message).toContain("HTTP 409, DUPLICATE_ERROR")

    const wrongKey = await refusal(xendit.getPaymentStatus({ data: { payment_request_id: "pr-0b7d1f2e-3c4d-4e5f-8a9b-0c1d2e3f4a22" } }))
    expect(wrongKey.message).toContain("periksa XENDIT_SECRET_KEY")
    expect(wrongKey.message).not.toContain(SECRET_KEY)

    const split: XenditSplit = { routes: [{ lapas_id: "lapas_01KBCIPINANG00000000000", sub_account_id: "000000000000000000000000", amount: 100000 }], platform_fee: 0 }
    const noSub = await refusal(
      xendit.initiatePayment({ amount: 100000, currency_code: "idr", data: { session_id: "payses_01KBNOSUB00000000000000", channel: "QRIS", ...signed(100000, split) } })
    )
    expect(noSub.message).toContain("DESTINATION_ACCOUNT_NOT_FOUND")
    server.verify()
  })

  it("refuses a forged or wrong split, a foreign currency, a fraction and an unknown channel without calling Xendit", async () => {
    const server = await ReplayServer.start([])
    const xendit = provider(server.url)
    const data = { session_id: "payses_forged", channel: "QRIS" }
    const split: XenditSplit = { routes: [{ lapas_id: "lapas_a", sub_account_id: "sub_a", amount: 100000 }], platform_fee: 0 }
    // a buyer's own split (unsigned, or signed with another key)
    await expect(xendit.initiatePayment({ amount: 100000, currency_code: "idr", data: { ...data, split } })).rejects.toThrow(/split_signature does not match/)
    await expect(
      xendit.initiatePayment({ amount: 100000, currency_code: "idr", data: { ...data, split, split_signature: signSplit("another key", { amount: 100000, ...split }) } })
    ).rejects.toThrow(/split_signature does not match/)
    // signed for another amount
    await expect(
      xendit.initiatePayment({ amount: 100000, currency_code: "idr", data: { ...data, split: { ...split, platform_fee: 1 }, split_signature: signSplit(SECRET_KEY, { amount: 100001, ...split, platform_fee: 1 }) } })
    ).rejects.toThrow("adds up to Rp 100001")
    await expect(xendit.initiatePayment({ amount: 100000, currency_code: "usd", data })).rejects.toThrow("IDR")
    await expect(xendit.initiatePayment({ amount: 100000.5, currency_code: "idr", data })).rejects.toThrow(/whole/)
    await expect(xendit.initiatePayment({ amount: 100000, currency_code: "idr", data: { ...data, channel: "GOPAY" } })).rejects.toThrow("Pilih salah satu metode pembayaran")
    server.verify()
  })

  it("updatePayment keeps the request when nothing changed and otherwise needs Xendit again under `<session>:<amount>`", async () => {
    const server = await ReplayServer.start([])
    const xendit = provider(server.url)
    const data = { session_id: "payses_x", channel: "QRIS", payment_request_id: "pr-x", amount: 125000 }
    expect(await xendit.updatePayment({ amount: 125000, currency_code: "idr", data })).toEqual({ data, status: "pending" })
    await xendit.updatePayment({ amount: 130000, currency_code: "idr", data }).catch(() => {})
    expect(server.unmatched).toEqual([expect.stringContaining("idempotency-key=payses_x:130000")])
  })
})

// ---- the webhook ------------------------------------------------------------------------------

describe("Xendit payment webhook", () => {
  type Delivery = { headers: Record<string, string>; body: Record<string, unknown> }
  const succeeded = recording<Delivery>("webhook-succeeded")
  const failed = recording<Delivery>("webhook-failed")
  const xendit = provider("http://127.0.0.1:9")
  const deliver = (d: Delivery, headers = d.headers) =>
    xendit.getWebhookActionAndData({ data: d.body, rawData: JSON.stringify(d.body), headers })

  it("payment.succeeded with the right token captures the session's amount", async () => {
    expect(await deliver(succeeded)).toEqual({ action: "captured", data: { session_id: "payses_01KBQRIS0000000000000000", amount: 125000 } })
    expect(webhookEventId(succeeded.headers, succeeded.body)).toBe("whk-1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e88")
  })

  it("payment.failed fails the session; its event id falls back to <event>:<data.id>", async () => {
    expect(await deliver(failed)).toEqual({ action: "failed", data: { session_id: "payses_01KBOVO00000000000000000", amount: 99000 } })
    expect(webhookEventId(failed.headers, failed.body)).toBe("payment.failed:py-8c9d0e1f-2a3b-4c4d-9e5f-6a7b8c9d0e99")
  })

  it("a forged webhook (wrong or missing token) is not acted on, and is logged", async () => {
    const { "x-callback-token": _token, ...withoutToken } = succeeded.headers
    expect(await deliver(succeeded, { ...succeeded.headers, "x-callback-token": "forged" })).toEqual({ action: "not_supported" })
    expect(await deliver(succeeded, withoutToken)).toEqual({ action: "not_supported" })
    expect(await deliver(succeeded, { ...succeeded.headers, "x-callback-token": `${CALLBACK_TOKEN} ` })).toEqual({ action: "not_supported" })
    expect(warnings).toHaveLength(3)
    expect(verifyCallbackToken({ "X-Callback-Token": [CALLBACK_TOKEN] }, CALLBACK_TOKEN)).toBe(true)
    expect(verifyCallbackToken(succeeded.headers, "")).toBe(false)
  })

  it("other events and malformed bodies are not_supported", () => {
    expect(webhookAction({ ...succeeded.body, event: "payment.pending" })).toEqual({ action: "not_supported" })
    expect(webhookAction({ ...succeeded.body, data: { ...(succeeded.body.data as object), status: "FAILED" } })).toEqual({ action: "not_supported" })
    expect(webhookAction({ ...succeeded.body, data: { ...(succeeded.body.data as object), amount: 125000.5 } })).toEqual({ action: "not_supported" })
    expect(webhookAction({ ...succeeded.body, data: { ...(succeeded.body.data as object), currency: "USD" } })).toEqual({ action: "not_supported" })
    expect(webhookAction(null)).toEqual({ action: "not_supported" })
    expect(webhookEventId({}, {})).toBeNull()
  })
})

// ---- pure helpers -----------------------------------------------------------------------------

describe("split signature and checks", () => {
  const split: XenditSplit = { routes: [{ lapas_id: "l1", sub_account_id: "s1", amount: 60000 }, { lapas_id: "l2", sub_account_id: "s2", amount: 40000 }], platform_fee: 0 }

  it("signs the amount and the split independent of key order, and any change breaks the signature", () => {
    const signature = signSplit(SECRET_KEY, { amount: 100000, ...split })
    expect(signature).toMatch(/^[0-9a-f]{64}$/)
    const reordered = { platform_fee: 0, routes: split.routes.map((r) => ({ amount: r.amount, sub_account_id: r.sub_account_id, lapas_id: r.lapas_id })), amount: 100000 }
    expect(verifySplit(SECRET_KEY, reordered, signature)).toBe(true)
    expect(verifySplit(SECRET_KEY, { amount: 100000, ...split, routes: [split.routes[1], split.routes[0]] }, signature)).toBe(false)
    expect(verifySplit(SECRET_KEY, { amount: 100000, routes: [{ ...split.routes[0], sub_account_id: "mine" }, split.routes[1]], platform_fee: 0 }, signature)).toBe(false)
    expect(verifySplit("other", { amount: 100000, ...split }, signature)).toBe(false)
    expect(verifySplit(SECRET_KEY, { amount: 100000, ...split }, undefined)).toBe(false)
  })

  it("names what is wrong with a split", () => {
    expect(splitProblems(100000, split)).toEqual([])
    expect(splitProblems(100001, split)).toEqual(["The split adds up to Rp 100000 (routes + platform fee) but the payment is Rp 100001."])
    expect(splitProblems(100000, { routes: [], platform_fee: 0 })[0]).toContain("no routes")
    expect(splitProblems(100000, { ...split, routes: [split.routes[0], { ...split.routes[1], sub_account_id: "s1" }] })[0]).toContain("second time")
    expect(splitProblems(100000, { ...split, routes: [split.routes[0], { ...split.routes[1], sub_account_id: "" }] })[0]).toContain("xendit_sub_account_id")
    expect(splitProblems(100000, { ...split, platform_fee: -1 })[0]).toContain("platform_fee")
  })

  it("validates the options", () => {
    expect(() => XenditProviderService.validateOptions({ storefrontUrl: "https://toko.test" })).toThrow(/secretKey .* callbackToken/s)
    expect(() => XenditProviderService.validateOptions({ secretKey: "k", callbackToken: "t", storefrontUrl: "https://toko.test", expiryHours: 0 })).toThrow("expiryHours")
    expect(() => XenditProviderService.validateOptions({ secretKey: "k", callbackToken: "t", storefrontUrl: "https://toko.test" })).not.toThrow()
  })
})
