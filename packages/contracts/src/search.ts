import { z } from "zod"

/**
 * Product search: what GET /store/search and GET /store/search/suggestions answer. Both search
 * engines (PostgreSQL, Meilisearch) give exactly these shapes. Prices are whole rupiah numbers.
 */

export interface SearchHit {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  lapas: { name: string; handle: string }
  /** Lowest plain IDR price of the variants; null when no variant has one. */
  min_price: number | null
  in_stock: boolean
  /**
   * The title, and a short piece of the description, with the matched words wrapped in
   * `<mark>`…`</mark>`. Nothing else in them is markup: render the rest as text.
   */
  highlight: { title: string; description: string | null }
}

export interface FacetValue {
  /** The value to filter by (a lapas or category handle). */
  value: string
  /** Its display name. */
  label: string
  count: number
}

export interface PriceFacetValue {
  /** A price bucket key, e.g. "50000-100000" ("1000000-" for the last). */
  value: string
  /** Inclusive lower bound, whole rupiah. */
  min: number
  /** Exclusive upper bound, null for the last bucket. */
  max: number | null
  count: number
}

/**
 * Facet counts are disjunctive: each facet counts the products matching the query and every
 * filter except its own, so a buyer sees how many they would get by picking another value.
 */
export interface SearchFacets {
  lapas: FacetValue[]
  category: FacetValue[]
  price: PriceFacetValue[]
}

/** `GET /store/search` */
export interface SearchResult {
  hits: SearchHit[]
  facets: SearchFacets
  total: number
  /**
   * When a misspelt word was corrected ("jahee" → "jahe"): the query as searched, for "Maksud Anda:
   * jahe?". null when the query was searched as typed (synonyms are not corrections). The
   * Meilisearch engine does not say (null).
   */
  corrected_query?: string | null
}

/** `GET /store/search`: the result, what the query was corrected to and the id of this results page. */
export interface StoreSearchResponse extends SearchResult {
  corrected_query: string | null
  /**
   * The logged search (first page of a query) this page belongs to; the storefront sends it with
   * `POST /store/search/events` when the buyer opens a product or adds one to the cart. null for
   * browsing and later pages.
   */
  search_id: string | null
}

/** What a buyer did from a results page. */
export const SEARCH_EVENT_KINDS = ["click", "add_to_cart"] as const
export type SearchEventKind = (typeof SEARCH_EVENT_KINDS)[number]

/** `POST /store/search/events` body. Nothing about the buyer is sent or kept. */
export const searchEventBody = z
  .object({
    search_id: z
      .string({ error: "search_id is the search_id GET /store/search answered" })
      .regex(/^srch_[0-9A-Z]{26}$/, "search_id is the search_id GET /store/search answered (srch_…)"),
    kind: z.enum(SEARCH_EVENT_KINDS, { error: `kind is one of ${SEARCH_EVENT_KINDS.join(", ")}` }),
    product_id: z
      .string({ error: "product_id is the id of a product from the results (prod_…)" })
      .regex(/^prod_[0-9A-Za-z]{1,64}$/, "product_id is the id of a product from the results (prod_…)"),
  })
  .strict()
export type SearchEventBody = z.infer<typeof searchEventBody>

/** `GET /store/search/suggestions` */
export interface SearchSuggestionsResponse {
  suggestions: SearchHit[]
}

/** `GET /store/search` query, as written in the URL. */
export interface StoreSearchQuery {
  q?: string
  /** Lapas handles, comma separated. */
  lapas?: string
  /** Category handles, comma separated. */
  category?: string
  min_price?: number
  /** Inclusive. */
  max_price?: number
  in_stock?: "true" | "false"
  limit?: number
  offset?: number
}
