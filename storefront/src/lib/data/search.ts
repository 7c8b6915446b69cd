import "server-only"
import {
  searchEventBody,
  type SearchHit,
  type SearchResult,
  type SearchSuggestionsResponse,
} from "@karya-binaan/contracts"
import { formatRupiah } from "@karya-binaan/format"
import { getImageProps } from "next/image"
import { clientErrorMessage } from "./errors"
import { clientAddressHeaders } from "./client-address"
import { getSdk } from "./sdk"
import { toImageSource } from "../util/images"
import { productHref } from "../util/routes"
import {
  SEARCH_PAGE_SIZE,
  SUGGESTION_LIMIT,
  SUGGESTION_MIN_CHARS,
  MAX_QUERY_LENGTH,
  buildSearchQuery,
  toSearchHit,
  toSearchResult,
  type SearchPageParams,
  type Suggestion,
} from "../util/search"

export type SearchPage = SearchResult & {
  /** What the backend corrected a misspelt query to ("Maksud Anda: …?"), null when searched as typed. */
  corrected_query: string | null
  /** The logged search this page belongs to (first page of a query), for search events; else null. */
  search_id: string | null
  page: number
  pageSize: number
  totalPages: number
  /** The backend refused the query (400): its message. */
  rejected?: string
}

/**
 * One page of search results with facet counts (`GET /store/search`). A 4xx answer becomes
 * `rejected`; other failures throw (the error page).
 */
export async function getSearchResults(
  params: SearchPageParams,
  { pageSize = SEARCH_PAGE_SIZE }: { pageSize?: number } = {}
): Promise<SearchPage> {
  const query = buildSearchQuery(params, pageSize)
  const limit = Number(query.limit)
  const page = Math.max(params.halaman, 1)
  let result: SearchResult
  let corrected: string | null = null
  let searchId: string | null = null
  try {
    // The buyer's address, so the backend counts the searches it logs per buyer, not per storefront.
    const raw = await getSdk().client.fetch<Record<string, unknown>>("/store/search", { query, headers: await clientAddressHeaders() })
    result = toSearchResult(raw)
    corrected = typeof raw?.corrected_query === "string" && raw.corrected_query ? raw.corrected_query.slice(0, 200) : null
    searchId = typeof raw?.search_id === "string" && /^srch_[0-9A-Z]{26}$/.test(raw.search_id) ? raw.search_id : null
  } catch (error) {
    const rejected = clientErrorMessage(error)
    if (!rejected) throw error
    return {
      hits: [],
      facets: { lapas: [], category: [], price: [] },
      total: 0,
      corrected_query: null,
      search_id: null,
      page,
      pageSize: limit,
      totalPages: 1,
      rejected,
    }
  }
  return {
    ...result,
    corrected_query: corrected,
    search_id: searchId,
    page,
    pageSize: limit,
    totalPages: Math.max(1, Math.ceil(result.total / limit)),
  }
}

/**
 * Passes on what a buyer did from a results page (`POST /store/search/events`): `body` as the
 * browser sent it. false when it is not a valid event (nothing is sent); the backend's refusal
 * of an unknown or old search is not the buyer's concern and also gives false.
 */
export async function recordSearchEvent(body: unknown): Promise<boolean> {
  const parsed = searchEventBody.safeParse(body)
  if (!parsed.success) return false
  try {
    await getSdk().client.fetch("/store/search/events", { method: "POST", body: parsed.data })
    return true
  } catch (error) {
    if (clientErrorMessage(error)) return false
    throw error
  }
}

/** The size of a suggestion's thumbnail in CSS pixels (search.css). */
export const SUGGESTION_IMAGE_SIZE = 48

/**
 * A hit as the search box shows it: its link, price text and thumbnail URLs resolved here, on the
 * server, so the box needs neither next/image nor the rupiah formatter in the browser.
 */
export function toSuggestion(hit: SearchHit): Suggestion {
  const source = hit.thumbnail ? toImageSource(hit.thumbnail) : null
  const image = source
    ? getImageProps({
        src: source.src,
        unoptimized: source.unoptimized,
        alt: "",
        width: SUGGESTION_IMAGE_SIZE,
        height: SUGGESTION_IMAGE_SIZE,
        // No `sizes`: a fixed width gives a 1x/2x srcset, which needs no `sizes` on the <img>.
      }).props
    : null
  return {
    id: hit.id,
    href: productHref(hit.handle),
    title: hit.title,
    highlight: hit.highlight.title,
    lapas: hit.lapas.name,
    price: hit.min_price,
    priceLabel: hit.min_price !== null ? formatRupiah(hit.min_price) : null,
    inStock: hit.in_stock,
    image: image?.src ? { src: image.src, ...(image.srcSet ? { srcSet: image.srcSet } : {}) } : null,
  }
}

/**
 * Suggestions for what the buyer has typed so far (`GET /store/search/suggestions`); nothing for
 * fewer than SUGGESTION_MIN_CHARS characters. `signal` cancels the backend request.
 */
export async function getSuggestions(
  q: string,
  { limit = SUGGESTION_LIMIT, signal }: { limit?: number; signal?: AbortSignal } = {}
): Promise<Suggestion[]> {
  const text = q.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH)
  if (text.length < SUGGESTION_MIN_CHARS) return []
  const body = await getSdk().client.fetch<Partial<SearchSuggestionsResponse>>("/store/search/suggestions", {
    query: { q: text, limit: Math.min(Math.max(Math.trunc(limit), 1), 10) },
    signal,
  })
  const raw = Array.isArray(body?.suggestions) ? body.suggestions : []
  return raw
    .map(toSearchHit)
    .filter((hit): hit is SearchHit => hit !== null)
    .map(toSuggestion)
}
