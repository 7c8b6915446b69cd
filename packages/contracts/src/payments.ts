import { z } from "zod"
import type { PaymentKind } from "./order-parts"

/**
 * Online payments through Xendit (QRIS, virtual accounts, e-wallets) and the buyer's "Saya sudah
 * transfer" notice for bank transfers. The provider is registered only when XENDIT_SECRET_KEY is
 * set; bank transfer (`pp_system_default`) is always offered.
 */

/** Medusa's id of the Xendit provider (`src/modules/xendit`, registered with id "xendit"). */
export const XENDIT_PROVIDER_ID = "pp_xendit_xendit"
/** Medusa's manual provider, shown to buyers as bank transfer. */
export const BANK_TRANSFER_PROVIDER_ID = "pp_system_default"

/** How an order is paid, from its payment provider's id: bank transfer, card (Stripe), Xendit or other. */
export function paymentKindOf(providerId: string | null | undefined): PaymentKind {
  if (!providerId) return "other"
  if (providerId === BANK_TRANSFER_PROVIDER_ID) return "bank_transfer"
  if (providerId.startsWith("pp_stripe")) return "card"
  if (providerId === XENDIT_PROVIDER_ID) return "xendit"
  return "other"
}

/**
 * The channels a buyer can pick, in display order. GoPay has no channel of its own in Xendit's
 * payment requests for Indonesia: GoPay (and every bank app) pays a QRIS.
 */
export const XENDIT_CHANNELS = ["QRIS", "BCA", "BNI", "BRI", "MANDIRI", "PERMATA", "OVO", "DANA", "SHOPEEPAY", "LINKAJA"] as const
export type XenditChannel = (typeof XENDIT_CHANNELS)[number]

export function isXenditChannel(value: unknown): value is XenditChannel {
  return (XENDIT_CHANNELS as readonly unknown[]).includes(value)
}

export const XENDIT_METHODS = ["qris", "virtual_account", "ewallet"] as const
export type XenditMethod = (typeof XENDIT_METHODS)[number]

export const XENDIT_CHANNEL_METHOD: Record<XenditChannel, XenditMethod> = {
  QRIS: "qris",
  BCA: "virtual_account",
  BNI: "virtual_account",
  BRI: "virtual_account",
  MANDIRI: "virtual_account",
  PERMATA: "virtual_account",
  OVO: "ewallet",
  DANA: "ewallet",
  SHOPEEPAY: "ewallet",
  LINKAJA: "ewallet",
}

/** Names buyers know (the same in both languages). */
export const XENDIT_CHANNEL_NAMES: Record<XenditChannel, string> = {
  QRIS: "QRIS",
  BCA: "BCA Virtual Account",
  BNI: "BNI Virtual Account",
  BRI: "BRIVA (BRI Virtual Account)",
  MANDIRI: "Mandiri Virtual Account",
  PERMATA: "Permata Virtual Account",
  OVO: "OVO",
  DANA: "DANA",
  SHOPEEPAY: "ShopeePay",
  LINKAJA: "LinkAja",
}

/** Indonesian mobile number as OVO wants it: +62 and 8–13 more digits (a leading 0 or 62 is accepted and rewritten). */
export const indonesianMobileNumber = z
  .string({ error: "Nomor HP OVO wajib diisi, misalnya 081234567890." })
  .trim()
  .transform((value) => value.replace(/[\s-]/g, ""))
  .transform((value) => (value.startsWith("+62") ? value : value.startsWith("62") ? `+${value}` : value.startsWith("0") ? `+62${value.slice(1)}` : value))
  .refine((value) => /^\+628\d{7,12}$/.test(value), "Nomor HP OVO tidak valid; tulis seperti 081234567890.")

/**
 * What the storefront sends as `data` of Medusa's `POST /store/payment-collections/:id/payment-sessions`
 * with `provider_id: "pp_xendit_xendit"`: the channel and, for OVO, the buyer's OVO number. Any
 * other key is ignored: the amounts and the split per lapas are computed by the backend.
 */
export const xenditSessionInput = z
  .object({
    channel: z.enum(XENDIT_CHANNELS, { error: "Pilih salah satu metode pembayaran yang tersedia." }),
    mobile_number: indonesianMobileNumber.optional(),
  })
  .refine((input) => input.channel !== "OVO" || !!input.mobile_number, {
    message: "Nomor HP OVO wajib diisi untuk membayar dengan OVO, misalnya 081234567890.",
    path: ["mobile_number"],
  })
export type XenditSessionInput = z.infer<typeof xenditSessionInput>

export const XENDIT_PAYMENT_STATUSES = ["pending", "paid", "expired", "failed", "canceled"] as const
export type XenditPaymentStatus = (typeof XENDIT_PAYMENT_STATUSES)[number]

/** A Xendit payment as the buyer's order page shows it (OrderSummary.payment.xendit). */
export interface XenditPaymentView {
  channel: XenditChannel
  method: XenditMethod
  status: XenditPaymentStatus
  /** Whole rupiah. */
  amount: number
  /** ISO instant; the page counts down to it in the lapas's zone. */
  expires_at: string | null
  paid_at: string | null
  /** QRIS: the string to draw as a QR code. */
  qr_string: string | null
  /** Virtual account: the number to pay to. */
  va_number: string | null
  /** E-wallet: the page to open in a browser. */
  checkout_url: string | null
  /** E-wallet: the app's deep link on a phone. */
  deeplink_url: string | null
  /** Only with XENDIT_SIMULATOR=1 (development and e2e): the local page that "pays" this payment. */
  simulator_url: string | null
}

/** The buyer's word that they transferred a part ("Saya sudah transfer"), as the buyer sees it. */
export interface BuyerTransferNotice {
  amount: number
  /** YYYY-MM-DD in the lapas's zone. */
  transferred_on: string
  sender_name: string | null
  has_proof: boolean
  /** ISO instant. */
  noticed_at: string
}

/** The same notice as the lapas sees it in the panel (prefills its confirmation). */
export interface PartTransferNotice {
  id: string
  amount: number
  transferred_on: string
  sender_name: string | null
  sender_bank: string | null
  proof_url: string | null
  noticed_at: string
}

/**
 * `POST /store/orders/:id/transfer-notices`, as multipart/form-data (optional photo in `proof`)
 * or JSON: the buyer says they transferred one lapas's part. `lapas_handle` names the part.
 */
export const transferNoticeBody = z
  .object({
    lapas_handle: z.string({ error: "Pilih bagian pesanan (lapas) yang Anda transfer." }).trim().min(1, "Pilih bagian pesanan (lapas) yang Anda transfer."),
    amount: z.preprocess(
      (value) => (typeof value === "string" && /^\s*[\d.]{1,20}\s*$/.test(value) ? Number(value.replace(/\./g, "").trim()) : value),
      z
        .number({ error: "Tulis jumlah yang Anda transfer, misalnya 125000." })
        .int("Jumlah dalam rupiah utuh, tanpa sen.")
        .positive("Jumlah harus lebih dari 0.")
        .max(Number.MAX_SAFE_INTEGER, "Jumlah terlalu besar.")
    ),
    transferred_on: z
      .string({ error: "Tulis tanggal transfer, misalnya 2026-12-07." })
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal transfer ditulis YYYY-MM-DD, misalnya 2026-12-07."),
    sender_name: z.string().trim().max(120, "Nama pengirim paling banyak 120 huruf.").optional(),
    sender_bank: z.string().trim().max(80, "Nama bank paling banyak 80 huruf.").optional(),
  })
  .strict()
export type TransferNoticeBody = z.infer<typeof transferNoticeBody>
