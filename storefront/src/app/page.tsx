import type { Metadata } from "next"
import Link from "next/link"
import { getLocale, getTranslator } from "@/i18n/server"
import { listCategories, listProducts } from "@/lib/data"
import { listCollections } from "@/lib/data/collections"
import { getNationalImpact } from "@/lib/data/impact"
import { listLapas } from "@/lib/data/lapas"
import { pageMetadata } from "@/lib/util/metadata"
import { CategoryTiles } from "@/modules/categories/components/category-tiles"
import { CollectionTiles } from "@/modules/collections/components/collection-tiles"
import { Hero } from "@/modules/home/components/hero"
import { ImpactSummary } from "@/modules/impact/components/impact-summary"
import { LapasGrid } from "@/modules/lapas/components/lapas-card"
import { ProductGrid } from "@/modules/products/components/product-grid"

// Always rendered per request: the catalogue lives in the backend, which may be down at build time.
export const dynamic = "force-dynamic"

const FEATURED_COUNT = 8
const FEATURED_LAPAS = 4

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslator(), getLocale()])
  return {
    ...pageMetadata({
      title: t("meta.siteName"),
      description: t("meta.siteDescription"),
      path: "/",
      locale,
      siteName: t("meta.siteName"),
    }),
    // The home page shows the bare site name, without the "· Karya Binaan" suffix.
    title: { absolute: t("meta.homeTitle") },
  }
}

export default async function HomePage() {
  const [t, locale] = await Promise.all([getTranslator(), getLocale()])
  const [categories, featured, lapas, impact, collections] = await Promise.all([
    listCategories(),
    listProducts({ limit: FEATURED_COUNT, offset: 0 }),
    listLapas().catch(() => []),
    getNationalImpact(),
    listCollections().catch(() => []),
  ])
  // Lapas with the most products first; ties keep the API's order (by name).
  const featuredLapas = [...lapas]
    .filter((l) => l.product_count > 0)
    .sort((a, b) => b.product_count - a.product_count)
    .slice(0, FEATURED_LAPAS)

  return (
    <>
      <Hero t={t} />

      {impact && (
        <section className="container section impact-home" aria-labelledby="impact-title">
          <div className="section__header">
            <h2 id="impact-title" className="section__title">
              {t("impact.national.title")}
            </h2>
            <Link prefetch={false} href="/tentang" className="section__more">
              {t("impact.national.howItWorks")}
            </Link>
          </div>
          <ImpactSummary impact={impact} t={t} locale={locale} />
        </section>
      )}

      <section className="container section" aria-labelledby="categories-title">
        <h2 id="categories-title" className="section__title">
          {t("home.categories.title")}
        </h2>
        {categories.length > 0 ? (
          <CategoryTiles categories={categories} locale={locale} />
        ) : (
          <p className="muted">{t("home.categories.empty")}</p>
        )}
      </section>

      {collections.length > 0 && (
        <section className="container section" aria-labelledby="collections-title">
          <h2 id="collections-title" className="section__title">
            {t("home.collections.title")}
          </h2>
          <p className="muted section__intro">{t("home.collections.intro")}</p>
          <CollectionTiles collections={collections} locale={locale} />
        </section>
      )}

      <section className="container section" aria-labelledby="featured-title">
        <div className="section__header">
          <h2 id="featured-title" className="section__title">
            {t("home.featured.title")}
          </h2>
          {featured.products.length > 0 && (
            <Link prefetch={false} href="/produk" className="section__more">
              {t("home.featured.viewAll")}
            </Link>
          )}
        </div>
        {featured.products.length > 0 ? (
          <ProductGrid products={featured.products} t={t} headingLevel={3} eagerCount={0} />
        ) : (
          <p className="muted">{t("home.featured.empty")}</p>
        )}
      </section>

      {featuredLapas.length > 0 && (
        <section className="container section" aria-labelledby="lapas-title">
          <div className="section__header">
            <h2 id="lapas-title" className="section__title">
              {t("home.lapas.title")}
            </h2>
            <Link prefetch={false} href="/lapas" className="section__more">
              {t("home.lapas.viewAll")}
            </Link>
          </div>
          <p className="muted section__intro">{t("home.lapas.intro")}</p>
          <LapasGrid lapas={featuredLapas} t={t} headingLevel={3} />
        </section>
      )}
    </>
  )
}
