import {
  DIRECT_PAYMENT_METHOD_LABELS,
  RECEIPT_IMPACT_LINE,
  type PublicReceipt,
} from "@karya-binaan/contracts"
import { formatDateTime, formatRupiah } from "@karya-binaan/format"
import type { NotificationContent } from "@medusajs/framework/types"
import { escapeHtml, type EmailLocale } from "./order-emails"

/**
 * The e-mail a buyer at a stand, showroom or gate gets when the cashier typed their address: the
 * receipt's link (the storefront's /struk/<token> page, with the PDFs), the number, the time in
 * the lapas's zone, the lines and the total. Rendered from the public receipt, so it never shows
 * more than the page does. Pure. Indonesian; English when asked (a direct sale records no
 * language, so the sender asks for Indonesian).
 */

export const DIRECT_SALE_RECEIPT_TEMPLATE = "direct-sale-receipt"

/** One e-mail per sale, ever: a replayed event or a resent sale finds this key already sent. */
export const directSaleReceiptEmailKey = (saleId: string) => `${DIRECT_SALE_RECEIPT_TEMPLATE}:${saleId}`

const WORDS = {
  id: {
    subject: (number: string, lapas: string) => `Struk belanja ${number} dari ${lapas}`,
    greeting: (name: string | null) => (name ? `Halo ${name},` : "Halo,"),
    intro: (lapas: string, venue: string, at: string) =>
      `Terima kasih telah berbelanja di ${venue}, ${lapas}, pada ${at}. Berikut struk belanja Anda.`,
    open: "Buka struk (bisa dicetak dan diunduh sebagai PDF)",
    number: "No. struk",
    subtotal: "Subtotal",
    discount: "Diskon",
    total: "Total",
    payment: "Pembayaran",
    tendered: "Tunai diterima",
    change: "Kembalian",
    footer: "Karya Binaan: produk buatan warga binaan lapas di seluruh Indonesia. E-mail ini dikirim otomatis.",
  },
  en: {
    subject: (number: string, lapas: string) => `Your receipt ${number} from ${lapas}`,
    greeting: (name: string | null) => (name ? `Hello ${name},` : "Hello,"),
    intro: (lapas: string, venue: string, at: string) =>
      `Thank you for shopping at ${venue}, ${lapas}, on ${at}. Here is your receipt.`,
    open: "Open the receipt (print it or download a PDF)",
    number: "Receipt no.",
    subtotal: "Subtotal",
    discount: "Discount",
    total: "Total",
    payment: "Payment",
    tendered: "Cash received",
    change: "Change",
    footer: "Karya Binaan: products made by inmates of prisons across Indonesia. This e-mail was sent automatically.",
  },
} as const

export function renderDirectSaleReceiptEmail(
  receipt: PublicReceipt,
  url: string,
  options: { buyerName?: string | null; locale?: EmailLocale } = {}
): NotificationContent {
  const locale = options.locale ?? "id"
  const w = WORDS[locale]
  const number = receipt.number == null ? "" : `#${receipt.number}`
  const at = formatDateTime(receipt.sold_at, receipt.lapas.time_zone, locale)
  const lines: [string, string][] = receipt.lines.map((line) => [
    `${line.title}${line.variant_title && line.variant_title !== "Default" ? ` (${line.variant_title})` : ""} × ${line.quantity}`,
    formatRupiah(line.subtotal),
  ])
  const amounts: [string, string][] = [[w.subtotal, formatRupiah(receipt.subtotal)]]
  if (BigInt(receipt.discount) > 0n) amounts.push([w.discount, `-${formatRupiah(receipt.discount)}`])
  amounts.push([w.total, formatRupiah(receipt.total)])
  amounts.push([w.payment, DIRECT_PAYMENT_METHOD_LABELS[receipt.payment_method][locale]])
  if (receipt.payment_method === "cash" && receipt.tendered != null) {
    amounts.push([w.tendered, formatRupiah(receipt.tendered)], [w.change, formatRupiah(receipt.change ?? 0)])
  }
  const subject = w.subject(number, receipt.lapas.name).replace("  ", " ")
  const greeting = w.greeting(options.buyerName?.trim() || null)
  const intro = w.intro(receipt.lapas.name, receipt.venue.name, at)
  const impact = RECEIPT_IMPACT_LINE[locale]

  const text = [
    greeting,
    "",
    intro,
    "",
    `${w.open}: ${url}`,
    "",
    ...(number ? [`${w.number}: ${number}`] : []),
    ...lines.map(([label, value]) => `${label}: ${value}`),
    ...amounts.map(([label, value]) => `${label}: ${value}`),
    "",
    impact,
    "",
    "--",
    w.footer,
    "",
  ].join("\n")

  const row = ([label, value]: [string, string], strong = false) =>
    `<tr><td style="padding:4px 8px${strong ? ";font-weight:bold" : ""}">${escapeHtml(label)}</td><td style="padding:4px 8px;text-align:right${strong ? ";font-weight:bold" : ""}">${escapeHtml(value)}</td></tr>`
  const html = [
    "<!DOCTYPE html>",
    `<html lang="${locale}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;line-height:1.5">',
    '<div style="max-width:600px;margin:0 auto;padding:16px">',
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<p style="margin:20px 0"><a href="${escapeHtml(url)}" style="background:#8a4b16;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(w.open)}</a></p>`,
    '<table role="presentation" style="border-collapse:collapse;width:100%;margin:0 0 12px">',
    ...(number ? [row([w.number, number])] : []),
    ...lines.map((r) => row(r)),
    ...amounts.map((r) => row(r, r[0] === w.total)),
    "</table>",
    `<p>${escapeHtml(impact)}</p>`,
    `<p style="margin:24px 0 0;color:#666;font-size:12px">${escapeHtml(w.footer)}</p>`,
    "</div>",
    "</body>",
    "</html>",
    "",
  ].join("\n")
  return { subject, text, html }
}
