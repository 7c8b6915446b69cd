import type { HttpTypes } from "@medusajs/types"
import Link from "next/link"
import { intlLocale, type Locale, type Translate } from "@/i18n"
import type { SearchPage } from "@/lib/data/search"
import { categoryName } from "@/lib/util/category"
import type { StoreLapas } from "@karya-binaan/contracts"
import { LISTING_PATH } from "@/lib/util/routes"
import { activeFilterCount, priceBucketLabel, searchHref, type SearchPageParams } from "@/lib/util/search"
import { buildFacetGroups, buildFilterChips, type FacetLabels } from "@/lib/util/search-facets"
import { CategoryTiles } from "@/modules/categories/components/category-tiles"
import { MessagePanel } from "@/modules/common/components/message-panel"
import { Pagination } from "@/modules/products/components/pagination"
import { ActiveFilters, SearchFacets } from "../components/search-facets"
import { SearchHitCard } from "../components/search-hit-card"
import { SearchResultEvents } from "../components/search-result-events"

/** Labels of facet values: lapas by name, categories in the buyer's language, price buckets in rupiah. */
function facetLabels(
  result: SearchPage,
  categories: HttpTypes.StoreProductCategory[],
  lapasList: StoreLapas[],
  locale: Locale,
  t: Translate
): FacetLabels {
  const lapasNames = new Map<string, string>(lapasList.map((l) => [l.handle, l.name]))
  for (const value of result.facets.lapas) lapasNames.set(value.value, value.label)
  const categoryLabels = new Map(result.facets.category.map((value) => [value.value, value.label]))
  return {
    lapas: (handle, fallback) => lapasNames.get(handle) ?? fallback ?? handle,
    category: (handle, fallback) => {
      const category = categories.find((c) => c.handle === handle)
      return (category && categoryName(category, locale)) || fallback || categoryLabels.get(handle) || handle
    },
    price: (range) => priceBucketLabel(range, t),
    inStock: t("searchPage.inStock"),
  }
}

function countText(total: number, q: string | undefined, locale: Locale, t: Translate): string {
  const count = new Intl.NumberFormat(intlLocale[locale]).format(total)
  if (total === 1) return q ? t("searchPage.countOneFor", { q }) : t("searchPage.countOne")
  return q ? t("searchPage.countFor", { count, q }) : t("searchPage.count", { count })
}

/**
 * The results page /cari: how many products were found, the hits as product cards, facets and
 * active filters as links (no JavaScript needed), pagination, and a helpful state when nothing is found.
 */
export function SearchResults({
  params,
  result,
  categories,
  lapasList,
  heading,
  t,
  locale,
}: {
  params: SearchPageParams
  result: SearchPage
  categories: HttpTypes.StoreProductCategory[]
  lapasList: StoreLapas[]
  heading: string
  t: Translate
  locale: Locale
}) {
  const labels = facetLabels(result, categories, lapasList, locale, t)
  const filters = activeFilterCount(params)
  const groups = buildFacetGroups(params, result.facets, labels)
  const chips = buildFilterChips(params, { ...labels, query: (q) => t("searchPage.chip.query", { q }) })
  const clearHref = filters > 0 ? searchHref({ q: params.q }) : null
  const hasFacets = groups.lapas.length + groups.category.length + groups.price.length > 0 || filters > 0

  if (result.rejected) {
    return (
      <div className="container section search-page">
        <h1 className="page-title">{heading}</h1>
        <MessagePanel
          headingLevel={2}
          title={t("searchPage.rejected", { message: result.rejected })}
          actions={
            <Link className="button button--primary" href={searchHref({ q: params.q })} prefetch={false}>
              {t("searchPage.clearFilters")}
            </Link>
          }
        />
      </div>
    )
  }

  let body
  if (result.total === 0) {
    const topCategories = categories.filter((c) => !c.parent_category_id)
    body = (
      <div className="search-empty" data-testid="search-empty">
        <MessagePanel
          headingLevel={2}
          title={params.q ? t("searchPage.empty.titleFor", { q: params.q }) : t("searchPage.empty.title")}
          actions={
            <>
              {clearHref && (
                <Link className="button button--primary" href={clearHref} prefetch={false}>
                  {t("searchPage.clearFilters")}
                </Link>
              )}
              <Link className={`button ${clearHref ? "button--ghost" : "button--primary"}`} href={LISTING_PATH}>
                {t("searchPage.allProducts")}
              </Link>
            </>
          }
        >
          {filters > 0 && <p>{t("searchPage.empty.filters")}</p>}
          {params.q && <p>{t("searchPage.empty.spelling")}</p>}
        </MessagePanel>
        {topCategories.length > 0 && (
          <section className="search-empty__browse" aria-labelledby="search-empty-browse">
            <h2 id="search-empty-browse" className="section__title">
              {t("searchPage.empty.browse")}
            </h2>
            <CategoryTiles categories={topCategories} locale={locale} showDescription={false} />
          </section>
        )}
      </div>
    )
  } else if (result.hits.length === 0) {
    body = (
      <MessagePanel
        headingLevel={2}
        title={t("listing.pageEmpty")}
        actions={
          <Link className="button button--primary" href={searchHref({ ...params, halaman: 1 })} prefetch={false}>
            {t("listing.backToFirstPage")}
          </Link>
        }
      />
    )
  } else {
    body = (
      <>
        <ul className="product-grid" role="list" data-search-id={result.search_id ?? undefined}>
          {result.hits.map((hit, index) => (
            <li key={hit.id} data-product-id={hit.id}>
              <SearchHitCard hit={hit} t={t} eager={index < 2} highPriority={index === 0} />
            </li>
          ))}
        </ul>
        <Pagination
          page={result.page}
          totalPages={result.totalPages}
          hrefForPage={(halaman) => searchHref({ ...params, halaman })}
          prefetch={false}
          t={t}
        />
        {result.search_id && <SearchResultEvents searchId={result.search_id} />}
      </>
    )
  }

  return (
    <div className="container section search-page">
      <h1 className="page-title">{heading}</h1>
      {result.corrected_query && result.corrected_query !== params.q && (
        <p className="search-page__corrected" data-testid="search-corrected">
          {t("searchPage.didYouMean")}{" "}
          <Link href={searchHref({ q: result.corrected_query })} prefetch={false}>
            <strong>{result.corrected_query}</strong>
          </Link>
          ?
        </p>
      )}
      {result.total > 0 && (
        <p className="muted search-page__count" data-testid="search-results-count" data-total={result.total}>
          {countText(result.total, params.q, locale, t)}
        </p>
      )}
      <ActiveFilters chips={chips} clearHref={clearHref} t={t} />
      <div className={hasFacets ? "search-page__layout" : undefined}>
        {hasFacets && <SearchFacets groups={groups} activeCount={filters} t={t} />}
        <div className="search-page__results">{body}</div>
      </div>
    </div>
  )
}
