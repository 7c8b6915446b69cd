/** URL builders, so every link to a listing or product is written one way. */
export function productHref(handle: string): string {
  return `/produk/${encodeURIComponent(handle)}`
}

export function listingHref({ kategori, halaman }: { kategori?: string; halaman?: number } = {}): string {
  const params = new URLSearchParams()
  if (kategori) params.set("kategori", kategori)
  if (halaman && halaman > 1) params.set("halaman", String(halaman))
  const query = params.toString()
  return query ? `/produk?${query}` : "/produk"
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

/** Decode a dynamic route segment; malformed escapes are returned as they are. */
export function decodeSegment(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
