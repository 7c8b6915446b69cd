import type { Metadata } from "next"
import Link from "next/link"
import { getLocale, getTranslator } from "@/i18n/server"
import { listCategories } from "@/lib/data"
import { MessagePanel } from "@/modules/common/components/message-panel"
import { CategoryTiles } from "@/modules/categories/components/category-tiles"
import { SearchForm } from "@/modules/products/components/search-form"

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslator()
  return { title: t("meta.notFoundTitle"), robots: { index: false } }
}

/** A helpful 404: search, the categories, and the ways back to products and lapas. */
export default async function NotFound() {
  const [t, locale] = await Promise.all([getTranslator(), getLocale()])
  // The categories help the buyer on; without the backend the page still works.
  const categories = await listCategories().catch(() => [])
  return (
    <div className="container section">
      <MessagePanel
        title={t("notFound.title")}
        actions={
          <>
            <Link prefetch={false} className="button button--primary" href="/produk">
              {t("notFound.products")}
            </Link>
            <Link prefetch={false} className="button button--ghost" href="/lapas">
              {t("notFound.lapas")}
            </Link>
            <Link prefetch={false} className="button button--ghost" href="/">
              {t("notFound.home")}
            </Link>
          </>
        }
      >
        <p>{t("notFound.body")}</p>
      </MessagePanel>
      <div className="not-found__help">
        <h2 className="section__title">{t("notFound.search")}</h2>
        <SearchForm t={t} id="not-found-search" />
        {categories.length > 0 && (
          <>
            <h2 className="section__title not-found__categories">{t("notFound.categories")}</h2>
            <CategoryTiles categories={categories} locale={locale} showDescription={false} />
          </>
        )}
      </div>
    </div>
  )
}
