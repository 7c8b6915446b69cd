import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  PaymentSessionStatus,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, MedusaError } from "@medusajs/framework/utils"
import { Xendit } from "xendit-node"
import type { PaymentRequest as XenditPaymentRequest } from "xendit-node/payment_request/models"
import { XENDIT_CHANNEL_METHOD, xenditSessionInput, type XenditChannel } from "@karya-binaan/contracts"
import { toRupiahBigInt } from "@karya-binaan/shares"
import { xenditError, XenditRefusalError } from "./errors"
import { paymentRequestFields, paymentRequestParameters, virtualAccountName, type XenditPaymentData } from "./payment-request"
import { splitProblems, verifySplit, type XenditSplit } from "./split"
import { verifyCallbackToken, webhookAction } from "./webhook"

export interface XenditOptions {
  /** XENDIT_SECRET_KEY (xnd_development_… / xnd_production_…). */
  secretKey: string
  /** XENDIT_CALLBACK_TOKEN: the webhook verification token of the Xendit dashboard. */
  callbackToken: string
  /** XENDIT_API_URL; default https://api.xendit.co (the simulator and the contract tests point it elsewhere). */
  apiUrl?: string
  /** The storefront's public URL; redirect e-wallets return the buyer to `${storefrontUrl}/checkout/selesai?xendit=<session_id>`. */
  storefrontUrl: string
  /** XENDIT_EXPIRY_HOURS: how long a QRIS or virtual account can be paid (default 24). */
  expiryHours?: number
  /** Only with XENDIT_SIMULATOR=1 (development, e2e): the local page that "pays" a payment. */
  simulatorUrl?: string
}

type InjectedDependencies = { logger: Logger }

const DEFAULT_API_URL = "https://api.xendit.co"

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== "string") return false
  try {
    const url = new URL(value)
    return url.protocol === "https:" || url.protocol === "http:"
  } catch {
    return false
  }
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Whole rupiah from Medusa's BigNumberInput; a fraction is refused, not rounded. */
function wholeRupiah(value: unknown, what: string): number {
  let amount: bigint
  try {
    amount = toRupiahBigInt(value)
  } catch (error) {
    throw invalid(`${what}: ${(error as Error).message}`)
  }
  const n = Number(amount)
  if (!Number.isSafeInteger(n) || n <= 0) throw invalid(`${what} harus rupiah utuh lebih dari 0, bukan ${amount}.`)
  return n
}

/**
 * Medusa payment provider `pp_xendit_xendit`: QRIS, virtual accounts (BCA, BNI, BRI, Mandiri,
 * Permata) and e-wallets (OVO, DANA, ShopeePay, LinkAja) through Xendit's payment requests, on the
 * official xendit-node client. The order is placed at once (authorized) like a bank transfer; the
 * money arrives by Xendit's webhook, which captures it. A signed split per lapas becomes a
 * xenPlatform split rule. See README.md.
 */
export class XenditProviderService extends AbstractPaymentProvider<XenditOptions> {
  static override identifier = "xendit"

  protected readonly logger: Logger
  protected readonly options_: Required<Pick<XenditOptions, "secretKey" | "callbackToken" | "storefrontUrl" | "expiryHours" | "apiUrl">> &
    XenditOptions
  protected readonly xendit: Xendit

  static override validateOptions(options: Record<string, unknown>): void {
    const problems: string[] = []
    if (typeof options.secretKey !== "string" || !options.secretKey.trim()) {
      problems.push("secretKey (XENDIT_SECRET_KEY) is required.")
    }
    if (typeof options.callbackToken !== "string" || !options.callbackToken.trim()) {
      problems.push("callbackToken (XENDIT_CALLBACK_TOKEN, the dashboard's webhook verification token) is required with the secret key.")
    }
    if (!isHttpUrl(options.storefrontUrl)) problems.push("storefrontUrl must be the storefront's http(s) URL (e-wallets return the buyer there).")
    if (options.apiUrl !== undefined && !isHttpUrl(options.apiUrl)) problems.push("apiUrl (XENDIT_API_URL) must be an http(s) URL.")
    if (
      options.expiryHours !== undefined &&
      !(typeof options.expiryHours === "number" && Number.isInteger(options.expiryHours) && options.expiryHours >= 1 && options.expiryHours <= 24 * 30)
    ) {
      problems.push("expiryHours (XENDIT_EXPIRY_HOURS) must be a whole number of hours from 1 to 720.")
    }
    if (options.simulatorUrl !== undefined) {
      if (process.env.NODE_ENV === "production") problems.push("simulatorUrl (XENDIT_SIMULATOR=1) is refused with NODE_ENV=production.")
      else if (!isHttpUrl(options.simulatorUrl)) problems.push("simulatorUrl must be an http(s) URL.")
    }
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.INVALID_ARGUMENT, `Xendit payment provider: ${problems.join(" ")}`)
    }
  }

  constructor(cradle: InjectedDependencies, options: XenditOptions) {
    super(cradle, options)
    XenditProviderService.validateOptions(options as unknown as Record<string, unknown>)
    this.logger = cradle.logger
    this.options_ = {
      ...options,
      apiUrl: (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, ""),
      storefrontUrl: options.storefrontUrl.replace(/\/+$/, ""),
      expiryHours: options.expiryHours ?? 24,
    }
    this.xendit = new Xendit({ secretKey: options.secretKey, xenditURL: this.options_.apiUrl })
  }

  // ---- creating the payment request -------------------------------------------------------------

  override async initiatePayment(input: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const sessionId = this.sessionIdOf(input.data)
    const data = await this.createPaymentRequest(input, sessionId, { request: sessionId, split: `split-${sessionId}` })
    return { id: data.payment_request_id, data: data as unknown as Record<string, unknown>, status: "pending" }
  }

  /** A changed amount (or channel) is a new payment request under a new idempotency key; otherwise nothing changes. */
  override async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const current = (input.data ?? {}) as Partial<XenditPaymentData> & Record<string, unknown>
    const amount = wholeRupiah(input.amount, "Jumlah pembayaran")
    const channel = (input.data?.channel ?? current.channel) as XenditChannel | undefined
    if (current.payment_request_id && current.amount === amount && current.channel === channel) {
      return { data: input.data, status: "pending" }
    }
    const sessionId = this.sessionIdOf(input.data)
    const data = await this.createPaymentRequest(input, sessionId, {
      request: `${sessionId}:${amount}`,
      split: `split-${sessionId}:${amount}`,
    })
    return { data: data as unknown as Record<string, unknown>, status: "pending" }
  }

  private sessionIdOf(data: Record<string, unknown> | undefined): string {
    const id = data?.session_id ?? data?.reference_id
    if (typeof id !== "string" || !id) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Xendit: the payment session id (data.session_id) is missing; Medusa's payment module sets it.")
    }
    return id
  }

  private async createPaymentRequest(
    input: InitiatePaymentInput | UpdatePaymentInput,
    sessionId: string,
    keys: { request: string; split: string }
  ): Promise<XenditPaymentData> {
    const raw = input.data ?? {}
    if (String(input.currency_code).toLowerCase() !== "idr") {
      throw invalid(`Xendit hanya menerima rupiah (IDR), bukan ${String(input.currency_code).toUpperCase()}.`)
    }
    const amount = wholeRupiah(input.amount, "Jumlah pembayaran")
    const parsed = xenditSessionInput.safeParse({ channel: raw.channel, mobile_number: raw.mobile_number ?? undefined })
    if (!parsed.success) throw invalid(parsed.error.issues.map((issue) => issue.message).join(" "))
    const { channel, mobile_number } = parsed.data

    const split = this.checkedSplit(raw, amount)
    const splitRuleId = split ? await this.createSplitRule(sessionId, split, keys.split) : null

    const customer = input.context?.customer
    const customerName = virtualAccountName([
      [customer?.first_name, customer?.last_name].filter(Boolean).join(" "),
      typeof raw.customer_name === "string" ? raw.customer_name : null,
      customer?.email?.split("@")[0],
      typeof raw.email === "string" ? raw.email.split("@")[0] : null,
    ])
    const expiresAt = new Date(Date.now() + this.options_.expiryHours * 3_600_000)
    let request: XenditPaymentRequest
    try {
      request = await this.xendit.PaymentRequest.createPaymentRequest({
        idempotencyKey: keys.request,
        ...(splitRuleId ? { withSplitRule: splitRuleId } : {}),
        data: paymentRequestParameters({
          sessionId,
          amount,
          channel,
          mobileNumber: mobile_number,
          customerName,
          expiresAt,
          returnUrl: `${this.options_.storefrontUrl}/checkout/selesai?xendit=${encodeURIComponent(sessionId)}`,
        }),
      })
    } catch (error) {
      throw xenditError(error, `pembayaran ${channel}`)
    }
    return {
      channel,
      method: XENDIT_CHANNEL_METHOD[channel],
      reference_id: sessionId,
      amount,
      currency: "IDR",
      ...paymentRequestFields(request),
      split_rule_id: splitRuleId,
      routes: split?.routes ?? [],
      platform_fee: split?.platform_fee ?? 0,
      xendit_payment_id: null,
      paid_at: null,
      refunds: [],
    }
  }

  /** The backend's signed split, checked: right sum, right signature; null when the payment is not split. */
  private checkedSplit(raw: Record<string, unknown>, amount: number): XenditSplit | null {
    if (raw.split === undefined || raw.split === null) return null
    const problems = splitProblems(amount, raw.split)
    if (problems.length) throw invalid(`Pembagian pembayaran per lapas tidak sah: ${problems.join(" ")}`)
    const split = raw.split as XenditSplit
    const normalized: XenditSplit = {
      routes: split.routes.map(({ lapas_id, sub_account_id, amount: routeAmount }) => ({ lapas_id, sub_account_id, amount: routeAmount })),
      platform_fee: split.platform_fee,
    }
    if (!verifySplit(this.options_.secretKey, { amount, ...normalized }, raw.split_signature)) {
      throw invalid(
        "Pembagian pembayaran per lapas tidak sah: split_signature does not match this amount and split; the split is computed and signed by the backend, never sent by a client."
      )
    }
    return normalized
  }

  /**
   * POST /split_rules (xenPlatform). xendit-node 7 has no split-rule API, so this one call is a
   * plain fetch with the same basic auth; the idempotency key makes a retry return the same rule.
   */
  private async createSplitRule(sessionId: string, split: XenditSplit, idempotencyKey: string): Promise<string> {
    const body = {
      name: `Karya Binaan ${sessionId}`,
      description: "Bagian tiap lapas dari satu pembayaran",
      routes: split.routes.map((route) => ({
        flat_amount: route.amount,
        currency: "IDR",
        destination_account_id: route.sub_account_id,
        reference_id: route.lapas_id,
      })),
    }
    let response: Response
    try {
      response = await fetch(`${this.options_.apiUrl}/split_rules`, {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from(`${this.options_.secretKey}:`).toString("base64")}`,
          "content-type": "application/json",
          "idempotency-key": idempotencyKey,
        },
        body: JSON.stringify(body),
      })
    } catch (error) {
      throw xenditError(error, "aturan pembagian (split rule)")
    }
    const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>
    if (!response.ok) {
      throw xenditError(
        new XenditRefusalError(
          response.status,
          typeof answer.error_code === "string" ? answer.error_code : undefined,
          typeof answer.message === "string" ? answer.message : undefined
        ),
        "aturan pembagian (split rule)"
      )
    }
    if (typeof answer.id !== "string" || !answer.id) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "Xendit answered the split rule without an id.")
    }
    return answer.id
  }

  // ---- after the order is placed ----------------------------------------------------------------

  /** The order is placed while the buyer still has to pay (as with bank transfer); the webhook brings the money. */
  override async authorizePayment(input: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const data = this.dataOf(input.data)
    return { status: "authorized", data: data as unknown as Record<string, unknown> }
  }

  /** Xendit captures QRIS, VA and e-wallet payments itself; capturing here verifies that the request SUCCEEDED. */
  override async capturePayment(input: CapturePaymentInput): Promise<CapturePaymentOutput> {
    const data = this.dataOf(input.data)
    const request = await this.fetchRequest(data.payment_request_id)
    if (request.status !== "SUCCEEDED") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Pembayaran Xendit ${data.payment_request_id} belum lunas (status ${request.status}); pesanan ditandai lunas setelah Xendit mengabarkan pembayaran berhasil.`
      )
    }
    const fields = paymentRequestFields(request)
    return {
      data: {
        ...data,
        ...fields,
        expires_at: fields.expires_at ?? data.expires_at,
        status: "paid",
        paid_at: data.paid_at ?? request.updated ?? new Date().toISOString(),
      },
    }
  }

  /**
   * Refund.createRefund with Medusa's refund id as the idempotency key, so a retried refund is
   * the same refund at Xendit. Xendit refunds asynchronously: the entry starts "pending".
   */
  override async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = this.dataOf(input.data)
    const amount = wholeRupiah(input.amount, "Jumlah pengembalian dana")
    const refunds = Array.isArray(data.refunds) ? data.refunds : []
    const key = input.context?.idempotency_key ?? `${data.payment_request_id}:refund:${refunds.length + 1}:${amount}`
    let refund
    try {
      refund = await this.xendit.Refund.createRefund({
        idempotencyKey: key,
        data: { paymentRequestId: data.payment_request_id, amount, reason: "REQUESTED_BY_CUSTOMER", referenceId: key },
      })
    } catch (error) {
      throw xenditError(error, `pengembalian dana Rp ${amount}`)
    }
    const entry = { id: refund.id ?? key, amount: refund.amount ?? amount, status: refund.failureCode ? ("failed" as const) : ("pending" as const) }
    return { data: { ...data, refunds: [...refunds.filter((r) => r.id !== entry.id), entry] } }
  }

  /** Local: an unpaid request expires on its own at Xendit. A paid one stays paid (refund it instead). */
  override async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const data = (input.data ?? {}) as Partial<XenditPaymentData>
    return { data: { ...input.data, status: data.status === "paid" ? "paid" : "canceled" } }
  }

  override async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  override async retrievePayment(input: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    const data = this.dataOf(input.data)
    const fields = paymentRequestFields(await this.fetchRequest(data.payment_request_id))
    return { data: { ...data, ...fields, expires_at: fields.expires_at ?? data.expires_at } }
  }

  /** SUCCEEDED → captured; FAILED/EXPIRED → error; CANCELED/VOIDED → canceled; still payable → authorized (as authorizePayment said). */
  override async getPaymentStatus(input: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    const data = this.dataOf(input.data)
    const request = await this.fetchRequest(data.payment_request_id)
    const fields = paymentRequestFields(request)
    const status: PaymentSessionStatus =
      fields.status === "paid" ? "captured" : fields.status === "pending" ? "authorized" : fields.status === "canceled" ? "canceled" : "error"
    return { status, data: { ...data, ...fields, expires_at: fields.expires_at ?? data.expires_at } }
  }

  override async getWebhookActionAndData(payload: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    if (!verifyCallbackToken(payload.headers, this.options_.callbackToken)) {
      this.logger.warn("Xendit webhook refused: the x-callback-token header is missing or wrong.")
      return { action: "not_supported" }
    }
    return webhookAction(payload.data)
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private dataOf(data: Record<string, unknown> | undefined): XenditPaymentData {
    const d = (data ?? {}) as Partial<XenditPaymentData>
    if (typeof d.payment_request_id !== "string" || !d.payment_request_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Xendit: this payment has no payment_request_id; start the payment again.")
    }
    return d as XenditPaymentData
  }

  private async fetchRequest(paymentRequestId: string): Promise<XenditPaymentRequest> {
    try {
      return await this.xendit.PaymentRequest.getPaymentRequestByID({ paymentRequestId })
    } catch (error) {
      throw xenditError(error, `permintaan pembayaran ${paymentRequestId}`)
    }
  }
}
