import type { PaymentRequest as XenditPaymentRequest, PaymentRequestParameters } from "xendit-node/payment_request/models"
import {
  XENDIT_CHANNEL_METHOD,
  type XenditChannel,
  type XenditMethod,
  type XenditPaymentStatus,
} from "@karya-binaan/contracts"
import type { XenditSplitRoute } from "./split"

/**
 * What the provider stores as the payment session's (and the payment's) data; the backend's order
 * summary maps it to XenditPaymentView. Amounts are whole rupiah.
 */
export interface XenditPaymentData {
  channel: XenditChannel
  method: XenditMethod
  payment_request_id: string
  /** Medusa's payment session id: the payment request's reference_id and its idempotency key. */
  reference_id: string
  amount: number
  currency: "IDR"
  status: XenditPaymentStatus
  expires_at: string | null
  qr_string: string | null
  va_number: string | null
  checkout_url: string | null
  deeplink_url: string | null
  split_rule_id: string | null
  routes: XenditSplitRoute[]
  platform_fee: number
  xendit_payment_id: string | null
  paid_at: string | null
  refunds: { id: string; amount: number; status: "pending" | "succeeded" | "failed" }[]
}

/** Xendit's limit on a virtual account's customer_name is per bank; letters and spaces, 30 characters, is accepted by all five. */
export const VA_CUSTOMER_NAME_MAX = 30

/** A name Xendit accepts on a virtual account: letters, digits and spaces only, at most 30 characters. */
export function virtualAccountName(candidates: (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    const cleaned = (candidate ?? "")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^A-Za-z0-9 ]+/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, VA_CUSTOMER_NAME_MAX)
      .trim()
    if (/[A-Za-z]/.test(cleaned)) return cleaned
  }
  return "Pembeli Karya Binaan"
}

export interface PaymentRequestInput {
  sessionId: string
  amount: number
  channel: XenditChannel
  /** OVO only: +62… */
  mobileNumber?: string
  /** Virtual accounts: the name the bank app shows. */
  customerName: string
  /** QRIS and virtual accounts. */
  expiresAt: Date
  /** Where redirect e-wallets send the buyer back: `${storefrontUrl}/checkout/selesai?xendit=<session_id>`. */
  returnUrl: string
}

/** The payment request (xendit-node's camelCase; the client writes snake_case) for one channel. */
export function paymentRequestParameters(input: PaymentRequestInput): PaymentRequestParameters {
  const method = XENDIT_CHANNEL_METHOD[input.channel]
  const base = {
    referenceId: input.sessionId,
    amount: input.amount,
    currency: "IDR",
    metadata: { session_id: input.sessionId },
  } as const
  if (method === "qris") {
    return {
      ...base,
      paymentMethod: {
        type: "QR_CODE",
        reusability: "ONE_TIME_USE",
        qrCode: { channelCode: "QRIS", channelProperties: { expiresAt: input.expiresAt } },
      },
    }
  }
  if (method === "virtual_account") {
    return {
      ...base,
      paymentMethod: {
        type: "VIRTUAL_ACCOUNT",
        reusability: "ONE_TIME_USE",
        virtualAccount: {
          channelCode: input.channel as "BCA" | "BNI" | "BRI" | "MANDIRI" | "PERMATA",
          channelProperties: { customerName: input.customerName, expiresAt: input.expiresAt },
        },
      },
    }
  }
  const channelProperties =
    input.channel === "OVO"
      ? { mobileNumber: input.mobileNumber }
      : { successReturnUrl: input.returnUrl, failureReturnUrl: input.returnUrl }
  return {
    ...base,
    paymentMethod: {
      type: "EWALLET",
      reusability: "ONE_TIME_USE",
      ewallet: { channelCode: input.channel as "OVO" | "DANA" | "SHOPEEPAY" | "LINKAJA", channelProperties },
    },
  }
}

/** Xendit's payment request status → the status the buyer sees. */
export function paymentStatusOf(status: string | undefined): XenditPaymentStatus {
  switch (status) {
    case "SUCCEEDED":
      return "paid"
    case "EXPIRED":
      return "expired"
    case "FAILED":
      return "failed"
    case "CANCELED":
    case "VOIDED":
      return "canceled"
    default:
      return "pending"
  }
}

const iso = (value: Date | string | undefined | null): string | null => {
  if (!value) return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** The fields of a payment request the buyer needs: what to pay to, until when, and its state. */
export function paymentRequestFields(request: XenditPaymentRequest) {
  const method = request.paymentMethod
  const qr = method?.qrCode?.channelProperties
  const va = method?.virtualAccount?.channelProperties
  const actions = request.actions ?? []
  const url = (type: string) => actions.find((a) => a.urlType === type && a.url)?.url ?? null
  return {
    payment_request_id: request.id,
    status: paymentStatusOf(request.status),
    qr_string: qr?.qrString ?? null,
    va_number: va?.virtualAccountNumber ?? null,
    checkout_url: url("WEB") ?? url("MOBILE"),
    deeplink_url: url("DEEPLINK"),
    expires_at: iso(qr?.expiresAt ?? va?.expiresAt),
  }
}
