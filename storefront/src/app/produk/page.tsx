import type { Metadata } from "next"
import { redirect } from "next/navigation"
import type { Translate } from "@/i18n"
import { getLocale, getTranslator } from "@/i18n/server"
import { getListing } from "@/lib/data/catalog"
import { listCategories } from "@/lib/data"
import { listLapas } from "@/lib/data/lapas"
import { categoryName } from "@/lib/util/category"
import { pageMetadata } from "@/lib/util/metadata"
import { categoryHref, listingHref, parseListingParams, type ListingParams, type SearchParamsRecord } from "@/lib/util/routes"
import { searchHref } from "@/lib/util/search"
import { ProductListing } from "@/modules/products/templates/product-listing"

export const dynamic = "force-dynamic"

type SearchParams = Promise<SearchParamsRecord>

/**
 * A text search is the results page's job: `/produk?q=…` (old links, bookmarks) goes to `/cari?q=…`,
 * keeping the category and lapas it was narrowed to. Without `q` the listing stays as it is.
 */
function redirectSearch(params: ListingParams): void {
  if (!params.q) return
  redirect(
    searchHref({
      q: params.q,
      kategori: params.kategori ? [params.kategori] : [],
      lapas: params.lapas ? [params.lapas] : [],
    })
  )
}

function heading(
  t: Translate,
  { categoryName, lapasName }: { categoryName?: string; lapasName?: string }
): string {
  if (categoryName && lapasName) return t("listing.categoryLapasTitle", { category: categoryName, lapas: lapasName })
  if (categoryName) return categoryName
  if (lapasName) return t("listing.lapasTitle", { lapas: lapasName })
  return t("listing.title")
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const params = parseListingParams(await searchParams)
  redirectSearch(params)
  const [t, locale, categories, lapasList] = await Promise.all([
    getTranslator(),
    getLocale(),
    params.kategori ? listCategories().catch(() => []) : Promise.resolve([]),
    params.lapas ? listLapas().catch(() => []) : Promise.resolve([]),
  ])
  const category = categories.find((c) => c.handle === params.kategori)
  const lapas = lapasList.find((l) => l.handle === params.lapas)
  const title = heading(t, {
    categoryName: category ? categoryName(category, locale) : undefined,
    lapasName: lapas?.name,
  })
  // One canonical URL per category or lapas selection; sort and price variants point to it.
  const canonical =
    category && !lapas
      ? categoryHref(category.handle)
      : listingHref({ kategori: category?.handle, lapas: lapas?.handle, halaman: params.halaman })
  return pageMetadata({
    title,
    description: t("meta.listingDescription"),
    path: canonical,
    locale,
    siteName: t("meta.siteName"),
  })
}

export default async function ProductListingPage({ searchParams }: { searchParams: SearchParams }) {
  const params = parseListingParams(await searchParams)
  redirectSearch(params)
  const [t, locale, result] = await Promise.all([getTranslator(), getLocale(), getListing(params)])
  const title = heading(t, {
    categoryName: result.category ? categoryName(result.category, locale) : undefined,
    lapasName: result.lapas?.name,
  })
  return <ProductListing result={result} params={params} heading={title} t={t} locale={locale} />
}
