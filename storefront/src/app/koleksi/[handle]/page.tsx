import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getLocale, getTranslator } from "@/i18n/server"
import { getListing } from "@/lib/data/catalog"
import { listCollections } from "@/lib/data/collections"
import { collectionDescription, collectionTitle } from "@/lib/util/collection"
import { pageMetadata, summarize } from "@/lib/util/metadata"
import {
  collectionHref,
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
  // The whole (cached) collection list, which the listing itself needs too: one request for both.
  const [t, locale, collections] = await Promise.all([getTranslator(), getLocale(), listCollections()])
  const collection = collections.find((c) => c.handle === handle)
  if (!collection) return { title: t("meta.notFoundTitle"), robots: { index: false } }
  const title = collectionTitle(collection, locale)
  return pageMetadata({
    title,
    description:
      (locale === "id" && summarize(collectionDescription(collection))) ||
      t("meta.collectionDescription", { collection: title }),
    path: listingHref({ halaman }, collectionHref(collection.handle)),
    locale,
    siteName: t("meta.siteName"),
  })
}

/**
 * A collection's listing: the same listing as /produk with the collection chosen, filtered by
 * lapas and price and sorted; a category filter or search leads back to /produk.
 */
export default async function CollectionPage({ params, searchParams }: Props) {
  const handle = decodeSegment((await params).handle)
  const listingParams = { ...parseListingParams(await searchParams), kategori: undefined, q: undefined, koleksi: handle }
  const [t, locale, result] = await Promise.all([getTranslator(), getLocale(), getListing(listingParams)])
  const collection = result.collection
  if (!collection) notFound()
  return (
    <ProductListing
      result={result}
      params={listingParams}
      heading={collectionTitle(collection, locale)}
      intro={locale === "id" ? collectionDescription(collection) : null}
      basePath={collectionHref(collection.handle)}
      t={t}
      locale={locale}
    />
  )
}
