import type { FacetValue, PriceFacetValue, SearchFacets, SearchHit, SearchResult } from "@karya-binaan/contracts"

/**
 * The search module's one interface: what is indexed (SearchDocument), what a buyer asks
 * (SearchParams) and what comes back (SearchResult, the store API's contract in
 * @karya-binaan/contracts). Both engines, PostgreSQL and Meilisearch, take and give exactly these shapes.
 */

/** One sellable product as the index holds it. Prices are whole rupiah (IDR). */
export interface SearchDocument {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  lapas_id: string
  lapas_handle: string
  lapas_name: string
  /** Handles of the product's categories and of their ancestors (a parent category finds its children's products). */
  category_handles: string[]
  /** Names of the same categories, searchable. */
  category_names: string[]
  tags: string[]
  sales_channel_ids: string[]
  /** Lowest plain IDR price of the variants; null when no variant has one. */
  min_price: number | null
  /** PRICE_BUCKETS key of min_price (a facet value), null with no price. */
  price_bucket: string | null
  /** Some variant can be bought now (stock on hand beyond reservations, or no inventory managed). */
  in_stock: boolean
  /** ISO timestamp; the order of results of an empty query (newest first). */
  created_at: string
}

export interface SearchParams {
  /** The buyer's text as typed (the engines normalise it); empty lists everything matching the filters. */
  q: string
  /** Lapas handles: a product of any of them. */
  lapas?: string[]
  /** Category handles: a product in any of them or their descendants. */
  category?: string[]
  min_price?: number
  max_price?: number
  /** true: only products in stock. */
  in_stock?: boolean
  /** The publishable key's sales channels; a product in none of them is never found. */
  sales_channel_ids: string[]
  limit: number
  offset: number
  /** false skips the facet counts (suggestions). Default true. */
  facets?: boolean
}

// What a search answers is the store API's contract, shared with the storefront.
export type { FacetValue, PriceFacetValue, SearchFacets, SearchHit, SearchResult }

/** What both engines implement. */
export interface SearchEngine {
  readonly name: "postgres" | "meilisearch"
  /** Creates what the engine needs (Meilisearch: the index and its settings). Idempotent. */
  setup(): Promise<void>
  /** Adds or replaces these documents. */
  upsert(documents: SearchDocument[]): Promise<void>
  /** Removes these products (unknown ids are ignored). */
  remove(productIds: string[]): Promise<void>
  /** The index becomes exactly these documents (full reindex). */
  replaceAll(documents: SearchDocument[]): Promise<void>
  search(params: SearchParams): Promise<SearchResult>
}

/** Price facet buckets, whole rupiah: [min, max). */
export const PRICE_BUCKETS: { value: string; min: number; max: number | null }[] = [
  { value: "0-50000", min: 0, max: 50_000 },
  { value: "50000-100000", min: 50_000, max: 100_000 },
  { value: "100000-250000", min: 100_000, max: 250_000 },
  { value: "250000-500000", min: 250_000, max: 500_000 },
  { value: "500000-1000000", min: 500_000, max: 1_000_000 },
  { value: "1000000-", min: 1_000_000, max: null },
]

export function priceBucketOf(price: number | null): string | null {
  if (price === null) return null
  return PRICE_BUCKETS.find((b) => price >= b.min && (b.max === null || price < b.max))?.value ?? null
}

export const MAX_SEARCH_LIMIT = 50
