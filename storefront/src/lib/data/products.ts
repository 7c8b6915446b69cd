import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { cache } from "react"
import { getCategoryByHandle } from "./categories"
import { getRegion } from "./regions"
import { getSdk } from "./sdk"
import type { ProductWithLapas } from "../util/product"

/** Fields every product view needs: region prices, stock, photos, categories, licences (metadata) and the public profile of the lapas that made it. */
export const PRODUCT_FIELDS = [
  "*variants.calculated_price",
  "+variants.inventory_quantity",
  "+variants.manage_inventory",
  "+variants.allow_backorder",
  "*images",
  "*categories",
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
  const { products, count } = await getSdk().store.product.list(query)
  // The store SDK types products without module links; the lapas arrives through fields=+lapas.*.
  return {
    products,
    count,
    limit: query.limit as number,
    offset: query.offset as number,
    ...(categoryHandle ? { category } : {}),
  }
}

/** One published product by its URL handle, priced for the IDR region; null if there is none. */
export const getProductByHandle = cache(
  async (handle: string): Promise<ProductWithLapas | null> => {
    const region = await getRegion()
    const { products } = await getSdk().store.product.list(
      buildProductQuery({ regionId: region?.id, handle, limit: 1 })
    )
    return products.find((p) => p.handle === handle) ?? null
  }
)
