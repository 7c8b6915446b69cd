import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getLocale, getTranslator } from "@/i18n/server"
import { listCategories } from "@/lib/data"
import { getListing } from "@/lib/data/catalog"
import { categoryName } from "@/lib/util/category"
import { pageMetadata, summarize } from "@/lib/util/metadata"
import {
  categoryHref,
  decodeSegment,
  listingHref,
  parseListingParams,
  type SearchParamsRecord,
} from "@/lib/util/routes"
import { ProductListing } from "@/modules/products/templates/product-listing"

export const dynamic = "force-dynamic"

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<SearchParamsRecord> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const handle = decodeSegment((await params).handle)
  const { halaman } = parseListingParams(await searchParams)
  // The whole (cached) category list, which the listing itself needs too: one request for both.
  const [t, locale, categories] = await Promise.all([getTranslator(), getLocale(), listCategories()])
  const category = categories.find((c) => c.handle === handle)
  if (!category) return { title: t("meta.notFoundTitle"), robots: { index: false } }
  const name = categoryName(category, locale)
  return pageMetadata({
    title: name,
    description:
      (locale === "id" && summarize(category.description)) || t("meta.categoryDescription", { category: name }),
    path: listingHref({ halaman }, categoryHref(category.handle)),
    locale,
    siteName: t("meta.siteName"),
  })
}

/** A category's listing: the same listing as /produk with the category chosen. */
export default async function CategoryPage({ params, searchParams }: Props) {
  const handle = decodeSegment((await params).handle)
  const listingParams = { ...parseListingParams(await searchParams), kategori: handle }
  const [t, locale, result] = await Promise.all([getTranslator(), getLocale(), getListing(listingParams)])
  const category = result.category
  if (!category) notFound()
  return (
    <ProductListing
      result={result}
      params={listingParams}
      heading={categoryName(category, locale)}
      intro={locale === "id" ? category.description : null}
      basePath={categoryHref(category.handle)}
      t={t}
      locale={locale}
    />
  )
}
