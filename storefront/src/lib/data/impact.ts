import "server-only"
import { cache } from "react"
import { getSdk } from "./sdk"

/** What one unit of a product's default variant does, in whole rupiah (`GET /store/products/:id/impact`). */
export type ProductImpact = {
  variant_id: string | null
  price: number
  premi: number
  pnbp: number
  capital: number
  currency_code: string
}

/** A maker who consented to be shown (`GET /store/products/:id/makers`): a name, a story, or both. */
export type Maker = { display_name: string | null; story: string | null }

/** National totals booked in the ledger (`GET /store/impact`). */
export type NationalImpact = {
  premi: number
  pnbp: number
  capital: number
  orders: number
  lapas: number
  products: number
}

const wholeRupiah = (value: unknown): number | null => {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value
  return typeof number === "number" && Number.isFinite(number) ? Math.round(number) : null
}

/** Shape check of the impact answer; null when a figure is missing or not a number. Pure. */
export function toProductImpact(raw: unknown): ProductImpact | null {
  if (!raw || typeof raw !== "object") return null
  const r = raw as Record<string, unknown>
  const price = wholeRupiah(r.price)
  const premi = wholeRupiah(r.premi)
  const pnbp = wholeRupiah(r.pnbp)
  const capital = wholeRupiah(r.capital)
  if (premi === null || pnbp === null || capital === null) return null
  return {
    variant_id: typeof r.variant_id === "string" ? r.variant_id : null,
    price: price ?? 0,
    premi: Math.max(premi, 0),
    pnbp: Math.max(pnbp, 0),
    capital: Math.max(capital, 0),
    currency_code: typeof r.currency_code === "string" ? r.currency_code : "idr",
  }
}

/** Shape check of the national figures; null when any is missing. Pure. */
export function toNationalImpact(raw: unknown): NationalImpact | null {
  if (!raw || typeof raw !== "object") return null
  const r = raw as Record<string, unknown>
  const keys = ["premi", "pnbp", "capital", "orders", "lapas", "products"] as const
  const values = keys.map((key) => wholeRupiah(r[key]))
  if (values.some((v) => v === null)) return null
  return Object.fromEntries(keys.map((key, i) => [key, Math.max(values[i] as number, 0)])) as NationalImpact
}

const trimmed = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : null

/** Makers with a name or a story to show, and nothing else the API might add. Pure. */
export function toMakers(raw: unknown): Maker[] {
  if (!Array.isArray(raw)) return []
  return raw
    .map((m) => (m && typeof m === "object" ? (m as Record<string, unknown>) : {}))
    .map((m) => ({ display_name: trimmed(m.display_name), story: trimmed(m.story) }))
    .filter((m) => m.display_name !== null || m.story !== null)
}

/**
 * The impact of buying one unit, computed by the backend. Null when the backend cannot say
 * (endpoint missing, product unknown, no price): the page then leaves the block out.
 */
export const getProductImpact = cache(
  async (productId: string, regionId?: string | null): Promise<ProductImpact | null> => {
    try {
      const { impact } = await getSdk().client.fetch<{ impact: unknown }>(
        `/store/products/${encodeURIComponent(productId)}/impact`,
        { query: regionId ? { region_id: regionId } : {} }
      )
      return toProductImpact(impact)
    } catch (error) {
      console.warn(`[storefront] impact of ${productId} unavailable:`, error instanceof Error ? error.message : error)
      return null
    }
  }
)

/** Consented maker stories of a product; empty when there are none or the backend cannot say. */
export const getProductMakers = cache(async (productId: string): Promise<Maker[]> => {
  try {
    const { makers } = await getSdk().client.fetch<{ makers: unknown }>(
      `/store/products/${encodeURIComponent(productId)}/makers`
    )
    return toMakers(makers)
  } catch (error) {
    console.warn(`[storefront] makers of ${productId} unavailable:`, error instanceof Error ? error.message : error)
    return []
  }
})

/** National impact so far; null when unavailable (the home and about pages then hide the figures). */
export const getNationalImpact = cache(async (): Promise<NationalImpact | null> => {
  try {
    const { impact } = await getSdk().client.fetch<{ impact: unknown }>("/store/impact")
    return toNationalImpact(impact)
  } catch (error) {
    console.warn("[storefront] national impact unavailable:", error instanceof Error ? error.message : error)
    return null
  }
})
