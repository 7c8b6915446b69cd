import "server-only"
import type { SearchHit, SearchResult, SearchSuggestionsResponse } from "@karya-binaan/contracts"
import { clientErrorMessage } from "./errors"
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
  try {
    result = toSearchResult(await getSdk().client.fetch<unknown>("/store/search", { query }))
  } catch (error) {
    const rejected = clientErrorMessage(error)
    if (!rejected) throw error
    return {
      hits: [],
      facets: { lapas: [], category: [], price: [] },
      total: 0,
      page,
      pageSize: limit,
      totalPages: 1,
      rejected,
    }
  }
  return { ...result, page, pageSize: limit, totalPages: Math.max(1, Math.ceil(result.total / limit)) }
}

/** A hit as the search box shows it: its link and photo URL resolved here, on the server. */
export function toSuggestion(hit: SearchHit): Suggestion {
  return {
    id: hit.id,
    href: productHref(hit.handle),
    title: hit.title,
    highlight: hit.highlight.title,
    lapas: hit.lapas.name,
    price: hit.min_price,
    inStock: hit.in_stock,
    image: hit.thumbnail ? toImageSource(hit.thumbnail) : null,
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
