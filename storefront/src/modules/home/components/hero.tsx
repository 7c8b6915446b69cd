import Link from "next/link"
import type { Translate } from "@/i18n"
import { SearchForm } from "@/modules/products/components/search-form"

export function Hero({ t }: { t: Translate }) {
  return (
    <section className="hero" aria-labelledby="hero-title">
      <div className="container hero__inner">
        <p className="hero__eyebrow">{t("home.hero.eyebrow")}</p>
        <h1 id="hero-title" className="hero__title">
          {t("home.hero.title")}
        </h1>
        <p className="hero__subtitle">{t("home.hero.subtitle")}</p>
        <div className="hero__actions">
          <Link prefetch={false} href="/produk" className="button button--primary">
            {t("home.hero.cta")}
          </Link>
          <Link prefetch={false} href="/lapas" className="button button--ghost">
            {t("home.hero.ctaLapas")}
          </Link>
        </div>
        <SearchForm t={t} id="hero-search" />
      </div>
    </section>
  )
}
