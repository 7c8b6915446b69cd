import type { PublicLapas } from "./lapas"

/**
 * The catalog: GET /store/catalog gives the ordered ids of one page of sellable products (the
 * storefront then loads them with Medusa's GET /store/products), and store product routes
 * called with `fields=+lapas.*` attach the lapas's public profile.
 */

export const CATALOG_SORTS = ["newest", "price_asc", "price_desc", "title"] as const
export type CatalogSort = (typeof CATALOG_SORTS)[number]

/** `GET /store/catalog` query, as written in the URL. Prices are whole rupiah. */
export interface StoreCatalogQuery {
  category_id?: string
  collection_id?: string
  lapas_id?: string
  price_min?: number
  price_max?: number
  sort?: CatalogSort
  limit?: number
  offset?: number
  region_id?: string
}

/** `GET /store/catalog` */
export interface CatalogPage {
  product_ids: string[]
  count: number
  limit: number
  offset: number
}

/**
 * A product's `lapas` on Medusa's store product routes (`fields=+lapas.*`): only public fields,
 * and only those the query asked for.
 */
export type ProductLapas = Partial<PublicLapas>
