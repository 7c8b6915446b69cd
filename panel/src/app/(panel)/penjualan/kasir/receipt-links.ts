/**
 * Where a recorded sale's receipt is: the panel's PDF route (`/penjualan/<id>/struk?format=`,
 * thermal 58 mm or A4) and the buyer's page on the storefront (`/struk/<token>`), sent by WhatsApp.
 */
export type ReceiptFormat = "thermal" | "a4"

export function receiptPdfPath(directSaleId: string, format: ReceiptFormat): string {
  return `/penjualan/${encodeURIComponent(directSaleId)}/struk?format=${format}`
}

export function storefrontReceiptUrl(storefrontUrl: string, receiptPath: string): string {
  return `${storefrontUrl.replace(/\/+$/, "")}${receiptPath.startsWith("/") ? "" : "/"}${receiptPath}`
}

/** An Indonesian mobile number as wa.me wants it (62…, digits only); null when it is not one. */
export function waNumber(phone: string | null | undefined): string | null {
  const digits = (phone ?? "").replace(/[\s().-]/g, "")
  const match = /^(?:\+62|62|0)(8\d{7,12})$/.exec(digits)
  return match ? `62${match[1]}` : null
}

/** A wa.me link with the message: to the buyer's number when known, else WhatsApp asks whom to send it to. */
export function whatsappLink(phone: string | null | undefined, message: string): string {
  const number = waNumber(phone)
  return `https://wa.me/${number ?? ""}?text=${encodeURIComponent(message)}`
}
