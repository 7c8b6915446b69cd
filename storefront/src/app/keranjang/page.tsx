import type { Metadata } from "next"
import Link from "next/link"
import { getLocale, getTranslator } from "@/i18n/server"
import { retrieveCartView } from "@/lib/data/cart"
import { CartTemplate } from "@/modules/cart/templates/cart-template"
import { MessagePanel } from "@/modules/common/components/message-panel"
import "@/modules/checkout/shop.css"

// The cart lives behind the kb_cart cookie: always rendered per request, never indexed.
export const dynamic = "force-dynamic"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator()
  return { title: t("cart.title"), robots: { index: false, follow: false } }
}

export default async function CartPage() {
  const [t, locale, view] = await Promise.all([getTranslator(), getLocale(), retrieveCartView()])
  if (!view || (view.cart.items ?? []).length === 0) {
    return (
      <div className="container section">
        <MessagePanel
          title={t("cart.emptyTitle")}
          actions={
            <Link prefetch={false} href="/produk" className="button button--primary">
              {t("cart.emptyCta")}
            </Link>
          }
        >
          <p data-testid="cart-empty">{t("cart.emptyBody")}</p>
        </MessagePanel>
      </div>
    )
  }
  return <CartTemplate cart={view.cart} groups={view.groups} t={t} locale={locale} />
}
