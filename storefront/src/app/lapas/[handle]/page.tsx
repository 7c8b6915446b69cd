import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getLocale, getTranslator } from "@/i18n/server"
import { getListing } from "@/lib/data/catalog"
import { getLapasByHandle } from "@/lib/data/lapas"
import { isLapasClass, lapasPlace } from "@/lib/util/lapas"
import { pageMetadata, summarize } from "@/lib/util/metadata"
import { decodeSegment, lapasHref, listingHref } from "@/lib/util/routes"
import { LapasMark } from "@/modules/lapas/components/lapas-card"
import { ProductGrid } from "@/modules/products/components/product-grid"
import "./lapas-page.css"

export const dynamic = "force-dynamic"

const PRODUCTS_SHOWN = 12

type Params = Promise<{ handle: string }>

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const handle = decodeSegment((await params).handle)
  const [t, locale, lapas] = await Promise.all([getTranslator(), getLocale(), getLapasByHandle(handle)])
  if (!lapas) return { title: t("meta.notFoundTitle"), robots: { index: false } }
  return pageMetadata({
    title: lapas.name,
    description:
      (locale === "id" && summarize(lapas.story)) ||
      t("lapas.page.description", { name: lapas.name, place: lapasPlace(lapas) }),
    path: lapasHref(lapas.handle),
    locale,
    siteName: t("meta.siteName"),
  })
}

/** A lapas's brand page: who they are, where, their story and what their workshops make. */
export default async function LapasPage({ params }: { params: Params }) {
  const handle = decodeSegment((await params).handle)
  const lapas = await getLapasByHandle(handle)
  if (!lapas) notFound()
  const [t, locale, listing] = await Promise.all([
    getTranslator(),
    getLocale(),
    getListing({ lapas: lapas.handle, urut: "terbaru", halaman: 1 }, { pageSize: PRODUCTS_SHOWN }),
  ])
  const place = lapasPlace(lapas)
  const lapasClass = isLapasClass(lapas.lapas_class) ? t(`lapas.class.${lapas.lapas_class}`) : null
  const paragraphs = (lapas.story ?? "").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
  const allProducts = listingHref({ lapas: lapas.handle })

  return (
    <div className="container section lapas-page">
      <nav aria-label={t("product.breadcrumb")} className="breadcrumb">
        <ol>
          <li>
            <Link prefetch={false} href="/">{t("nav.home")}</Link>
          </li>
          <li>
            <Link prefetch={false} href="/lapas">{t("nav.lapas")}</Link>
          </li>
        </ol>
      </nav>

      <header className="lapas-hero">
        <LapasMark lapas={lapas} size={72} />
        <div>
          <h1 className="page-title lapas-hero__name" data-testid="lapas-name">
            {lapas.name}
          </h1>
          <dl className="lapas-facts">
            {lapasClass && (
              <div>
                <dt>{t("lapas.page.class")}</dt>
                <dd>{lapasClass}</dd>
              </div>
            )}
            {lapas.city && (
              <div>
                <dt>{t("lapas.page.city")}</dt>
                <dd>{lapas.city}</dd>
              </div>
            )}
            {lapas.province && (
              <div>
                <dt>{t("lapas.page.province")}</dt>
                <dd>{lapas.province}</dd>
              </div>
            )}
            <div>
              <dt>{t("lapas.page.products")}</dt>
              <dd>{t("lapas.productCount", { count: lapas.product_count })}</dd>
            </div>
          </dl>
        </div>
      </header>

      <section className="lapas-story" aria-labelledby="lapas-story-title">
        <h2 id="lapas-story-title" className="section__title">
          {t("lapas.page.story")}
        </h2>
        {paragraphs.length > 0 ? (
          <>
            {locale === "en" && <p className="muted">{t("lapas.page.storyInIndonesian")}</p>}
            <div lang="id" data-testid="lapas-story">
              {paragraphs.map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          </>
        ) : (
          <p className="muted">{t("lapas.page.noStory", { place: place || lapas.name })}</p>
        )}
      </section>

      <section className="section lapas-products" aria-labelledby="lapas-products-title">
        <div className="section__header">
          <h2 id="lapas-products-title" className="section__title">
            {t("lapas.page.productsTitle", { name: lapas.name })}
          </h2>
          {listing.count > listing.products.length && (
            <Link prefetch={false} href={allProducts} className="section__more">
              {t("lapas.page.allProducts", { count: listing.count })}
            </Link>
          )}
        </div>
        {listing.products.length > 0 ? (
          <ProductGrid products={listing.products} t={t} headingLevel={3} eagerCount={0} />
        ) : (
          <p className="muted">{t("lapas.page.noProducts")}</p>
        )}
      </section>
    </div>
  )
}
