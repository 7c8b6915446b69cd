import Link from "next/link"
import type { Locale, Translate } from "@/i18n"
import type { ListingResult } from "@/lib/data/catalog"
import { LISTING_PATH, listingHref, type ListingParams } from "@/lib/util/routes"
import { CategoryNav } from "@/modules/categories/components/category-nav"
import { MessagePanel } from "@/modules/common/components/message-panel"
import { ListingFilters } from "../components/listing-filters"
import { Pagination } from "../components/pagination"
import { ProductGrid } from "../components/product-grid"
import { SearchForm } from "../components/search-form"

/**
 * A product listing (all products, a category, search results): heading, search, category chips,
 * filters, the grid and pagination, with honest empty states.
 */
export function ProductListing({
  result,
  params,
  heading,
  intro,
  basePath = LISTING_PATH,
  t,
  locale,
}: {
  result: ListingResult
  params: ListingParams
  heading: string
  intro?: string | null
  basePath?: string
  t: Translate
  locale: Locale
}) {
  const filtered = Boolean(params.lapas || params.q || params.harga_min !== undefined || params.harga_maks !== undefined)
  const ignoredInSearch =
    result.search && Boolean(params.lapas || params.harga_min !== undefined || params.harga_maks !== undefined || (params.urut && params.urut !== "terbaru"))

  let empty: { title: string; action?: { href: string; label: string } } | null = null
  if (result.category === null) {
    empty = {
      title: t("listing.categoryNotFound", { handle: params.kategori ?? "" }),
      action: { href: listingHref(), label: t("listing.showAll") },
    }
  } else if (result.lapas === null) {
    empty = {
      title: t("listing.lapasNotFound", { handle: params.lapas ?? "" }),
      action: { href: "/lapas", label: t("listing.seeLapas") },
    }
  } else if (result.rejected) {
    empty = {
      title: t("listing.rejected", { message: result.rejected }),
      action: { href: basePath, label: t("filters.reset") },
    }
  } else if (result.products.length === 0) {
    if (result.count > 0) {
      empty = {
        title: t("listing.pageEmpty"),
        action: { href: listingHref({ ...params, halaman: 1 }, basePath), label: t("listing.backToFirstPage") },
      }
    } else if (params.q) {
      empty = {
        title: t("listing.noSearchResults", { q: params.q }),
        action: { href: listingHref({ ...params, q: undefined, halaman: 1 }, basePath), label: t("listing.clearSearch") },
      }
    } else if (filtered) {
      empty = { title: t("listing.noMatches"), action: { href: basePath, label: t("filters.reset") } }
    } else {
      empty = {
        title: t("listing.empty"),
        action: basePath !== LISTING_PATH ? { href: listingHref(), label: t("listing.showAll") } : undefined,
      }
    }
  }

  return (
    <div className="container section listing">
      <h1 className="page-title">{heading}</h1>
      {intro && <p className="muted listing__intro">{intro}</p>}
      <SearchForm t={t} q={params.q} kategori={params.kategori} id="listing-search" />
      <CategoryNav categories={result.categories} active={params.kategori} t={t} locale={locale} />
      <ListingFilters
        params={params}
        categories={result.categories}
        lapasList={result.lapasList}
        basePath={basePath}
        t={t}
        locale={locale}
      />

      {empty ? (
        <MessagePanel
          headingLevel={2}
          title={empty.title}
          actions={
            empty.action ? (
              <Link prefetch={false} className="button button--primary" href={empty.action.href}>
                {empty.action.label}
              </Link>
            ) : undefined
          }
        />
      ) : (
        <>
          <p className="muted listing__count" data-testid="product-count" aria-live="polite">
            {t("listing.count", { count: result.count })}
          </p>
          {ignoredInSearch && <p className="muted listing__note">{t("filters.searchNote")}</p>}
          <ProductGrid products={result.products} t={t} headingLevel={2} eagerCount={2} prioritizeFirst />
          <Pagination page={result.page} totalPages={result.totalPages} params={params} basePath={basePath} t={t} />
        </>
      )}
    </div>
  )
}
