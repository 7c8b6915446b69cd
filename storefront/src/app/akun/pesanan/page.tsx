import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getLocale, getTranslator } from "@/i18n/server"
import { retrieveCustomer } from "@/lib/data/customer"
import { listCustomerOrders } from "@/lib/data/orders"
import { AccountNav } from "@/modules/account/components/account-nav"
import { OrderHistory } from "@/modules/account/components/order-history"
import "@/modules/checkout/shop.css"
import "@/modules/order/order.css"

export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator()
  return { title: t("account.ordersTitle"), robots: { index: false, follow: false } }
}

export default async function AccountOrdersPage() {
  const customer = await retrieveCustomer()
  if (!customer) redirect("/akun?next=/akun/pesanan")
  const [t, locale, history] = await Promise.all([getTranslator(), getLocale(), listCustomerOrders()])
  return (
    <div className="container section shop">
      <h1 className="page-title">{t("account.ordersTitle")}</h1>
      <AccountNav current="orders" t={t} />
      {/* One request: each order comes with its progress per lapas (state, courier, resi). */}
      <OrderHistory orders={history.orders} t={t} locale={locale} />
    </div>
  )
}
