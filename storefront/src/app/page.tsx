import Link from "next/link"
import { getTranslator } from "@/i18n/server"
import { listCategories, listProducts } from "@/lib/data"
import { CategoryTiles } from "@/modules/categories/components/category-tiles"
import { Hero } from "@/modules/home/components/hero"
import { ProductGrid } from "@/modules/products/components/product-grid"

// Always rendered per request: the catalogue lives in the backend, which may be down at build time.
export const dynamic = "force-dynamic"

const FEATURED_COUNT = 8

export default async function HomePage() {
  const t = await getTranslator()
  const [categories, featured] = await Promise.all([
    listCategories(),
    listProducts({ limit: FEATURED_COUNT, offset: 0 }),
  ])

  return (
    <>
      <Hero t={t} />

      <section className="container section" aria-labelledby="categories-title">
        <h2 id="categories-title" className="section__title">
          {t("home.categories.title")}
        </h2>
        {categories.length > 0 ? (
          <CategoryTiles categories={categories} />
        ) : (
          <p className="muted">{t("home.categories.empty")}</p>
        )}
      </section>

      <section className="container section" aria-labelledby="featured-title">
        <div className="section__header">
          <h2 id="featured-title" className="section__title">
            {t("home.featured.title")}
          </h2>
          {featured.products.length > 0 && (
            <Link href="/produk" className="section__more">
              {t("home.featured.viewAll")}
            </Link>
          )}
        </div>
        {featured.products.length > 0 ? (
          <ProductGrid products={featured.products} t={t} headingLevel={3} />
        ) : (
          <p className="muted">{t("home.featured.empty")}</p>
        )}
      </section>
    </>
  )
}
