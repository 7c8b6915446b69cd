import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getLocale, getTranslator } from "@/i18n/server"
import { getOrderSummary } from "@/lib/data/orders"
import { decodeSegment } from "@/lib/util/routes"
import { OrderView } from "@/modules/order/components/order-view"
import "@/modules/checkout/shop.css"
import "@/modules/order/order.css"

// An order's status changes (staff confirm the transfer): rendered per request, never indexed.
export const dynamic = "force-dynamic"

type Params = Promise<{ id: string }>
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
  return <OrderView order={order} t={t} locale={locale} isNew={baru === "1"} />
}
