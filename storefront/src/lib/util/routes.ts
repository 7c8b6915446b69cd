/** URL builders and parsers, so every link to a listing, product or lapas is written one way. */
export function productHref(handle: string): string {
  return `/produk/${encodeURIComponent(handle)}`
}

export function categoryHref(handle: string): string {
  return `/kategori/${encodeURIComponent(handle)}`
}

export function collectionHref(handle: string): string {
  return `/koleksi/${encodeURIComponent(handle)}`
}

export function lapasHref(handle: string): string {
  return `/lapas/${encodeURIComponent(handle)}`
}

export const LISTING_PATH = "/produk"

/** Listing sort orders as they appear in the URL (`?urut=`); `terbaru` is the default. */
export const SORT_KEYS = ["terbaru", "harga_naik", "harga_turun", "nama"] as const
export type SortKey = (typeof SORT_KEYS)[number]
export const DEFAULT_SORT: SortKey = "terbaru"

/** Filters of a product listing, in the words of the URL. */
export type ListingParams = {
  /** category handle */
  kategori?: string
  /** collection handle: only in the path of `/koleksi/<handle>`, never a query parameter */
  koleksi?: string
  /** lapas handle */
  lapas?: string
  /** whole rupiah */
  harga_min?: number
  /** whole rupiah */
  harga_maks?: number
  urut?: SortKey
  halaman?: number
  /** free-text search */
  q?: string
}

/**
 * A listing URL. On `/produk` every filter is a query parameter; on a category page
 * (`basePath` = `/kategori/<handle>`) the category is in the path, so `kategori` is left out.
 */
export function listingHref(params: ListingParams = {}, basePath: string = LISTING_PATH): string {
  const query = new URLSearchParams()
  if (params.q) query.set("q", params.q)
  if (params.kategori && basePath === LISTING_PATH) query.set("kategori", params.kategori)
  if (params.lapas) query.set("lapas", params.lapas)
  if (params.harga_min !== undefined) query.set("harga_min", String(params.harga_min))
  if (params.harga_maks !== undefined) query.set("harga_maks", String(params.harga_maks))
  if (params.urut && params.urut !== DEFAULT_SORT) query.set("urut", params.urut)
  if (params.halaman && params.halaman > 1) query.set("halaman", String(params.halaman))
  const text = query.toString()
  return text ? `${basePath}?${text}` : basePath
}

/** `?halaman=` as a page number ≥ 1; anything else is page 1. */
export function parsePage(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value
  if (!raw || !/^\d+$/.test(raw)) return 1
  const page = Number(raw)
  return Number.isSafeInteger(page) && page >= 1 ? page : 1
}

export function firstParam(value: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value
  return raw?.trim() || undefined
}

/** The largest price filter accepted (Rp 1 triliun): beyond it the input is treated as a typo. */
export const MAX_PRICE_FILTER = 1_000_000_000_000

/**
 * A price typed by a buyer, in whole rupiah: "25000", "25.000", "Rp 25.000" all give 25000.
 * Empty, negative, fractional or absurd values give undefined (no filter).
 */
export function parseRupiahParam(value: string | string[] | undefined): number | undefined {
  const raw = firstParam(value)
  if (!raw) return undefined
  const cleaned = raw.replace(/^rp\.?\s*/i, "").replace(/[.\s]/g, "")
  if (!/^\d+$/.test(cleaned)) return undefined
  const amount = Number(cleaned)
  return Number.isSafeInteger(amount) && amount <= MAX_PRICE_FILTER ? amount : undefined
}

export function parseSort(value: string | string[] | undefined): SortKey {
  const raw = firstParam(value)
  return (SORT_KEYS as readonly string[]).includes(raw ?? "") ? (raw as SortKey) : DEFAULT_SORT
}

/** A handle from the URL: lower-case letters, digits and dashes, or undefined. */
export function parseHandle(value: string | string[] | undefined): string | undefined {
  const raw = firstParam(value)?.toLowerCase()
  return raw && /^[a-z0-9][a-z0-9-]{0,127}$/.test(raw) ? raw : undefined
}

export type SearchParamsRecord = Record<string, string | string[] | undefined>

/**
 * Listing filters from `searchParams`. Unknown values are dropped rather than rejected, so a
 * mistyped link still shows products; a minimum above the maximum is swapped.
 */
export function parseListingParams(searchParams: SearchParamsRecord): Required<Pick<ListingParams, "urut" | "halaman">> &
  ListingParams {
  let hargaMin = parseRupiahParam(searchParams.harga_min)
  let hargaMaks = parseRupiahParam(searchParams.harga_maks)
  if (hargaMin !== undefined && hargaMaks !== undefined && hargaMin > hargaMaks) {
    ;[hargaMin, hargaMaks] = [hargaMaks, hargaMin]
  }
  const q = firstParam(searchParams.q)?.slice(0, 100)
  const params: ListingParams & { urut: SortKey; halaman: number } = {
    urut: parseSort(searchParams.urut),
    halaman: parsePage(searchParams.halaman),
  }
  const kategori = parseHandle(searchParams.kategori)
  const lapas = parseHandle(searchParams.lapas)
  if (kategori) params.kategori = kategori
  if (lapas) params.lapas = lapas
  if (hargaMin !== undefined) params.harga_min = hargaMin
  if (hargaMaks !== undefined) params.harga_maks = hargaMaks
  if (q) params.q = q
  return params
}

/** Decode a dynamic route segment; malformed escapes are returned as they are. */
export function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/**
 * A same-site path to send the buyer back to (e.g. after switching language): must start with a
 * single "/", no scheme or host; anything else gives "/".
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string") return "/"
  const path = value.trim()
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/"
  if (/[\u0000-\u001f]/.test(path)) return "/"
  try {
    const url = new URL(path, "http://storefront.invalid")
    if (url.origin !== "http://storefront.invalid") return "/"
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return "/"
  }
}
