import { whatsappShareLink } from "@karya-binaan/contracts"

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

/** A wa.me link with the message: to the buyer's number when known, else WhatsApp asks whom to send it to. */
export const whatsappLink = whatsappShareLink
