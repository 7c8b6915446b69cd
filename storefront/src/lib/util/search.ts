/**
 * Product search, storefront side: the `/cari` URL (parsed and written one way), the backend query
 * built from it and the answer checked against its contract. Pure: no fetching here.
 */
import type { FacetValue, PriceFacetValue, SearchHit, SearchResult } from "@karya-binaan/contracts"
import type { Translate } from "@/i18n"
import { formatRupiah } from "@karya-binaan/format"
import { firstParam, parseHandle, parsePage, type SearchParamsRecord } from "./routes"

/** The results page. */
export const SEARCH_PATH = "/cari"

/** Suggestions are asked for from this many typed characters on. */
export const SUGGESTION_MIN_CHARS = 2
/** Suggestions shown under the search box. */
export const SUGGESTION_LIMIT = 6
/** Hits per results page (the backend allows at most 50). */
export const SEARCH_PAGE_SIZE = 24
/** The longest query kept from the URL. */
export const MAX_QUERY_LENGTH = 100
/** The deepest results page asked for (the backend pages up to offset 10 000). */
export const MAX_SEARCH_PAGE = 400
/** At most this many lapas or categories are combined in one filter. */
const MAX_FILTER_VALUES = 10

/** A suggestion under the search box, as `/api/search/suggestions` gives it to the browser. */
export type Suggestion = {
  id: string
  /** the product page */
  href: string
  title: string
  /** the title with `<mark>` around matched words */
  highlight: string
  lapas: string
  /** whole rupiah */
  price: number | null
  /** the price as the box shows it ("Rp 35.000"), formatted on the server; null when there is none */
  priceLabel: string | null
  inStock: boolean
  /** a 48 px thumbnail's <img> URLs (next/image's optimiser), resolved on the server */
  image: SuggestionImage | null
}

/** `src` and `srcSet` of a suggestion's thumbnail, ready for a plain <img>. */
export type SuggestionImage = { src: string; srcSet?: string }

// --- The /cari URL ------------------------------------------------------------------------------

/** What `/cari?…` asks for, in the words of the URL. */
export type SearchPageParams = {
  /** the buyer's text; empty lists everything matching the filters */
  q?: string
  /** lapas handles (`?lapas=a,b`) */
  lapas: string[]
  /** category handles (`?kategori=a,b`) */
  kategori: string[]
  /** a price bucket value, e.g. "50000-100000" (`?harga=`) */
  harga?: string
  /** only products in stock (`?stok=1`) */
  stok: boolean
  /** page number ≥ 1 (`?halaman=`) */
  halaman: number
}

export const EMPTY_SEARCH: SearchPageParams = { lapas: [], kategori: [], stok: false, halaman: 1 }

/** Handles from one or more values, each possibly comma separated; invalid ones dropped, no repeats. */
export function parseHandleList(value: string | string[] | undefined): string[] {
  const raw = (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((v) => v.split(","))
  const handles: string[] = []
  for (const part of raw) {
    const handle = parseHandle(part)
    if (handle && !handles.includes(handle)) handles.push(handle)
  }
  return handles.slice(0, MAX_FILTER_VALUES)
}

export type PriceRange = { min: number; max: number | null }

/** "50000-100000" → { min: 50000, max: 100000 }; "1000000-" → { min: 1000000, max: null }; else null. */
export function parsePriceBucket(value: string | null | undefined): PriceRange | null {
  const match = /^(\d{1,13})-(\d{1,13})?$/.exec(value?.trim() ?? "")
  if (!match) return null
  const min = Number(match[1])
  const max = match[2] === undefined ? null : Number(match[2])
  if (max !== null && max <= min) return null
  return { min, max }
}

function priceBucketValue({ min, max }: PriceRange): string {
  return `${min}-${max ?? ""}`
}

/** `/cari`'s query as SearchPageParams. Unknown values are dropped, so a mistyped link still searches. */
export function parseSearchPageParams(searchParams: SearchParamsRecord): SearchPageParams {
  const params: SearchPageParams = {
    lapas: parseHandleList(searchParams.lapas),
    kategori: parseHandleList(searchParams.kategori),
    stok: ["1", "true", "ya"].includes(firstParam(searchParams.stok)?.toLowerCase() ?? ""),
    halaman: Math.min(parsePage(searchParams.halaman), MAX_SEARCH_PAGE),
  }
  const q = firstParam(searchParams.q)?.replace(/\s+/g, " ").slice(0, MAX_QUERY_LENGTH).trim()
  if (q) params.q = q
  const harga = parsePriceBucket(firstParam(searchParams.harga))
  if (harga) params.harga = priceBucketValue(harga)
  return params
}

/**
 * A `/cari` URL. Lists are comma separated (handles never hold a comma); defaults are left out.
 * Filters given as a partial override the rest: `searchHref({ ...params, lapas: [] })`.
 */
export function searchHref(params: Partial<SearchPageParams> = {}): string {
  const query = new URLSearchParams()
  if (params.q) query.set("q", params.q)
  if (params.lapas?.length) query.set("lapas", params.lapas.join(","))
  if (params.kategori?.length) query.set("kategori", params.kategori.join(","))
  if (params.harga) query.set("harga", params.harga)
  if (params.stok) query.set("stok", "1")
  if (params.halaman && params.halaman > 1) query.set("halaman", String(params.halaman))
  // A comma is allowed in a query string: keep the lists readable.
  const text = query.toString().replace(/%2C/gi, ",")
  return text ? `${SEARCH_PATH}?${text}` : SEARCH_PATH
}

/** The list with the value added, or removed when it is there. */
export function toggleValue(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}

/** How many filters (not the text, not the page) are set. */
export function activeFilterCount(params: SearchPageParams): number {
  return params.lapas.length + params.kategori.length + (params.harga ? 1 : 0) + (params.stok ? 1 : 0)
}

// --- The backend query --------------------------------------------------------------------------

/**
 * The query of `GET /store/search` for a results page. The price bucket [min, max) becomes
 * min_price / max_price (the backend's max_price is inclusive and prices are whole rupiah, so max − 1).
 */
export function buildSearchQuery(
  params: SearchPageParams,
  pageSize: number = SEARCH_PAGE_SIZE
): Record<string, string | number> {
  const limit = Math.min(Math.max(Math.trunc(pageSize), 1), 50)
  const page = params.halaman > 0 ? Math.trunc(params.halaman) : 1
  const query: Record<string, string | number> = { q: params.q ?? "", limit, offset: (page - 1) * limit }
  if (params.lapas.length) query.lapas = params.lapas.join(",")
  if (params.kategori.length) query.category = params.kategori.join(",")
  const price = parsePriceBucket(params.harga)
  if (price) {
    query.min_price = price.min
    if (price.max !== null) query.max_price = price.max - 1
  }
  if (params.stok) query.in_stock = "true"
  return query
}

// --- Reading the answer -------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

function str(value: unknown): string | null {
  return typeof value === "string" ? value : null
}

function wholeNumber(value: unknown): number | null {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value
  return typeof n === "number" && Number.isFinite(n) ? Math.round(n) : null
}

/** One hit as the storefront uses it; null when it lacks what a link needs (id, handle). */
export function toSearchHit(raw: unknown): SearchHit | null {
  if (!isRecord(raw)) return null
  const id = str(raw.id)
  const handle = str(raw.handle)
  if (!id || !handle) return null
  const title = str(raw.title) ?? handle
  const lapas = isRecord(raw.lapas) ? raw.lapas : {}
  const highlight = isRecord(raw.highlight) ? raw.highlight : {}
  return {
    id,
    handle,
    title,
    thumbnail: str(raw.thumbnail) || null,
    lapas: { name: str(lapas.name) ?? "", handle: str(lapas.handle) ?? "" },
    min_price: wholeNumber(raw.min_price),
    in_stock: raw.in_stock !== false,
    highlight: { title: str(highlight.title) || title, description: str(highlight.description) || null },
  }
}

function toFacetValues(raw: unknown): FacetValue[] {
  if (!Array.isArray(raw)) return []
  return raw.flatMap((item) => {
    if (!isRecord(item)) return []
    const value = str(item.value)
    if (!value) return []
    return [{ value, label: str(item.label) || value, count: Math.max(wholeNumber(item.count) ?? 0, 0) }]
  })
}

function toPriceFacetValues(raw: unknown): PriceFacetValue[] {
  if (!Array.isArray(raw)) return []
  return raw.flatMap((item) => {
    if (!isRecord(item)) return []
    const range = parsePriceBucket(str(item.value))
    const min = wholeNumber(item.min) ?? range?.min ?? null
    const max = item.max === null ? null : (wholeNumber(item.max) ?? range?.max ?? null)
    if (min === null || (max !== null && max <= min)) return []
    const count = Math.max(wholeNumber(item.count) ?? 0, 0)
    // The URL value is written from the bounds, so it always parses back (see parsePriceBucket).
    return [{ value: priceBucketValue({ min, max }), min, max, count }]
  })
}

/** `GET /store/search`'s answer, checked: anything malformed is dropped rather than rendered. */
export function toSearchResult(raw: unknown): SearchResult {
  const body = isRecord(raw) ? raw : {}
  const facets = isRecord(body.facets) ? body.facets : {}
  const hits = Array.isArray(body.hits) ? body.hits.map(toSearchHit).filter((h): h is SearchHit => h !== null) : []
  return {
    hits,
    facets: {
      lapas: toFacetValues(facets.lapas),
      category: toFacetValues(facets.category),
      price: toPriceFacetValues(facets.price),
    },
    total: Math.max(wholeNumber(body.total) ?? hits.length, 0),
  }
}

// --- Labels -------------------------------------------------------------------------------------

/** "Di bawah Rp 50.000", "Rp 50.000 – Rp 100.000", "Rp 1.000.000 ke atas" (and in English). */
export function priceBucketLabel({ min, max }: PriceRange, t: Translate): string {
  if (max === null) return t("searchPage.price.over", { min: formatRupiah(min) })
  if (min <= 0) return t("searchPage.price.under", { max: formatRupiah(max) })
  return t("searchPage.price.between", { min: formatRupiah(min), max: formatRupiah(max) })
}
