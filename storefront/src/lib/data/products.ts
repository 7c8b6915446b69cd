import "server-only"
import type { CatalogCard, CatalogProduct, StoreCatalogCardsResponse, StoreCatalogProductResponse } from "@karya-binaan/contracts"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { getCategoryByHandle } from "./categories"
import { isNotFound } from "./errors"
import { getRegion } from "./regions"
import { CATALOG_TAG, cachedStoreFetch, getSdk, lapasTag, productTag } from "./sdk"
import type { ProductWithLapas } from "../util/product"

/** Fields every product view needs: region prices, stock, photos, categories, licences (metadata) and the public profile of the lapas that made it. */
export const PRODUCT_FIELDS = [
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "+variants.manage_inventory",
  "+variants.allow_backorder",
  "*images",
  "*categories",
  // The product type tells a service (jasa, sold as a voucher) from goods.
  "*type",
  "+metadata",
  "+lapas.handle",
  "+lapas.name",
  "+lapas.city",
  "+lapas.province",
  "+lapas.lapas_class",
].join(",")

export const DEFAULT_PAGE_SIZE = 12
export const MAX_PAGE_SIZE = 100

export type ProductQueryInput = {
  regionId?: string | null
  categoryId?: string | null
  handle?: string
  /** only these products (the order is not kept by the API; see listProductsByIds) */
  ids?: string[]
  /** free-text search (Medusa's own product search) */
  q?: string
  limit?: number
  offset?: number
}

/** The query sent to GET /store/products. Pure, so it can be unit tested. */
export function buildProductQuery(input: ProductQueryInput): HttpTypes.StoreProductListParams {
  const limit = Math.min(Math.max(Math.trunc(input.limit ?? DEFAULT_PAGE_SIZE), 1), MAX_PAGE_SIZE)
  const offset = Math.max(Math.trunc(input.offset ?? 0), 0)
  const query: HttpTypes.StoreProductListParams = { fields: PRODUCT_FIELDS, limit, offset }
  if (input.regionId) query.region_id = input.regionId
  if (input.categoryId) query.category_id = [input.categoryId]
  if (input.handle) query.handle = input.handle
  if (input.ids) query.id = input.ids
  if (input.q) query.q = input.q
  return query
}

export type ListProductsInput = {
  categoryHandle?: string
  limit?: number
  offset?: number
}

export type ListProductsResult = {
  products: ProductWithLapas[]
  count: number
  limit: number
  offset: number
  /** Only when a categoryHandle was asked for: the category, or null if no such category. */
  category?: HttpTypes.StoreProductCategory | null
}

export async function listProducts({
  categoryHandle,
  limit = DEFAULT_PAGE_SIZE,
  offset = 0,
}: ListProductsInput = {}): Promise<ListProductsResult> {
  const [region, category] = await Promise.all([
    getRegion(),
    categoryHandle ? getCategoryByHandle(categoryHandle) : Promise.resolve(undefined),
  ])
  const query = buildProductQuery({ regionId: region?.id, categoryId: category?.id, limit, offset })
  if (categoryHandle && !category) {
    return { products: [], count: 0, limit: query.limit as number, offset: query.offset as number, category: null }
  }
  const { cards, count } = await fetchCards({
    limit: query.limit as number,
    offset: query.offset as number,
    ...(region?.id ? { region_id: region.id } : {}),
    ...(category?.id ? { category_id: category.id } : {}),
  })
  return {
    products: cards.map(productFromCatalog),
    count,
    limit: query.limit as number,
    offset: query.offset as number,
    ...(categoryHandle ? { category } : {}),
  }
}

/**
 * One page of product cards from the catalogue read model (`GET /store/catalog/cards`), kept in
 * Next.js's data cache under the `catalog` tag (and `lapas:<id>` when filtered by a lapas).
 */
export async function fetchCards(query: Record<string, string | number>): Promise<StoreCatalogCardsResponse> {
  const tags = [CATALOG_TAG, ...(typeof query.lapas_id === "string" ? [lapasTag(query.lapas_id)] : [])]
  const page = await cachedStoreFetch<StoreCatalogCardsResponse>("/store/catalog/cards", { query, tags })
  return {
    cards: Array.isArray(page.cards) ? page.cards : [],
    count: Number(page.count) || 0,
    limit: Number(page.limit) || 0,
    offset: Number(page.offset) || 0,
  }
}

/**
 * A card or product of the catalogue routes in the shape of Medusa's store product, which the
 * product components read (`calculated_price`, `inventory_quantity`, `lapas`, …). Pure.
 */
export function productFromCatalog(product: CatalogCard | CatalogProduct): ProductWithLapas {
  const full = product as Partial<CatalogProduct>
  return {
    ...product,
    description: full.description ?? null,
    metadata: full.metadata ?? null,
    collection_id: full.collection_id ?? null,
    type: full.type ?? null,
    images: full.images ?? [],
    categories: full.categories ?? [],
    options: full.options ?? [],
    variants: product.variants.map((variant) => ({
      ...variant,
      calculated_price: variant.calculated_price ?? undefined,
    })),
  } as unknown as ProductWithLapas
}
/**
 * One published product by its URL handle, priced for the IDR region, from the catalogue read
 * model (`GET /store/catalog/products/:handle`, cached under the tag `product:<handle>`); null if
 * there is none.
 */
export const getProductByHandle = cache(
  async (handle: string): Promise<ProductWithLapas | null> => {
    const region = await getRegion()
    try {
      const { product } = await cachedStoreFetch<StoreCatalogProductResponse>(
        `/store/catalog/products/${encodeURIComponent(handle)}`,
        { query: region?.id ? { region_id: region.id } : {}, tags: [productTag(handle)] }
      )
      return product && product.handle === handle ? productFromCatalog(product) : null
    } catch (error) {
      if (isNotFound(error)) return null
      throw error
    }
  }
)

/**
 * The products with these ids, priced for the IDR region, in the order of `ids` (the catalog's
 * order). Ids the store API does not return (unpublished meanwhile) are left out.
 */
export async function listProductsByIds(ids: string[], regionId?: string | null): Promise<ProductWithLapas[]> {
  const unique = [...new Set(ids)].slice(0, MAX_PAGE_SIZE)
  if (unique.length === 0) return []
  const { products } = await getSdk().store.product.list(
    buildProductQuery({ regionId, ids: unique, limit: unique.length, offset: 0 })
  )
  const byId = new Map(products.map((p) => [p.id, p as ProductWithLapas]))
  return unique.map((id) => byId.get(id)).filter((p): p is ProductWithLapas => Boolean(p))
}

/** Medusa's own product search (`q`), optionally within a category; newest first as the API orders it. */
export async function searchProducts({
  q,
  categoryId,
  regionId,
  limit = DEFAULT_PAGE_SIZE,
  offset = 0,
}: {
  q: string
  categoryId?: string | null
  regionId?: string | null
  limit?: number
  offset?: number
}): Promise<{ products: ProductWithLapas[]; count: number }> {
  const { products, count } = await getSdk().store.product.list(
    buildProductQuery({ regionId, categoryId, q, limit, offset })
  )
  return { products, count }
}

export type SitemapProduct = { handle: string; updated_at: string | null }

/** Handle and last change of every published product, for the sitemap (pages of 100, at most `max`). */
export async function listProductHandles(max = 5000): Promise<SitemapProduct[]> {
  const out: SitemapProduct[] = []
  for (let offset = 0; offset < max; offset += MAX_PAGE_SIZE) {
    const { products, count } = await getSdk().store.product.list({
      fields: "id,handle,updated_at",
      limit: MAX_PAGE_SIZE,
      offset,
    })
    for (const product of products) {
      if (product.handle) {
        const updated = product.updated_at as string | Date | null | undefined
        out.push({
          handle: product.handle,
          updated_at: updated ? new Date(updated).toISOString() : null,
        })
      }
    }
    if (products.length < MAX_PAGE_SIZE || offset + MAX_PAGE_SIZE >= count) break
  }
  return out
}
