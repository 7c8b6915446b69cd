import "server-only"
import type { CatalogPage, CatalogSort, StoreLapas } from "@karya-binaan/contracts"
import type { HttpTypes } from "@medusajs/types"
import { listCategories } from "./categories"
import { listCollections } from "./collections"
import { clientErrorMessage } from "./errors"
import { listLapas } from "./lapas"
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, fetchCards, productFromCatalog, searchProducts } from "./products"
import { getRegion } from "./regions"
import { getSdk } from "./sdk"
import type { ProductWithLapas } from "../util/product"
import type { ListingParams, SortKey } from "../util/routes"

/** Products per listing page: two columns of twelve rows on a phone, a whole small category at once. */
export const LISTING_PAGE_SIZE = 24

export const CATALOG_SORT: Record<SortKey, CatalogSort> = {
  terbaru: "newest",
  harga_naik: "price_asc",
  harga_turun: "price_desc",
  nama: "title",
}

export type CatalogFilters = {
  categoryId?: string | null
  collectionId?: string | null
  lapasId?: string | null
  priceMin?: number
  priceMax?: number
  sort?: CatalogSort
  limit?: number
  offset?: number
  regionId?: string | null
}

/** The query of `GET /store/catalog`: only the filters that are set; limit and offset clamped. Pure. */
export function buildCatalogQuery(filters: CatalogFilters): Record<string, string | number> {
  const limit = Math.min(Math.max(Math.trunc(filters.limit ?? DEFAULT_PAGE_SIZE), 1), MAX_PAGE_SIZE)
  const offset = Math.max(Math.trunc(filters.offset ?? 0), 0)
  const query: Record<string, string | number> = { sort: filters.sort ?? "newest", limit, offset }
  if (filters.categoryId) query.category_id = filters.categoryId
  if (filters.collectionId) query.collection_id = filters.collectionId
  if (filters.lapasId) query.lapas_id = filters.lapasId
  if (filters.priceMin !== undefined) query.price_min = filters.priceMin
  if (filters.priceMax !== undefined) query.price_max = filters.priceMax
  if (filters.regionId) query.region_id = filters.regionId
  return query
}

/** Ordered product ids for the filters (the backend filters, prices and sorts). */
export async function fetchCatalog(filters: CatalogFilters): Promise<CatalogPage> {
  const page = await getSdk().client.fetch<CatalogPage>("/store/catalog", { query: buildCatalogQuery(filters) })
  return {
    product_ids: Array.isArray(page.product_ids) ? page.product_ids : [],
    count: Number(page.count) || 0,
    limit: Number(page.limit) || 0,
    offset: Number(page.offset) || 0,
  }
}

export type ListingResult = {
  products: ProductWithLapas[]
  count: number
  page: number
  pageSize: number
  totalPages: number
  categories: HttpTypes.StoreProductCategory[]
  lapasList: StoreLapas[]
  /** The filtered category / collection / lapas: undefined when not filtered, null when the handle is unknown. */
  category?: HttpTypes.StoreProductCategory | null
  collection?: HttpTypes.StoreCollection | null
  lapas?: StoreLapas | null
  /** True when `q` was given: Medusa's search answered, lapas/price/sort filters were not applied. */
  search: boolean
  /** The backend refused the filters (400): its message. */
  rejected?: string
}

/**
 * One page of a product listing. Handles in the URL are resolved to ids; the catalogue read
 * model's cards endpoint gives the page in one request (cached under the `catalog` tag).
 */
export async function getListing(
  params: ListingParams,
  { pageSize = LISTING_PAGE_SIZE }: { pageSize?: number } = {}
): Promise<ListingResult> {
  const page = params.halaman && params.halaman > 0 ? params.halaman : 1
  const offset = (page - 1) * pageSize
  const [region, categories, lapasList, collections] = await Promise.all([
    getRegion(),
    listCategories(),
    listLapas(),
    params.koleksi ? listCollections() : [],
  ])

  const category = params.kategori ? (categories.find((c) => c.handle === params.kategori) ?? null) : undefined
  const collection = params.koleksi ? (collections.find((c) => c.handle === params.koleksi) ?? null) : undefined
  const lapas = params.lapas ? (lapasList.find((l) => l.handle === params.lapas) ?? null) : undefined
  const base = { page, pageSize, categories, lapasList, category, collection, lapas, search: Boolean(params.q) }
  const empty = { ...base, products: [], count: 0, totalPages: 1 }
  if (category === null || collection === null || lapas === null) return empty

  if (params.q) {
    const { products, count } = await searchProducts({
      q: params.q,
      categoryId: category?.id,
      regionId: region?.id,
      limit: pageSize,
      offset,
    })
    return { ...base, products, count, totalPages: Math.max(1, Math.ceil(count / pageSize)) }
  }

  let cards: Awaited<ReturnType<typeof fetchCards>>
  try {
    cards = await fetchCards(
      buildCatalogQuery({
        categoryId: category?.id,
        collectionId: collection?.id,
        lapasId: lapas?.id,
        priceMin: params.harga_min,
        priceMax: params.harga_maks,
        sort: CATALOG_SORT[params.urut ?? "terbaru"],
        limit: pageSize,
        offset,
        regionId: region?.id,
      })
    )
  } catch (error) {
    const rejected = clientErrorMessage(error)
    if (rejected) return { ...empty, rejected }
    throw error
  }
  return {
    ...base,
    products: cards.cards.map(productFromCatalog),
    count: cards.count,
    totalPages: Math.max(1, Math.ceil(cards.count / pageSize)),
  }
}
