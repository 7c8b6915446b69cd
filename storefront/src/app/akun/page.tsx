import type { Metadata } from "next"
import Link from "next/link"
import { getTranslator } from "@/i18n/server"
import { retrieveCustomer } from "@/lib/data/customer"
import { AccountNav } from "@/modules/account/components/account-nav"
import { LoginForm, RegisterForm } from "@/modules/account/components/auth-forms"
import { safeNext } from "@/modules/account/validation"
import "@/modules/checkout/shop.css"

export const dynamic = "force-dynamic"

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator()
  return { title: t("account.title"), robots: { index: false, follow: false } }
}

export default async function AccountPage({ searchParams }: { searchParams: SearchParams }) {
  const [t, customer, params] = await Promise.all([getTranslator(), retrieveCustomer(), searchParams])
  if (!customer) {
    const raw = Array.isArray(params.next) ? params.next[0] : params.next
    const next = raw ? safeNext(raw) : undefined
    return (
      <div className="container section shop">
        <h1 className="page-title">{t("account.loginOrRegister")}</h1>
        <div className="account-forms">
          <LoginForm next={next} />
          <RegisterForm next={next} />
        </div>
        <p className="muted account-guest">
          {t("account.guestNote")} <Link prefetch={false} href="/lacak-pesanan">{t("account.trackOrder")}</Link>
        </p>
      </div>
    )
  }
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email
  return (
    <div className="container section shop">
      <h1 className="page-title">{t("account.title")}</h1>
      <AccountNav current="overview" t={t} />
      <section className="summary-box" aria-labelledby="account-profile" data-testid="account-overview">
        <h2 id="account-profile" className="summary-box__title">
          {t("account.welcome", { name })}
        </h2>
        <dl className="totals">
          <div className="totals__row">
            <dt>{t("account.email")}</dt>
            <dd>{customer.email}</dd>
          </div>
          {customer.phone && (
            <div className="totals__row">
              <dt>{t("account.phone")}</dt>
              <dd>{customer.phone}</dd>
            </div>
          )}
        </dl>
        <div className="order-actions">
          <Link prefetch={false} href="/akun/pesanan" className="button button--primary">
            {t("account.nav.orders")}
          </Link>
          <Link prefetch={false} href="/akun/alamat" className="button button--ghost">
            {t("account.nav.addresses")}
          </Link>
        </div>
      </section>
    </div>
  )
}
