import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getLocale, getTranslator } from "@/i18n/server"
import { getReceipt } from "@/lib/data/receipts"
import { decodeSegment } from "@/lib/util/routes"
import { ReceiptView } from "./receipt-view"
import "@/modules/checkout/shop.css"
import "./receipt.css"

// A sale can be voided after the fact: rendered per request, never indexed or cached.
export const dynamic = "force-dynamic"

type Params = Promise<{ token: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { token } = await params
  const [t, receipt] = await Promise.all([getTranslator(), getReceipt(decodeSegment(token))])
  return {
    title: receipt
      ? receipt.number == null
        ? t("receipt.metaTitleNoNumber")
        : t("receipt.metaTitle", { number: `#${receipt.number}` })
      : t("receipt.notFoundTitle"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  }
}

/** /struk/<token>: the receipt of a sale made at a lapas's stand, showroom or gate (the cashier's link or QR code). */
export default async function ReceiptPage({ params }: { params: Params }) {
  const { token: segment } = await params
  const token = decodeSegment(segment)
  const receipt = await getReceipt(token)
  if (!receipt) notFound()
  const [t, locale] = await Promise.all([getTranslator(), getLocale()])
  return <ReceiptView receipt={receipt} token={token} t={t} locale={locale} />
}
