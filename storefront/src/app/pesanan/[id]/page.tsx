import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getLocale, getTranslator } from "@/i18n/server"
import { getOrderSummary } from "@/lib/data/orders"
import { decodeSegment } from "@/lib/util/routes"
import type { XenditPaymentView } from "@karya-binaan/contracts"
import { OrderView } from "@/modules/order/components/order-view"
import { XenditPayment } from "@/modules/order/components/xendit-payment"
import { xenditDisplayStatus } from "@/modules/order/xendit"
import { qrImages, type QrImages } from "@/modules/order/xendit-qr"
import "@/modules/checkout/shop.css"
import "@/modules/order/order.css"
import "@/modules/order/xendit.css"

// An order's status changes (staff confirm the transfer): rendered per request, never indexed.
export const dynamic = "force-dynamic"

type Params = Promise<{ id: string }>

/** The QRIS code, drawn only while it can still be paid. */
async function xenditQr(view: XenditPaymentView, now: number): Promise<QrImages | null> {
  if (view.method !== "qris" || !view.qr_string || xenditDisplayStatus(view, now) !== "pending") return null
  try {
    return await qrImages(view.qr_string)
  } catch (error) {
    console.error("[storefront] could not draw the QRIS code", error)
    return null
  }
}
type SearchParams = Promise<Record<string, string | string[] | undefined>>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params
  const [t, order] = await Promise.all([getTranslator(), getOrderSummary(decodeSegment(id))])
  return {
    title: order ? t("order.metaTitle", { number: `#${order.display_id}` }) : t("order.notFoundTitle"),
    robots: { index: false, follow: false },
  }
}

export default async function OrderPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params
  const { baru } = await searchParams
  const order = await getOrderSummary(decodeSegment(id))
  if (!order) notFound()
  const [t, locale] = await Promise.all([getTranslator(), getLocale()])
  const xendit = order.payment?.xendit ?? null
  const now = Date.now()
  return (
    <OrderView
      order={order}
      t={t}
      locale={locale}
      isNew={baru === "1"}
      paymentSection={
        xendit && (
          <XenditPayment order={order} view={xendit} qr={await xenditQr(xendit, now)} t={t} locale={locale} now={now} />
        )
      }
    />
  )
}
