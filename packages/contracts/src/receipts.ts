import type { DirectPaymentMethod, VenueKind } from "./direct-sales"
import type { LapasTimeZone } from "./lapas"
import type { Rupiah } from "./money"

/**
 * The receipt (struk) of a direct sale: printed at the till (58 mm thermal roll or A4 PDF) and
 * opened by the buyer at the storefront's /struk/<token> (the sale's receipt_path), sent by
 * WhatsApp link or e-mail. The public view is what a paper receipt shows: no cashier id, no
 * buyer contact, no order or sale ids.
 */

export const RECEIPT_FORMATS = ["thermal", "a4"] as const
export type ReceiptFormat = (typeof RECEIPT_FORMATS)[number]

export interface PublicReceiptLine {
  title: string
  variant_title: string | null
  quantity: number
  unit_price: Rupiah
  /** quantity × unit_price, before the sale's discount. */
  subtotal: Rupiah
  is_service: boolean
}

export interface PublicReceipt {
  lapas: { name: string; city: string; time_zone: LapasTimeZone }
  venue: { name: string; kind: VenueKind }
  /** The receipt number: the sale's Medusa order number (display id). */
  number: number | null
  sold_at: string
  lines: PublicReceiptLine[]
  subtotal: Rupiah
  discount: Rupiah
  total: Rupiah
  payment_method: DirectPaymentMethod
  /** Cash only. */
  tendered: Rupiah | null
  change: Rupiah | null
  /** The cashier's first name as printed on the receipt (never their id). */
  cashier_name: string | null
  status: "completed" | "voided"
  voided_at: string | null
}

export interface PublicReceiptResponse {
  receipt: PublicReceipt
}

/**
 * Where the money of a sale goes, as the receipt says it (the default split of the profit,
 * Ditjenpas's formula; no amounts: a buyer sees no HPP).
 */
export const RECEIPT_IMPACT_LINE = {
  id: "Keuntungan penjualan ini dibagi: 50% modal produksi, 35% premi warga binaan, 15% PNBP (kas negara).",
  en: "The profit of this sale is shared: 50% production capital, 35% inmates' premi (wages), 15% PNBP (state revenue).",
} as const

/**
 * An Indonesian mobile number as WhatsApp wants it (country code, no plus): 0812…, 62812…,
 * +62 812-… all become 62812…. Null when it is not an Indonesian mobile number.
 */
export function normaliseIndonesianMobile(phone: string): string | null {
  const digits = phone.trim().replace(/[\s\-().]/g, "")
  let national: string
  if (digits.startsWith("+62")) national = digits.slice(3)
  else if (digits.startsWith("62")) national = digits.slice(2)
  else if (digits.startsWith("0")) national = digits.slice(1)
  else return null
  if (!/^8\d{7,12}$/.test(national)) return null
  return `62${national}`
}

/** The message the buyer's WhatsApp opens with. */
export function whatsappReceiptText(url: string) {
  return `Terima kasih telah membeli produk karya warga binaan. Struk belanja Anda: ${url}`
}

/**
 * A wa.me link that opens a chat with the buyer with the receipt's link typed in:
 * `https://wa.me/62812…?text=…`. Throws when the phone is not an Indonesian mobile number.
 */
export function whatsappReceiptLink(phone: string, url: string): string {
  if (!normaliseIndonesianMobile(phone)) throw new RangeError(`Not an Indonesian mobile number: ${phone}`)
  return whatsappShareLink(phone, whatsappReceiptText(url))
}

/**
 * A wa.me link that opens WhatsApp with `text` typed in: a chat with `phone` when it is an
 * Indonesian mobile number, else WhatsApp asks whom to send it to.
 */
export function whatsappShareLink(phone: string | null | undefined, text: string): string {
  const number = phone ? normaliseIndonesianMobile(phone) : null
  return `https://wa.me/${number ?? ""}?text=${encodeURIComponent(text)}`
}
