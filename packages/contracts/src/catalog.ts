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

/*
 * The catalogue read model's routes: `GET /store/catalog/cards` (one page of product cards, same
 * query as `GET /store/catalog`) and `GET /store/catalog/products/:handle` (everything the product
 * page shows). Both answer in the shapes of Medusa's store products (`calculated_price` of the
 * region's currency, `inventory_quantity` summed over the stock locations of the product's sales
 * channels), so the storefront's product helpers read them unchanged. Prices are plain prices (no
 * price list, no price rules, from quantity 1), whole rupiah for IDR.
 */

/** A variant's price in the region's currency; null when the variant has none there. */
export interface CatalogPrice {
  calculated_amount: number
  original_amount: number
  currency_code: string
}

export interface CatalogVariantOption {
  id: string
  value: string
  option_id: string | null
}

export interface CatalogVariant {
  id: string
  title: string | null
  sku: string | null
  variant_rank: number | null
  manage_inventory: boolean
  allow_backorder: boolean
  /** Units that can be sold: over the variant's inventory items, summed over the stock locations of the product's sales channels. */
  inventory_quantity: number | null
  options: CatalogVariantOption[]
  calculated_price: CatalogPrice | null
}

/** The public profile of the product's lapas that cards and the product page show. */
export type CatalogLapas = Pick<PublicLapas, "id" | "handle" | "name" | "lapas_class" | "city" | "province" | "time_zone" | "logo_url">

/** One product card of `GET /store/catalog/cards`. */
export interface CatalogCard {
  id: string
  handle: string
  title: string
  subtitle: string | null
  thumbnail: string | null
  created_at: string
  updated_at: string
  lapas: CatalogLapas
  variants: CatalogVariant[]
}

/** `GET /store/catalog/cards` */
export interface StoreCatalogCardsResponse {
  cards: CatalogCard[]
  count: number
  limit: number
  offset: number
}

export interface CatalogImage {
  id: string
  url: string
  rank: number
}

export interface CatalogCategory {
  id: string
  name: string
  handle: string
  description: string | null
  parent_category_id: string | null
  rank: number | null
  metadata: Record<string, unknown> | null
}

export interface CatalogOption {
  id: string
  title: string
  values: { id: string; value: string }[]
}

/** `GET /store/catalog/products/:handle`: the product page's product. */
export interface CatalogProduct extends CatalogCard {
  description: string | null
  metadata: Record<string, unknown> | null
  collection_id: string | null
  type: { id: string; value: string } | null
  images: CatalogImage[]
  categories: CatalogCategory[]
  options: CatalogOption[]
}

/** `GET /store/catalog/products/:handle` */
export interface StoreCatalogProductResponse {
  product: CatalogProduct
}
