import type { Metadata } from "next"
import Link from "next/link"
import { getTranslator } from "@/i18n/server"
import { DEFAULT_PAGE_SIZE, listCategories, listProducts } from "@/lib/data"
import { firstParam, listingHref, parsePage } from "@/lib/util/routes"
import { CategoryNav } from "@/modules/categories/components/category-nav"
import { MessagePanel } from "@/modules/common/components/message-panel"
import { Pagination } from "@/modules/products/components/pagination"
import { ProductGrid } from "@/modules/products/components/product-grid"

export const dynamic = "force-dynamic"

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const t = await getTranslator()
  const kategori = firstParam((await searchParams).kategori)
  if (kategori) {
    const categories = await listCategories().catch(() => [])
    const category = categories.find((c) => c.handle === kategori)
    if (category) return { title: category.name }
  }
  return { title: t("meta.productsTitle") }
}

export default async function ProductListingPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const kategori = firstParam(params.kategori)
  const page = parsePage(params.halaman)
  const t = await getTranslator()

  const [categories, result] = await Promise.all([
    listCategories(),
    listProducts({
      categoryHandle: kategori,
      limit: DEFAULT_PAGE_SIZE,
      offset: (page - 1) * DEFAULT_PAGE_SIZE,
    }),
  ])
  const totalPages = Math.max(1, Math.ceil(result.count / DEFAULT_PAGE_SIZE))
  const categoryMissing = Boolean(kategori) && result.category === null
  const heading = result.category?.name ?? t("listing.title")

  return (
    <div className="container section">
      <h1 className="page-title">{heading}</h1>
      <CategoryNav categories={categories} active={kategori} t={t} />

      {categoryMissing ? (
        <MessagePanel
          headingLevel={2}
          title={t("listing.categoryNotFound", { handle: kategori ?? "" })}
          actions={
            <Link className="button button--primary" href={listingHref()}>
              {t("listing.showAll")}
            </Link>
          }
        />
      ) : result.products.length === 0 ? (
        <MessagePanel
          headingLevel={2}
          title={result.count > 0 ? t("listing.pageEmpty") : t("listing.empty")}
          actions={
            result.count > 0 ? (
              <Link className="button button--primary" href={listingHref({ kategori })}>
                {t("listing.backToFirstPage")}
              </Link>
            ) : kategori ? (
              <Link className="button button--primary" href={listingHref()}>
                {t("listing.showAll")}
              </Link>
            ) : undefined
          }
        />
      ) : (
        <>
          <p className="muted listing__count" data-testid="product-count">
            {t("listing.count", { count: result.count })}
          </p>
          <ProductGrid products={result.products} t={t} headingLevel={2} />
          <Pagination page={page} totalPages={totalPages} kategori={kategori} t={t} />
        </>
      )}
    </div>
  )
}
