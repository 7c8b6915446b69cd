import type { Metadata } from "next"
import type { Translate } from "@/i18n"
import { getLocale, getTranslator } from "@/i18n/server"
import { listCategories } from "@/lib/data/categories"
import { listLapas } from "@/lib/data/lapas"
import { getSearchResults } from "@/lib/data/search"
import { pageMetadata } from "@/lib/util/metadata"
import type { SearchParamsRecord } from "@/lib/util/routes"
import { SEARCH_PATH, parseSearchPageParams } from "@/lib/util/search"
import { SearchResults } from "@/modules/search/templates/search-results"

export const dynamic = "force-dynamic"

type Props = { searchParams: Promise<SearchParamsRecord> }

function heading(t: Translate, q: string | undefined): string {
  return q ? t("searchPage.titleFor", { q }) : t("searchPage.title")
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = parseSearchPageParams(await searchParams)
  const [t, locale] = await Promise.all([getTranslator(), getLocale()])
  // Result pages are endless combinations of words and filters: kept out of search engines.
  return pageMetadata({
    title: heading(t, q),
    description: t("searchPage.description"),
    path: SEARCH_PATH,
    locale,
    siteName: t("meta.siteName"),
    noIndex: true,
  })
}

/** `/cari?q=&lapas=&kategori=&harga=&stok=1&halaman=`: product search with facets (GET /store/search). */
export default async function SearchPage({ searchParams }: Props) {
  const params = parseSearchPageParams(await searchParams)
  const [t, locale, result, categories, lapasList] = await Promise.all([
    getTranslator(),
    getLocale(),
    getSearchResults(params),
    // Names in the buyer's language and the "browse a category" links; the results never wait on them failing.
    listCategories().catch(() => []),
    params.lapas.length > 0 ? listLapas().catch(() => []) : Promise.resolve([]),
  ])
  return (
    <SearchResults
      params={params}
      result={result}
      categories={categories}
      lapasList={lapasList}
      heading={heading(t, params.q)}
      t={t}
      locale={locale}
    />
  )
}
